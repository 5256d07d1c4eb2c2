#include "analysis/aho_corasick.hpp"

#include <queue>

namespace dossier {

AhoCorasick::AhoCorasick(const std::vector<std::string>& patterns) {
    for (int c = 0; c < 256; ++c)
        fold_[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    // 1. The trie (-1 = no edge yet), 256 columns while building.
    std::vector<int32_t> trie(256, -1);
    std::vector<std::vector<uint32_t>> own(1);
    for (size_t p = 0; p < patterns.size(); ++p) {
        lengths_.push_back(patterns[p].size());
        if (patterns[p].empty()) continue;
        int32_t s = 0;
        for (unsigned char ch : patterns[p]) {
            const size_t slot = static_cast<size_t>(s) * 256 + fold_[ch];
            if (trie[slot] < 0) {
                trie[slot] = static_cast<int32_t>(own.size());
                own.emplace_back();
                trie.resize(trie.size() + 256, -1);
            }
            s = trie[slot];
        }
        own[static_cast<size_t>(s)].push_back(static_cast<uint32_t>(p));
    }
    const size_t n = own.size();
    // 2. Failure links by BFS; missing edges become the failure state's edges (full DFA), and
    //    each state's outputs include those of its failure state.
    std::vector<int32_t> fail(n, 0);
    std::vector<std::vector<uint32_t>> outs = own;
    std::queue<int32_t> q;
    std::vector<size_t> order{0};  // BFS order: shallow states (the hot ones) get the first rows
    for (int c = 0; c < 256; ++c) {
        int32_t& t = trie[static_cast<size_t>(c)];
        if (t < 0) {
            t = 0;
        } else {
            fail[static_cast<size_t>(t)] = 0;
            q.push(t);
        }
    }
    while (!q.empty()) {
        const int32_t s = q.front();
        q.pop();
        order.push_back(static_cast<size_t>(s));
        const auto& inherited = outs[static_cast<size_t>(fail[static_cast<size_t>(s)])];
        if (s != 0)
            outs[static_cast<size_t>(s)].insert(outs[static_cast<size_t>(s)].end(),
                                                inherited.begin(), inherited.end());
        for (int c = 0; c < 256; ++c) {
            int32_t& t = trie[static_cast<size_t>(s) * 256 + static_cast<size_t>(c)];
            const int32_t via_fail = trie[static_cast<size_t>(fail[static_cast<size_t>(s)]) * 256 +
                                          static_cast<size_t>(c)];
            if (t < 0) {
                t = via_fail;
            } else {
                fail[static_cast<size_t>(t)] = via_fail;
                q.push(t);
            }
        }
    }
    std::vector<int32_t> rank(n);  // state → its row, in BFS order
    for (size_t k = 0; k < n; ++k) rank[order[k]] = static_cast<int32_t>(k);
    out_begin_.reserve(n + 1);
    for (size_t s : order) {
        out_begin_.push_back(static_cast<uint32_t>(out_.size()));
        out_.insert(out_.end(), outs[s].begin(), outs[s].end());
    }
    out_begin_.push_back(static_cast<uint32_t>(out_.size()));
    // Compress columns: one per distinct folded byte that occurs in a pattern, plus class 0.
    bool used[256] = {};
    for (const auto& p : patterns)
        for (unsigned char ch : p) used[fold_[ch]] = true;
    uint16_t next_class = 1;
    uint16_t of_folded[256] = {};
    for (int b = 0; b < 256; ++b)
        if (used[b]) of_folded[b] = next_class++;
    for (int b = 0; b < 256; ++b) class_[b] = of_folded[fold_[b]];
    classes_ = next_class;
    int rep[256] = {};  // a byte for each class (class 0: a byte in no pattern, if any)
    for (int b = 0; b < 256; ++b) rep[class_[b]] = b;
    std::vector<int32_t> compact(n * classes_);
    for (size_t k = 0; k < n; ++k)
        for (size_t c = 0; c < classes_; ++c)
            compact[k * classes_ + c] =
                rank[static_cast<size_t>(trie[order[k] * 256 + static_cast<size_t>(rep[c])])];
    build_delta(compact);
}

void AhoCorasick::build_delta(const std::vector<int32_t>& next) {
    delta_.resize(next.size());
    for (size_t k = 0; k < next.size(); ++k) {
        const auto t = static_cast<uint32_t>(next[k]);
        const bool has_out = out_begin_[t + 1] > out_begin_[t];
        delta_[k] = (t * static_cast<uint32_t>(classes_)) << 1 | (has_out ? 1u : 0u);
    }
}

}  // namespace dossier
