#include "packager/zip_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <zip.h>

#include "model/date.hpp"
#include "model/encoding.hpp"
#include "model/file_type.hpp"
#include "model/sha256.hpp"

namespace dossier::zipw {

namespace {

struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

std::string zip_error_text(zip_t* z) {
    const char* s = zip_strerror(z);
    return s ? s : "未知错误";
}

// libzip sets the UTF-8 flag (bit 11) on every name whose bytes happen to be valid UTF-8 and
// refuses ZIP_FL_ENC_CP437 for them (see shared/facts/libraries.md); GBK bytes of common words
// (目录 = C4BF C2BC) are such names. For a GBK archive we therefore clear bit 11 in the local and
// central headers after writing. Headers are not covered by any CRC, so nothing else changes.
bool clear_utf8_flags(const std::filesystem::path& path) {
    std::FILE* f = std::fopen(path.c_str(), "r+b");
    if (!f) return false;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> guard(f, &std::fclose);
    auto u16 = [](const unsigned char* p) { return static_cast<uint32_t>(p[0] | (p[1] << 8)); };
    auto u32 = [](const unsigned char* p) {
        return static_cast<uint32_t>(p[0] | (p[1] << 8) | (p[2] << 16)) | (uint32_t(p[3]) << 24);
    };
    if (std::fseek(f, 0, SEEK_END) != 0) return false;
    const long size = std::ftell(f);
    const long tail = std::min<long>(size, 65535 + 22);
    std::vector<unsigned char> end(static_cast<size_t>(tail));
    std::fseek(f, size - tail, SEEK_SET);
    if (std::fread(end.data(), 1, end.size(), f) != end.size()) return false;
    long eocd = -1;
    for (long i = tail - 22; i >= 0; --i)
        if (end[i] == 'P' && end[i + 1] == 'K' && end[i + 2] == 5 && end[i + 3] == 6) {
            eocd = i;
            break;
        }
    if (eocd < 0) return false;
    const uint32_t count = u16(&end[eocd + 10]), cd_size = u32(&end[eocd + 12]),
                   cd_off = u32(&end[eocd + 16]);
    std::vector<unsigned char> cd(cd_size);
    std::fseek(f, static_cast<long>(cd_off), SEEK_SET);
    if (std::fread(cd.data(), 1, cd.size(), f) != cd.size()) return false;
    size_t p = 0;
    for (uint32_t n = 0; n < count && p + 46 <= cd.size(); ++n) {
        if (u32(&cd[p]) != 0x02014b50) return false;
        const uint32_t flags = u16(&cd[p + 8]);
        const uint32_t name_len = u16(&cd[p + 28]), extra = u16(&cd[p + 30]),
                       comment = u16(&cd[p + 32]);
        const uint32_t local = u32(&cd[p + 42]);
        if (flags & 0x800) {
            const unsigned char cleared[2] = {static_cast<unsigned char>(flags & 0xF7FF & 0xFF),
                                              static_cast<unsigned char>((flags & 0xF7FF) >> 8)};
            std::fseek(f, static_cast<long>(cd_off + p + 8), SEEK_SET);
            std::fwrite(cleared, 1, 2, f);
            std::fseek(f, static_cast<long>(local + 6), SEEK_SET);
            std::fwrite(cleared, 1, 2, f);
        }
        p += 46 + name_len + extra + comment;
    }
    return std::fflush(f) == 0;
}

// Media types outside the file-type table that are already compressed: formats dossier does not
// sniff but a caller may name (HEIC photos, EPUB, OpenDocument, audio and video, the other
// OOXML flavours) and the older aliases of zip and rar.
bool compressed_elsewhere(std::string_view media_type) {
    static const std::set<std::string_view> kTypes = {
        "image/heic",
        "application/x-zip-compressed",
        "application/x-rar-compressed",
        "application/x-rar",
        "application/epub+zip",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "audio/mpeg",
        "audio/aac"};
    return kTypes.count(media_type) > 0 ||
           media_type.starts_with("application/vnd.openxmlformats-officedocument.") ||
           media_type.starts_with("video/");
}

// Content detection gave no type: the extension decides. Besides the table's compressed types,
// the extensions of the formats above, and .wps (which the table files under OLE, deflated when
// detected as such) — kept as the list always had them.
bool compressed_by_name(const std::string& name) {
    static const std::set<std::string_view> kOtherExt = {"heic", "odt", "ods", "mp4",
                                                         "mov",  "mp3", "wps"};
    const std::string ext = file_type::claimed_extension(name);
    const file_type::Claim claim = file_type::by_extension(ext);
    return (claim.type && claim.type->compressed) || kOtherExt.count(ext) > 0;
}

// A payload file as libzip reads it at close time: exactly `size` bytes (zeros after a short
// read, nothing past `size`), hashed on the way, so what the archive holds is what is compared
// with the recorded SHA-256 — no second read, and no window between checking and writing.
struct HashingFile {
    std::string path;
    uint64_t size = 0;
    int fd = -1;
    uint64_t pos = 0;
    bool complete = true;  // every byte came from the file
    Sha256 sha;
    std::string digest;  // set when libzip closes the source
    zip_error_t error{};

    ~HashingFile() {
        if (fd >= 0) ::close(fd);
        zip_error_fini(&error);
    }

    void open() {
        if (fd >= 0) ::close(fd);
        fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        pos = 0;
        complete = fd >= 0;
        sha.reset();
        digest.clear();
    }

    zip_int64_t read(char* out, uint64_t len) {
        const uint64_t want = std::min(len, size - pos);
        uint64_t got = 0;
        while (fd >= 0 && got < want) {
            const ssize_t n = ::read(fd, out + got, want - got);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            got += static_cast<uint64_t>(n);
        }
        if (got < want) {
            complete = false;
            std::memset(out + got, 0, want - got);
        }
        sha.update(out, want);
        pos += want;
        return static_cast<zip_int64_t>(want);
    }

    bool matches(const std::string& expected) const {
        return complete && (expected.empty() || digest == expected);
    }

    static zip_int64_t callback(void* self, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
        auto* h = static_cast<HashingFile*>(self);
        switch (cmd) {
            case ZIP_SOURCE_OPEN:
                h->open();
                return 0;
            case ZIP_SOURCE_READ:
                return h->read(static_cast<char*>(data), len);
            case ZIP_SOURCE_CLOSE:
                if (h->fd >= 0) ::close(h->fd);
                h->fd = -1;
                if (h->pos < h->size) h->complete = false;
                h->digest = h->sha.hex_final();
                return 0;
            case ZIP_SOURCE_STAT: {
                auto* st = static_cast<zip_stat_t*>(data);
                zip_stat_init(st);
                st->size = h->size;
                st->valid |= ZIP_STAT_SIZE;
                return sizeof(zip_stat_t);
            }
            case ZIP_SOURCE_ERROR:
                return zip_error_to_data(&h->error, data, len);
            case ZIP_SOURCE_FREE:
                return 0;
            case ZIP_SOURCE_SUPPORTS:
                return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                      ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                      ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
            default:
                zip_error_set(&h->error, ZIP_ER_OPNOTSUPP, 0);
                return -1;
        }
    }
};

}  // namespace

bool already_compressed(const std::string& media_type, const std::string& name) {
    if (media_type.empty() || media_type == "application/octet-stream")
        return compressed_by_name(name);
    if (const file_type::FileType* t = file_type::with_media_type(media_type)) return t->compressed;
    return compressed_elsewhere(media_type);
}

void dos_time(long long unix_time, uint16_t& time, uint16_t& date) {
    long long local = unix_time + 8 * 3600;
    long long days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    long long secs = local - days * 86400;
    Date d = Date::from_serial(static_cast<long>(days));
    if (d.year < 1980) {
        d = Date{1980, 1, 1};
        secs = 0;
    }
    if (d.year > 2107) d = Date{2107, 12, 31};
    const int h = static_cast<int>(secs / 3600), m = static_cast<int>(secs / 60 % 60),
              s = static_cast<int>(secs % 60);
    time = static_cast<uint16_t>((h << 11) | (m << 5) | (s / 2));
    date = static_cast<uint16_t>(((d.year - 1980) << 9) | (d.month << 5) | d.day);
}

std::string to_gbk(const std::string& utf8) {
    UErrorCode err = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 4, '\0');
    // ucnv_convert substitutes unmappable characters with the target's default ("\x1a");
    // layout already replaced those, so this is lossless in practice.
    int32_t len = ucnv_convert("GBK", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                               utf8.data(), static_cast<int32_t>(utf8.size()), &err);
    if (U_FAILURE(err)) return utf8;
    out.resize(static_cast<size_t>(len));
    std::replace(out.begin(), out.end(), '\x1a', '_');
    return out;
}

tl::expected<std::vector<size_t>, Error> write_zip(const std::filesystem::path& path,
                                                   const std::vector<Entry>& entries,
                                                   long long timestamp, bool gbk_names) {
    uint16_t dtime = 0, ddate = 0;
    dos_time(timestamp, dtime, ddate);
    int zerr = 0;
    ZipPtr za(zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &zerr));
    if (!za) {
        zip_error_t e;
        zip_error_init_with_code(&e, zerr);
        Error err{fmt::format("无法创建压缩包 {}：{}", path.string(), zip_error_strerror(&e))};
        zip_error_fini(&e);
        return tl::unexpected(err);
    }
    std::vector<std::string> raw_names;
    raw_names.reserve(entries.size());
    // Owned here, read by libzip in zip_close: must outlive it (and the zip_t).
    std::vector<std::unique_ptr<HashingFile>> payload(entries.size());
    for (const auto& e : entries) {
        std::string name = gbk_names ? to_gbk(e.name) : e.name;
        const bool ascii =
            std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; });
        // GBK bytes go in raw with no UTF-8 flag; pure ASCII needs no flag either way.
        const bool utf8_bytes = encoding::is_valid_utf8(name);
        const zip_flags_t enc =
            gbk_names && !ascii && !utf8_bytes ? ZIP_FL_ENC_CP437 : ZIP_FL_ENC_GUESS;
        zip_int64_t idx = -1;
        if (e.kind == Entry::Kind::dir) {
            idx = zip_dir_add(za.get(), name.c_str(), enc);
        } else {
            zip_source_t* src = nullptr;
            if (e.kind == Entry::Kind::file) {
                auto& h = payload[raw_names.size()];
                h = std::make_unique<HashingFile>();
                h->path = e.file_path;
                h->size = e.size;
                zip_error_init(&h->error);
                src = zip_source_function(za.get(), &HashingFile::callback, h.get());
            } else {
                src = zip_source_buffer(za.get(), e.data.data(), e.data.size(), 0);
            }
            if (!src)
                return tl::unexpected(Error{fmt::format("无法读取待打包文件 {}：{}", e.file_path,
                                                        zip_error_text(za.get()))});
            idx = zip_file_add(za.get(), name.c_str(), src, enc);
            if (idx < 0) zip_source_free(src);
        }
        if (idx < 0)
            return tl::unexpected(
                Error{fmt::format("无法加入压缩包条目 {}：{}", e.name, zip_error_text(za.get()))});
        const auto i = static_cast<zip_uint64_t>(idx);
        const bool dir = e.kind == Entry::Kind::dir;
        if (!dir && zip_set_file_compression(za.get(), i, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                             e.store ? 0 : 6) < 0)
            return tl::unexpected(
                Error{fmt::format("无法设置压缩方式 {}：{}", e.name, zip_error_text(za.get()))});
        const zip_uint32_t attr = (dir ? 0040755u : 0100644u) << 16;
        if (zip_file_set_external_attributes(za.get(), i, 0, ZIP_OPSYS_UNIX, attr) < 0 ||
            zip_file_set_dostime(za.get(), i, dtime, ddate, 0) < 0)
            return tl::unexpected(
                Error{fmt::format("无法设置条目属性 {}：{}", e.name, zip_error_text(za.get()))});
        raw_names.push_back(std::move(name));
    }
    if (zip_close(za.get()) < 0)
        return tl::unexpected(
            Error{fmt::format("写入压缩包失败 {}：{}", path.string(), zip_error_text(za.get()))});
    za.release();  // zip_close freed it
    if (gbk_names && !clear_utf8_flags(path))
        return tl::unexpected(Error{fmt::format("无法改写 GBK 文件名标志：{}", path.string())});

    // Re-open and check the central directory against what we meant to write.
    ZipPtr rd(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
    if (!rd)
        return tl::unexpected(
            Error{fmt::format("写入后无法重新打开压缩包 {}（错误码 {}）", path.string(), zerr)});
    if (zip_get_num_entries(rd.get(), 0) != static_cast<zip_int64_t>(entries.size()))
        return tl::unexpected(Error{fmt::format("写入后条目数不符：{}", path.string())});
    for (size_t i = 0; i < entries.size(); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(rd.get(), i, ZIP_FL_ENC_RAW, &st) < 0 || !st.name ||
            raw_names[i] != st.name ||
            (entries[i].kind != Entry::Kind::dir && st.size != entries[i].size))
            return tl::unexpected(
                Error{fmt::format("写入后核对失败（文件在打包时被修改？）：{}", entries[i].name)});
    }
    std::vector<size_t> changed;
    for (size_t i = 0; i < entries.size(); ++i)
        if (payload[i] && !payload[i]->matches(entries[i].sha256)) changed.push_back(i);
    return changed;
}

}  // namespace dossier::zipw
