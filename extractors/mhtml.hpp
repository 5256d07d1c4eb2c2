// The HTML part of a saved web page archive (MHTML, RFC 2557 multipart/related), as Chrome, Edge
// and IE ("网页，单个文件 *.mht") write it. Pure, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dossier::mhtml {

struct HtmlPart {
    std::string bytes;     // transfer-decoded (quoted-printable/base64), still in `charset`
    std::string charset;   // from the part's Content-Type, may be empty
    std::string location;  // Content-Location (the page URL), may be empty
};

// Longest multipart boundary read (RFC 2046 allows 70 characters; some generators pad a little).
inline constexpr size_t kMaxBoundary = 200;

// The first text/html part; nullopt when the message has none or its boundary is over
// kMaxBoundary.
std::optional<HtmlPart> html_part(std::string_view message);

std::string decode_quoted_printable(std::string_view s);
std::string decode_base64(std::string_view s);  // ignores whitespace and invalid characters

}  // namespace dossier::mhtml
