// Where every packaged file goes inside the archive (design.md §4):
//   data/<NN_一级>/<NN_二级>[/<NN_三级>]/<unit>/<seq>_<YYYYMMDD>_<original name>
//   data/00_待确认/<unit>/<seq>_<YYYYMMDD>_<original name>   (review files, only when asked)
// Pure functions over the model types; no I/O. Thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"
#include "model/record.hpp"

namespace dossier::layout {

// Windows limits we keep (with a margin for the folder the archive is extracted into).
inline constexpr size_t kMaxComponentBytes = 255;  // UTF-8 bytes per path component
inline constexpr size_t kMaxPathChars = 240;       // UTF-16 units of the whole archive path
inline constexpr const char* kUnknownUnit = "未知单位";
inline constexpr const char* kReviewFolder = "00_待确认";

// Makes one path component portable: bytes that are not UTF-8 are decoded (GB18030) or escaped,
// zero-width and direction controls (U+200B, U+202E …, encoding::is_format_control) are dropped,
// control characters and <>:"/\|?* become '_', trailing dots/spaces are trimmed, Windows reserved
// device names (CON, NUL, COM1 …, also with an extension) get a '_' appended, an empty result
// becomes "_". With `gbk_only` every character that GBK cannot encode also becomes '_'.
std::string clean_component(std::string_view raw, bool gbk_only = false);

// Number of UTF-16 code units of a UTF-8 string (what Windows counts for MAX_PATH).
size_t utf16_length(std::string_view utf8);

// Shortens `name` (valid UTF-8) to at most `max_bytes` UTF-8 bytes and `max_units` UTF-16 units,
// cutting the stem at a character boundary and keeping the extension (up to 16 bytes).
std::string shorten(std::string_view name, size_t max_bytes, size_t max_units);

// The archive folder of every catalog node, indexed like Catalog::indicators:
// "data/01_政务公开/02_决策公开". Siblings are numbered 01, 02, … in catalog order.
std::vector<std::string> indicator_folders(const Catalog& catalog, bool gbk_only = false);

struct Placement {
    int file = -1;       // index into Ledger::files
    std::string path;    // archive path ("data/…")
    int indicator = -1;  // catalog index of the folder's indicator, -1 for 00_待确认
};

struct Plan {
    std::vector<Placement> placements;  // sorted by path
    std::vector<std::string>
        warnings;  // Chinese, e.g. a file whose indicator is not in the catalog
};

// Decides the archive path of every file to package: files with a non-empty cls.indicator that
// are not under review (or are pinned) go to that indicator's folder; review files only when
// `include_review`. Sequence numbers follow the sorted `source` order within each folder;
// collisions after cleaning (case-insensitive, as on Windows) get "_2", "_3" ….
Plan plan_layout(const Catalog& catalog, const Ledger& ledger, bool include_review,
                 bool gbk_only = false);

}  // namespace dossier::layout
