#include "model/file_type.hpp"

#include <array>
#include <cmath>
#include <cstdio>

#include "model/text.hpp"

namespace dossier::file_type {
namespace {

// Extensions per type. Several extensions of one type promise different things (.doc is a Word
// document, .et a WPS spreadsheet, both OLE files), hence one row each. Extensions with neither
// wording (.gz, .tar) only tell the zip writer what an unrecognised file probably is.
constexpr Extension kPng[] = {{"png", "图片", "PNG 图片", "jpeg"}};
constexpr Extension kJpeg[] = {{"jpg", "图片", "JPEG 图片", "png"},
                               {"jpeg", "图片", "JPEG 图片", "png"}};
constexpr Extension kGif[] = {{"gif", "图片", "GIF 图片", ""}};
constexpr Extension kBmp[] = {{"bmp", "图片", "BMP 图片", ""}};
constexpr Extension kTiff[] = {{"tif", "图片", "TIFF 图片", ""}, {"tiff", "图片", "TIFF 图片", ""}};
constexpr Extension kWebp[] = {{"webp", "图片", "WebP 图片", ""}};
constexpr Extension kPdf[] = {{"pdf", "PDF 文件", "PDF 文件", ""}};
constexpr Extension kZip[] = {{"zip", "压缩包", "", ""}};
constexpr Extension kDocx[] = {{"docx", "Word 文档", "Word 文档", "zip"}};
constexpr Extension kXlsx[] = {{"xlsx", "Excel 表格", "Excel 表格", "zip"}};
constexpr Extension kPptx[] = {{"pptx", "演示文稿", "演示文稿", "zip"}};
constexpr Extension kOfd[] = {{"ofd", "OFD 文件", "OFD 文件", "zip"}};
constexpr Extension k7z[] = {{"7z", "压缩包", "", ""}};
constexpr Extension kRar[] = {{"rar", "压缩包", "", ""}};
constexpr Extension kGzip[] = {{"gz", "", "", ""}, {"tgz", "", "", ""}};
constexpr Extension kBzip2[] = {{"bz2", "", "", ""}};
constexpr Extension kXz[] = {{"xz", "", "", ""}};
constexpr Extension kZstd[] = {{"zst", "", "", ""}, {"tzst", "", "", ""}};
constexpr Extension kLz4[] = {{"lz4", "", "", ""}};
constexpr Extension kLzip[] = {{"lz", "", "", ""}};
constexpr Extension kCompress[] = {{"z", "", "", ""}};
constexpr Extension kTar[] = {{"tar", "", "", ""}};
// Old Office and WPS files are all OLE storage; a newer program may have saved OOXML under the
// old extension, which still keeps the promise.
constexpr Extension kOle[] = {{"doc", "Word 文档", "Word 文档", "ooxml-docx"},
                              {"wps", "WPS 文档", "WPS 文档", "ooxml-docx"},
                              {"xls", "Excel 表格", "Excel 表格", "ooxml-xlsx"},
                              {"et", "WPS 表格", "WPS 表格", "ooxml-xlsx"},
                              {"ppt", "演示文稿", "演示文稿", "ooxml-pptx"}};
constexpr Extension kHtml[] = {{"html", "网页", "网页", "text"}, {"htm", "网页", "网页", "text"}};
// .mhtml was never checked by the registry (only .mht): kept so.
constexpr Extension kMhtml[] = {{"mht", "网页存档", "网页存档", "html"},
                                {"mhtml", "网页存档", "", ""}};
// A saved e-mail; a mail saved by a browser-like client may sniff as a web archive or as text.
constexpr Extension kEml[] = {{"eml", "邮件", "邮件", "mhtml text"}};
constexpr Extension kText[] = {{"txt", "文本文件", "文本文件", ""}};

constexpr std::string_view kOctetStream = "application/octet-stream";

// Size caps (design.md §5: memory stays bounded; docs/robustness.md lists them). An image is
// decoded whole (200 MB holds a 60-megapixel BMP); scans (multi-page TIFF, PDF) are read a page at
// a time, and a 300-page scanned PDF can be 200 MB; Office/OFD parts are read with a cap of
// their own; archives are bounded again by what they expand to (ArchiveLimits, 2 GB); text and
// HTML are read whole, and 50 MB is some 17 million Chinese characters.
constexpr uint64_t kMaxImage = 200 * kMiB;
constexpr uint64_t kMaxScan = 1024 * kMiB;
constexpr uint64_t kMaxOffice = 500 * kMiB;
constexpr uint64_t kMaxLegacy = 200 * kMiB;
constexpr uint64_t kMaxArchive = 2048 * kMiB;
constexpr uint64_t kMaxText = 50 * kMiB;
// A mail is parsed by GMime (headers in memory, parts streamed from the file); a forwarded
// message is re-serialised in memory once, so a mail is capped like a legacy Office file.
constexpr uint64_t kMaxMail = 200 * kMiB;
constexpr uint64_t kMaxOther = 2048 * kMiB;

// Columns: id, media type, label, extensions, container, compressed, needs OCR, max size.
// clang-format off
constexpr FileType kTypes[] = {
    {"png", "image/png", "PNG 图片", kPng, false, true, true, kMaxImage},
    {"jpeg", "image/jpeg", "JPEG 图片", kJpeg, false, true, true, kMaxImage},
    {"gif", "image/gif", "GIF 图片", kGif, false, true, true, kMaxImage},
    {"bmp", "image/bmp", "BMP 图片", kBmp, false, false, true, kMaxImage},
    {"tiff", "image/tiff", "TIFF 图片", kTiff, false, false, true, kMaxScan},
    {"webp", "image/webp", "WebP 图片", kWebp, false, true, true, kMaxImage},
    {"pdf", "application/pdf", "PDF 文件", kPdf, false, true, true, kMaxScan},
    {"zip", "application/zip", "ZIP 压缩包", kZip, true, true, false, kMaxArchive},
    {"ooxml-docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     "Word 文档（.docx）", kDocx, false, true, false, kMaxOffice},
    {"ooxml-xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
     "Excel 表格（.xlsx）", kXlsx, false, true, false, kMaxOffice},
    {"ooxml-pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
     "PowerPoint 演示文稿（.pptx）", kPptx, false, true, false, kMaxOffice},
    {"ofd", "application/ofd", "OFD 版式文档", kOfd, false, true, false, kMaxOffice},
    {"7z", "application/x-7z-compressed", "7z 压缩包", k7z, true, true, false, kMaxArchive},
    {"rar", "application/vnd.rar", "RAR 压缩包", kRar, true, true, false, kMaxArchive},
    {"gzip", "application/gzip", "gzip 压缩文件", kGzip, true, true, false, kMaxArchive},
    {"bzip2", "application/x-bzip2", "bzip2 压缩文件", kBzip2, true, true, false, kMaxArchive},
    {"xz", "application/x-xz", "xz 压缩文件", kXz, true, true, false, kMaxArchive},
    {"zstd", "application/zstd", "zstd 压缩文件", kZstd, true, true, false, kMaxArchive},
    {"lz4", "application/x-lz4", "lz4 压缩文件", kLz4, true, true, false, kMaxArchive},
    {"lzip", "application/x-lzip", "lzip 压缩文件", kLzip, true, true, false, kMaxArchive},
    {"compress", "application/x-compress", "compress 压缩文件（.Z）", kCompress, true, true, false, kMaxArchive},
    {"tar", "application/x-tar", "tar 归档", kTar, true, false, false, kMaxArchive},
    {"ole", "application/x-ole-storage", "旧版 Office/WPS 文档", kOle, false, false, false, kMaxLegacy},
    {"eml", "message/rfc822", "邮件（.eml）", kEml, true, false, false, kMaxMail},
    {"html", "text/html", "网页（HTML）", kHtml, false, false, false, kMaxText},
    {"mhtml", "multipart/related", "网页存档（MHTML）", kMhtml, false, false, false, kMaxLegacy},
    {"text", "text/plain", "纯文本", kText, false, false, false, kMaxText},
    {"pe", "application/vnd.microsoft.portable-executable", "PE 可执行程序", {}, false, false, false, kMaxOther},
    {"elf", "application/x-executable", "ELF 可执行程序", {}, false, false, false, kMaxOther},
    {"empty", kOctetStream, "空文件", {}, false, false, false, kMaxOther},
    {"unknown", kOctetStream, "无法识别的数据", {}, false, false, false, kMaxOther},
};
// clang-format on

}  // namespace

std::span<const FileType> all() {
    return kTypes;
}

const FileType* find(std::string_view id) {
    for (const FileType& t : kTypes)
        if (t.id == id) return &t;
    return nullptr;
}

const FileType* with_media_type(std::string_view media_type) {
    for (const FileType& t : kTypes)
        if (t.media_type == media_type) return &t;
    return nullptr;
}

Claim by_extension(std::string_view ext) {
    for (const FileType& t : kTypes)
        for (const Extension& e : t.extensions)
            if (e.name == ext) return {&t, &e};
    return {};
}

std::string_view label_of(std::string_view id) {
    const FileType* t = find(id);
    return t ? t->label : find("unknown")->label;
}

std::string_view media_type_of(std::string_view id) {
    const FileType* t = find(id);
    return t ? t->media_type : kOctetStream;
}

std::string human_size(uint64_t bytes) {
    const char* unit = "KB";
    double v = static_cast<double>(bytes) / 1024;
    if (bytes >= 1024 * kMiB) {
        unit = "GB";
        v = static_cast<double>(bytes) / static_cast<double>(1024 * kMiB);
    } else if (bytes >= kMiB) {
        unit = "MB";
        v = static_cast<double>(bytes) / static_cast<double>(kMiB);
    }
    char buf[32];
    if (v < 10 && std::abs(v - std::round(v)) >= 0.05)
        std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
    else
        std::snprintf(buf, sizeof buf, "%.0f %s", v, unit);
    return buf;
}

std::string size_refusal(std::string_view id, uint64_t size) {
    const FileType* t = find(id);
    if (!t || t->max_size == 0 || size <= t->max_size) return {};
    // The noun a clerk knows: what every extension of the type promises ("图片"), else the label.
    std::string_view noun = t->label;
    if (!t->extensions.empty() && !t->extensions[0].claim.empty()) {
        noun = t->extensions[0].claim;
        for (const Extension& e : t->extensions)
            if (e.claim != noun) noun = t->label;
    }
    return "文件过大（" + human_size(size) + "），超过" + std::string(noun) + "上限 " +
           human_size(t->max_size) + "，已拒绝：请压缩或拆分后重新提交";
}

std::string claimed_extension(std::string_view name) {
    const std::string_view base = text::base_name(name);
    const size_t dot = base.find_last_of('.');
    return dot == std::string_view::npos ? std::string() : text::ascii_lower(base.substr(dot + 1));
}

}  // namespace dossier::file_type
