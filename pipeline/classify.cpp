// The classifier: keyword, name, unit and similarity scores per leaf (Classifier::score), then
// what the document is (its genre, analysis/genre.hpp, with the catalog's genre rules,
// model/genres.hpp) and where its publisher filed it (the breadcrumb, analysis/crumbs.hpp), then a
// calibrated confidence: the hand score mapped through a logistic curve fitted by scripts/crossval.
#include "pipeline/classify.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <mutex>

#include "analysis/crumbs.hpp"
#include "analysis/genre.hpp"
#include "model/genres.hpp"
#include "model/units.hpp"

namespace dossier {

namespace {

// Decodes one UTF-8 code point at s[i], advancing i; returns 0xFFFD on bad bytes.
uint32_t next_cp(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) {
        ++i;
        return 0xFFFD;
    }
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += len;
    return cp;
}

bool is_cjk(uint32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

// Name variants worth looking for in file names and titles: the printed name, and the name with
// generic tails (领域信息公开, 信息公开, 情况) removed when something specific is left.
std::vector<std::string> name_hints(const std::string& name) {
    std::vector<std::string> out{name};
    for (std::string_view tail : {"领域信息公开", "信息公开", "情况"}) {
        if (name.size() > tail.size() + 3 && name.ends_with(tail)) {
            out.push_back(name.substr(0, name.size() - tail.size()));
        }
    }
    return out;
}

// True when a path component of `source` starts with `id` followed by a non-digit, non-dot
// ("4.1解读情况/…", "4.1 政策解读.png").
bool has_id_hint(std::string_view source, const std::string& id) {
    size_t start = 0;
    while (start <= source.size()) {
        size_t end = source.find('/', start);
        std::string_view comp = source.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (comp.starts_with(id) && comp.size() > id.size()) {
            char c = comp[id.size()];
            if (!(c >= '0' && c <= '9') && c != '.') return true;
        }
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return false;
}

// DOSSIER_WEIGHTS="title=2.5,similarity=4" overrides weights (scripts/crossval's search); unknown
// names and bad numbers are ignored.
void override_weights(ClassifyWeights& w) {
    const char* env = std::getenv("DOSSIER_WEIGHTS");
    if (!env) return;
    const std::map<std::string_view, double*> slots{
        {"body", &w.body},         {"title", &w.title}, {"name", &w.name},
        {"similarity", &w.similarity}, {"genre", &w.genre}, {"crumb", &w.crumb},
        {"unit", &w.unit}};
    std::string_view rest(env);
    while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        const size_t eq = item.find('=');
        if (eq == std::string_view::npos) continue;
        auto it = slots.find(item.substr(0, eq));
        if (it == slots.end()) continue;
        try {
            *it->second = std::stod(std::string(item.substr(eq + 1)));
        } catch (const std::exception&) {
        }
    }
}

}  // namespace

std::unordered_map<uint32_t, float> cjk_bigrams(std::string_view s, size_t max_bytes) {
    std::unordered_map<uint32_t, float> out;
    if (s.size() > max_bytes) s = s.substr(0, max_bytes);
    uint32_t prev = 0;
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = next_cp(s, i);
        if (!is_cjk(cp)) {
            prev = 0;
            continue;
        }
        if (prev) out[(prev << 16) | (cp & 0xFFFF)] += 1;
        prev = cp;
    }
    return out;
}

double bigram_cosine(const std::unordered_map<uint32_t, float>& a,
                     const std::unordered_map<uint32_t, float>& b) {
    if (a.empty() || b.empty()) return 0;
    const auto& small = a.size() < b.size() ? a : b;
    const auto& large = a.size() < b.size() ? b : a;
    double dot = 0, na = 0, nb = 0;
    for (const auto& [k, v] : small) {
        auto it = large.find(k);
        if (it != large.end()) dot += double(v) * it->second;
    }
    for (const auto& [k, v] : a) na += double(v) * v;
    for (const auto& [k, v] : b) nb += double(v) * v;
    return dot / (std::sqrt(na) * std::sqrt(nb));
}

Classifier::Classifier(const Catalog& catalog, ClassifyConfig config)
    : catalog_(catalog), config_(config) {
    override_weights(config_.weights);
    std::map<std::string, int> df;
    std::vector<int> leaves = catalog.leaves();
    for (int i : leaves) {
        const Indicator& ind = catalog.indicators[i];
        std::set<std::string> seen(ind.keywords.begin(), ind.keywords.end());
        for (const auto& k : seen) ++df[k];
        std::string profile = ind.name + "\n" + ind.content;
        for (const auto& k : ind.keywords) profile += "\n" + k;
        // The parent names carry meaning too (政策解读 › 解读情况).
        for (int p = ind.parent; p >= 0; p = catalog.indicators[p].parent)
            profile += "\n" + catalog.indicators[p].name;
        Leaf leaf{i, cjk_bigrams(profile), name_hints(ind.name)};
        leaves_.push_back(std::move(leaf));
    }
    const double n = static_cast<double>(leaves.size());
    for (const auto& [k, d] : df) keyword_idf_[k] = std::log(1.0 + n / d);
}

namespace {

// Keywords, weighted by specificity and by where they were found.
void score_keywords(const FileRecord& file, const Indicator& ind,
                    const std::map<std::string, double>& keyword_idf, const ClassifyWeights& wt,
                    IndicatorScore& s) {
    std::vector<std::string> kw_desc;
    std::vector<std::string> title_kw;
    for (const KeywordHit& h : file.analysis.keywords) {
        if (std::find(h.indicators.begin(), h.indicators.end(), ind.id) == h.indicators.end())
            continue;
        auto it = keyword_idf.find(h.keyword);
        double w = it == keyword_idf.end() ? 1.0 : it->second;
        double v =
            h.count > 0 ? wt.body * w * (1.0 + std::log(static_cast<double>(h.count))) : 0;
        if (h.in_title) v += wt.title * w, title_kw.push_back(h.keyword);
        if (h.in_name) v += wt.name * w;
        s.score += v;
        kw_desc.push_back(h.count > 1 ? fmt::format("{} ×{}", h.keyword, h.count) : h.keyword);
    }
    s.keywords = static_cast<int>(kw_desc.size());
    s.named = !title_kw.empty();
    for (const auto& k : title_kw) s.reasons.push_back(fmt::format("标题含‘{}’", k));
    if (!kw_desc.empty()) {
        const size_t shown = std::min<size_t>(kw_desc.size(), 6);
        s.reasons.push_back(
            fmt::format("关键词: {}", fmt::join(kw_desc.begin(), kw_desc.begin() + shown, ", ")));
    }
}

// Explicit hints: the indicator's id or name in the file/folder names or the title.
void score_name_hints(const FileRecord& file, const std::string& id,
                      const std::vector<std::string>& name_hints, IndicatorScore& s) {
    if (has_id_hint(file.source, id)) {
        s.named = true;
        s.score += 4.0;
        s.reasons.push_back(fmt::format("路径标注了指标编号 {}", id));
    }
    const std::string& title = file.analysis.title;
    for (const auto& hint : name_hints) {
        if (file.source.find(hint) != std::string::npos) {
            s.named = true;
            s.score += 3.0;
            s.reasons.push_back(fmt::format("文件名含‘{}’", hint));
            break;
        }
        if (!title.empty() && title.find(hint) != std::string::npos) {
            s.named = true;
            s.score += 2.0;
            s.reasons.push_back(fmt::format("标题含指标名‘{}’", hint));
            break;
        }
    }
}

// The unit's responsibilities.
void score_unit(const Catalog& catalog, const FileRecord& file, const Indicator& ind,
                double weight, IndicatorScore& s) {
    if (file.unit && unit_responsible(catalog, *file.unit, ind)) {
        s.score += weight;
        s.reasons.push_back(fmt::format("单位 {} 负责此项", *file.unit));
    }
}

// Similarity of the text to the indicator's content.
void score_similarity(const std::unordered_map<uint32_t, float>& text_bigrams,
                      const std::unordered_map<uint32_t, float>& leaf_bigrams, double weight,
                      IndicatorScore& s) {
    double sim = bigram_cosine(text_bigrams, leaf_bigrams);
    s.similarity = sim;
    if (sim > 0.05) {
        s.score += weight * sim;
        s.reasons.push_back(fmt::format("内容相似度 {:.2f}", sim));
    }
}

// What the genre says about the indicator (catalog `genres` of the indicator): proven by it →
// a large bonus, boosted → a smaller one, penalised → the score shrinks (applied last).
constexpr double kGenreBoostShare = 2.5 / 8.0;  // a boost against a proof
constexpr double kGenrePenalty = 0.6;
constexpr double kProvenElsewhere = 1.0;  // a sure genre that proves another indicator decides
constexpr double kGenreDecides = 0.85;    // sure: more than a title alone (0.8)
constexpr double kGenreConflict = 0.6;  // a genre this sure, filed elsewhere, makes a conflict

// What the genre and the breadcrumb said about one leaf, beside its IndicatorScore.
struct GenreFlags {
    bool proven = false;     // the file's genre proves this indicator (catalog `genres`)
    bool boosted = false;    // the file's genre supports it
    bool penalised = false;  // the file's genre speaks against it
};

// What the classifier knows of the file besides its keywords: its genre and breadcrumbs.
struct FileClues {
    GenreGuess genre;
    std::vector<std::string> crumbs;  // the evidence crumbs (last one or two)
    bool genre_linked = false;        // some leaf is proven or boosted by the genre
    bool genre_proves = false;        // some leaf is proven by it
};

void score_genre(const std::vector<GenreLink>& links, const GenreGuess& g, double weight,
                 IndicatorScore& s, GenreFlags& f) {
    if (g.id.empty()) return;
    for (const GenreLink& link : links) {
        if (link.genre != g.id) continue;
        const std::string why = fmt::format("{}", fmt::join(g.why, "，"));
        switch (link.effect) {
            case GenreLink::Effect::prove:
                f.proven = true;
                s.score += weight * g.confidence;
                s.reasons.push_back(fmt::format("文种为“{}”（{}），按目录此类文件证明本项", g.id, why));
                break;
            case GenreLink::Effect::boost:
                f.boosted = true;
                s.score += kGenreBoostShare * weight * g.confidence;
                s.reasons.push_back(fmt::format("文种为“{}”（{}），与本项相符", g.id, why));
                break;
            case GenreLink::Effect::penalise:
                f.penalised = true;
                s.reasons.push_back(fmt::format("文种为“{}”，按目录通常不证明本项", g.id));
                break;
        }
    }
}

// The page's own column: the last crumb counts most, the one before it half; a crumb names the
// indicator when it contains one of its name variants or keywords, or its parent's name (less).
void score_crumbs(const Catalog& catalog, const Indicator& ind,
                  const std::vector<std::string>& hints, const std::vector<std::string>& crumbs,
                  double weight, IndicatorScore& s) {
    for (size_t i = 0; i < crumbs.size(); ++i) {
        const std::string& crumb = crumbs[i];
        const double w = i + 1 == crumbs.size() ? weight : weight / 2;
        auto in_crumb = [&](const std::string& t) {
            return t.size() >= 6 && crumb.find(t) != std::string::npos;
        };
        // A keyword names the column only when it is long enough to be specific (成交公示 is a
        // column of many portals; 政府信息公开指南 is one thing).
        auto long_in_crumb = [&](const std::string& t) { return t.size() >= 15 && in_crumb(t); };
        bool own = std::any_of(hints.begin(), hints.end(), in_crumb) ||
                   std::any_of(ind.keywords.begin(), ind.keywords.end(), long_in_crumb);
        bool parent = !own && ind.parent >= 0 && in_crumb(catalog.indicators[ind.parent].name);
        if (!own && !parent) continue;
        s.score += own ? w : w / 2;
        s.named = s.named || own;
        s.reasons.push_back(fmt::format("网页位置栏目‘{}’", crumb));
    }
}


// The catalog's genre rules and their compiled detector, loaded once per catalog file (keyed by
// path, size and modification time) and shared by every Classifier of that catalog.
struct GenreContext {
    GenreRules rules;
    GenreDetector detector;
    explicit GenreContext(GenreRules r) : rules(std::move(r)), detector(rules) {}
    const std::vector<GenreLink>& links(const std::string& id) const {
        static const std::vector<GenreLink> none;
        auto it = rules.links.find(id);
        return it == rules.links.end() ? none : it->second;
    }
};

std::shared_ptr<const GenreContext> genre_context(const Catalog& catalog) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const GenreContext>> cache;
    std::error_code ec;
    const auto size = std::filesystem::file_size(catalog.file, ec);
    const auto mtime = std::filesystem::last_write_time(catalog.file, ec);
    const std::string key = fmt::format("{}|{}|{}", catalog.file.string(), ec ? 0 : size,
                                        ec ? 0 : mtime.time_since_epoch().count());
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[key];
    if (!slot) {
        GenreRules rules;
        try {
            if (!catalog.file.empty()) rules = load_genre_rules(catalog.file);
        } catch (const CatalogError&) {
            // load_catalog has validated the file; one that changed since loses its genres only.
        }
        slot = std::make_shared<const GenreContext>(std::move(rules));
    }
    return slot;
}

FileClues clues_of(const GenreContext& ctx, const FileRecord& file, std::string_view text) {
    FileClues c;
    std::string_view name = file.source;
    if (size_t slash = name.rfind('/'); slash != std::string_view::npos)
        name.remove_prefix(slash + 1);
    if (size_t dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
        name = name.substr(0, dot);
    c.genre = ctx.detector.detect(file.analysis.title, name, text);
    c.crumbs = evidence_crumbs(find_crumbs(text));
    if (!c.genre.id.empty())
        for (const auto& [id, links] : ctx.rules.links)
            for (const GenreLink& link : links)
                if (link.genre == c.genre.id) {
                    c.genre_linked |= link.effect != GenreLink::Effect::penalise;
                    c.genre_proves |= link.effect == GenreLink::Effect::prove;
                }
    return c;
}

// The calibration (ClassifyConfig): Platt scaling of the hand score, or the raw score itself when
// DOSSIER_UNCALIBRATED is set (scripts/crossval's input).
double calibrated(double raw, const ClassifyConfig& config) {
    static const bool off = [] {
        const char* v = std::getenv("DOSSIER_UNCALIBRATED");
        return v && *v && std::string_view(v) != "0";
    }();
    if (off) return raw;
    const double r = std::clamp(raw, 1e-4, 1 - 1e-4);
    const double z = config.calibration_a + config.calibration_b * std::log(r / (1 - r));
    return 1.0 / (1.0 + std::exp(-z));
}

// Thin evidence, topic against genre, calibration and the review decision, for a classification
// made by its scores (`flags` by indicator index).
void finish(Classification& c, const std::vector<IndicatorScore>& scores,
            const std::vector<GenreFlags>& flags, const FileClues& clues,
            const ClassifyConfig& config) {
    const IndicatorScore& top = scores[0];
    const GenreFlags& tf = flags[top.index];
    double raw = c.confidence;
    // Thin evidence: one keyword somewhere in the body is all that links the file to the
    // indicator (nothing in its title or names, and its text reads little like the indicator's
    // description). A stray word (投诉举报 in a drug-inspection notice) should not decide on its
    // own, however far ahead it puts one indicator.
    if (top.keywords <= 1 && !top.named && top.similarity < 0.15 && !tf.proven) {
        raw *= 0.5;
        c.reasons.push_back(fmt::format(
            "证据单薄：标题和文件名不含此项，正文只有{}，与此项说明的相似度仅 {:.2f}",
            top.keywords == 1 ? "一个关键词" : "零星线索", top.similarity));
    }
    // Topic against genre: the document is of a genre the catalog files elsewhere (a reply to a
    // proposal about river pollution proves the reply, not 环保).
    if ((clues.genre_linked && clues.genre.confidence >= kGenreConflict && !tf.proven &&
         !tf.boosted) ||
        tf.penalised) {
        raw *= 0.4;
        c.reasons.push_back(fmt::format("文种为“{}”，按目录不证明此项（主题与文种不一致）",
                                        clues.genre.id));
    }
    const double threshold = config.review_threshold;
    c.confidence = calibrated(raw, config);
    c.review = c.confidence < threshold;
    if (c.review)
        c.reasons.push_back(
            fmt::format("置信度 {:.2f} 低于阈值 {:.2f}，需人工确认", c.confidence, threshold));
}

}  // namespace

// The parts are added in this order on purpose: the score is a floating-point sum.
IndicatorScore Classifier::score(const Leaf& leaf, const FileRecord& file,
                                 const std::unordered_map<uint32_t, float>& text_bigrams) const {
    const Indicator& ind = catalog_.indicators[leaf.index];
    IndicatorScore s{leaf.index, 0, {}};
    const ClassifyWeights& wt = config_.weights;
    score_keywords(file, ind, keyword_idf_, wt, s);
    score_name_hints(file, ind.id, leaf.name_hints, s);
    score_unit(catalog_, file, ind, wt.unit, s);
    score_similarity(text_bigrams, leaf.bigrams, wt.similarity, s);
    return s;
}

Classification Classifier::pinned_to(const Indicator& ind,
                                     const std::vector<IndicatorScore>& scores) const {
    Classification c;
    c.indicator = ind.id;
    c.confidence = 1.0;
    c.review = false;
    c.pinned = true;
    c.reasons.push_back("人工指定（dossier assign）");
    if (!scores.empty() && catalog_.indicators[scores[0].index].id != ind.id)
        c.runner_up = catalog_.indicators[scores[0].index].id;
    return c;
}

Classification Classifier::without_clues(const std::vector<IndicatorScore>& scores) const {
    Classification c;
    c.review = true;
    c.confidence = 0;
    if (!scores.empty() && scores[0].score > 0) {
        c.indicator = catalog_.indicators[scores[0].index].id;
        c.reasons = scores[0].reasons;
    }
    c.reasons.push_back("未找到足够的指标线索，需人工确认");
    return c;
}

// The hand score: strength (how much evidence) times margin (how far ahead of the next); thin
// evidence, genre conflicts, the calibration and the review decision follow in finish().
Classification Classifier::by_scores(const std::vector<IndicatorScore>& scores) const {
    Classification c;
    const double s1 = scores[0].score;
    const double s2 = scores.size() > 1 ? scores[1].score : 0;
    const double margin = (s1 - s2) / s1;
    const double strength = 1.0 - std::exp(-s1 / 3.0);
    c.confidence = std::clamp(strength * (0.35 + 0.65 * margin), 0.0, 1.0);
    c.indicator = catalog_.indicators[scores[0].index].id;
    c.runner_up = scores.size() > 1 && s2 > 0 ? catalog_.indicators[scores[1].index].id : "";
    c.reasons = scores[0].reasons;
    // Secondary indicators: only when the file's own title or name names them too, and they
    // score close to the top — explicit, not accidental.
    for (size_t i = 1; i < scores.size() && i < 4; ++i) {
        if (scores[i].score < config_.secondary_ratio * s1) break;
        if (scores[i].named) c.secondary.push_back(catalog_.indicators[scores[i].index].id);
    }
    return c;
}

Classification Classifier::classify(const FileRecord& file, std::string_view text,
                                    const std::string* pin,
                                    std::vector<IndicatorScore>* out_scores) const {
    const auto ctx = genre_context(catalog_);
    const FileClues clues = clues_of(*ctx, file, text);
    std::vector<IndicatorScore> scores;
    std::vector<GenreFlags> flags(catalog_.indicators.size());
    scores.reserve(leaves_.size());
    const auto text_bigrams = cjk_bigrams(text);
    for (const Leaf& leaf : leaves_) {
        IndicatorScore s = score(leaf, file, text_bigrams);
        const Indicator& ind = catalog_.indicators[leaf.index];
        GenreFlags& f = flags[leaf.index];
        score_crumbs(catalog_, ind, leaf.name_hints, clues.crumbs, config_.weights.crumb, s);
        score_genre(ctx->links(ind.id), clues.genre, config_.weights.genre, s, f);
        // A genre that proves some indicator speaks against all it does not name; one that
        // penalises a leaf does so on top (a penalty is never milder than no link at all).
        if (f.penalised) s.score *= 1.0 - kGenrePenalty * clues.genre.confidence;
        if (clues.genre_proves && clues.genre.confidence >= kGenreDecides && !f.proven &&
            !f.boosted)
            s.score *= 1.0 - kProvenElsewhere * clues.genre.confidence;
        scores.push_back(std::move(s));
    }
    std::stable_sort(
        scores.begin(), scores.end(),
        [](const IndicatorScore& a, const IndicatorScore& b) { return a.score > b.score; });

    const Indicator* pinned = pin ? catalog_.find(*pin) : nullptr;
    Classification c;
    if (pinned) {
        c = pinned_to(*pinned, scores);
    } else if (scores.empty() || scores[0].score <= 0.9) {
        c = without_clues(scores);
    } else {
        c = by_scores(scores);
        finish(c, scores, flags, clues, config_);
    }
    c.genre = clues.genre.id;
    c.crumbs = clues.crumbs;
    for (size_t i = 0; i < scores.size() && c.top.size() < 3; ++i)
        if (scores[i].score > 0)
            c.top.push_back({catalog_.indicators[scores[i].index].id, scores[i].score,
                             scores[i].reasons});
    if (out_scores) *out_scores = std::move(scores);
    return c;
}

}  // namespace dossier
