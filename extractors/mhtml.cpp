// MIME parsing kept small and local: only what locating and decoding the HTML part needs.
#include "extractors/mhtml.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "model/text.hpp"

namespace dossier::mhtml {
namespace {

// Header block (up to the first empty line) → lowercase name → unfolded value; `body` gets the
// rest.
std::map<std::string, std::string> headers(std::string_view block, std::string_view& body) {
    std::map<std::string, std::string> out;
    std::string last;
    size_t pos = 0;
    while (pos < block.size()) {
        size_t eol = block.find('\n', pos);
        if (eol == std::string_view::npos) eol = block.size();
        std::string_view line = block.substr(pos, eol - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        pos = eol + 1;
        if (line.empty()) {
            body = block.substr(std::min(pos, block.size()));
            return out;
        }
        if ((line[0] == ' ' || line[0] == '\t') && !last.empty()) {
            out[last].append(1, ' ').append(text::trim(line));
            continue;
        }
        size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        last = text::ascii_lower(text::trim(line.substr(0, colon)));
        out[last] = text::trim(line.substr(colon + 1));
    }
    body = {};
    return out;
}

// Parameter of a header value: `multipart/related; boundary="----=_NextPart_000"`.
std::string param(std::string_view value, std::string_view name) {
    std::string lv = text::ascii_lower(value);
    size_t pos = 0;
    while ((pos = lv.find(name, pos)) != std::string::npos) {
        size_t after = pos + name.size();
        bool start_ok =
            pos == 0 || lv[pos - 1] == ';' || std::isspace(static_cast<unsigned char>(lv[pos - 1]));
        size_t eq = after;
        while (eq < lv.size() && lv[eq] == ' ') ++eq;
        if (start_ok && eq < lv.size() && lv[eq] == '=') {
            size_t v = eq + 1;
            while (v < value.size() && value[v] == ' ') ++v;
            if (v < value.size() && value[v] == '"') {
                size_t end = value.find('"', v + 1);
                return std::string(value.substr(
                    v + 1, end == std::string_view::npos ? std::string_view::npos : end - v - 1));
            }
            size_t end = value.find_first_of("; \t", v);
            return std::string(
                value.substr(v, end == std::string_view::npos ? std::string_view::npos : end - v));
        }
        pos = after;
    }
    return {};
}

HtmlPart decode_part(const std::map<std::string, std::string>& h, std::string_view body) {
    HtmlPart part;
    auto get = [&](const char* k) {
        auto it = h.find(k);
        return it == h.end() ? std::string() : it->second;
    };
    std::string cte = text::ascii_lower(get("content-transfer-encoding"));
    if (cte == "quoted-printable")
        part.bytes = decode_quoted_printable(body);
    else if (cte == "base64")
        part.bytes = decode_base64(body);
    else
        part.bytes.assign(body);
    part.charset = param(get("content-type"), "charset");
    part.location = get("content-location");
    return part;
}

}  // namespace

std::string decode_quoted_printable(std::string_view s) {
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        return -1;
    };
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '=') {
            out.push_back(s[i]);
            continue;
        }
        if (i + 1 < s.size() && s[i + 1] == '\n') {  // soft line break
            i += 1;
        } else if (i + 2 < s.size() && s[i + 1] == '\r' && s[i + 2] == '\n') {
            i += 2;
        } else if (i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2])));
            i += 2;
        } else {
            out.push_back('=');
        }
    }
    return out;
}

std::string decode_base64(std::string_view s) {
    auto val = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::string out;
    unsigned acc = 0;
    int bits = 0;
    for (char c : s) {
        if (c == '=') break;
        int v = val(c);
        if (v < 0) continue;
        acc = (acc << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

std::optional<HtmlPart> html_part(std::string_view message) {
    std::string_view body;
    auto top = headers(message, body);
    std::string type = text::ascii_lower(top.count("content-type") ? top["content-type"] : "");
    if (type.rfind("text/html", 0) == 0) return decode_part(top, body);
    std::string boundary = param(top.count("content-type") ? top["content-type"] : "", "boundary");
    // RFC 2046 caps a boundary at 70 characters; a longer one (hostile: every search for it costs
    // its length again) is not a web archive we read.
    if (boundary.empty() || boundary.size() > kMaxBoundary) return std::nullopt;
    std::string delim = "--" + boundary;
    size_t pos = body.find(delim);
    while (pos != std::string_view::npos) {
        size_t start = body.find('\n', pos);
        if (start == std::string_view::npos) break;
        if (body.substr(pos + delim.size(), 2) == "--") break;  // closing delimiter
        size_t next = body.find(delim, start);
        std::string_view chunk = body.substr(
            start + 1, next == std::string_view::npos ? std::string_view::npos : next - start - 1);
        std::string_view part_body;
        auto h = headers(chunk, part_body);
        auto it = h.find("content-type");
        if (it != h.end() && text::ascii_lower(it->second).rfind("text/html", 0) == 0)
            return decode_part(h, part_body);
        pos = next;
    }
    return std::nullopt;
}

}  // namespace dossier::mhtml
