#include "analysis/normalize.hpp"

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

// True when map_char(c) would append c's own UTF-8 bytes (below U+2000, and U+3400..U+F8FF with
// the ideographs: most of a Chinese text). A fast path that skips map_char; same output.
bool maps_to_itself(char32_t c) {
    return c < 0x2000 || (c >= 0x3400 && c < 0xF900);
}

// Byte length of the plain character at s[i] (0: not plain). Plain characters normalise to
// themselves and are copied in bulk: printable ASCII other than the space, and three-byte
// characters in U+3400..U+D7FF / U+E000..U+F8FF (the ideographs: most of a Chinese text).
int32_t plain_char(const uint8_t* s, int32_t i, int32_t n, char32_t& c) {
    const uint8_t b = s[i];
    if (b > 0x20 && b < 0x7F) {
        c = b;
        return 1;
    }
    if ((b & 0xF0) != 0xE0 || i + 2 >= n || (s[i + 1] & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80)
        return 0;
    c = (char32_t(b & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | char32_t(s[i + 2] & 0x3F);
    return (c < 0x3400 || (c >= 0xD800 && c < 0xE000) || c >= 0xF900) ? 0 : 3;
}

// Copies the run of plain characters at s[i..) with its offsets; returns the run's end and sets
// `prev` to its last character (unchanged for an empty run).
int32_t copy_plain_run(const uint8_t* s, int32_t i, int32_t n, NormalizedText& r, char32_t& prev) {
    int32_t end = i;
    char32_t c = 0, last = 0;
    for (int32_t len; end < n && (len = plain_char(s, end, n, c)) > 0;) {
        end += len;
        last = c;
    }
    if (end == i) return i;
    prev = last;
    r.text.append(reinterpret_cast<const char*>(s + i), static_cast<size_t>(end - i));
    const size_t old = r.to_original.size();
    r.to_original.resize(old + static_cast<size_t>(end - i));
    uint32_t* out = r.to_original.data() + old;
    for (int32_t k = i; k < end;) {
        const int32_t len = s[k] < 0x80 ? 1 : 3;
        for (int32_t j = 0; j < len; ++j) *out++ = static_cast<uint32_t>(k);
        k += len;
    }
    return end;
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
    bool space_tab = false;  // the pending run holds a tab
    while (i < n) {
        if (space_start < 0) {
            const int32_t end = copy_plain_run(s, i, n, r, prev);
            if (end > i) {
                i = end;
                continue;
            }
        }
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
                space_tab = false;
            }
            space_end = i;
            ++space_count;
            if (cp == '\t') space_tab = true;
            continue;
        }
        if (space_start >= 0) {
            // Runs of 3+ spaces are layout gaps (OCR columns), kept; 1–2 are OCR noise.
            // Only between CJK characters: "日 10:23" must keep its space (a time follows a date).
            // A tab is a table's cell boundary, never noise ("接收人：马建国\t日期：" must not
            // become 马建国日期).
            const bool drop =
                space_count <= 2 && !space_tab && is_cjk_side(prev) && is_cjk_side(cp);
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
        if (maps_to_itself(cp)) {
            r.text.append(in.data() + at, static_cast<size_t>(i - at));
        } else {
            map_char(r.text, cp);
        }
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
