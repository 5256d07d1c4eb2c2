// HTML is not XML, and none of the chosen libraries parses HTML (pugixml fails on unclosed tags,
// bare '&', attributes without quotes), so this is a small tolerant tag scanner: it only needs
// tags, attributes, entities, and skipping the raw-text elements.
#include "extractors/html.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>

#include "extractors/charset.hpp"
#include "extractors/meta_date.hpp"
#include "extractors/mhtml.hpp"
#include "model/text.hpp"

namespace dossier {
namespace {

void put_utf8(std::string& out, unsigned cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// The longest entity we decode, '&' to ';' ("&#x10FFFF;", "&thinsp;", padded numbers): the
// search for ';' never looks further, so a text of bare '&'s is decoded in linear time.
constexpr size_t kMaxEntity = 13;

// Decodes the entity at s[i] == '&' into out; returns the characters consumed (0 = not an entity).
size_t entity(std::string_view s, size_t i, std::string& out) {
    size_t semi = s.substr(i, kMaxEntity).find(';');
    if (semi == std::string_view::npos) return 0;
    semi += i;
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name.empty()) return 0;
    if (name[0] == '#') {
        unsigned cp = 0;
        bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty()) return 0;
        for (char c : digits) {
            int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(c))
                        ? std::tolower(c) - 'a' + 10
                        : -1;
            if (v < 0) return 0;
            cp = cp * (hex ? 16 : 10) + static_cast<unsigned>(v);
            if (cp > 0x10FFFF) cp = 0xFFFD;
        }
        put_utf8(out, cp == 0xA0 ? ' ' : cp);
        return semi - i + 1;
    }
    static const std::array<std::pair<std::string_view, unsigned>, 24> named{{
        {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
        {"apos", '\''},     {"nbsp", ' '},     {"ensp", 0x2002},  {"emsp", 0x2003},
        {"thinsp", 0x2009}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"lsquo", 0x2018},
        {"rsquo", 0x2019},  {"mdash", 0x2014}, {"ndash", 0x2013}, {"middot", 0xB7},
        {"hellip", 0x2026}, {"copy", 0xA9},    {"reg", 0xAE},     {"times", 0xD7},
        {"yen", 0xA5},      {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},
    }};
    for (const auto& [n, cp] : named) {
        if (n == name) {
            put_utf8(out, cp);
            return semi - i + 1;
        }
    }
    return 0;
}

}  // namespace

std::string decode_html_entities(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&') {
            if (size_t n = entity(s, i, out)) {
                i += n - 1;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

namespace {

std::string collapse(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            space = true;
            continue;
        }
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

bool is_block(std::string_view t) {
    static const std::array<std::string_view, 36> blocks{
        "p",      "div",    "br",     "li",    "ul",      "ol",         "tr",         "table",
        "h1",     "h2",     "h3",     "h4",    "h5",      "h6",         "section",    "article",
        "header", "footer", "nav",    "aside", "main",    "blockquote", "pre",        "hr",
        "dd",     "dt",     "dl",     "form",  "address", "figure",     "figcaption", "caption",
        "tbody",  "thead",  "option", "center"};
    return std::find(blocks.begin(), blocks.end(), t) != blocks.end();
}

struct Tag {
    std::string name;  // lowercase
    bool closing = false;
    std::vector<std::pair<std::string, std::string>> attrs;  // lowercase name, raw value
    size_t end = 0;                                          // index after '>'
};

// Parses the tag starting at s[i] == '<'; false when it is not a tag (a bare '<' in text).
bool parse_tag(std::string_view s, size_t i, Tag& tag) {
    size_t p = i + 1;
    if (p < s.size() && s[p] == '/') {
        tag.closing = true;
        ++p;
    }
    if (p >= s.size() || !std::isalpha(static_cast<unsigned char>(s[p]))) return false;
    size_t start = p;
    while (p < s.size() &&
           (std::isalnum(static_cast<unsigned char>(s[p])) || s[p] == '-' || s[p] == ':'))
        ++p;
    tag.name = text::ascii_lower(s.substr(start, p - start));
    while (p < s.size() && s[p] != '>') {
        if (std::isspace(static_cast<unsigned char>(s[p])) || s[p] == '/') {
            ++p;
            continue;
        }
        size_t ns = p;
        while (p < s.size() && !std::isspace(static_cast<unsigned char>(s[p])) && s[p] != '=' &&
               s[p] != '>' && s[p] != '/')
            ++p;
        std::string name = text::ascii_lower(s.substr(ns, p - ns));
        while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
        std::string value;
        if (p < s.size() && s[p] == '=') {
            ++p;
            while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
            if (p < s.size() && (s[p] == '"' || s[p] == '\'')) {
                char q = s[p];
                size_t e = s.find(q, p + 1);
                if (e == std::string_view::npos) e = s.size();
                value = decode_html_entities(s.substr(p + 1, e - p - 1));
                p = std::min(e + 1, s.size());
            } else {
                size_t vs = p;
                while (p < s.size() && !std::isspace(static_cast<unsigned char>(s[p])) &&
                       s[p] != '>')
                    ++p;
                value = decode_html_entities(s.substr(vs, p - vs));
            }
        }
        if (!name.empty()) tag.attrs.emplace_back(std::move(name), std::move(value));
        if (ns == p) ++p;  // never stall on an odd character
    }
    tag.end = std::min(p + 1, s.size());
    return true;
}

std::string attr(const Tag& t, std::string_view name) {
    for (const auto& [n, v] : t.attrs)
        if (n == name) return v;
    return {};
}

// Index of "</name" (case-insensitive) at or after from, or s.size().
size_t find_close(std::string_view s, size_t from, std::string_view name) {
    std::string needle = "</" + std::string(name);
    for (size_t p = s.find("</", from); p != std::string_view::npos; p = s.find("</", p + 2)) {
        if (text::ascii_lower(s.substr(p, needle.size())) == needle) return p;
    }
    return s.size();
}

std::string charset_of(std::string_view content_type) {
    std::string l = text::ascii_lower(content_type);
    size_t p = l.find("charset=");
    if (p == std::string::npos) return {};
    std::string v = l.substr(p + 8);
    size_t e = v.find_first_of("; \"'");
    return e == std::string::npos ? v : v.substr(0, e);
}

bool is_pub_date_meta(std::string_view name) {
    static const std::array<std::string_view, 14> names{
        "pubdate",           "publishdate",    "publish_date",
        "publishtime",       "publish-date",   "article:published_time",
        "og:published_time", "datepublished",  "dc.date",
        "dc.date.issued",    "dcterms.issued", "firstpublishedtime",
        "published_time",    "releasedate"};
    std::string l = text::ascii_lower(name);
    return std::find(names.begin(), names.end(), l) != names.end();
}

}  // namespace

HtmlScan scan_html(std::string_view s) {
    HtmlScan out;
    std::string text;
    auto newline = [&] {
        if (!text.empty() && text.back() != '\n') text.push_back('\n');
    };
    for (size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '<') {
            if (s.substr(i, 4) == "<!--") {
                size_t e = s.find("-->", i + 4);
                i = e == std::string_view::npos ? s.size() : e + 3;
                continue;
            }
            if (i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?')) {
                size_t e = s.find('>', i);
                i = e == std::string_view::npos ? s.size() : e + 1;
                continue;
            }
            Tag tag;
            if (!parse_tag(s, i, tag)) {
                text.push_back(c);
                ++i;
                continue;
            }
            i = tag.end;
            const std::string& n = tag.name;
            if (!tag.closing &&
                (n == "script" || n == "style" || n == "noscript" || n == "template" ||
                 n == "title" || n == "textarea" || n == "svg")) {
                size_t close = find_close(s, i, n);
                if (n == "title" && out.title.empty())
                    out.title = collapse(decode_html_entities(s.substr(i, close - i)));
                if (n == "textarea") text += decode_html_entities(s.substr(i, close - i));
                size_t gt = s.find('>', close);
                i = gt == std::string_view::npos ? s.size() : gt + 1;
                continue;
            }
            if (n == "meta") {
                std::string key = attr(tag, "name");
                if (key.empty()) key = attr(tag, "property");
                if (key.empty()) key = attr(tag, "itemprop");
                std::string equiv = attr(tag, "http-equiv");
                std::string content = attr(tag, "content");
                if (std::string cs = attr(tag, "charset"); !cs.empty()) out.meta_charset = cs;
                if (text::ascii_lower(equiv) == "content-type" && out.meta_charset.empty())
                    out.meta_charset = charset_of(content);
                if (!key.empty()) out.metas.emplace_back(key, content);
                continue;
            }
            if (n == "td" || n == "th") {
                if (!tag.closing && !text.empty() && text.back() != '\n') text.push_back('\t');
                continue;
            }
            if (is_block(n)) newline();
            continue;
        }
        if (c == '&') {
            if (size_t k = entity(s, i, text)) {
                i += k;
                continue;
            }
        }
        text.push_back(c);
        ++i;
    }
    // One line per block: collapse whitespace inside lines (keeping tabs between cells).
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t eol = text.find('\n', pos);
        if (eol == std::string::npos) eol = text.size();
        std::string_view line(text.data() + pos, eol - pos);
        std::string cells;
        size_t cp = 0;
        bool first = true;
        while (cp <= line.size()) {
            size_t tab = line.find('\t', cp);
            if (tab == std::string_view::npos) tab = line.size();
            std::string cell = collapse(line.substr(cp, tab - cp));
            if (!cell.empty()) {
                if (!first) cells.push_back('\t');
                cells += cell;
                first = false;
            }
            cp = tab + 1;
        }
        if (!cells.empty()) {
            if (!out.text.empty()) out.text.push_back('\n');
            out.text += cells;
        }
        pos = eol + 1;
    }
    return out;
}

int HtmlExtractor::bid(const Probe& p) const {
    if (p.sniffed == "html" || p.sniffed == "mhtml") return 100;
    if (p.sniffed == "text") {
        std::string l = text::ascii_lower(p.name);
        for (const char* ext : {".htm", ".html", ".mht", ".mhtml", ".shtml"})
            if (l.size() > std::strlen(ext) && l.ends_with(ext))
                return p.head.find('<') != std::string::npos ? 60 : 10;
    }
    return 0;
}

tl::expected<ExtractResult, Error> HtmlExtractor::extract(const Probe& probe,
                                                          ExtractContext& ctx) const {
    constexpr uint64_t kMax = 64ull * 1024 * 1024;
    if (probe.size > kMax) return tl::unexpected(Error{"网页文件超过 64 MB，已拒绝"});
    std::ifstream in(probe.path, std::ios::binary);
    if (!in) return tl::unexpected(Error{"无法读取文件"});
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

    ExtractResult out;
    out.format = "html";
    out.media_type = "text/html";
    std::string declared;
    bool is_mhtml = probe.sniffed == "mhtml";
    if (is_mhtml) {
        auto part = mhtml::html_part(bytes);
        if (!part) return tl::unexpected(Error{"网页存档（MHTML）中没有找到网页正文"});
        bytes = std::move(part->bytes);
        declared = part->charset;
        out.media_type = "multipart/related";
    }
    // The charset declaration is ASCII; scanning the raw bytes finds it whatever the encoding.
    if (declared.empty())
        declared = scan_html(std::string_view(bytes).substr(0, 16384)).meta_charset;
    ctx.deadline.check();
    auto decoded = charset::decode(bytes, declared);
    if (!decoded) return tl::unexpected(Error{"无法识别网页的文字编码"});
    if (decoded->lossy) out.warnings.push_back("网页编码无法确定，部分文字可能是乱码");

    ctx.deadline.check();
    HtmlScan scan = scan_html(decoded->text);
    ctx.deadline.check();
    out.title = scan.title;
    for (const auto& [name, content] : scan.metas) {
        if (!is_pub_date_meta(name)) continue;
        if (auto d = parse_meta_date(content)) out.meta_dates.push_back({*d, "html:" + name});
    }
    PageText page;
    page.text = std::move(scan.text);
    page.source = page.text.empty() ? TextSource::none : TextSource::text;
    out.text_source = page.source;
    out.pages.push_back(std::move(page));
    out.page_count = 1;
    out.kind = EvidenceKind::screenshot;
    out.kind_reason = is_mhtml ? "网页存档（MHTML）" : "网页存档";
    if (out.text_source == TextSource::none) out.warnings.push_back("网页中没有可见文字");
    return out;
}

}  // namespace dossier
