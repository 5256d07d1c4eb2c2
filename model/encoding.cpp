#include "model/encoding.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <unicode/utf8.h>

#include <unicode/ucnv.h>
#include <unicode/utypes.h>

namespace dossier::encoding {

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not one
// (overlongs, surrogates and code points above U+10FFFF are invalid, as in RFC 3629).
size_t utf8_seq_len(std::string_view s, size_t i) {
    auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    if (c < 0x80) return 1;
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    if (b(i + 1) < lo || b(i + 1) > hi) return 0;
    for (size_t k = 2; k < n; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
    return n;
}

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

}  // namespace

bool is_valid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8_seq_len(s, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

std::optional<std::string> to_utf8(std::string_view bytes, const char* charset) {
    if (!charset) return std::nullopt;
    if (bytes.empty()) return std::string();
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr from(ucnv_open(charset, &status));
    if (U_FAILURE(status) || !from) return std::nullopt;
    // Stop at the first byte sequence that is not valid in the charset instead of substituting:
    // callers use nullopt to decide "this is not GB18030" and try something else.
    ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
    ConverterPtr to(ucnv_open("UTF-8", &status));
    if (U_FAILURE(status) || !to) return std::nullopt;

    // UTF-8 needs at most 3 bytes per UTF-16 unit, and every source byte yields at most one
    // UTF-16 unit for the charsets we use (2 for 4-byte GB18030 sequences of 4 bytes): 4x is safe.
    std::string out(bytes.size() * 4 + 16, '\0');
    char* target = out.data();
    const char* source = bytes.data();
    UChar pivot[1024];
    UChar* pivot_source = pivot;
    UChar* pivot_target = pivot;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                   bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target, pivot + 1024,
                   /*reset=*/true, /*flush=*/true, &status);
    if (U_FAILURE(status)) return std::nullopt;
    out.resize(static_cast<size_t>(target - out.data()));
    // A leading BOM from UTF-16/UTF-8 sources is not content.
    if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);
    return out;
}

std::string escape_invalid_utf8(std::string_view s) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t n = utf8_seq_len(s, i);
        if (n == 0) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string name_to_utf8(std::string_view raw, bool* decoded) {
    if (decoded) *decoded = false;
    if (is_valid_utf8(raw)) return std::string(raw);
    if (auto s = to_utf8(raw, "GB18030"); s && is_valid_utf8(*s)) {
        if (decoded) *decoded = true;
        return *s;
    }
    return escape_invalid_utf8(raw);
}

bool is_format_control(char32_t c) {
    return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0x061C ||
           c == 0xFEFF || c == 0x2028 || c == 0x2029;
}

bool is_invisible_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || is_format_control(c);
}

std::string invisible_controls(std::string_view name) {
    const std::string s = name_to_utf8(name);
    std::vector<char32_t> found;
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
        if (c < 0 || !is_invisible_control(static_cast<char32_t>(c))) continue;
        if (std::find(found.begin(), found.end(), static_cast<char32_t>(c)) == found.end())
            found.push_back(static_cast<char32_t>(c));
    }
    std::string out;
    for (char32_t c : found)
        out += fmt::format("{}U+{:04X}", out.empty() ? "" : "、", static_cast<uint32_t>(c));
    return out;
}

}  // namespace dossier::encoding
