#include "pipeline/similar.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>

#include <fmt/core.h>

#include "analysis/simhash.hpp"
#include "pipeline/near.hpp"

namespace dossier {

namespace {

// A confirmed content: its pin and what a clerk would call it.
struct Example {
    std::string sha256, indicator, source, title;
    Fingerprint fp;
};

std::string name_of(const std::string& source) {
    return std::filesystem::path(source).filename().string();
}

// The indicator pins whose content has a fingerprint, with the title of that content (its file's
// analysed title when it is in this run, else its file name).
std::vector<Example> examples(const Ledger& ledger, Store& store, const Catalog& catalog) {
    std::map<std::string, const FileRecord*> by_sha;
    for (const FileRecord& f : ledger.files) by_sha.emplace(f.sha256, &f);
    std::vector<Example> out;
    for (Pin& p : store.pins()) {  // sorted by sha256
        if (p.indicator.empty() || !catalog.find(p.indicator)) continue;
        auto fp = store.get_fingerprint(p.sha256);
        if (!fp || fp->version != kFingerprintVersion) continue;
        Example e{p.sha256, p.indicator, p.source, {}, *fp};
        if (auto it = by_sha.find(p.sha256); it != by_sha.end()) {
            e.source = it->second->source;
            e.title = it->second->analysis.title;
        }
        if (e.title.empty()) e.title = name_of(e.source);
        out.push_back(std::move(e));
    }
    return out;
}

// How far `f` is from `e`: bits of the text fingerprints, or of the image ones when neither has
// text; -1 when they cannot be compared.
int distance(const Fingerprint& f, const Fingerprint& e) {
    if (f.text && e.text) return hamming(*f.text, *e.text);
    if (!f.text && !e.text && f.image && e.image && informative_image(*f.image) &&
        informative_image(*e.image))
        return hamming(*f.image, *e.image);
    return -1;
}

// The top three follow the choice: the confirmed indicator first, carrying the similarity reasons
// before its own and keeping its own keyword score (it is ranked first by the confirmation, not by
// that score; 0 when it was not among the scored three); the list stays at three.
void put_first(std::vector<IndicatorChoice>& top, const std::string& indicator,
               const std::vector<std::string>& why) {
    auto it = std::find_if(top.begin(), top.end(),
                           [&](const IndicatorChoice& c) { return c.indicator == indicator; });
    IndicatorChoice chosen{indicator, 0.0, {}};
    if (it != top.end()) {
        chosen = std::move(*it);
        top.erase(it);
    }
    chosen.reasons.insert(chosen.reasons.begin(), why.begin(), why.end());
    top.insert(top.begin(), std::move(chosen));
    if (top.size() > 3) top.resize(3);
}

// True when `f` and the pinned `p` are copies of one content (fingerprints at most sure_bits
// apart), not only one re-shared text or template grouped by body.
bool near_copy(Store& store, const FileRecord& f, const FileRecord& p, const SimilarConfig& config) {
    auto a = store.get_fingerprint(f.sha256), b = store.get_fingerprint(p.sha256);
    if (!a || !b) return false;
    const int d = distance(*a, *b);
    return d >= 0 && d <= config.sure_bits;
}

// `f` takes the confirmed indicator with the reason and the confidence.
void take(FileRecord& f, const std::string& indicator, const std::string& source,
          const std::string& title, double confidence, bool sure, const std::string& detail) {
    Classification& c = f.cls;
    const bool agreed = c.indicator == indicator;
    if (!agreed) {
        if (!c.indicator.empty()) c.runner_up = c.indicator;
        c.indicator = indicator;
        c.confidence = confidence;
        c.review = !sure;
    } else {
        c.confidence = std::max(c.confidence, confidence);
        c.review = c.review && !sure;
    }
    std::erase(c.secondary, indicator);
    const std::vector<std::string> why{fmt::format("与已确认的《{}》相似", title), detail};
    c.reasons.insert(c.reasons.begin(), why.begin(), why.end());
    put_first(c.top, indicator, why);
    c.similar_to = source;
}

}  // namespace

SimilarStats similar_stage(Ledger& ledger, Store& store, const Catalog& catalog,
                           const SimilarConfig& config) {
    const auto t0 = std::chrono::steady_clock::now();
    SimilarStats stats;
    const std::vector<Example> confirmed = examples(ledger, store, catalog);
    if (confirmed.empty()) return stats;
    // A pinned member confirms its near-duplicate group (the first pinned member by source).
    std::map<std::string, const FileRecord*> group_pin;
    for (const FileRecord& f : ledger.files)
        if (f.cls.pinned && f.near_group) group_pin.emplace(*f.near_group, &f);
    for (FileRecord& f : ledger.files) {
        if (f.cls.pinned) continue;
        if (f.near_group) {
            if (auto it = group_pin.find(*f.near_group); it != group_pin.end()) {
                const FileRecord& p = *it->second;
                const std::string title =
                    p.analysis.title.empty() ? name_of(p.source) : p.analysis.title;
                const bool sure = f.cls.indicator == p.cls.indicator || near_copy(store, f, p, config);
                const std::string why =
                    fmt::format("同一近似组 {} 中已有人工确认的文件", *f.near_group);
                take(f, p.cls.indicator, p.source, title, sure ? kGroupConfidence : kGroupUnsure,
                     sure, sure ? why : why + "，但本文件自身的内容指向其他指标，请人工确认");
                ++stats.matched;
                continue;
            }
        }
        auto fp = store.get_fingerprint(f.sha256);
        if (!fp) continue;
        const Example* best = nullptr;
        int best_d = 65;
        for (const Example& e : confirmed) {  // by sha256: the first of equals wins
            const int d = distance(*fp, e.fp);
            if (d >= 0 && d < best_d && e.sha256 != f.sha256) best = &e, best_d = d;
        }
        if (!best) continue;
        const bool text = fp->text.has_value();
        if (best_d > (text ? config.fair_bits : config.image_bits)) continue;
        const bool sure = best_d <= (text ? config.sure_bits : config.image_bits);
        const double confidence = sure ? 0.95 - 0.01 * best_d : 0.8 - 0.03 * (best_d - config.sure_bits);
        take(f, best->indicator, best->source, best->title, confidence, sure,
             fmt::format("{}指纹相差 {} 位（64 位中）{}", text ? "文字" : "图像", best_d,
                         sure ? "" : "，仅较相似，请人工确认"));
        ++stats.matched;
    }
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return stats;
}

}  // namespace dossier
