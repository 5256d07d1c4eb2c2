// One normalisation of Chinese text for analysis (dates, keywords, titles, sensitive content).
//
// - full-width ASCII letters/digits/punctuation → half-width (ICU NFKC mappings for the
//   full-width, CJK-compatibility and general-punctuation blocks; U+3000 → space);
// - quotes unified to ASCII '"' / '\'', brackets 【】〔〕［］ → [ ], （） → ( );
// - OCR spaces (runs of one or two) dropped between two CJK characters ("政 务 公 开" →
// "政务公开");
//   runs of three or more are layout gaps (OCR columns) and are kept; spaces next to digits stay
//   (the date patterns allow them, and "3日 10:23" needs its space);
// - '\r' dropped; '\n' kept (line structure matters for dates and titles).
// Invalid UTF-8 bytes are copied through unchanged. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct NormalizedText {
    std::string text;
    // to_original[i] = byte offset in the input of the character that produced text[i];
    // to_original.size() == text.size() + 1 (the last entry is the input size).
    std::vector<uint32_t> to_original;

    size_t original_offset(size_t normalized_offset) const {
        return normalized_offset < to_original.size() ? to_original[normalized_offset]
                                                      : to_original.back();
    }
};

// Normalises `in` and keeps the offset mapping.
NormalizedText normalize_with_map(std::string_view in);

// Normalises `in` (no mapping).
std::string normalize_text(std::string_view in);

// True for CJK ideographs (incl. 〇) — the characters between which OCR spaces are dropped.
bool is_cjk(char32_t c);

}  // namespace dossier
