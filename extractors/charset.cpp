#include "extractors/charset.hpp"

#include <algorithm>
#include <cctype>
#include <memory>

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "model/encoding.hpp"

namespace dossier::charset {
namespace {

// A charset label as compared: lowercased with white space and quotes dropped anywhere, so
// ` "GB2312" ` and `gb 2312` name the same table (not text::ascii_lower: it keeps those bytes).
std::string lower_without_spaces_or_quotes(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'') continue;
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

struct UchardetCloser {
    void operator()(uchardet* u) const { uchardet_delete(u); }
};
struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};

bool starts(std::string_view s, std::string_view p) {
    return s.substr(0, p.size()) == p;
}

}  // namespace

std::string canonical(std::string_view label) {
    std::string l = lower_without_spaces_or_quotes(label);
    if (l.empty()) return {};
    if (l == "utf-8" || l == "utf8" || l == "ascii" || l == "us-ascii") return "UTF-8";
    if (l == "gb2312" || l == "gbk" || l == "x-gbk" || l == "gb18030" || l == "cp936" ||
        l == "gb_2312-80" || l == "euc-cn" || l == "x-euc-cn" || l == "windows-936" ||
        l == "hz-gb-2312")
        return "GB18030";
    if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5" || l == "cp950" || l == "euc-tw")
        return "Big5";
    if (l == "utf-16le" || l == "utf-16") return "UTF-16LE";
    if (l == "utf-16be") return "UTF-16BE";
    if (l == "iso-8859-1" || l == "latin1" || l == "windows-1252") return "windows-1252";
    // Anything else ICU knows by that name.
    UErrorCode st = U_ZERO_ERROR;
    const char* name = ucnv_getCanonicalName(std::string(label).c_str(), "", &st);
    if (U_SUCCESS(st) && name && *name) return name;
    return {};
}

std::string detect(std::string_view bytes) {
    std::unique_ptr<uchardet, UchardetCloser> ud(uchardet_new());
    if (!ud) return {};
    if (uchardet_handle_data(ud.get(), bytes.data(), bytes.size()) != 0) return {};
    uchardet_data_end(ud.get());
    std::string name = uchardet_get_charset(ud.get());
    return canonical(name);
}

std::optional<std::string> to_utf8_lossy(std::string_view bytes, const char* cs) {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(cs, &st));
    if (U_FAILURE(st) || !conv) return std::nullopt;
    // The default callback substitutes U+FFFD for invalid input.
    icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), st);
    if (U_FAILURE(st)) return std::nullopt;
    std::string out;
    u.toUTF8String(out);
    if (starts(out, "\xEF\xBB\xBF")) out.erase(0, 3);
    return out;
}

std::optional<Decoded> decode(std::string_view bytes, std::string_view declared) {
    Decoded d;
    if (starts(bytes, "\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        d.charset = "UTF-8";
    } else if (starts(bytes, "\xFF\xFE")) {
        d.charset = "UTF-16LE";
        bytes.remove_prefix(2);
    } else if (starts(bytes, "\xFE\xFF")) {
        d.charset = "UTF-16BE";
        bytes.remove_prefix(2);
    }
    if (!d.charset.empty()) {
        if (d.charset == "UTF-8" && encoding::is_valid_utf8(bytes)) {
            d.text.assign(bytes);
            return d;
        }
        if (auto s = encoding::to_utf8(bytes, d.charset.c_str())) {
            d.text = std::move(*s);
            return d;
        }
        auto s = to_utf8_lossy(bytes, d.charset.c_str());
        if (!s) return std::nullopt;
        d.text = std::move(*s);
        d.lossy = true;
        return d;
    }
    // Without a BOM, NUL bytes mean binary (or BOM-less UTF-16, which we do not guess).
    if (bytes.find('\0') != std::string_view::npos) return std::nullopt;

    if (std::string cs = canonical(declared); !cs.empty()) {
        if (cs == "UTF-8" ? encoding::is_valid_utf8(bytes) : false) {
            d.text.assign(bytes);
            d.charset = cs;
            return d;
        }
        if (cs != "UTF-8") {
            if (auto s = encoding::to_utf8(bytes, cs.c_str())) {
                d.text = std::move(*s);
                d.charset = cs;
                return d;
            }
        }
    }
    if (encoding::is_valid_utf8(bytes)) {
        d.text.assign(bytes);
        d.charset = "UTF-8";
        return d;
    }
    d.guessed = true;
    // uchardet's guess when it is a Chinese charset, then GB18030. Big5 only on uchardet's word:
    // GBK text is mostly structurally valid Big5 and ICU's Big5 accepts nearly any bytes, so a
    // blind Big5 attempt would turn a GBK file with one damaged byte into mojibake.
    std::string guess = detect(bytes.substr(0, std::min<size_t>(bytes.size(), 1 << 20)));
    bool chinese_guess = guess == "GB18030" || guess == "Big5";
    for (const std::string& cs : {chinese_guess ? guess : std::string(), std::string("GB18030")}) {
        if (cs.empty()) continue;
        if (auto s = encoding::to_utf8(bytes, cs.c_str())) {
            d.text = std::move(*s);
            d.charset = cs;
            return d;
        }
    }
    // Nothing decodes cleanly. A few damaged bytes in GB18030 text: keep GB18030 with U+FFFD.
    // Mostly invalid as GB18030: a non-Chinese guess (windows-1252…) that decodes is likelier.
    auto lossy = to_utf8_lossy(bytes, "GB18030");
    if (!lossy) return std::nullopt;
    size_t bad = 0, chars = 0;
    for (size_t i = 0; i < lossy->size(); ++i) {
        if ((static_cast<unsigned char>((*lossy)[i]) & 0xC0) != 0x80) ++chars;
        if (lossy->compare(i, 3, "\xEF\xBF\xBD") == 0) ++bad;
    }
    if (bad * 20 > chars && !chinese_guess && !guess.empty() && guess != "UTF-8") {
        if (auto s = encoding::to_utf8(bytes, guess.c_str())) {
            d.text = std::move(*s);
            d.charset = guess;
            return d;
        }
    }
    d.text = std::move(*lossy);
    d.charset = "GB18030";
    d.lossy = true;
    return d;
}

}  // namespace dossier::charset
