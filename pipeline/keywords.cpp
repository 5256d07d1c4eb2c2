#include "pipeline/keywords.hpp"

#include <algorithm>
#include <map>

namespace dossier {
namespace {

struct Table {
    std::vector<std::string> keywords;
    std::vector<std::vector<std::string>> indicators;
};

Table collect(const Catalog& catalog) {
    Table t;
    std::map<std::string, size_t> index;
    auto add = [&](const std::string& raw, const std::string& id) {
        std::string k = normalize_text(raw);
        if (k.size() < 2) return;
        auto [it, fresh] = index.emplace(k, t.keywords.size());
        if (fresh) {
            t.keywords.push_back(k);
            t.indicators.emplace_back();
        }
        auto& ids = t.indicators[it->second];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    };
    for (const auto& ind : catalog.indicators) {
        for (const auto& k : ind.keywords) add(k, ind.id);
        add(ind.name, ind.id);
    }
    return t;
}

KeywordMatcher from_table(Table t) {
    return KeywordMatcher(std::move(t.keywords), std::move(t.indicators));
}

}  // namespace

KeywordMatcher::KeywordMatcher(const Catalog& catalog)
    : KeywordMatcher(from_table(collect(catalog))) {}

KeywordMatcher::KeywordMatcher(std::vector<std::string> keywords,
                               std::vector<std::vector<std::string>> indicators)
    : keywords_(std::move(keywords)), indicators_(std::move(indicators)), automaton_(keywords_) {
    indicators_.resize(keywords_.size());
}

std::vector<KeywordHit> KeywordMatcher::match(const std::vector<NormalizedText>& pages,
                                              std::string_view title, std::string_view name) const {
    struct Acc {
        int count = 0;
        bool in_title = false, in_name = false;
        int first_page = 0;
        size_t first_offset = 0;
    };
    std::vector<Acc> acc(keywords_.size());
    std::vector<uint32_t> touched;
    auto touch = [&](size_t k) {
        const Acc& a = acc[k];
        if (a.count == 0 && !a.in_title && !a.in_name) touched.push_back(static_cast<uint32_t>(k));
    };
    for (size_t pi = 0; pi < pages.size(); ++pi) {
        const auto& page = pages[pi];
        automaton_.scan(page.text, [&](uint32_t k, size_t end) {
            touch(k);
            Acc& a = acc[k];
            if (a.count++ == 0) {
                a.first_page = static_cast<int>(pi) + 1;
                a.first_offset = page.original_offset(end - automaton_.pattern_length(k));
            }
        });
    }
    automaton_.scan(title, [&](uint32_t k, size_t) {
        touch(k);
        acc[k].in_title = true;
    });
    automaton_.scan(name, [&](uint32_t k, size_t) {
        touch(k);
        acc[k].in_name = true;
    });
    std::vector<KeywordHit> hits;
    hits.reserve(touched.size());
    for (uint32_t k : touched) {
        KeywordHit h;
        h.keyword = keywords_[k];
        h.indicators = indicators_[k];
        h.count = acc[k].count;
        h.in_title = acc[k].in_title;
        h.in_name = acc[k].in_name;
        h.first_page = acc[k].first_page;
        h.first_offset = acc[k].first_offset;
        hits.push_back(std::move(h));
    }
    std::sort(hits.begin(), hits.end(), [](const KeywordHit& a, const KeywordHit& b) {
        if (a.count != b.count) return a.count > b.count;
        return a.keyword < b.keyword;
    });
    return hits;
}

}  // namespace dossier
