#include "pipeline/near.hpp"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "analysis/image_hash.hpp"
#include "analysis/minhash.hpp"
#include "analysis/simhash.hpp"
#include "pipeline/worker_pool.hpp"

namespace dossier {

namespace {

bool is_image(const FileRecord& f) { return f.media_type.starts_with("image/"); }

// Union–find over file indexes; the root of a set is its smallest index (deterministic).
struct Groups {
    std::vector<size_t> parent;
    explicit Groups(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    size_t find(size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }
    void join(size_t a, size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

}  // namespace

bool informative_image(uint64_t dhash) {
    const int bits = std::popcount(dhash);
    return bits >= 8 && bits <= 56;
}

namespace {

// Texts whose fingerprints are this close are the same document (a re-share, re-typed).
bool same_text(const Fingerprint& a, const Fingerprint& b, const NearConfig& c) {
    return a.text && b.text && hamming(*a.text, *b.text) <= c.text_bits;
}

// A file's body for the groups: its shingle set and MinHash (empty: no usable body).
struct Body {
    std::vector<uint64_t> shingles;
    MinHash sig{};
    // The same text with its digits: a re-save keeps them, the same template text published
    // again (next month's 通报, another table of figures) does not.
    std::vector<uint64_t> exact;
};

// A re-saved copy: both images with close pixels, and their texts the same — their fingerprints
// at most text_bits apart, or their bodies (the text without the portal's chrome, digits kept)
// sharing at least resave_body_jaccard, or, when either has too little body to say, their
// fingerprints at most resave_text_bits apart (OCR of a re-save reads a few characters differently)
// — or neither has text, then the pixels alone, strictly. Two articles on one portal template look
// alike at 9×8 pixels, and their fingerprints can be as close as a re-save's OCR (holdout15: two
// pages of one portal 0 bits apart before each shingle voted once; re-saves measured 5–17 bits):
// their bodies tell them apart (re-saves 0.52–0.84, other pages at most 0.19).
bool resaved(const Fingerprint& a, const Fingerprint& b, const Body* body_a, const Body* body_b,
             const NearConfig& c) {
    if (!a.image || !b.image) return false;
    const int pixels = hamming(*a.image, *b.image);
    if (a.text && b.text) {
        if (pixels > c.image_bits) return false;
        if (same_text(a, b, c)) return true;
        if (body_a && body_b && !body_a->exact.empty() && !body_b->exact.empty())
            return jaccard(body_a->exact, body_b->exact) >= c.resave_body_jaccard;
        return hamming(*a.text, *b.text) <= c.resave_text_bits;
    }
    return !a.text && !b.text && pixels <= c.image_only_bits && informative_image(*a.image) &&
           informative_image(*b.image);
}

// Two pages dated differently are two pages, however alike: the same template text published
// each month (a 10月份 and a 9月份 空气质量通报, their digits aside one body) is two pieces of
// evidence. A date found on one only (a light byline the second pass read on the PNG, lost on its
// JPEG re-save) says nothing.
bool dated_apart(const FileRecord& a, const FileRecord& b) {
    const auto& x = a.analysis.date.published;
    const auto& y = b.analysis.date.published;
    return x && y && *x != *y;
}

// Step 3: within each unit, an image that is a re-save of a kept one leaves files[] for
// duplicates[]. A lossless image is kept over a JPEG, then the larger file, then the first by
// source, so the choice depends only on the files. Returns the indexes folded.
std::vector<bool> fold_resaved(const Ledger& ledger, const std::vector<Fingerprint>& fps,
                               const std::vector<Body>& bodies, const NearConfig& c,
                               std::vector<Duplicate>& out) {
    const size_t n = ledger.files.size();
    std::vector<bool> folded(n);
    std::vector<size_t> order;
    for (size_t i = 0; i < n; ++i)
        if (is_image(ledger.files[i]) && fps[i].image) order.push_back(i);
    // Kept first: a lossless original over a JPEG re-save, then the larger file; files[] is in
    // source order, which the stable sort keeps for equals.
    auto rank = [&](size_t i) {
        const FileRecord& f = ledger.files[i];
        return std::pair(f.media_type != "image/jpeg", f.size);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rank(a) > rank(b); });
    std::map<std::string, std::vector<size_t>> kept;  // unit → kept images
    for (size_t i : order) {
        const FileRecord& f = ledger.files[i];
        auto& mine = kept[f.unit ? *f.unit : "\x01" + f.unit_folder];
        auto same = std::find_if(mine.begin(), mine.end(), [&](size_t k) {
            return resaved(fps[k], fps[i], &bodies[k], &bodies[i], c) &&
                   !dated_apart(ledger.files[k], f);
        });
        if (same == mine.end()) {
            mine.push_back(i);
            continue;
        }
        folded[i] = true;
        out.push_back({f.source, ledger.files[*same].source, true});
    }
    return folded;
}

// The significant characters of each line of a text but its digits, and whether its wording is
// chrome.
struct Line {
    std::u32string key;   // without digits
    std::u32string full;  // with them
    bool chrome = false;
};

std::vector<Line> lines_of(const std::string& text) {
    std::vector<Line> out;
    size_t at = 0;
    while (at < text.size()) {
        size_t end = text.find_first_of("\n\f", at);
        if (end == std::string::npos) end = text.size();
        const std::string_view line(text.data() + at, end - at);
        at = end + 1;
        std::vector<char32_t> chars = significant_chars(line);
        std::u32string full(chars.begin(), chars.end());
        // Without digits (dates, phone and 文号 numbers): a footer or a form line with another
        // number is the same line.
        std::erase_if(chars, [](char32_t ch) { return ch >= U'0' && ch <= U'9'; });
        if (chars.size() < 2) continue;
        out.push_back(
            {std::u32string(chars.begin(), chars.end()), std::move(full), chrome_line(line)});
    }
    return out;
}

// The run's unit names (folders and catalog names) as significant characters, longest first:
// template text differs from town to town by the town's own name, which says nothing about what
// the page is.
std::vector<std::u32string> unit_names(const Ledger& ledger) {
    std::set<std::u32string> names;
    auto add = [&](const std::string& name) {
        const std::vector<char32_t> chars = significant_chars(name);
        if (chars.size() >= 2) names.emplace(chars.begin(), chars.end());
    };
    for (const FileRecord& f : ledger.files) {
        add(f.unit_folder);
        if (f.unit) add(*f.unit);
    }
    std::vector<std::u32string> out(names.begin(), names.end());
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
}

// A body line (already without digits) without the unit names.
void append_stripped(std::u32string key, const std::vector<std::u32string>& names,
                     std::vector<char32_t>& body) {
    for (const std::u32string& name : names)
        for (size_t at = key.find(name); at != std::u32string::npos; at = key.find(name, at))
            key.erase(at, name.size());
    body.insert(body.end(), key.begin(), key.end());
}

// Step 2's bodies: every text without its chrome lines — by wording, or short lines that recur in
// many files of this run (the menus and footers of the run's portals; counted with the unit names
// still in, so one template text filled in for each town is not chrome) — then without unit names
// and digits.
std::vector<Body> bodies_of(const Ledger& ledger, const std::vector<ExtractResult>& texts,
                            const NearConfig& c) {
    std::vector<std::vector<Line>> lines;
    lines.reserve(texts.size());
    std::unordered_map<std::u32string, int> files_with;  // line → files it occurs in
    for (const ExtractResult& t : texts) {
        lines.push_back(lines_of(t.full_text()));
        std::set<std::u32string_view> mine;
        for (const Line& l : lines.back()) mine.insert(l.key);
        for (auto k : mine) ++files_with[std::u32string(k)];
    }
    const std::vector<std::u32string> names = unit_names(ledger);
    const int many = std::max(c.chrome_min_files,
                              static_cast<int>(std::ceil(c.chrome_share * static_cast<double>(texts.size()))));
    std::vector<Body> out(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        std::vector<char32_t> body, full;
        for (const Line& l : lines[i]) {
            const bool recurring = files_with[l.key] >= many &&
                                   l.key.size() <= static_cast<size_t>(c.chrome_max_chars);
            if (l.chrome || recurring) continue;
            append_stripped(l.key, names, body);
            append_stripped(l.full, names, full);
        }
        if (body.size() < static_cast<size_t>(c.body_min_chars)) continue;
        out[i].shingles = shingle_set(body);
        out[i].sig = minhash(out[i].shingles);
        out[i].exact = shingle_set(full);
    }
    return out;
}

bool bodies_match(const Body& a, const Body& b, const NearConfig& c) {
    if (a.shingles.empty() || b.shingles.empty()) return false;
    if (minhash_similarity(a.sig, b.sig) < c.minhash_floor) return false;
    return same_body(a.shingles, b.shingles, c);
}

// Step 2 and 4: the groups over all files, their ids on the files still in files[].
int name_groups(Ledger& ledger, const std::vector<Fingerprint>& fps,
                const std::vector<Body>& bodies, const std::vector<bool>& folded,
                const NearConfig& c) {
    const size_t n = ledger.files.size();
    Groups g(n);
    // A body link joins two sets only when each file's body also matches the other set's first
    // file: no chains from one topic to the next through forms that differ by a word or two.
    auto body_link = [&](size_t i, size_t k) {
        return bodies_match(bodies[i], bodies[k], c) &&
               bodies_match(bodies[g.find(i)], bodies[k], c) &&
               bodies_match(bodies[i], bodies[g.find(k)], c);
    };
    for (size_t i = 0; i < n; ++i)
        for (size_t k = i + 1; k < n; ++k)
            if (g.find(i) != g.find(k) &&
                (same_text(fps[i], fps[k], c) ||
                 resaved(fps[i], fps[k], &bodies[i], &bodies[k], c) || body_link(i, k)))
                g.join(i, k);
    std::map<size_t, std::string> smallest;  // root → smallest sha256 of the group
    std::map<size_t, int> remaining;         // root → members left in files[]
    for (size_t i = 0; i < n; ++i) {
        auto [it, fresh] = smallest.emplace(g.find(i), ledger.files[i].sha256);
        if (!fresh) it->second = std::min(it->second, ledger.files[i].sha256);
        if (!folded[i]) ++remaining[g.find(i)];
    }
    int groups = 0;
    for (auto [root, count] : remaining) groups += count >= 2;
    for (size_t i = 0; i < n; ++i) {
        const size_t root = g.find(i);
        ledger.files[i].near_group.reset();
        if (remaining[root] < 2) continue;
        std::string id = "g";  // appended, not "g" + …: GCC 12's -Wstringop-overflow misfires
        id.append(smallest[root], 0, 12);
        ledger.files[i].near_group = std::move(id);
    }
    return groups;
}

// DOSSIER_TRACE_NEAR=1: every pair of images whose pixels are within image_bits, with their text
// distance and body similarity, on stderr — what the thresholds are measured on
// (docs/near-duplicates.md).
void trace_pairs(const Ledger& ledger, const std::vector<Fingerprint>& fps,
                 const std::vector<Body>& bodies, const NearConfig& c) {
    for (size_t i = 0; i < fps.size(); ++i)
        for (size_t k = i + 1; k < fps.size(); ++k) {
            if (!fps[i].image || !fps[k].image) continue;
            const int pixels = hamming(*fps[i].image, *fps[k].image);
            if (pixels > c.image_bits) continue;
            const int text = fps[i].text && fps[k].text ? hamming(*fps[i].text, *fps[k].text) : -1;
            const bool both = !bodies[i].shingles.empty() && !bodies[k].shingles.empty();
            const std::string body =
                both ? fmt::format("{:.2f} exact {:.2f}",
                                   jaccard(bodies[i].shingles, bodies[k].shingles),
                                   jaccard(bodies[i].exact, bodies[k].exact))
                     : "-";
            std::fprintf(stderr, "near: px=%d text=%d body=%s (%zu, %zu shingles) %s | %s\n",
                         pixels, text, body.c_str(), bodies[i].shingles.size(),
                         bodies[k].shingles.size(), ledger.files[i].source.c_str(),
                         ledger.files[k].source.c_str());
        }
}

// A fresh fingerprint of one content (pure: runs on a pool thread).
Fingerprint compute_fingerprint(const FileRecord& file, const ExtractResult& text) {
    Fingerprint fp;
    fp.sha256 = file.sha256;
    fp.version = kFingerprintVersion;
    // Without the lines only a second OCR pass read (a light byline, a sealed date line): those
    // passes run where the first found no date, so a PNG and its lossy JPEG re-save can differ by
    // one of them; the rest of the page is the same.
    if (auto t = text_simhash(text.full_text(/*first_pass_only=*/true))) {
        fp.text = t->hash;
        fp.text_chars = t->chars;
    }
    if (is_image(file)) fp.image = image_dhash(file.content_path);
    return fp;
}

}  // namespace

bool same_body(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
               const NearConfig& c) {
    return !a.empty() && !b.empty() && jaccard(a, b) >= c.body_jaccard;
}

bool near_identical(const Fingerprint& a, const Fingerprint& b, const NearConfig& c) {
    return same_text(a, b, c) || resaved(a, b, nullptr, nullptr, c);
}

NearStats near_stage(Ledger& ledger, std::vector<ExtractResult>& texts, Store& store,
                     const NearConfig& config, int jobs) {
    const auto t0 = std::chrono::steady_clock::now();
    NearStats stats;
    // Step 1: stored fingerprints; the missing ones (an image's decode is ~0.1 s) computed on
    // `jobs` threads, written from this one.
    std::vector<Fingerprint> fps(ledger.files.size());
    std::vector<size_t> missing;
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        auto fp = store.get_fingerprint(ledger.files[i].sha256);
        if (fp && fp->version == kFingerprintVersion)
            fps[i] = std::move(*fp);
        else
            missing.push_back(i);
    }
    {
        Store::Transaction tx(store);
        for_each_ordered<int, Fingerprint>(
            missing.size(), jobs, [] { return 0; },
            [&](size_t m, int&) { return compute_fingerprint(ledger.files[missing[m]], texts[missing[m]]); },
            [&](size_t m, Fingerprint&& fp) {
                store.put_fingerprint(fp);
                fps[missing[m]] = std::move(fp);
            });
        tx.commit();
    }
    stats.fingerprinted = static_cast<int>(missing.size());
    const std::vector<Body> bodies = bodies_of(ledger, texts, config);
    std::vector<Duplicate> copies;
    if (std::getenv("DOSSIER_TRACE_NEAR")) trace_pairs(ledger, fps, bodies, config);
    const std::vector<bool> folded = fold_resaved(ledger, fps, bodies, config, copies);
    stats.groups = name_groups(ledger, fps, bodies, folded, config);
    stats.folded = static_cast<int>(copies.size());
    if (!copies.empty()) {
        size_t kept = 0;
        for (size_t i = 0; i < ledger.files.size(); ++i) {
            if (folded[i]) continue;
            if (kept != i) {
                ledger.files[kept] = std::move(ledger.files[i]);
                texts[kept] = std::move(texts[i]);
            }
            ++kept;
        }
        ledger.files.resize(kept);
        texts.resize(kept);
        for (auto& d : copies) ledger.duplicates.push_back(std::move(d));
        std::sort(ledger.duplicates.begin(), ledger.duplicates.end(),
                  [](const Duplicate& a, const Duplicate& b) { return a.source < b.source; });
    }
    stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return stats;
}

}  // namespace dossier
