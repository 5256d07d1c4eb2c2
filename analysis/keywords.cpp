#include "analysis/keywords.hpp"

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

// Byte offsets of the '\n's in `text` that sit between two CJK ideographs (3-byte UTF-8 in
// U+3400..U+9FFF): wrapped lines.
std::vector<size_t> wrap_breaks(std::string_view text) {
    auto cjk_at = [&](size_t i) {  // a 3-byte CJK sequence starts at i
        if (i + 3 > text.size()) return false;
        const auto b0 = static_cast<unsigned char>(text[i]);
        const auto b1 = static_cast<unsigned char>(text[i + 1]);
        const auto b2 = static_cast<unsigned char>(text[i + 2]);
        return ((b0 == 0xE3 && b1 >= 0x90) || (b0 > 0xE3 && b0 <= 0xE9)) && (b1 & 0xC0) == 0x80 &&
               (b2 & 0xC0) == 0x80;
    };
    std::vector<size_t> out;
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
        if (i >= 3 && cjk_at(i - 3) && cjk_at(i + 1)) out.push_back(i);
    }
    return out;
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
    build_absorbers();
}

void KeywordMatcher::build_absorbers() {
    absorbers_.assign(keywords_.size(), {});
    for (const auto& k : keywords_) max_length_ = std::max(max_length_, k.size());
    auto covers = [](const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
        return std::all_of(inner.begin(), inner.end(), [&](const std::string& id) {
            return std::find(outer.begin(), outer.end(), id) != outer.end();
        });
    };
    for (size_t k = 0; k < keywords_.size(); ++k) {
        for (size_t l = 0; l < keywords_.size(); ++l) {
            if (l == k || keywords_[l].size() <= keywords_[k].size()) continue;
            if (keywords_[l].find(keywords_[k]) == std::string::npos) continue;
            if (covers(indicators_[l], indicators_[k]))
                absorbers_[k].push_back(static_cast<uint32_t>(l));
        }
    }
}

std::vector<KeywordMatcher::Occurrence> KeywordMatcher::occurrences(std::string_view text) const {
    std::vector<Occurrence> occ;
    automaton_.scan(text, [&](uint32_t k, size_t end) {
        occ.push_back({k, end - automaton_.pattern_length(k), end});
    });
    bool any_absorbable = false;
    for (const auto& o : occ) any_absorbable |= !absorbers_[o.keyword].empty();
    if (!any_absorbable) return occ;
    // By start, longer first: an occurrence's containers come before it, within max_length_.
    std::sort(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<bool> absorbed(occ.size(), false);
    for (size_t i = 0; i < occ.size(); ++i) {
        const auto& abs = absorbers_[occ[i].keyword];
        if (abs.empty()) continue;
        for (size_t j = i; j-- > 0 && occ[j].start + max_length_ > occ[i].start;) {
            if (occ[j].end >= occ[i].end &&
                std::binary_search(abs.begin(), abs.end(), occ[j].keyword)) {
                absorbed[i] = true;
                break;
            }
        }
    }
    std::vector<Occurrence> kept;
    kept.reserve(occ.size());
    for (size_t i = 0; i < occ.size(); ++i)
        if (!absorbed[i]) kept.push_back(occ[i]);
    return kept;
}

std::vector<KeywordHit> KeywordMatcher::match(const std::vector<NormalizedText>& pages,
                                              std::string_view title, std::string_view name,
                                              size_t page0_from) const {
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
    std::string joined;
    for (size_t pi = 0; pi < pages.size(); ++pi) {
        const auto& page = pages[pi];
        const std::vector<size_t> breaks = wrap_breaks(page.text);
        std::string_view text = page.text;
        if (!breaks.empty()) {  // scan the page with its wraps removed
            joined.clear();
            size_t from = 0;
            for (size_t b : breaks) joined.append(page.text, from, b - from), from = b + 1;
            joined.append(page.text, from);
            text = joined;
        }
        for (const Occurrence& o : occurrences(text)) {
            // Back to the page's offsets: one byte more per wrap removed before the start.
            size_t start = o.start;
            for (size_t b : breaks) start += b <= start;
            if (pi == 0 && start < page0_from) continue;
            touch(o.keyword);
            Acc& a = acc[o.keyword];
            if (a.count++ == 0) {
                a.first_page = static_cast<int>(pi) + 1;
                a.first_offset = page.original_offset(start);
            }
        }
    }
    for (const Occurrence& o : occurrences(title)) {
        touch(o.keyword);
        acc[o.keyword].in_title = true;
    }
    for (const Occurrence& o : occurrences(name)) {
        touch(o.keyword);
        acc[o.keyword].in_name = true;
    }
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
