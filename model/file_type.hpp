// What each file type dossier recognises *is*, written once (style habit 14): one row per type
// that magic::sniff names, with its media type, its Chinese label, the extensions that claim it
// and the traits the stages act on. Magic detection (extractors/magic), the extractor registry's
// extension check, the scan stage's refusals (size caps included) and archive expansion, the
// extract stage's OCR decision and the zip writer's store-or-deflate choice all read this table;
// the sniffing itself (magic bytes) stays in extractors/magic.cpp.
//
// The table is static and immutable: every function is pure and thread-safe, and the returned
// pointers and views live for the whole program.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace dossier::file_type {

// An extension and what a file name ending in it promises. Two refusals quote the promise and
// word it differently (both wordings are in today's reports, for different inputs, so both stay):
// - the scan stage refuses an executable as "不是{claim}（实际是：PE 可执行程序），已拒绝";
// - the extractor registry refuses content no extractor takes as
//   "不是 {checked_as}（看起来是：…）", naming images by their format ("JPEG 图片", not "图片").
struct Extension {
    std::string_view name;        // lowercase, without the dot: "jpg"
    std::string_view claim;       // scan's wording; empty: the scan names no promise
    std::string_view checked_as;  // registry's wording; empty: the registry does not check it
    std::string_view also_fits;   // other sniffed ids that keep the promise, space-separated
};

struct FileType {
    std::string_view id;          // magic::sniff's name: "png", "ooxml-docx", "ole", "unknown"…
    std::string_view media_type;  // "image/png"; "application/octet-stream" for empty/unknown
    std::string_view label;       // Chinese, for reasons and reports: "PNG 图片"
    std::span<const Extension> extensions;
    bool container = false;   // the scan stage expands it: an archive (zip, 7z, rar, tar, gz/bz2/xz)
                              // or a mail (.eml, extractors/mail)
    bool compressed = false;  // already compressed: the zip writer stores it instead of deflating
    bool needs_ocr = false;   // text may be only in pixels: its extractor gets an OCR engine
    // Files of this type larger than this are refused by the scan stage before anything reads
    // them (docs/robustness.md "memory"): far above any real evidence, low enough that one file
    // cannot take the memory or the package size.
    uint64_t max_size = 0;
};

inline constexpr uint64_t kMiB = uint64_t{1} << 20;

// Every row, in sniffing order of importance (images, PDF, Office, archives, web, text, other).
std::span<const FileType> all();

// The row of a sniffed id; nullptr for an id the table does not know (including "").
const FileType* find(std::string_view id);

// The row whose media type is `media_type`, nullptr when none; "application/octet-stream" is
// shared by "empty" and "unknown", so callers treat that one before asking.
const FileType* with_media_type(std::string_view media_type);

// The type an extension (lowercase, no dot: "jpg") claims, and that extension's row; both
// nullptr when the table lists no such extension.
struct Claim {
    const FileType* type = nullptr;
    const Extension* extension = nullptr;
};
Claim by_extension(std::string_view ext);

// The label of a sniffed id ("PNG 图片"); "无法识别的数据" for ids the table does not know.
std::string_view label_of(std::string_view id);

// The media type of a sniffed id; "application/octet-stream" for ids the table does not know.
std::string_view media_type_of(std::string_view id);

// The refusal of a file of `size` bytes over its type's max_size, e.g.
// "文件过大（1.5 GB），超过图片上限 200 MB，已拒绝：请压缩或拆分后重新提交"; empty when it is not
// over (or the type is unknown to the table).
std::string size_refusal(std::string_view id, uint64_t size);

// A byte count for a clerk: "1.5 GB", "200 MB", "900 KB" (binary units, at most one decimal).
std::string human_size(uint64_t bytes);

// The lowercase extension a file name claims, without the dot: "a/报告.PDF" → "pdf". Unlike
// text::extension, a name that is nothing but an extension (".pdf") claims it too: the registry's
// refusal and the zip writer have always read names that way (the scan stage does not).
std::string claimed_extension(std::string_view name);

}  // namespace dossier::file_type
