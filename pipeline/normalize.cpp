#include "pipeline/normalize.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace dossier {
namespace {

void append_utf8(std::string& out, char32_t c) {
    char buf[4];
    int32_t n = 0;
    UBool err = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(c), err);
    if (!err) out.append(buf, static_cast<size_t>(n));
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

bool is_cjk_side(char32_t c) {
    return is_cjk(c) || (c >= 0x3001 && c <= 0x303F);
}

// Blocks whose NFKC mappings we apply: full-width forms, CJK compatibility, general punctuation,
// enclosed alphanumerics. Everything else (ideographs, ASCII, Latin with accents) passes as is,
// which keeps the common path free of ICU calls.
bool wants_nfkc(char32_t c) {
    return (c >= 0x2000 && c <= 0x24FF) || (c >= 0x3200 && c <= 0x33FF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE6F) ||
           (c >= 0xFF01 && c <= 0xFFEF);
}

// Appends the normalised form of one code point (not a space).
void map_char(std::string& out, char32_t c) {
    switch (c) {
        case 0x201C:
        case 0x201D:
        case 0x201E:
        case 0x300C:
        case 0x300D:
        case 0x300E:
        case 0x300F:
        case 0xFF02:
            out.push_back('"');
            return;
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0xFF07:
            out.push_back('\'');
            return;
        case 0x3010:
        case 0x3014:
        case 0x3016:
        case 0xFF3B:
            out.push_back('[');
            return;
        case 0x3011:
        case 0x3015:
        case 0x3017:
        case 0xFF3D:
            out.push_back(']');
            return;
        case 0xFF08:
            out.push_back('(');
            return;
        case 0xFF09:
            out.push_back(')');
            return;
        default:
            break;
    }
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
        return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII: NFKC is a fixed offset (fast path)
        out.push_back(static_cast<char>(c - 0xFEE0));
        return;
    }
    if (wants_nfkc(c)) {
        UErrorCode st = U_ZERO_ERROR;
        const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(st);
        icu::UnicodeString d;
        if (U_SUCCESS(st) && nfkc->getDecomposition(static_cast<UChar32>(c), d)) {
            std::string s;
            d.toUTF8String(s);
            out += s;
            return;
        }
    }
    append_utf8(out, c);
}

}  // namespace

bool is_cjk(char32_t c) {
    return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

NormalizedText normalize_with_map(std::string_view in) {
    NormalizedText r;
    r.text.reserve(in.size());
    r.to_original.reserve(in.size() + 1);
    const auto* s = reinterpret_cast<const uint8_t*>(in.data());
    const int32_t n = static_cast<int32_t>(in.size());
    int32_t i = 0;
    char32_t prev = 0;                         // last emitted non-space code point
    int32_t space_start = -1, space_end = -1;  // pending run of spaces in the input
    int space_count = 0;
    while (i < n) {
        const int32_t at = i;
        UChar32 c = 0;
        U8_NEXT(s, i, n, c);
        if (c < 0) {  // invalid byte(s): copy through
            for (int32_t k = at; k < i; ++k) {
                r.text.push_back(static_cast<char>(s[k]));
                r.to_original.push_back(static_cast<uint32_t>(k));
            }
            prev = 0;
            space_start = -1;
            continue;
        }
        const char32_t cp = static_cast<char32_t>(c);
        if (cp == '\r') continue;
        if (is_space(cp)) {
            if (space_start < 0) {
                space_start = at;
                space_count = 0;
            }
            space_end = i;
            ++space_count;
            continue;
        }
        if (space_start >= 0) {
            // Runs of 3+ spaces are layout gaps (OCR columns), kept; 1–2 are OCR noise.
            // Only between CJK characters: "日 10:23" must keep its space (a time follows a date).
            const bool drop = space_count <= 2 && is_cjk_side(prev) && is_cjk_side(cp);
            if (!drop) {
                // Keep the run, each space as one ASCII space (column gaps matter for context).
                const auto* p = s + space_start;
                int32_t k = 0, len = space_end - space_start;
                while (k < len) {
                    const int32_t ks = k;
                    UChar32 sc = 0;
                    U8_NEXT(p, k, len, sc);
                    r.text.push_back(sc == '\t' ? '\t' : ' ');
                    r.to_original.push_back(static_cast<uint32_t>(space_start + ks));
                }
            }
            space_start = -1;
        }
        const size_t before = r.text.size();
        map_char(r.text, cp);
        r.to_original.resize(r.text.size(), static_cast<uint32_t>(at));
        // Judge the next space run by what was emitted (a full-width digit is a digit now).
        prev = (r.text.size() == before + 1) ? static_cast<unsigned char>(r.text.back()) : cp;
        if (cp == '\n') prev = 0;
    }
    // A trailing run of spaces is dropped.
    r.to_original.push_back(static_cast<uint32_t>(in.size()));
    return r;
}

std::string normalize_text(std::string_view in) {
    return normalize_with_map(in).text;
}

}  // namespace dossier
