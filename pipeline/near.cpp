#include "pipeline/near.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>
#include <string>

#include "analysis/image_hash.hpp"
#include "analysis/simhash.hpp"

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

// A re-saved copy: both images with close pixels, and their texts close too (OCR of a re-save
// reads a few characters differently, so looser than text_bits) — or neither has text, then the
// pixels alone, strictly.
bool resaved(const Fingerprint& a, const Fingerprint& b, const NearConfig& c) {
    if (!a.image || !b.image) return false;
    const int pixels = hamming(*a.image, *b.image);
    if (a.text && b.text)
        return pixels <= c.image_bits && hamming(*a.text, *b.text) <= c.resave_text_bits;
    return !a.text && !b.text && pixels <= c.image_only_bits;
}

// Step 3: within each unit, an image that is a re-save of a kept one leaves files[] for
// duplicates[]. The larger file is kept (a lossless original outweighs its JPEG re-save), equal
// sizes by source, so the choice depends only on the files. Returns the indexes folded.
std::vector<bool> fold_resaved(const Ledger& ledger, const std::vector<Fingerprint>& fps,
                               const NearConfig& c, std::vector<Duplicate>& out) {
    const size_t n = ledger.files.size();
    std::vector<bool> folded(n);
    std::vector<size_t> order;
    for (size_t i = 0; i < n; ++i)
        if (is_image(ledger.files[i]) && fps[i].image) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return ledger.files[a].size > ledger.files[b].size;  // files[] is in source order
    });
    std::map<std::string, std::vector<size_t>> kept;  // unit → kept images
    for (size_t i : order) {
        const FileRecord& f = ledger.files[i];
        auto& mine = kept[f.unit ? *f.unit : "\x01" + f.unit_folder];
        auto same = std::find_if(mine.begin(), mine.end(),
                                 [&](size_t k) { return resaved(fps[k], fps[i], c); });
        if (same == mine.end()) {
            mine.push_back(i);
            continue;
        }
        folded[i] = true;
        out.push_back({f.source, ledger.files[*same].source, true});
    }
    return folded;
}

// Step 2 and 4: the groups over all files, their ids on the files still in files[].
int name_groups(Ledger& ledger, const std::vector<Fingerprint>& fps,
                const std::vector<bool>& folded, const NearConfig& c) {
    const size_t n = ledger.files.size();
    Groups g(n);
    for (size_t i = 0; i < n; ++i)
        for (size_t k = i + 1; k < n; ++k)
            if (near_identical(fps[i], fps[k], c))
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

}  // namespace

Fingerprint fingerprint_of(const FileRecord& file, const ExtractResult& text, Store& store,
                           bool* computed) {
    if (computed) *computed = false;
    if (auto fp = store.get_fingerprint(file.sha256); fp && fp->version == kFingerprintVersion)
        return *fp;
    Fingerprint fp;
    fp.sha256 = file.sha256;
    fp.version = kFingerprintVersion;
    if (auto t = text_simhash(text.full_text())) {
        fp.text = t->hash;
        fp.text_chars = t->chars;
    }
    if (is_image(file)) fp.image = image_dhash(file.content_path);
    store.put_fingerprint(fp);
    if (computed) *computed = true;
    return fp;
}

bool near_identical(const Fingerprint& a, const Fingerprint& b, const NearConfig& c) {
    if (a.text && b.text && hamming(*a.text, *b.text) <= c.text_bits) return true;
    return resaved(a, b, c);
}

NearStats near_stage(Ledger& ledger, std::vector<ExtractResult>& texts, Store& store,
                     const NearConfig& config) {
    const auto t0 = std::chrono::steady_clock::now();
    NearStats stats;
    std::vector<Fingerprint> fps;
    fps.reserve(ledger.files.size());
    {
        Store::Transaction tx(store);
        for (size_t i = 0; i < ledger.files.size(); ++i) {
            bool computed = false;
            fps.push_back(fingerprint_of(ledger.files[i], texts[i], store, &computed));
            stats.fingerprinted += computed;
        }
        tx.commit();
    }
    std::vector<Duplicate> copies;
    const std::vector<bool> folded = fold_resaved(ledger, fps, config, copies);
    stats.groups = name_groups(ledger, fps, folded, config);
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
