// Generators for the hostile-input suite: every bad input is made in code, in a temp dir, so
// nothing large is committed. Archives use libzip/libarchive write APIs or a tiny hand-written
// zip writer (for members whose compressed data is built directly: zip bombs).
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <openssl/evp.h>
#include <zip.h>
#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli_harness.hpp"

namespace dossier::hostile {

namespace fs = std::filesystem;
using test::slurp;
using test::write;

// A distinct, plausible Chinese document text (no two tags give the same bytes).
inline std::string doc_text(const std::string& tag) {
    return "霸州市人民政府信息公开指南（" + tag +
           "）\n发布日期：2020年4月8日\n为了更好地提供政府信息公开服务，编制本指南。"
           "公开的范围、公开方式、依申请公开的受理机构与办理流程。\n";
}

// ---- zip with libzip ------------------------------------------------------------------------

struct ZipMember {
    std::string name;
    std::string data;
    bool deflate = false;
    const char* password = nullptr;  // encrypt this member
};

inline void libzip_check(bool ok, zip_t* za, const char* what) {
    if (!ok) throw std::runtime_error(std::string(what) + ": " + zip_strerror(za));
}

inline void add_member(zip_t* za, const ZipMember& m) {
    zip_source_t* src = zip_source_buffer(za, m.data.data(), m.data.size(), 0);
    libzip_check(src != nullptr, za, "zip_source_buffer");
    zip_int64_t i = zip_file_add(za, m.name.c_str(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (i < 0) zip_source_free(src);
    libzip_check(i >= 0, za, "zip_file_add");
    auto idx = static_cast<zip_uint64_t>(i);
    libzip_check(
        zip_set_file_compression(za, idx, m.deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) == 0, za,
        "zip_set_file_compression");
    if (!m.password) return;
    const zip_uint16_t method = zip_encryption_method_supported(ZIP_EM_TRAD_PKWARE, 1)
                                    ? ZIP_EM_TRAD_PKWARE
                                    : ZIP_EM_AES_256;
    libzip_check(zip_file_set_encryption(za, idx, method, m.password) == 0, za,
                 "zip_file_set_encryption");
}

// Writes `members` (data must outlive the call; libzip reads it at close) as a zip at `path`.
inline void make_zip(const fs::path& path, const std::vector<ZipMember>& members) {
    fs::create_directories(path.parent_path());
    int err = 0;
    zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za) throw std::runtime_error("zip_open failed: " + path.string());
    for (const auto& m : members) add_member(za, m);
    libzip_check(zip_close(za) == 0, za, "zip_close");
}

inline std::string zip_bytes(const fs::path& scratch, const std::vector<ZipMember>& members) {
    make_zip(scratch, members);
    std::string bytes = slurp(scratch);
    fs::remove(scratch);
    return bytes;
}

// ---- hand-written zip (deflated members whose compressed bytes we build ourselves) ----------

struct RawMember {
    std::string name;
    std::string data;  // stored bytes (compressed when method == 8)
    uint16_t method = 0;
    uint32_t crc = 0;
    uint32_t size = 0;  // uncompressed
};

inline void put16(std::string& s, uint32_t v) {
    s += static_cast<char>(v & 0xFF);
    s += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& s, uint32_t v) {
    put16(s, v & 0xFFFF);
    put16(s, v >> 16);
}

inline RawMember stored_member(const std::string& name, const std::string& data) {
    auto crc = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    return {name, data, 0, crc, static_cast<uint32_t>(data.size())};
}

// `mib` MiB of zeros as one deflate member (< 4 GiB, so no zip64), built from one fresh
// full-flushed 1 MiB block repeated, then a final empty block: milliseconds, not a real 3 GB pass.
inline RawMember zero_bomb_member(const std::string& name, uint32_t mib) {
    const std::string chunk(1u << 20, '\0');
    z_stream zs{};
    deflateInit2(&zs, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    std::string block(chunk.size(), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
    zs.avail_in = static_cast<uInt>(chunk.size());
    zs.next_out = reinterpret_cast<Bytef*>(block.data());
    zs.avail_out = static_cast<uInt>(block.size());
    if (deflate(&zs, Z_FULL_FLUSH) != Z_OK || zs.avail_in != 0)
        throw std::runtime_error("deflate failed");
    block.resize(block.size() - zs.avail_out);
    deflateEnd(&zs);
    RawMember m{name, {}, 8, 0, 0};
    const auto one = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(chunk.data()), static_cast<uInt>(chunk.size())));
    for (uint32_t i = 0; i < mib; ++i) {
        m.data += block;
        m.crc =
            static_cast<uint32_t>(crc32_combine(m.crc, one, static_cast<z_off_t>(chunk.size())));
    }
    m.data += std::string("\x03\x00", 2);  // final, fixed-Huffman, empty block
    m.size = mib << 20;
    return m;
}

inline void make_raw_zip(const fs::path& path, const std::vector<RawMember>& members) {
    std::string out, central;
    for (const auto& m : members) {
        const auto offset = static_cast<uint32_t>(out.size());
        auto header = [&](std::string& s, bool local) {
            put32(s, local ? 0x04034b50 : 0x02014b50);
            if (!local) put16(s, 20);  // version made by
            put16(s, 20);              // version needed
            put16(s, 0x0800);          // flags: UTF-8 names
            put16(s, m.method);
            put16(s, 0);     // time
            put16(s, 0x21);  // date 1980-01-01
            put32(s, m.crc);
            put32(s, static_cast<uint32_t>(m.data.size()));
            put32(s, m.size);
            put16(s, static_cast<uint32_t>(m.name.size()));
            put16(s, 0);  // extra
            if (!local) {
                put16(s, 0), put16(s, 0), put16(s, 0);  // comment, disk, internal attrs
                put32(s, 0), put32(s, offset);          // external attrs, local header offset
            }
            s += m.name;
        };
        header(out, true);
        out += m.data;
        header(central, false);
    }
    const auto cd_offset = static_cast<uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0), put16(out, 0);
    put16(out, static_cast<uint32_t>(members.size()));
    put16(out, static_cast<uint32_t>(members.size()));
    put32(out, static_cast<uint32_t>(central.size()));
    put32(out, cd_offset);
    put16(out, 0);
    write(path, out);
}

// ---- tar with libarchive --------------------------------------------------------------------

struct TarEntry {
    std::string name;
    std::string data = {};     // regular files
    std::string symlink = {};  // target, for a symlink
    std::string hardlink = {};
};

inline void make_tar(const fs::path& path, const std::vector<TarEntry>& entries) {
    fs::create_directories(path.parent_path());
    archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, path.c_str()) != ARCHIVE_OK)
        throw std::runtime_error(archive_error_string(a));
    for (const auto& t : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, t.name.c_str());
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1586304000, 0);
        if (!t.symlink.empty()) {
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, t.symlink.c_str());
        } else {
            archive_entry_set_filetype(e, AE_IFREG);
            if (!t.hardlink.empty()) archive_entry_set_hardlink(e, t.hardlink.c_str());
            archive_entry_set_size(e, static_cast<la_int64_t>(t.data.size()));
        }
        archive_write_header(a, e);
        if (!t.data.empty()) archive_write_data(a, t.data.data(), t.data.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
}

// ---- PDF ------------------------------------------------------------------------------------

// A one-page PDF with an ASCII text layer. `objects[i]` is the body of object i+1.
inline std::string pdf_from_objects(const std::vector<std::string>& objects,
                                    const std::string& trailer_extra) {
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t off : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " +
           trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

inline std::string pdf_stream(const std::string& data) {
    return "<< /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

inline std::string pdf_page_content() {
    return "BT /F1 12 Tf 72 760 Td (Government information disclosure guide 2020) Tj 0 -18 Td "
           "(Published 2020-04-08 by the county government office) Tj 0 -18 Td (Scope, "
           "channels and procedure of disclosure on application) Tj ET";
}

inline std::vector<std::string> pdf_objects(const std::string& content_stream) {
    return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 "
            "0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", pdf_stream(content_stream)};
}

inline std::string text_pdf() {
    return pdf_from_objects(pdf_objects(pdf_page_content()), "");
}

// A valid PDF whose xref table and startxref offset are garbage (readers must rebuild them).
inline std::string broken_xref_pdf() {
    std::string pdf = text_pdf();
    size_t xref = pdf.find("xref\n0 ");
    for (size_t p = pdf.find(" 00000 n", xref); p != std::string::npos;
         p = pdf.find(" 00000 n", p + 1))
        pdf.replace(p - 10, 10, "0000099999");
    size_t sx = pdf.rfind("startxref\n") + 10;
    pdf.replace(sx, pdf.find('\n', sx) - sx, "424242");
    return pdf;
}

inline std::string md5(const std::string& data) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), out, &n, EVP_md5(), nullptr);
    return std::string(reinterpret_cast<char*>(out), n);
}

inline std::string rc4(const std::string& key, const std::string& data) {
    unsigned char s[256];
    for (int i = 0; i < 256; ++i) s[i] = static_cast<unsigned char>(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 0xFF;
        std::swap(s[i], s[j]);
    }
    std::string out(data);
    for (size_t k = 0, i = 0, j = 0; k < out.size(); ++k) {
        i = (i + 1) & 0xFF;
        j = (j + s[i]) & 0xFF;
        std::swap(s[i], s[j]);
        out[k] = static_cast<char>(out[k] ^ s[(s[i] + s[j]) & 0xFF]);
    }
    return out;
}

inline std::string hex(const std::string& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string out;
    for (unsigned char c : bytes) out += digits[c >> 4], out += digits[c & 0xF];
    return out;
}

// A PDF that needs the user password "secret": Standard security handler, V1/R2 (RC4 40-bit),
// ISO 32000-1 algorithms 2, 3 and 4; the content stream is encrypted with the object key.
inline std::string encrypted_pdf() {
    const std::string pad(
        "\x28\xBF\x4E\x5E\x4E\x75\x8A\x41\x64\x00\x4E\x56\xFF\xFA\x01\x08"
        "\x2E\x2E\x00\xB6\xD0\x68\x3E\x80\x2F\x0C\xA9\xFE\x64\x53\x69\x7A",
        32);
    auto padded = [&](const std::string& pw) { return (pw + pad).substr(0, 32); };
    const std::string id = md5("dossier hostile encrypted pdf");
    const int32_t perms = -44;
    const std::string o = rc4(md5(padded("owner")).substr(0, 5), padded("secret"));
    std::string p4;
    put32(p4, static_cast<uint32_t>(perms));
    const std::string key = md5(padded("secret") + o + p4 + id).substr(0, 5);
    const std::string u = rc4(key, pad);
    const std::string obj_key = md5(key + std::string("\x05\x00\x00\x00\x00", 5)).substr(0, 10);
    auto objects = pdf_objects(rc4(obj_key, pdf_page_content()));
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /O <" + hex(o) + "> /U <" + hex(u) + "> /P " +
                      std::to_string(perms) + " >>");
    return pdf_from_objects(objects, "/Encrypt 6 0 R /ID [<" + hex(id) + "> <" + hex(id) + ">]");
}

// ---- PNG ------------------------------------------------------------------------------------

inline std::string be32(uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
            static_cast<char>(v)};
}

inline void png_chunk(std::string& out, const char* type, const std::string& data) {
    const std::string body = std::string(type, 4) + data;
    out += be32(static_cast<uint32_t>(data.size())) + body;
    out += be32(static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size()))));
}

// An 8-bit greyscale PNG of w×h whose IDAT holds `rows` scanlines of a gradient (fewer rows
// than h make a short image; the header is what the pixel limit looks at).
inline std::string png(uint32_t w, uint32_t h, uint32_t rows, bool corrupt_idat) {
    std::string raw;
    for (uint32_t y = 0; y < rows; ++y) {
        raw += '\0';
        for (uint32_t x = 0; x < w; ++x) raw += static_cast<char>((x * 7 + y * 3) & 0xFF);
    }
    uLongf n = compressBound(static_cast<uLong>(raw.size()));
    std::string z(n, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &n, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 9);
    z.resize(n);
    if (corrupt_idat)  // garbage in the middle of the deflate data; the chunk CRC stays valid
        for (size_t i = z.size() / 3; i < z.size() / 3 + 16 && i < z.size(); ++i) z[i] = '\xFF';
    std::string out("\x89PNG\r\n\x1a\n", 8);
    png_chunk(out, "IHDR", be32(w) + be32(h) + std::string("\x08\x00\x00\x00\x00", 5));
    png_chunk(out, "IDAT", z);
    png_chunk(out, "IEND", "");
    return out;
}

// ---- Office / OFD ---------------------------------------------------------------------------

inline std::vector<ZipMember> malformed_docx() {
    return {
        {"[Content_Types].xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)",
         true},
        {"_rels/.rels",
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)",
         true},
        {"word/document.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于2020年政务公开工作的通知</w:t></w:r></w:p><w:p><w:r><w:t>未闭合的段落 & < 错误</w:r></w:body>)",
         true},
    };
}

inline std::vector<ZipMember> ofd_missing_part() {
    return {
        {"OFD.xml",
         R"(<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.1" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0a1b2c3d</ofd:DocID><ofd:Title>霸州市人民政府关于公开2020年重点工作的通知</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>)",
         true}};
}

// A Windows executable: DOS header whose e_lfanew (0x3C) points at "PE\0\0".
inline std::string pe_exe() {
    std::string exe(0x200, '\0');
    exe[0] = 'M', exe[1] = 'Z', exe[0x3C] = 0x40;
    exe.replace(0x40, 4, std::string("PE\0\0", 4));
    return exe;
}

// Bytes 0x80–0xFF only, from a fixed seed: no charset detector should find a real text in it.
inline std::string random_high_bytes(size_t n) {
    std::mt19937 rng(20201120);
    std::string out(n, '\0');
    for (char& c : out) c = static_cast<char>(0x80 + rng() % 0x80);
    return out;
}

}  // namespace dossier::hostile
