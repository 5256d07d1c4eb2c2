#include "extractors/archive_reader.hpp"

#include <cerrno>
#include <memory>
#include <new>
#include <vector>

#include <archive.h>
#include <archive_entry.h>
#include <fmt/core.h>

#include "extractors/blob_writer.hpp"
#include "model/encoding.hpp"

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
    const ArchiveLimits& lim = options.limits;
    bool opened = false;
    bool raw_tried = false;
    ArchivePtr a = open_reader(file, false, &opened);
    if (!a) throw std::bad_alloc();
    if (!opened && archive_errno(a.get()) == kErrnoFileFormat &&
        archive_filter_count(a.get()) > 1) {
        // A compressed single file, not a tarball (libarchive bids on formats while opening).
        raw_tried = true;
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

    ArchiveListing out;
    Counters count;
    std::string stop;  // why reading ended early
    uint64_t total = 0, entries = 0;
    std::vector<char> buf(1 << 16);

    for (;;) {
        archive_entry* e = nullptr;
        int r = archive_read_next_header(a.get(), &e);
        if (r == ARCHIVE_EOF) break;
        if (r == ARCHIVE_RETRY) continue;
        if (r == ARCHIVE_FATAL) {
            if (has_encrypted(a.get(), nullptr) && entries == 0)
                return tl::make_unexpected(Error{kEncrypted});
            if (entries == 0 && archive_errno(a.get()) == kErrnoFileFormat)
                return tl::make_unexpected(Error{"不是可识别的压缩包（格式不受支持或已损坏）"});
            stop = has_encrypted(a.get(), nullptr) ? "压缩包目录加密（有密码）：请交未加密的副本"
                                                   : "压缩包已损坏，读到一半出错";
            break;
        }
        ++entries;
        if (entries > lim.max_entries) {
            stop = fmt::format("条目数超过上限（{} 个），其余未展开", lim.max_entries);
            break;
        }
        bool decoded = false;
        std::string name = entry_name(e, &decoded);
        if (raw_tried && name == "data") {
            std::string stem = options.name_hint.empty() ? std::string("data") : options.name_hint;
            for (const char* ext : {".gz", ".bz2", ".xz", ".GZ", ".BZ2", ".XZ", ".z", ".Z"}) {
                std::string_view x(ext);
                if (stem.size() > x.size() &&
                    stem.compare(stem.size() - x.size(), x.size(), x) == 0) {
                    stem.resize(stem.size() - x.size());
                    break;
                }
            }
            name = stem;
        }
        auto refuse = [&](const char* reason, int& counter) {
            out.refused.push_back({name, reason});
            ++counter;
        };
        if (r == ARCHIVE_FAILED) {
            if (has_encrypted(a.get(), e))
                refuse(kEncrypted, count.encrypted);
            else
                refuse("压缩包内文件损坏，无法解压", count.damaged);
            continue;
        }
        if (escapes_root(name)) {
            refuse(kEscape, count.escaped);
            continue;
        }
        if (archive_entry_hardlink(e) != nullptr || archive_entry_filetype(e) == AE_IFLNK) {
            refuse(kLink, count.links);
            continue;
        }
        mode_t type = archive_entry_filetype(e);
        if (type == AE_IFDIR || (!name.empty() && name.back() == '/')) continue;
        if (type != AE_IFREG && type != 0) {
            refuse(kDevice, count.devices);
            continue;
        }
        if (name.empty()) {
            refuse("压缩包内文件没有名称，已拒绝", count.damaged);
            continue;
        }
        if (options.skip && options.skip(name)) {
            out.skipped.push_back(name);
            continue;
        }
        if (archive_entry_is_data_encrypted(e)) {
            refuse(kEncrypted, count.encrypted);
            continue;
        }
        if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0 &&
            total + static_cast<uint64_t>(archive_entry_size(e)) > lim.max_total_bytes) {
            // The declared size already breaks the limit: refuse before decompressing anything.
            out.refused.push_back(
                {name, fmt::format("解压后超过大小上限（{}），已拒绝", mib(lim.max_total_bytes))});
            stop = fmt::format("解压后总大小超过上限（{}），其余未展开", mib(lim.max_total_bytes));
            break;
        }

        auto writer = BlobWriter::create(blob_root);
        if (!writer) return tl::make_unexpected(writer.error());
        const la_int64_t compressed_start = archive_filter_bytes(a.get(), -1);
        uint64_t produced = 0;
        bool failed = false, fatal = false;
        for (;;) {
            la_ssize_t n = archive_read_data(a.get(), buf.data(), buf.size());
            if (n == 0) break;
            if (n < 0) {
                if (n == ARCHIVE_RETRY) continue;
                failed = true;
                fatal = (n == ARCHIVE_FATAL);
                if (has_encrypted(a.get(), e))
                    refuse(kEncrypted, count.encrypted);
                else
                    refuse("压缩包内文件损坏，无法解压", count.damaged);
                break;
            }
            produced += static_cast<uint64_t>(n);
            total += static_cast<uint64_t>(n);
            if (total > lim.max_total_bytes) {
                out.refused.push_back({name, fmt::format("解压后超过大小上限（{}），已拒绝",
                                                         mib(lim.max_total_bytes))});
                stop = fmt::format("解压后总大小超过上限（{}），疑似压缩炸弹，已停止",
                                   mib(lim.max_total_bytes));
                failed = fatal = true;
                break;
            }
            if (produced >= lim.ratio_min_bytes) {
                la_int64_t used = archive_filter_bytes(a.get(), -1) - compressed_start;
                double ratio =
                    static_cast<double>(produced) / static_cast<double>(used > 0 ? used : 1);
                if (ratio > lim.max_ratio) {
                    out.refused.push_back(
                        {name, fmt::format("压缩比异常（超过 {:.0f} 倍，疑似压缩炸弹），已拒绝",
                                           lim.max_ratio)});
                    // Skipping the rest of such a member may mean decompressing it: stop here.
                    stop = "含压缩比异常的文件（疑似压缩炸弹），已停止读取";
                    failed = fatal = true;
                    break;
                }
            }
            if (auto w = writer->write(buf.data(), static_cast<size_t>(n)); !w)
                return tl::make_unexpected(w.error());
        }
        if (failed) {
            if (fatal) {
                if (stop.empty()) stop = "压缩包已损坏，读到一半出错";
                break;
            }
            continue;
        }
        ArchiveMember m;
        m.name = std::move(name);
        m.name_decoded = decoded;
        m.size = writer->size();
        m.head = writer->head();
        auto sha = writer->commit();
        if (!sha) return tl::make_unexpected(sha.error());
        m.sha256 = *sha;
        m.blob = blob_path(blob_root, m.sha256);
        out.members.push_back(std::move(m));
    }
    if (const char* f = archive_format_name(a.get())) out.format = f;
    out.incomplete = summary(count, stop, out.members.size());
    return out;
}

}  // namespace dossier
