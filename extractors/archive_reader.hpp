// Safe reading of incoming archives (zip, 7z, rar, tar, tar.gz/.bz2/.xz/.zst/.lz4/.lz/.Z, and a
// lone .gz/.bz2/.xz/.zst/.lz4/.lz/.Z — also when it holds zeros, which libarchive would take for an empty tar)
// with libarchive. Nothing is ever extracted with libarchive's disk writer: member data is read
// block by block and streamed into the workspace's content-addressed blob store while hashed, so
// memory stays bounded (one 64 KiB buffer) whatever the member sizes.
//
// Only regular files (and directories, which yield nothing) are taken. Refused, each with a
// Chinese reason, while the rest of the archive is still read: names with `..` or absolute paths,
// symlinks and hard links, device files/FIFOs, encrypted entries, members over the limits. The
// archive as a whole is "incomplete" (with a summary reason) whenever anything could not be read:
// a refused entry, a limit, corruption (what was read before it still comes through).
//
// Precondition: a UTF-8 locale is in effect (`setlocale(LC_ALL, "C.UTF-8")`); in the C locale
// libarchive returns no names at all. Nested archives are not opened here (the scanner does that,
// up to its depth limit). Threading: read_archive() may run on several threads at once (each call
// has its own libarchive handle; blob writers use unique temp files).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "model/record.hpp"

namespace dossier {

struct ArchiveLimits {
    uint64_t max_total_bytes = 2ull << 30;  // uncompressed bytes per archive (all members)
    uint64_t max_entries = 20000;           // entries per archive (directories included)
    // Uncompressed / compressed bytes: per member where the format keeps members apart, over the
    // whole archive so far for 7z (solid blocks, header read first) ...
    double max_ratio = 200;
    uint64_t ratio_min_bytes = 8ull << 20;  // ... checked once a member has produced this much
    int max_depth = 3;                      // archives inside archives (used by the scanner)
};

struct ArchiveMember {
    std::string name;            // UTF-8 path inside the archive ('/' separated)
    bool name_decoded = false;   // the stored name was not UTF-8 and was decoded as GB18030
    std::string sha256;          // of the uncompressed bytes
    uint64_t size = 0;           // bytes actually read (streamed zips may declare 0)
    std::filesystem::path blob;  // blob_path(blob_root, sha256)
    std::string head;            // first 64 KiB, for magic::sniff
};

struct ArchiveRefusal {
    std::string name;    // UTF-8 entry name as stored (decoded like members)
    std::string reason;  // Chinese, one line
};

struct ArchiveListing {
    std::vector<ArchiveMember> members;   // archive order
    std::vector<ArchiveRefusal> refused;  // archive order
    std::vector<std::string> skipped;     // names the caller's `skip` predicate took out (junk)
    std::string incomplete;               // empty when read completely; else a Chinese summary
    std::string format;                   // libarchive's format name, e.g. "ZIP 2.0 (deflation)"
};

struct ArchiveReadOptions {
    ArchiveLimits limits;
    // Entries for which this returns true are listed in `skipped` without being read.
    std::function<bool(std::string_view name)> skip;
    // The archive's own file name: names the single member of a lone x.pdf.gz ("x.pdf"), and
    // tells a compressed empty tarball ("a.tar.gz", "a.tgz") from compressed zeros.
    std::string name_hint;
};

// Reads every member of `file` into the blob store at `blob_root`.
// Error (Chinese) only when nothing can be read at all: not an archive libarchive knows, unreadable
// file, encrypted headers, or the workspace is not writable. Never throws for a bad archive.
tl::expected<ArchiveListing, Error> read_archive(const std::filesystem::path& file,
                                                 const std::filesystem::path& blob_root,
                                                 const ArchiveReadOptions& options = {});

// True when a member name must be refused because it escapes the archive root: absolute paths
// (`/x`, `\x`, `C:x`), and any `..` component (either separator).
bool escapes_root(std::string_view name);

}  // namespace dossier
