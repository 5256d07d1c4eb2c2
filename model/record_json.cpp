#include "model/record_json.hpp"

namespace dossier {

using nlohmann::json;

void to_json(json& j, const Date& d) {
    j = d.valid() ? json(d.iso()) : json(nullptr);
}
void from_json(const json& j, Date& d) {
    d = {};
    if (j.is_string()) d = Date::parse_iso(j.get<std::string>()).value_or(Date{});
}

namespace {

TextSource text_source_from(const std::string& s) {
    if (s == "text") return TextSource::text;
    if (s == "ocr") return TextSource::ocr;
    if (s == "mixed") return TextSource::mixed;
    return TextSource::none;
}

EvidenceKind kind_from(const std::string& s) {
    if (s == "screenshot") return EvidenceKind::screenshot;
    if (s == "document") return EvidenceKind::document;
    if (s == "check") return EvidenceKind::check;
    return EvidenceKind::unknown;
}

json page_json(const PageText& p) {
    json lines = json::array();
    for (const auto& l : p.lines) {
        json line = {l.text, l.x, l.y, l.w, l.h, l.confidence};
        if (l.second_pass || l.date_tile) line.push_back(l.second_pass);
        if (l.date_tile) line.push_back(true);
        lines.push_back(std::move(line));
    }
    return {{"text", p.text},          {"raw", p.raw},     {"source", to_string(p.source)},
            {"lines", lines},          {"width", p.width}, {"height", p.height},
            {"conf", p.ocr_confidence}};
}

PageText page_from(const json& j) {
    PageText p;
    p.text = j.value("text", "");
    p.raw = j.value("raw", "");
    p.source = text_source_from(j.value("source", "none"));
    for (const auto& l : j.value("lines", json::array()))
        p.lines.push_back({l.at(0).get<std::string>(), l.at(1).get<int>(), l.at(2).get<int>(),
                           l.at(3).get<int>(), l.at(4).get<int>(), l.at(5).get<float>(),
                           l.size() > 6 && l.at(6).get<bool>(),
                           l.size() > 7 && l.at(7).get<bool>()});
    p.width = j.value("width", 0);
    p.height = j.value("height", 0);
    p.ocr_confidence = j.value("conf", -1.0f);
    return p;
}

}  // namespace

void to_json(json& j, const ExtractResult& x) {
    json pages = json::array();
    for (const auto& p : x.pages) pages.push_back(page_json(p));
    json meta = json::array();
    for (const auto& m : x.meta_dates) meta.push_back({m.date.iso(), m.label});
    json rows = json::array();
    for (const auto& r : x.rows) {
        json row = json::array();
        for (const auto& c : r) row.push_back({c.header, c.value});
        rows.push_back(std::move(row));
    }
    j = {{"format", x.format},
         {"media_type", x.media_type},
         {"pages", pages},
         {"text_source", to_string(x.text_source)},
         {"meta_dates", meta},
         {"rows", rows},
         {"title", x.title},
         {"kind", to_string(x.kind)},
         {"kind_reason", x.kind_reason},
         {"warnings", x.warnings},
         {"page_count", x.page_count},
         {"ocr_confidence", x.ocr_confidence}};
}

void from_json(const json& j, ExtractResult& x) {
    x = {};
    x.format = j.value("format", "");
    x.media_type = j.value("media_type", "");
    for (const auto& p : j.value("pages", json::array())) x.pages.push_back(page_from(p));
    x.text_source = text_source_from(j.value("text_source", "none"));
    for (const auto& m : j.value("meta_dates", json::array()))
        x.meta_dates.push_back({Date::parse_iso(m.at(0).get<std::string>()).value_or(Date{}),
                                m.at(1).get<std::string>()});
    for (const auto& r : j.value("rows", json::array())) {
        std::vector<Cell> row;
        for (const auto& c : r)
            row.push_back({c.at(0).get<std::string>(), c.at(1).get<std::string>()});
        x.rows.push_back(std::move(row));
    }
    x.title = j.value("title", "");
    x.kind = kind_from(j.value("kind", "unknown"));
    x.kind_reason = j.value("kind_reason", "");
    x.warnings = j.value("warnings", std::vector<std::string>{});
    x.page_count = j.value("page_count", 0);
    x.ocr_confidence = j.value("ocr_confidence", -1.0f);
}

void to_json(json& j, const Analysis& a) {
    json cands = json::array();
    for (const auto& c : a.date.candidates)
        cands.push_back({{"date", c.date},
                         {"source", c.source},
                         {"text", c.text},
                         {"repaired", c.repaired},
                         {"score", c.score},
                         {"page", c.page},
                         {"offset", c.offset},
                         {"why", c.why}});
    json kws = json::array();
    for (const auto& k : a.keywords)
        kws.push_back({{"keyword", k.keyword},
                       {"indicators", k.indicators},
                       {"count", k.count},
                       {"in_title", k.in_title},
                       {"in_name", k.in_name},
                       {"page", k.first_page},
                       {"offset", k.first_offset}});
    json sens = json::array();
    for (const auto& s : a.sensitive) sens.push_back({s.kind, s.excerpt, s.page});
    j = {{"published", a.date.published ? json(a.date.published->iso()) : json(nullptr)},
         {"source", a.date.source},
         {"repaired", a.date.repaired},
         {"confidence", a.date.confidence},
         {"future", a.date.future},
         {"review", a.date.review},
         {"hint", a.date.hint ? json(a.date.hint->iso()) : json(nullptr)},
         {"candidates", cands},
         {"keywords", kws},
         {"title", a.title},
         {"sensitive", sens},
         {"warnings", a.warnings}};
}

void from_json(const json& j, Analysis& a) {
    a = {};
    if (j.contains("published") && j["published"].is_string())
        a.date.published = Date::parse_iso(j["published"].get<std::string>());
    a.date.source = j.value("source", "none");
    a.date.repaired = j.value("repaired", false);
    a.date.confidence = j.value("confidence", 0.0);
    a.date.future = j.value("future", false);
    a.date.review = j.value("review", false);
    if (j.contains("hint") && j["hint"].is_string())
        a.date.hint = Date::parse_iso(j["hint"].get<std::string>());
    for (const auto& c : j.value("candidates", json::array())) {
        DateCandidate d;
        from_json(c.at("date"), d.date);
        d.source = c.value("source", "");
        d.text = c.value("text", "");
        d.repaired = c.value("repaired", false);
        d.score = c.value("score", 0.0);
        d.page = c.value("page", 0);
        d.offset = c.value("offset", size_t{0});
        d.why = c.value("why", "");
        a.date.candidates.push_back(std::move(d));
    }
    for (const auto& k : j.value("keywords", json::array())) {
        KeywordHit h;
        h.keyword = k.value("keyword", "");
        h.indicators = k.value("indicators", std::vector<std::string>{});
        h.count = k.value("count", 0);
        h.in_title = k.value("in_title", false);
        h.in_name = k.value("in_name", false);
        h.first_page = k.value("page", 0);
        h.first_offset = k.value("offset", size_t{0});
        a.keywords.push_back(std::move(h));
    }
    a.title = j.value("title", "");
    for (const auto& s : j.value("sensitive", json::array()))
        a.sensitive.push_back(
            {s.at(0).get<std::string>(), s.at(1).get<std::string>(), s.at(2).get<int>()});
    a.warnings = j.value("warnings", std::vector<std::string>{});
}

nlohmann::ordered_json mail_json(const std::optional<MailInfo>& mail) {
    if (!mail) return nullptr;
    nlohmann::ordered_json j;
    j["from"] = mail->from;
    j["date"] = mail->date;
    j["subject"] = mail->subject;
    return j;
}

}  // namespace dossier
