#include "model/text.hpp"

#include <algorithm>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dossier::text {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s, std::string_view chars) {
    const size_t b = s.find_first_not_of(chars);
    if (b == std::string_view::npos) return {};
    const size_t e = s.find_last_not_of(chars);
    return s.substr(b, e - b + 1);
}

bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && ascii_lower(s.substr(s.size() - suffix.size())) ==
                                            ascii_lower(suffix);
}

std::string_view base_name(std::string_view path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string extension(std::string_view path) {
    const std::string_view name = base_name(path);
    const size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return ascii_lower(name.substr(dot + 1));
}

int columns_of(char32_t c) {
    const int w = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    return w == U_EA_WIDE || w == U_EA_FULLWIDTH ? 2 : 1;
}

int display_columns(std::string_view s) {
    int width = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
    const auto n = static_cast<int32_t>(s.size());
    for (int32_t i = 0; i < n;) {
        UChar32 cp;
        U8_NEXT(bytes, i, n, cp);
        width += cp < 0 ? 1 : columns_of(static_cast<char32_t>(cp));
    }
    return width;
}

std::u32string code_points(std::string_view utf8) {
    std::u32string out;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto n = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < n;) {
        UChar32 cp;
        U8_NEXT(bytes, i, n, cp);
        out.push_back(cp < 0 ? U'\uFFFD' : static_cast<char32_t>(cp));
    }
    return out;
}

std::string utf8_of(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size() * 3);
    for (char32_t c : cps) {
        uint8_t buf[U8_MAX_LENGTH];
        int32_t len = 0;
        UBool error = false;
        U8_APPEND(buf, len, U8_MAX_LENGTH, static_cast<UChar32>(c), error);
        if (error) {
            out += "\xEF\xBF\xBD";  // U+FFFD, as code_points reads an invalid byte
            continue;
        }
        out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
    }
    return out;
}

size_t edit_distance(std::u32string_view a, std::u32string_view b) {
    // Three rows of the usual table: two back for the swap, one back, and this one.
    std::vector<size_t> before(b.size() + 1), last(b.size() + 1), row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) last[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            row[j] = std::min({last[j] + 1, row[j - 1] + 1, last[j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                row[j] = std::min(row[j], before[j - 2] + 1);
        }
        std::swap(before, last);
        std::swap(last, row);
    }
    return last[b.size()];
}

}  // namespace dossier::text
