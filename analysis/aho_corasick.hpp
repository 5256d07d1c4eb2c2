// A small Aho–Corasick automaton over UTF-8 bytes: finds every occurrence (overlaps included) of
// a fixed set of patterns in one pass. Built once as a full DFA, so a scan is one table lookup per
// byte (table columns are byte classes, entries are premultiplied rows with an output flag). ASCII
// letters match case-insensitively.
//
// Immutable after construction; scan() is const and thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class AhoCorasick {
  public:
    // Empty patterns are ignored (they never match). Duplicates are allowed and each reports.
    explicit AhoCorasick(const std::vector<std::string>& patterns);

    // Calls f(pattern_index, end_offset) for every occurrence, in order of end offset
    // (end_offset is one past the last byte of the occurrence).
    template <class F>
    void scan(std::string_view text, F&& f) const {
        uint32_t row = 0;  // the current state's row in delta_
        for (size_t i = 0; i < text.size(); ++i) {
            const uint32_t e = delta_[row + class_[static_cast<unsigned char>(text[i])]];
            row = e >> 1;
            if (e & 1) report(row / static_cast<uint32_t>(classes_), i + 1, f);
        }
    }

    size_t pattern_count() const { return lengths_.size(); }
    size_t pattern_length(size_t i) const { return lengths_[i]; }
    size_t state_count() const { return out_begin_.size() - 1; }

  private:
    template <class F>
    void report(uint32_t state, size_t end, F& f) const {
        for (uint32_t k = out_begin_[state]; k < out_begin_[state + 1]; ++k) f(out_[k], end);
    }
    void build_delta(const std::vector<int32_t>& next);

    // Transitions: delta_[row(s) + byte class] = row(t) << 1 | (t has outputs), where
    // row(s) = s * classes_; one dependent load per byte, and the output table is only read on
    // a hit.
    std::vector<uint32_t> delta_;
    std::vector<uint32_t>
        out_begin_;              // outputs of state s are out_[out_begin_[s] .. out_begin_[s+1])
    std::vector<uint32_t> out_;  // pattern indices
    std::vector<size_t> lengths_;
    unsigned char fold_[256];
    // Byte classes: bytes that occur in no pattern share class 0, which keeps the table small
    // (fewer cache misses on Chinese text).
    uint16_t class_[256];
    size_t classes_ = 256;
};

}  // namespace dossier
