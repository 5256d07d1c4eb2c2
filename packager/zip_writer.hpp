// Writes one deterministic zip with libzip: entries in the given order, fixed DOS time, fixed Unix
// permissions, store or deflate per entry, names in UTF-8 (flag set by libzip) or GBK (no flag).
// Thread-compatible: one call owns its zip_t from open to close.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "model/record.hpp"

namespace dossier::zipw {

struct Entry {
    enum class Kind { file, buffer, dir };
    Kind kind = Kind::file;
    std::string name;       // UTF-8 archive path; directories end with '/'
    std::string file_path;  // Kind::file: read at close time, must stay until write_zip returns
    std::string data;       // Kind::buffer: the content
    bool store = false;     // true: ZIP_CM_STORE, false: deflate
    uint64_t size = 0;      // uncompressed size (file: from the record; buffer: data.size())
    std::string sha256;     // Kind::file: the content the caller recorded (lowercase hex), or
                            // empty; the bytes are hashed as they are written and compared
};

// True for content that is already compressed (JPEG, PNG, GIF, WebP, PDF, zip and the zip-based
// Office/OFD formats, 7z/rar/gz/bz2/xz, audio/video): deflating it again only costs time. The
// media type decides (the file-type table's `compressed`, model/file_type.hpp); the extension of
// `name` only when the media type is empty or application/octet-stream.
bool already_compressed(const std::string& media_type, const std::string& name);

// DOS date/time of a Unix time in Asia/Shanghai (UTC+8), clamped to 1980-01-01.
void dos_time(long long unix_time, uint16_t& time, uint16_t& date);

// UTF-8 → GBK bytes. Characters GBK cannot hold become '_' (layout cleans them before this).
std::string to_gbk(const std::string& utf8);

// Writes `entries` (in this order) to `path` (overwritten), then re-opens it with ZIP_CHECKCONS and
// checks that every entry is there with its size. A Kind::file entry is always written with
// exactly `size` bytes: a file that shrank or vanished is padded with zeros, one that grew is cut.
// Its bytes are hashed as they are written; the indexes of the Kind::file entries whose bytes
// were not exactly their `sha256` (or could not all be read) are returned — the archive then
// holds content its manifest would not describe, and the caller must not hand it over.
// Error reasons are Chinese.
tl::expected<std::vector<size_t>, Error> write_zip(const std::filesystem::path& path,
                                                   const std::vector<Entry>& entries,
                                                   long long timestamp, bool gbk_names);

}  // namespace dossier::zipw
