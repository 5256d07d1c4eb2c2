// Text fingerprints for near-duplicate detection (pipeline/near, pipeline/similar): a 64-bit
// SimHash over the set of character 4-shingles of a text (each distinct shingle once) reduced to
// its letters, digits and CJK characters (NFKC-style normalisation of analysis/normalize first, so
// full-width and half-width forms, OCR spaces, line breaks and punctuation do not matter). Two
// texts whose shingle sets mostly agree have fingerprints a few bits apart; `hamming` counts them.
// Pure functions; thread-safe; linear in the text (capped at kMaxSimhashBytes of input).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace dossier {

// Text beyond this many bytes is not read (a fingerprint of the first 200 KB is enough).
inline constexpr size_t kMaxSimhashBytes = 200'000;
// Fewer significant characters than this give no fingerprint (a photo's stray OCR letters).
inline constexpr int kMinSimhashChars = 24;

struct TextFingerprint {
    uint64_t hash = 0;
    int chars = 0;  // significant characters that went into it
};

// The SimHash of `utf8`, or nullopt when it has fewer than kMinSimhashChars significant
// characters. Invalid UTF-8 bytes are skipped.
std::optional<TextFingerprint> text_simhash(std::string_view utf8);

// The letters, digits and ideographs of `utf8` after analysis/normalize, lower-cased, in order
// (the first kMaxSimhashBytes of input): what both fingerprints and analysis/minhash shingle.
std::vector<char32_t> significant_chars(std::string_view utf8);

// The number of differing bits.
int hamming(uint64_t a, uint64_t b);

}  // namespace dossier
