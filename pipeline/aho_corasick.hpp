// A small Aho–Corasick automaton over UTF-8 bytes: finds every occurrence (overlaps included) of
// a fixed set of patterns in one pass. Built once as a full DFA (256 transitions per state), so a
// scan is one table lookup per byte (table columns are byte classes). ASCII letters match
// case-insensitively.
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
        int32_t s = 0;
        for (size_t i = 0; i < text.size(); ++i) {
            s = next_[static_cast<size_t>(s) * classes_ +
                      class_[static_cast<unsigned char>(text[i])]];
            for (uint32_t k = out_begin_[static_cast<size_t>(s)];
                 k < out_begin_[static_cast<size_t>(s) + 1]; ++k)
                f(out_[k], i + 1);
        }
    }

    size_t pattern_count() const { return lengths_.size(); }
    size_t pattern_length(size_t i) const { return lengths_[i]; }
    size_t state_count() const { return out_begin_.size() - 1; }

  private:
    std::vector<int32_t> next_;  // state * classes_ + byte class → state
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
