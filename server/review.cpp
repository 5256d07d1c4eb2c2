// The review queue's cards: see review.hpp.
#include "server/review.hpp"

#include <algorithm>
#include <map>

namespace dossier {

namespace {

using json = nlohmann::json;

constexpr size_t kContextBytes = 60;  // each side of a date candidate (~20 CJK characters)

json nullable(const std::string& s) {
    return s.empty() ? json(nullptr) : json(s);
}

// `text[from, to)` widened to whole UTF-8 characters, line breaks as spaces.
std::string utf8_slice(const std::string& text, size_t from, size_t to) {
    to = std::min(to, text.size());
    from = std::min(from, to);
    auto cont = [&](size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    while (from > 0 && cont(from)) --from;
    while (to < text.size() && cont(to)) ++to;
    std::string out = text.substr(from, to - from);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    return out;
}

// The text around a date candidate: the page's text about it ("" for metadata and file names).
std::string context_of(const ExtractResult* text, const DateCandidate& c) {
    if (!text || c.page <= 0 || static_cast<size_t>(c.page) > text->pages.size()) return "";
    const std::string& page = text->pages[c.page - 1].text;
    if (c.offset >= page.size()) return "";
    const size_t from = c.offset > kContextBytes ? c.offset - kContextBytes : 0;
    const size_t to = c.offset + c.text.size() + kContextBytes;
    std::string out = utf8_slice(page, from, to);
    if (from > 0) out = "…" + out;
    if (to < page.size()) out += "…";
    return out;
}

json choice_json(const Catalog& catalog, const std::string& id, double score,
                 const std::vector<std::string>& reasons) {
    const Indicator* ind = catalog.find(id);
    return {{"indicator", id},
            {"name", ind ? ind->name : std::string()},
            {"score", score},
            {"reasons", reasons}};
}

// The best three indicators; the indicator and the runner-up while cls.top is empty.
json choices_json(const Catalog& catalog, const Classification& cls) {
    json out = json::array();
    for (const IndicatorChoice& c : cls.top) {
        if (out.size() == 3) break;
        if (!c.indicator.empty()) out.push_back(choice_json(catalog, c.indicator, c.score, c.reasons));
    }
    if (!out.empty()) return out;
    if (!cls.indicator.empty())
        out.push_back(choice_json(catalog, cls.indicator, cls.confidence, cls.reasons));
    if (!cls.runner_up.empty() && cls.runner_up != cls.indicator)
        out.push_back(choice_json(catalog, cls.runner_up, 0, {}));
    for (const std::string& s : cls.secondary) {
        if (out.size() >= 3) break;
        if (s != cls.indicator && s != cls.runner_up) out.push_back(choice_json(catalog, s, 0, {}));
    }
    return out;
}

json dates_json(const DateResult& d, const ExtractResult* text) {
    json out = json::array();
    for (const DateCandidate& c : d.candidates) {
        if (out.size() == 5) break;
        out.push_back({{"date", c.date.iso()},
                       {"source", c.source},
                       {"text", c.text},
                       {"context", context_of(text, c)},
                       {"page", c.page},
                       {"why", c.why}});
    }
    return out;
}

json sensitive_json(const std::vector<SensitiveHit>& hits) {
    json out = json::array();
    for (const SensitiveHit& h : hits)
        out.push_back({{"kind", h.kind}, {"excerpt", h.excerpt}, {"page", h.page}});
    return out;
}

// The file part of a card.
json card_json(const Catalog& catalog, const FileRecord& f, const ExtractResult* text,
               double risk) {
    const std::string id = f.sha256.substr(0, 16);
    const size_t slash = f.source.find('/');
    const DateResult& d = f.analysis.date;
    return {{"id", id},
            {"sha256", f.sha256},
            {"source", f.source},
            {"name", f.unit_folder.empty() || slash == std::string::npos ? f.source
                                                                         : f.source.substr(slash + 1)},
            {"unit", f.unit ? json(*f.unit) : json(nullptr)},
            {"thumbnail", "/api/files/" + id + "/thumbnail"},
            {"content", "/api/files/" + id + "/content"},
            {"needs", review_needs(f)},
            {"indicator", nullable(f.cls.indicator)},
            {"secondary", f.cls.secondary},
            {"runner_up", f.cls.runner_up},
            {"confidence", f.cls.confidence},
            {"reasons", f.cls.reasons},
            {"choices", choices_json(catalog, f.cls)},
            {"published", d.published ? json(d.published->iso()) : json(nullptr)},
            {"date_source", d.source},
            {"date_hint", d.hint ? json(d.hint->iso()) : json(nullptr)},
            {"dates", dates_json(d, text)},
            {"sensitive", sensitive_json(f.analysis.sensitive)},
            {"near_group", f.near_group ? json(*f.near_group) : json(nullptr)},
            {"points_at_risk", risk}};
}

}  // namespace

std::vector<std::string> review_needs(const FileRecord& f) {
    std::vector<std::string> out;
    if (f.cls.review && !f.cls.pinned) out.push_back("indicator");
    const DateResult& d = f.analysis.date;
    if (d.source != "pin" && (d.review || (!d.published && d.hint))) out.push_back("date");
    // The unit comes from the folder (moving the file is the fix); a pin acknowledges it.
    const bool pinned = f.cls.pinned || d.source == "pin";
    if ((!f.unit || f.unit->empty()) && !pinned) out.push_back("unit");
    return out;
}

json review_cards(const Catalog& catalog, const RunResult& r) {
    std::map<std::string, double> risk_of;  // indicator id → the report's points at risk
    for (const Verdict& v : r.assessment.verdicts) risk_of[v.id] = v.points_at_risk;
    std::vector<json> cards;
    std::map<std::string, size_t> card_of_group;  // near_group → index in cards
    for (size_t i = 0; i < r.ledger.files.size(); ++i) {
        const FileRecord& f = r.ledger.files[i];
        if (review_needs(f).empty()) continue;
        const ExtractResult* text = i < r.texts.size() ? &r.texts[i] : nullptr;
        const auto risk = risk_of.find(f.cls.indicator);
        json card = card_json(catalog, f, text, risk == risk_of.end() ? 0.0 : risk->second);
        json member = {{"id", card["id"]}, {"source", f.source}};
        if (f.near_group) {
            auto [it, fresh] = card_of_group.try_emplace(*f.near_group, cards.size());
            if (!fresh) {  // ledger files are sorted by source: the first one leads
                json& lead = cards[it->second];
                lead["members"].push_back(member);
                lead["points_at_risk"] = std::max(lead["points_at_risk"].get<double>(),
                                                  card["points_at_risk"].get<double>());
                continue;
            }
        }
        card["members"] = json::array({member});
        cards.push_back(std::move(card));
    }
    std::stable_sort(cards.begin(), cards.end(), [](const json& a, const json& b) {
        const double ra = a["points_at_risk"].get<double>(), rb = b["points_at_risk"].get<double>();
        if (ra != rb) return ra > rb;
        const double ca = a["confidence"].get<double>(), cb = b["confidence"].get<double>();
        if (ca != cb) return ca < cb;
        return a["source"].get<std::string>() < b["source"].get<std::string>();
    });
    json out = json::array();
    for (json& c : cards) out.push_back(std::move(c));
    return out;
}

}  // namespace dossier
