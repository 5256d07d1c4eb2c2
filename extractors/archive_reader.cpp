#include "extractors/archive_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <memory>
#include <new>
#include <vector>

#include <archive.h>
#include <archive_entry.h>
#include <fmt/core.h>

#include "extractors/blob_writer.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

// libarchive's ARCHIVE_ERRNO_FILE_FORMAT (private header) is EILSEQ on Linux: "not this format".
constexpr int kErrnoFileFormat = EILSEQ;

const char* kEscape = "路径越界（../），已拒绝";
const char* kLink = "符号链接或硬链接，已拒绝（只接受普通文件）";
const char* kDevice = "设备或特殊文件，已拒绝（只接受普通文件）";
const char* kEncrypted = "加密（有密码）：请交未加密的副本";

std::string mib(uint64_t bytes) {
    if (bytes >= (1ull << 30) && bytes % (1ull << 30) == 0)
        return fmt::format("{} GB", bytes >> 30);
    return fmt::format("{} MB", (bytes + (1ull << 20) - 1) >> 20);
}

// `raw_only`: a lone compressed file (x.pdf.gz) is read through the "raw" format, one member.
// Returns the handle even when opening failed (for its error state); `ok` tells which.
ArchivePtr open_reader(const fs::path& file, bool raw_only, bool* ok) {
    ArchivePtr a(archive_read_new());
    *ok = false;
    if (!a) return a;
    archive_read_support_filter_all(a.get());
    if (raw_only) {
        archive_read_support_format_raw(a.get());
    } else {
        archive_read_support_format_zip(a.get());
        archive_read_support_format_7zip(a.get());
        archive_read_support_format_rar(a.get());
        archive_read_support_format_rar5(a.get());
        archive_read_support_format_tar(a.get());
        archive_read_support_format_gnutar(a.get());
    }
    *ok = archive_read_open_filename(a.get(), file.c_str(), 1 << 16) == ARCHIVE_OK;
    return a;
}

// Entry name as UTF-8, with the GB18030 decision reported.
std::string entry_name(archive_entry* e, bool* decoded) {
    *decoded = false;
    const char* raw = archive_entry_pathname(e);
    if (!raw) raw = archive_entry_pathname_utf8(e);
    if (!raw) return "（无法识别的文件名）";
    std::string name = encoding::name_to_utf8(raw, decoded);
    while (name.rfind("./", 0) == 0) name.erase(0, 2);
    return name;
}

bool has_encrypted(archive* a, archive_entry* e) {
    if (e && (archive_entry_is_data_encrypted(e) || archive_entry_is_metadata_encrypted(e)))
        return true;
    return archive_read_has_encrypted_entries(a) > 0;
}

struct Counters {
    int escaped = 0, links = 0, devices = 0, encrypted = 0, damaged = 0;
};

std::string summary(const Counters& c, const std::string& stop_reason, size_t members) {
    std::vector<std::string> parts;
    if (!stop_reason.empty()) parts.push_back(stop_reason);
    if (c.encrypted)
        parts.push_back(fmt::format("{} 个文件加密（有密码）：请交未加密的副本", c.encrypted));
    if (c.escaped) parts.push_back(fmt::format("{} 个条目路径越界（../），已拒绝", c.escaped));
    if (c.links) parts.push_back(fmt::format("{} 个链接条目已拒绝", c.links));
    if (c.devices) parts.push_back(fmt::format("{} 个设备或特殊文件已拒绝", c.devices));
    if (c.damaged) parts.push_back(fmt::format("{} 个文件损坏无法解压", c.damaged));
    if (parts.empty()) return {};
    std::string out = "压缩包未能完整读取：";
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "；" : "") + parts[i];
    out += fmt::format("（已读出 {} 个文件）", members);
    return out;
}

// Opens `file` as an archive, or as a lone compressed file through the raw format when
// libarchive saw compression but no archive format inside. `raw` tells which.
tl::expected<ArchivePtr, Error> open_archive(const fs::path& file, bool* raw) {
    bool opened = false;
    *raw = false;
    ArchivePtr a = open_reader(file, false, &opened);
    if (!a) throw std::bad_alloc();
    if (!opened && archive_errno(a.get()) == kErrnoFileFormat &&
        archive_filter_count(a.get()) > 1) {
        // A compressed single file, not a tarball (libarchive bids on formats while opening).
        *raw = true;
        a = open_reader(file, true, &opened);
        if (!a) throw std::bad_alloc();
    }
    if (!opened) {
        // No format was chosen: libarchive's format pointer is not valid here, so do not ask
        // archive_read_has_encrypted_entries() (it crashes on a failed open).
        if (archive_errno(a.get()) == kErrnoFileFormat)
            return tl::make_unexpected(Error{"不是可识别的压缩包（格式不受支持或已损坏）"});
        return tl::make_unexpected(Error{"无法打开压缩包（文件不可读或已损坏）"});
    }
    return a;
}

// One read_archive() call: the open handle, what has been read so far and why reading stopped.
struct ArchiveRead {
    archive* a;
    const fs::path& blob_root;
    const ArchiveReadOptions& options;
    bool raw;  // a lone compressed file read through the raw format
    ArchiveListing out{};
    Counters count{};
    std::string stop{};  // why reading ended early
    uint64_t total = 0, entries = 0;
    la_int64_t furthest = 0;  // the furthest compressed position read so far
    std::vector<char> buf = std::vector<char>(1 << 16);
};

// The entry being looked at.
struct Entry {
    archive_entry* e;
    std::string name;
    bool decoded;  // the stored name was decoded as GB18030
};

// What to do after an entry (or a failed header).
enum class Flow { next, stop };

// The raw format names its one member "data": name it after the archive, without the
// compression suffix ("x.pdf.gz" → "x.pdf").
std::string raw_member_name(const std::string& name_hint) {
    std::string stem = name_hint.empty() ? std::string("data") : name_hint;
    for (const char* ext : {".gz", ".bz2", ".xz", ".zst", ".lz4", ".lz", ".z"}) {
        const std::string_view x(ext);
        if (stem.size() > x.size() && text::iends_with(stem, x)) {
            stem.resize(stem.size() - x.size());
            break;
        }
    }
    return stem;
}

// A name that promises a tarball ("a.tar.gz", "a.tgz"): an empty one is an empty archive, not a
// compressed file of zeros.
bool tarball_name(std::string_view name) {
    for (const char* ext : {".tar", ".tar.gz", ".tar.bz2", ".tar.xz", ".tar.zst", ".tar.lz4",
                            ".tar.lz", ".tar.z", ".tgz", ".tbz", ".tbz2", ".txz", ".tzst"})
        if (text::iends_with(name, ext)) return true;
    return false;
}

Entry entry_of(const ArchiveRead& st, archive_entry* e) {
    Entry entry{e, {}, false};
    entry.name = entry_name(e, &entry.decoded);
    if (st.raw && entry.name == "data") entry.name = raw_member_name(st.options.name_hint);
    return entry;
}

void refuse(ArchiveRead& st, const Entry& entry, std::string reason, int& counter) {
    st.out.refused.push_back({entry.name, std::move(reason)});
    ++counter;
}

// An entry whose header or data libarchive could not read: encrypted, or else damaged.
void refuse_unreadable(ArchiveRead& st, const Entry& entry) {
    if (has_encrypted(st.a, entry.e))
        refuse(st, entry, kEncrypted, st.count.encrypted);
    else
        refuse(st, entry, "压缩包内文件损坏，无法解压", st.count.damaged);
}

// A fatal header error: before the first entry it is the archive's verdict, later it ends the
// reading with what was read so far.
tl::expected<Flow, Error> header_failed(ArchiveRead& st) {
    if (has_encrypted(st.a, nullptr) && st.entries == 0)
        return tl::make_unexpected(Error{kEncrypted});
    if (st.entries == 0 && archive_errno(st.a) == kErrnoFileFormat)
        return tl::make_unexpected(Error{"不是可识别的压缩包（格式不受支持或已损坏）"});
    st.stop = has_encrypted(st.a, nullptr) ? "压缩包目录加密（有密码）：请交未加密的副本"
                                           : "压缩包已损坏，读到一半出错";
    return Flow::stop;
}

// False, with the member refused and the stop reason set, when the size the header declares
// already breaks the total limit: refused before decompressing anything.
bool declared_size_fits(ArchiveRead& st, const Entry& entry) {
    archive_entry* e = entry.e;
    const uint64_t limit = st.options.limits.max_total_bytes;
    if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0 &&
        st.total + static_cast<uint64_t>(archive_entry_size(e)) > limit) {
        st.out.refused.push_back(
            {entry.name, fmt::format("解压后超过大小上限（{}），已拒绝", mib(limit))});
        st.stop = fmt::format("解压后总大小超过上限（{}），其余未展开", mib(limit));
        return false;
    }
    return true;
}

enum class Verdict { read, pass, stop };

// Decides from the header alone whether the entry is read: refuses escaping names, links,
// devices, nameless and encrypted entries, lists the caller's junk as skipped, passes over
// directories, and stops at a declared size over the total limit.
Verdict check_entry(ArchiveRead& st, const Entry& entry) {
    archive_entry* e = entry.e;
    const std::string& name = entry.name;
    if (escapes_root(name)) {
        refuse(st, entry, kEscape, st.count.escaped);
        return Verdict::pass;
    }
    if (archive_entry_hardlink(e) != nullptr || archive_entry_filetype(e) == AE_IFLNK) {
        refuse(st, entry, kLink, st.count.links);
        return Verdict::pass;
    }
    mode_t type = archive_entry_filetype(e);
    if (type == AE_IFDIR || (!name.empty() && name.back() == '/')) return Verdict::pass;
    if (type != AE_IFREG && type != 0) {
        refuse(st, entry, kDevice, st.count.devices);
        return Verdict::pass;
    }
    if (name.empty()) {
        refuse(st, entry, "压缩包内文件没有名称，已拒绝", st.count.damaged);
        return Verdict::pass;
    }
    if (st.options.skip && st.options.skip(name)) {
        st.out.skipped.push_back(name);
        return Verdict::pass;
    }
    if (archive_entry_is_data_encrypted(e)) {
        refuse(st, entry, kEncrypted, st.count.encrypted);
        return Verdict::pass;
    }
    return declared_size_fits(st, entry) ? Verdict::read : Verdict::stop;
}

// How copying a member's data ended: complete, failed (skip the member, go on), or fatal (stop
// reading the archive).
enum class Copy { done, failed, fatal };

// Uncompressed bytes per compressed byte behind them. Where each member's data lies apart (zip,
// rar, tar and its compressions) libarchive's position advances while the member is read: the
// member's own compressed bytes are the measure. 7-Zip gives no such measure: its reader reads
// the header at the end of the file before the first member, then seeks back, and the members of
// a solid block share one compressed stream; there (and whenever the position did not advance)
// the ratio is over the whole archive so far: all bytes produced / the furthest position read.
double ratio_of(const ArchiveRead& st, uint64_t produced, la_int64_t compressed_start) {
    const la_int64_t used = archive_filter_bytes(st.a, -1) - compressed_start;
    const bool per_member =
        (archive_format(st.a) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_7ZIP && used > 0;
    if (per_member) return static_cast<double>(produced) / static_cast<double>(used);
    return static_cast<double>(st.total) /
           static_cast<double>(std::max<la_int64_t>(st.furthest, 1));
}

// Checks the limits on what has been produced so far; refuses the member and sets the stop
// reason when one is broken.
bool over_limits(ArchiveRead& st, const Entry& entry, uint64_t produced,
                 la_int64_t compressed_start) {
    const ArchiveLimits& lim = st.options.limits;
    if (st.total > lim.max_total_bytes) {
        st.out.refused.push_back({entry.name, fmt::format("解压后超过大小上限（{}），已拒绝",
                                                          mib(lim.max_total_bytes))});
        st.stop = fmt::format("解压后总大小超过上限（{}），疑似压缩炸弹，已停止",
                              mib(lim.max_total_bytes));
        return true;
    }
    if (produced < lim.ratio_min_bytes) return false;
    if (ratio_of(st, produced, compressed_start) <= lim.max_ratio) return false;
    st.out.refused.push_back(
        {entry.name,
         fmt::format("压缩比异常（超过 {:.0f} 倍，疑似压缩炸弹），已拒绝", lim.max_ratio)});
    // Skipping the rest of such a member may mean decompressing it: stop here.
    st.stop = "含压缩比异常的文件（疑似压缩炸弹），已停止读取";
    return true;
}

// Streams the current member's data into `writer`, block by block, under the limits.
tl::expected<Copy, Error> copy_data(ArchiveRead& st, const Entry& entry, BlobWriter& writer) {
    const la_int64_t compressed_start = archive_filter_bytes(st.a, -1);
    st.furthest = std::max(st.furthest, compressed_start);
    uint64_t produced = 0;
    for (;;) {
        la_ssize_t n = archive_read_data(st.a, st.buf.data(), st.buf.size());
        if (n == 0) return Copy::done;
        if (n == ARCHIVE_RETRY) continue;
        if (n < 0) {
            refuse_unreadable(st, entry);
            return n == ARCHIVE_FATAL ? Copy::fatal : Copy::failed;
        }
        produced += static_cast<uint64_t>(n);
        st.total += static_cast<uint64_t>(n);
        st.furthest = std::max(st.furthest, archive_filter_bytes(st.a, -1));
        if (over_limits(st, entry, produced, compressed_start)) return Copy::fatal;
        if (auto w = writer.write(st.buf.data(), static_cast<size_t>(n)); !w)
            return tl::make_unexpected(w.error());
    }
}

// Reads the member into the blob store and lists it.
tl::expected<Flow, Error> read_member(ArchiveRead& st, Entry entry) {
    auto writer = BlobWriter::create(st.blob_root);
    if (!writer) return tl::make_unexpected(writer.error());
    auto copied = copy_data(st, entry, *writer);
    if (!copied) return tl::make_unexpected(copied.error());
    if (*copied == Copy::failed) return Flow::next;
    if (*copied == Copy::fatal) {
        if (st.stop.empty()) st.stop = "压缩包已损坏，读到一半出错";
        return Flow::stop;
    }
    ArchiveMember m;
    m.name = std::move(entry.name);
    m.name_decoded = entry.decoded;
    m.size = writer->size();
    m.head = writer->head();
    auto sha = writer->commit();
    if (!sha) return tl::make_unexpected(sha.error());
    m.sha256 = *sha;
    m.blob = blob_path(st.blob_root, m.sha256);
    st.out.members.push_back(std::move(m));
    return Flow::next;
}

// The next header, then the entry: checked, and read when it passes.
tl::expected<Flow, Error> next_entry(ArchiveRead& st) {
    archive_entry* e = nullptr;
    const int r = archive_read_next_header(st.a, &e);
    if (r == ARCHIVE_EOF) return Flow::stop;
    if (r == ARCHIVE_RETRY) return Flow::next;
    if (r == ARCHIVE_FATAL) return header_failed(st);
    if (++st.entries > st.options.limits.max_entries) {
        st.stop = fmt::format("条目数超过上限（{} 个），其余未展开", st.options.limits.max_entries);
        return Flow::stop;
    }
    Entry entry = entry_of(st, e);
    if (r == ARCHIVE_FAILED) {
        refuse_unreadable(st, entry);
        return Flow::next;
    }
    switch (check_entry(st, entry)) {
        case Verdict::pass:
            return Flow::next;
        case Verdict::stop:
            return Flow::stop;
        case Verdict::read:
            break;
    }
    return read_member(st, std::move(entry));
}

// Reads every entry, then names the format and sums up what could not be read.
tl::expected<void, Error> read_entries(ArchiveRead& st) {
    for (;;) {
        auto next = next_entry(st);
        if (!next) return tl::make_unexpected(next.error());
        if (*next == Flow::stop) break;
    }
    if (const char* f = archive_format_name(st.a)) st.out.format = f;
    st.out.incomplete = summary(st.count, st.stop, st.out.members.size());
    return {};
}

}  // namespace

bool escapes_root(std::string_view name) {
    if (name.empty()) return false;
    if (name[0] == '/' || name[0] == '\\') return true;
    if (name.size() >= 2 && name[1] == ':' &&
        ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z')))
        return true;
    size_t start = 0;
    for (size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name[i] == '/' || name[i] == '\\') {
            if (name.substr(start, i - start) == "..") return true;
            start = i + 1;
        }
    }
    return false;
}

tl::expected<ArchiveListing, Error> read_archive(const fs::path& file, const fs::path& blob_root,
                                                 const ArchiveReadOptions& options) {
    bool raw = false;
    auto a = open_archive(file, &raw);
    if (!a) return tl::make_unexpected(a.error());
    ArchiveRead st{a->get(), blob_root, options, raw};
    if (auto read = read_entries(st); !read) return tl::make_unexpected(read.error());
    // Compressed zeros read as an empty tar (a zero block ends a tarball): unless the name says
    // tarball, it is a lone compressed file ("z.pdf.gz") and its one member is what it holds.
    if (!raw && st.entries == 0 && archive_filter_count(st.a) > 1 &&
        !tarball_name(options.name_hint)) {
        bool opened = false;
        ArchivePtr lone = open_reader(file, true, &opened);
        if (!lone) throw std::bad_alloc();
        if (opened) {
            ArchiveRead again{lone.get(), blob_root, options, true};
            auto read = read_entries(again);
            if (!read) return tl::make_unexpected(read.error());
            return std::move(again.out);
        }
    }
    return std::move(st.out);
}

}  // namespace dossier
