#include "analysis/simhash.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "analysis/normalize.hpp"

namespace dossier {

namespace {

constexpr int kShingle = 4;

// splitmix64: spreads a shingle's 64-bit FNV value over all bits, so each SimHash bit is fair.
uint64_t mix(uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

}  // namespace

// Everything but letters, digits and ideographs (spaces, punctuation, line breaks) is layout that
// a re-save or a re-share changes.
std::vector<char32_t> significant_chars(std::string_view utf8) {
    const std::string norm = normalize_text(utf8.substr(0, kMaxSimhashBytes));
    std::vector<char32_t> out;
    out.reserve(norm.size() / 2);
    int32_t i = 0;
    const auto n = static_cast<int32_t>(norm.size());
    while (i < n) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(norm.data()), i, n, c);
        if (c < 0) continue;
        if (u_isalnum(c) || is_cjk(static_cast<char32_t>(c)))
            out.push_back(static_cast<char32_t>(u_tolower(c)));
    }
    return out;
}

std::optional<TextFingerprint> text_simhash(std::string_view utf8) {
    const std::vector<char32_t> chars = significant_chars(utf8);
    if (chars.size() < static_cast<size_t>(kMinSimhashChars)) return std::nullopt;
    // Each distinct shingle votes once: a run that repeats (a patterned header band OCRed as
    // `rrrorrrr…`, a row of dashes read as letters) would otherwise outvote the whole article and
    // make two pages of one portal look alike.
    std::vector<uint64_t> shingles;
    shingles.reserve(chars.size());
    for (size_t i = 0; i + kShingle <= chars.size(); ++i) {
        uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the shingle's code points
        for (int k = 0; k < kShingle; ++k) {
            h ^= static_cast<uint64_t>(chars[i + k]);
            h *= 0x100000001b3ULL;
        }
        shingles.push_back(mix(h));
    }
    std::sort(shingles.begin(), shingles.end());
    shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
    std::array<int64_t, 64> votes{};
    for (uint64_t h : shingles)
        for (int b = 0; b < 64; ++b) votes[b] += (h >> b) & 1 ? 1 : -1;
    TextFingerprint fp;
    fp.chars = static_cast<int>(chars.size());
    for (int b = 0; b < 64; ++b)
        if (votes[b] > 0) fp.hash |= uint64_t{1} << b;
    return fp;
}

int hamming(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace dossier
