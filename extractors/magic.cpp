// Content sniffing. Only the head of the file is looked at; every check is a cheap byte compare.
#include "extractors/magic.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <vector>

#include "model/file_type.hpp"

namespace dossier::magic {
namespace {

bool istarts(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(s[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

bool icontains(std::string_view s, std::string_view needle) {
    auto it = std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) ==
               std::tolower(static_cast<unsigned char>(b));
    });
    return it != s.end();
}

uint16_t le16(std::string_view s, size_t at) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[at]) |
                                 (static_cast<unsigned char>(s[at + 1]) << 8));
}

// Entry names visible in the head: every local file header ("PK\3\4") and, for files small
// enough that the central directory is in the head, every central directory entry ("PK\1\2").
// Scanning for signatures (instead of walking sizes) also works when entries use data
// descriptors, whose sizes are not in the local header.
// Appends the names of the headers that start with `signature`: the name's length is the 16-bit
// field at `len_at`, the name starts at `name_at` (both from the signature).
void header_names(std::string_view head, std::string_view signature, size_t len_at, size_t name_at,
                  std::vector<std::string_view>& names) {
    for (size_t pos = head.find(signature); pos != std::string_view::npos;
         pos = head.find(signature, pos + 4)) {
        if (pos + name_at > head.size()) break;
        size_t len = le16(head, pos + len_at);
        if (len == 0 || len > 1024 || pos + name_at + len > head.size()) continue;
        names.push_back(head.substr(pos + name_at, len));
    }
}

std::vector<std::string_view> zip_names(std::string_view head) {
    std::vector<std::string_view> names;
    header_names(head, "PK\x03\x04", 26, 30, names);  // local file headers
    header_names(head, "PK\x01\x02", 28, 46, names);  // central directory entries
    return names;
}

std::string sniff_zip(std::string_view head) {
    bool content_types = false, word = false, xl = false, ppt = false, ofd = false;
    for (auto n : zip_names(head)) {
        if (n == "[Content_Types].xml")
            content_types = true;
        else if (n.starts_with("word/"))
            word = true;
        else if (n.starts_with("xl/"))
            xl = true;
        else if (n.starts_with("ppt/"))
            ppt = true;
        else if (n == "OFD.xml" || n == "/OFD.xml")
            ofd = true;
    }
    if (ofd) return "ofd";
    // A big first member can push the folder entries past the head; [Content_Types].xml alone
    // still says OOXML, but not which one: the caller's extension hint decides then.
    if (content_types && word) return "ooxml-docx";
    if (content_types && xl) return "ooxml-xlsx";
    if (content_types && ppt) return "ooxml-pptx";
    return "zip";
}

// Bytes after a BOM and leading whitespace / comments, reduced to ASCII for UTF-16 heads so
// that markup checks work on either.
std::string markup_start(std::string_view head) {
    std::string s;
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
        bool le = head[0] == '\xFF';
        for (size_t i = 2; i + 1 < head.size() && s.size() < 4096; i += 2) {
            char lo = le ? head[i] : head[i + 1];
            char hi = le ? head[i + 1] : head[i];
            s.push_back(hi == 0 ? lo : '?');
        }
    } else {
        if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
        s.assign(head.substr(0, std::min<size_t>(head.size(), 8192)));
    }
    size_t i = 0;
    for (;;) {
        while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
        if (s.compare(i, 4, "<!--") == 0) {
            size_t end = s.find("-->", i + 4);
            if (end == std::string::npos) break;
            i = end + 3;
            continue;
        }
        if (s.compare(i, 5, "<?xml") == 0) {
            size_t end = s.find("?>", i);
            if (end == std::string::npos) break;
            i = end + 2;
            continue;
        }
        break;
    }
    return s.substr(i);
}

bool looks_html(std::string_view head) {
    std::string s = markup_start(head);
    if (istarts(s, "<!doctype html") || istarts(s, "<html")) return true;
    // Fragments saved without <html> (common in CMS exports): starts with a tag and names
    // one of the head/body elements early on.
    if (!s.empty() && s[0] == '<') {
        std::string_view early(s.data(), std::min<size_t>(s.size(), 1024));
        return icontains(early, "<head") || icontains(early, "<body") || icontains(early, "<meta ");
    }
    return false;
}

// RFC 5322 headers from the first byte (after an mbox "From " line, as Thunderbird saves): every
// line up to the blank line is a field or a folded continuation, and a From comes with one of
// Date/Subject/Message-ID/Received/To/Return-Path. A browser's web archive (MHTML) has a From too,
// but "<Saved by …>", or a Snapshot-Content-Location: that stays "mhtml". A header longer than
// the head is judged by the fields the head holds.
bool looks_eml(std::string_view s) {
    if (s.starts_with("From ")) {
        const size_t nl = s.find('\n');
        if (nl == std::string_view::npos) return false;
        s.remove_prefix(nl + 1);
    }
    bool from = false, other = false;
    int fields = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t nl = s.find('\n', i);
        if (nl == std::string_view::npos) break;  // cut off at the head's end
        std::string_view line = s.substr(i, nl - i);
        i = nl + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) break;  // the end of the header
        if (line[0] == ' ' || line[0] == '\t') {
            if (fields == 0) return false;
            continue;
        }
        const size_t colon = line.find(':');
        if (colon == std::string_view::npos || colon == 0) return false;
        const std::string_view name = line.substr(0, colon);
        for (char c : name)
            if (c < 33 || c > 126) return false;
        ++fields;
        auto is = [&](std::string_view n) { return name.size() == n.size() && istarts(name, n); };
        if (is("from")) {
            if (icontains(line.substr(colon + 1), "saved by")) return false;
            from = true;
        } else if (is("snapshot-content-location")) {
            return false;
        } else if (is("date") || is("subject") || is("message-id") || is("received") || is("to") ||
                   is("return-path")) {
            other = true;
        }
    }
    return from && other;
}

bool looks_mhtml(std::string_view head) {
    std::string_view early = head.substr(0, std::min<size_t>(head.size(), 8192));
    return icontains(early, "MIME-Version:") && icontains(early, "multipart/related");
}

// Length of a valid UTF-8 sequence at s[i], 0 when invalid; `truncated` when the head ends
// inside an otherwise valid sequence.
size_t utf8_len(std::string_view s, size_t i, bool& truncated) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || (n == 2 && c < 0xC2) || c > 0xF4) return 0;
    for (size_t k = 1; k < n; ++k) {
        if (i + k >= s.size()) {
            truncated = true;
            return 0;
        }
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    }
    return n;
}

bool is_text_control(unsigned char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A && c != 0x1B;
}

bool plausible_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0 || is_text_control(c)) return false;
        bool truncated = false;
        size_t n = utf8_len(s, i, truncated);
        if (n == 0) return truncated;  // a cut-off last character is fine
        i += n;
    }
    return true;
}

// GB18030 (superset of GBK/GB2312) and Big5 share the double-byte shape: lead 0x81–0xFE,
// trail 0x40–0xFE except 0x7F; GB18030 adds four-byte sequences with digits in 2nd/4th place.
bool plausible_cjk_multibyte(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0 || is_text_control(c)) return false;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF) return false;
        if (i + 1 >= s.size()) return true;
        auto t = static_cast<unsigned char>(s[i + 1]);
        if (t >= 0x30 && t <= 0x39) {
            if (i + 3 >= s.size()) return true;
            auto t2 = static_cast<unsigned char>(s[i + 2]);
            auto t3 = static_cast<unsigned char>(s[i + 3]);
            if (t2 < 0x81 || t2 > 0xFE || t3 < 0x30 || t3 > 0x39) return false;
            i += 4;
        } else {
            if (t < 0x40 || t == 0x7F || t == 0xFF) return false;
            i += 2;
        }
    }
    return true;
}

bool looks_text(std::string_view head) {
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) {
        // UTF-16 with BOM: NULs are expected; refuse only control characters.
        bool le = head[0] == '\xFF';
        for (size_t i = 2; i + 1 < head.size(); i += 2) {
            unsigned u = le ? (static_cast<unsigned char>(head[i]) |
                               static_cast<unsigned char>(head[i + 1]) << 8)
                            : (static_cast<unsigned char>(head[i + 1]) |
                               static_cast<unsigned char>(head[i]) << 8);
            if (u < 0x20 && is_text_control(static_cast<unsigned char>(u))) return false;
        }
        return true;
    }
    std::string_view body = head.starts_with("\xEF\xBB\xBF") ? head.substr(3) : head;
    return plausible_utf8(body) || plausible_cjk_multibyte(body);
}

}  // namespace

std::string sniff(std::string_view h) {
    using namespace std::literals;
    if (h.empty()) return "empty";
    if (h.starts_with("\x89PNG\r\n\x1A\n"sv)) return "png";
    if (h.starts_with("\xFF\xD8\xFF"sv)) return "jpeg";
    if (h.starts_with("GIF87a"sv) || h.starts_with("GIF89a"sv)) return "gif";
    if (h.starts_with("II*\0"sv) || h.starts_with("MM\0*"sv)) return "tiff";
    if (h.size() >= 12 && h.starts_with("RIFF"sv) && h.substr(8, 4) == "WEBP"sv) return "webp";
    if (h.starts_with("%PDF-"sv)) return "pdf";
    if (h.starts_with("PK\x03\x04"sv) || h.starts_with("PK\x05\x06"sv)) return sniff_zip(h);
    if (h.starts_with("7z\xBC\xAF\x27\x1C"sv)) return "7z";
    if (h.starts_with("Rar!\x1A\x07"sv)) return "rar";
    if (h.starts_with("\x1F\x8B"sv)) return "gzip";
    if (h.starts_with("BZh"sv) && h.size() > 3 && h[3] >= '1' && h[3] <= '9') return "bzip2";
    if (h.starts_with("\xFD"
                      "7zXZ\0"sv))
        return "xz";
    if (h.starts_with("\x28\xB5\x2F\xFD"sv)) return "zstd";
    if (h.starts_with("\x04\x22\x4D\x18"sv)) return "lz4";  // the LZ4 frame format
    if (h.starts_with("LZIP"sv)) return "lzip";
    if (h.starts_with("\x1F\x9D"sv)) return "compress";  // Unix compress (.Z)
    if (h.size() >= 262 && h.substr(257, 5) == "ustar"sv) return "tar";
    if (h.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv)) return "ole";
    if (h.starts_with("\x7F"
                      "ELF"sv))
        return "elf";
    if (h.starts_with("MZ"sv) && h.size() >= 64) {
        // A real PE has "PE\0\0" at the offset stored at 0x3C; plain "MZ" is also DOS MZ.
        uint32_t off = static_cast<unsigned char>(h[0x3C]) |
                       static_cast<unsigned char>(h[0x3D]) << 8 |
                       static_cast<unsigned char>(h[0x3E]) << 16 |
                       static_cast<uint32_t>(static_cast<unsigned char>(h[0x3F])) << 24;
        // 64-bit sum: an offset near 4 GiB must not wrap round to a small one (fuzz_mime finding).
        if (uint64_t{off} + 4 <= h.size() && h.substr(off, 4) == "PE\0\0"sv) return "pe";
        // DOS headers are full of NULs; text that happens to start with "MZ" has none.
        if (h.substr(0, 64).find('\0') != std::string_view::npos) return "pe";
    }
    // PDF readers accept a header anywhere in the first KiB (some generators prepend junk). Only
    // after every signature at offset 0: a tar or a zip that stores a PDF as its first member
    // holds "%PDF-" in its first KiB too, and is an archive.
    if (h.substr(0, 1024).find("%PDF-"sv) != std::string_view::npos) return "pdf";
    if (h.starts_with("BM"sv) && h.size() >= 26 && h[6] == 0 && h[7] == 0 && h[8] == 0 && h[9] == 0)
        return "bmp";
    if (looks_eml(h)) return "eml";
    if (looks_mhtml(h)) return "mhtml";
    if (looks_html(h)) return "html";
    if (looks_text(h)) return "text";
    return "unknown";
}

std::string describe(std::string_view t) {
    return std::string(file_type::label_of(t));
}

std::string media_type(std::string_view t) {
    return std::string(file_type::media_type_of(t));
}

bool is_archive(std::string_view t) {
    const file_type::FileType* type = file_type::find(t);
    return type && type->container;
}

}  // namespace dossier::magic
