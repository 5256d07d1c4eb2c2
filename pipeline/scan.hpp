// The scan stage (design.md §2): walks INBOX and accounts for every input path — each file ends in
// ledger.files (to be extracted), ledger.duplicates, or ledger.rejected with a Chinese reason.
//
// - The first folder level is the unit, matched through match_unit() (model/units.hpp); unknown
//   folders give unit null and a warning with suggestions; files in the root get unit null.
// - Junk (.DS_Store, Thumbs.db, desktop.ini, ~$* lock files, ._*, *.tmp, __MACOSX/, .git/ …) is
//   listed in rejected as "系统/临时文件，已忽略" and counted in skipped_junk.
// - Settling (design.md §4): files younger than settle_seconds are stat'ed again once that time has
//   passed — one wait per run, none when all files are older. A file whose size, mtime or ctime
//   changed during the wait, or while it was being hashed, is "文件仍在写入，本次未处理" (or, with
//   defer_unsettled, listed in `waiting` for watch's next cycle). We do not scan /proc/*/fd for
//   writers: it needs privileges for other users' processes and costs a walk of every process;
//   a writer that pauses longer than the settle time without touching the file is not caught.
// - Type from content (magic::sniff); executables are rejected whatever their extension (the
//   reason quotes what the extension promised, from the file-type table in model/file_type.hpp).
// - A file over its type's size cap (FileType::max_size: "文件过大（1.5 GB），超过图片上限 200 MB…")
//   is refused from a look at its first 64 KiB, before it is hashed, read or packaged; archive
//   members are held to the same caps.
// - SHA-256 of every file; a file whose (path, size, mtime, inode) match the store is not re-read.
// - Mails (.eml, extractors/mail) are containers like archives: attachments become members
//   (`unit/m.eml!/附件.pdf`), forwarded messages nest, and every member taken out of a mail carries
//   FileRecord::mail (the innermost message). A mail at the top of the inbox takes the unit its
//   subject names, else its body (model/unit_mention); its 超大附件 links become mail_notes.
// - Archives (zip/7z/rar/tar…) are expanded through read_archive() into the workspace blob store,
//   nested up to limits.max_depth levels; members get source `unit/a.zip!/dir/b.png` and
//   content_path = the blob. An expansion is cached in the store (stage "archive") by the archive's
//   sha256, so an unchanged archive is not read again.
// - Identical content under several names: the most descriptive name is kept (generic camera/
//   screenshot/copy names lose, then the longer name loses, then byte order), the others become
//   Duplicate{source, same_as}.
// The inbox is only ever opened O_RDONLY; nothing is written, renamed or deleted there.
//
// Errors: throws Fatal(kInput) when the inbox does not exist or cannot be read; Fatal from the
// Store on a broken workspace. Bad files never throw. Threading: call from the thread that owns
// the Store; hashing and expansion run on `jobs` worker threads inside.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "extractors/archive_reader.hpp"
#include "model/catalog.hpp"
#include "model/clock.hpp"
#include "model/record.hpp"
#include "pipeline/store.hpp"

namespace dossier {

struct ScanOptions {
    std::filesystem::path inbox;
    double settle_seconds = 2;
    bool defer_unsettled = false;  // watch: unsettled files wait for the next cycle
    ArchiveLimits limits;
    int jobs = 2;
    Clock* clock = nullptr;  // what the settling wait reads and sleeps on; null = Clock::system()
};

struct ScanStats {
    int new_files = 0;        // files[] entries whose bytes were read this run
    int cached_files = 0;     // files[] entries known from the store (not re-read)
    int hashed = 0;           // inbox files read and hashed this run
    int archives_read = 0;    // archives expanded with libarchive this run (nested ones included)
    int archives_cached = 0;  // archives whose expansion came from the store
    int duplicates = 0;
    int rejected = 0;  // rejected[] entries, junk included
    int skipped_junk = 0;
    int waiting = 0;                 // unsettled files deferred (defer_unsettled)
    double settle_wait_seconds = 0;  // how long the one settling wait slept
};

struct ScanResult {
    Ledger ledger;  // files sorted by source bytes; rejected, duplicates too
    std::vector<std::string> unit_warnings;  // Chinese, one per unknown unit folder
    std::vector<std::string> waiting;        // sources deferred to the next cycle
    // Chinese, one per large-attachment (超大附件) link named in a mail's body:
    // "邮件含超大附件链接，需手动下载：<link>（<mail source>）".
    std::vector<std::string> mail_notes;
    ScanStats stats;
};

ScanResult scan_inbox(const ScanOptions& options, const Catalog& catalog, Store& store);

// Throws Fatal(kInput) when `inbox` does not exist, is not a folder or cannot be read. Call before
// opening the workspace so a typo creates nothing.
// The rejected[] reason of skipped junk (Thumbs.db, ~$ lock files, __MACOSX/…); Ledger::skipped_junk
// counts the rejected[] entries with this reason, so junk is always part of the rejected count.
inline constexpr const char* kJunkReason = "系统/临时文件，已忽略";

void require_inbox(const std::filesystem::path& inbox);

// Junk tests on one path component (exposed for tests and the archive member filter).
bool is_junk_file_name(std::string_view name);
bool is_junk_dir_name(std::string_view name);
// True when any component of a '/'-separated path is junk.
bool is_junk_path(std::string_view path);

// True when `name` (a base name) looks generic: IMG_1234, DSC…, 微信图片_…, Screenshot_…, 截屏…,
// 副本, 复制, (2), copy. Used to choose which duplicate to keep.
bool is_generic_name(std::string_view name);
// Orders candidate sources for keeping: true when `a` should be kept over `b`.
bool more_descriptive(std::string_view a, std::string_view b);

}  // namespace dossier
