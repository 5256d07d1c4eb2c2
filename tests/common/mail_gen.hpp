// Small mail generators for the mail tests (extractors, hostile, intake, fuzz seeds): GBK bytes, base64,
// RFC 2047 words, attachments written as Foxmail/Outlook/QQ Mail write them, and a stored zip
// whose names are raw GBK (no UTF-8 flag), as Chinese Windows zips them. Header-only.
#pragma once

#include <iconv.h>
#include <openssl/evp.h>
#include <zlib.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace dossier::test::mail {

// UTF-8 → `charset` bytes (glibc iconv: "GBK", "GB18030", "GB2312").
inline std::string encode(const std::string& utf8, const char* charset = "GBK") {
    iconv_t cd = iconv_open(charset, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv_open");
    std::string in = utf8, out(utf8.size() * 4 + 16, '\0');
    char* ip = in.data();
    char* op = out.data();
    size_t il = in.size(), ol = out.size();
    const size_t r = iconv(cd, &ip, &il, &op, &ol);
    iconv_close(cd);
    if (r == static_cast<size_t>(-1)) throw std::runtime_error("iconv");
    out.resize(out.size() - ol);
    return out;
}

// Base64 (OpenSSL's encoder) in lines of `line` characters; each full line ends with CRLF, a
// shorter last one is left open for the caller's CRLF. `line` 0: one unbroken string (RFC 2047).
inline std::string base64(const std::string& data, size_t line = 76) {
    std::string b(4 * ((data.size() + 2) / 3) + 1, '\0');
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(b.data()),
                                  reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<int>(data.size()));
    b.resize(static_cast<size_t>(n));
    if (line == 0) return b;
    std::string out;
    for (size_t i = 0; i < b.size(); i += line) {
        out += b.substr(i, line);
        if (i + line <= b.size()) out += "\r\n";
    }
    return out;
}

// =?charset?B?…?= of `utf8` converted to `charset`.
inline std::string word_b(const std::string& utf8, const char* charset = "GBK") {
    return "=?" + std::string(charset) + "?B?" + base64(encode(utf8, charset), 0) + "?=";
}

// =?charset?Q?…?= (every byte escaped: always valid Q).
inline std::string word_q(const std::string& utf8, const char* charset = "GBK") {
    std::string out = "=?" + std::string(charset) + "?Q?";
    char buf[4];
    for (unsigned char c : encode(utf8, charset)) {
        std::snprintf(buf, sizeof buf, "=%02X", c);
        out += buf;
    }
    return out + "?=";
}

// RFC 2231 percent-encoding of `bytes`.
inline std::string pct(const std::string& bytes) {
    std::string out;
    char buf[4];
    for (unsigned char c : bytes) {
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            out += static_cast<char>(c);
        } else {
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

// One attachment part; `disposition_params` is everything after "attachment;" (the name as the
// client writes it), `type` the Content-Type line's value.
inline std::string attachment(const std::string& disposition_params, const std::string& data,
                              const std::string& type = "application/octet-stream") {
    return "Content-Type: " + type + "\r\nContent-Transfer-Encoding: base64\r\n" +
           "Content-Disposition: attachment; " + disposition_params + "\r\n\r\n" + base64(data) +
           "\r\n";
}

inline std::string text_part(const std::string& utf8, const std::string& subtype = "plain") {
    return "Content-Type: text/" + subtype +
           "; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64(utf8) + "\r\n";
}

// A whole message: headers (From/Date/Subject as given, already encoded), then a multipart/mixed
// body of `parts` (each a part with its own headers); no parts: a text/plain body `body`.
inline std::string message(const std::string& from, const std::string& subject,
                           const std::vector<std::string>& parts, const std::string& body = "您好",
                           const std::string& date = "Tue, 12 May 2020 10:00:00 +0800",
                           const std::string& boundary = "----=_NextPart_dossier") {
    std::string m = "From: " + from + "\r\nTo: gov@example.cn\r\nSubject: " + subject +
                    "\r\nDate: " + date +
                    "\r\nMessage-ID: <test@example.cn>\r\nMIME-Version: 1.0\r\n";
    if (parts.empty()) return m + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
    m += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    m += "--" + boundary + "\r\n" + text_part(body);
    for (const auto& p : parts) m += "--" + boundary + "\r\n" + p;
    return m + "--" + boundary + "--\r\n";
}

// A forwarded message as a message/rfc822 part.
inline std::string forwarded(const std::string& inner) {
    return "Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n" + inner +
           "\r\n";
}

inline void put16(std::string& s, uint32_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& s, uint32_t v) {
    put16(s, v & 0xFFFF);
    put16(s, v >> 16);
}

// A stored (uncompressed) zip; names are written as given, without the UTF-8 flag.
inline std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& members) {
    std::string out, central;
    for (const auto& [name, data] : members) {
        const auto offset = static_cast<uint32_t>(out.size());
        const auto crc = static_cast<uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
        auto header = [&](std::string& s, bool local) {
            put32(s, local ? 0x04034b50 : 0x02014b50);
            if (!local) put16(s, 20);
            put16(s, 20), put16(s, 0), put16(s, 0), put16(s, 0), put16(s, 0x21);
            put32(s, crc), put32(s, static_cast<uint32_t>(data.size()));
            put32(s, static_cast<uint32_t>(data.size()));
            put16(s, static_cast<uint32_t>(name.size())), put16(s, 0);
            if (!local) put16(s, 0), put16(s, 0), put16(s, 0), put32(s, 0), put32(s, offset);
            s += name;
        };
        header(out, true);
        out += data;
        header(central, false);
    }
    const auto cd = static_cast<uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50), put16(out, 0), put16(out, 0);
    put16(out, static_cast<uint32_t>(members.size())),
        put16(out, static_cast<uint32_t>(members.size()));
    put32(out, static_cast<uint32_t>(central.size())), put32(out, cd), put16(out, 0);
    return out;
}

// A tiny valid one-page PDF whose text is `ascii`.
inline std::string pdf(const std::string& ascii) {
    const std::string content = "BT /F1 12 Tf 72 720 Td (" + ascii + ") Tj ET";
    std::vector<std::string> objs = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << "
        "/Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    std::string out = "%PDF-1.4\n";
    std::vector<size_t> offs;
    for (size_t i = 0; i < objs.size(); ++i) {
        offs.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    char buf[32];
    for (size_t o : offs) {
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
        out += buf;
    }
    out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

}  // namespace dossier::test::mail
