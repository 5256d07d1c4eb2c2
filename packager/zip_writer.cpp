#include "packager/zip_writer.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <zip.h>

#include "model/date.hpp"

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

std::string lower_ext(const std::string& name) {
    auto dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string ext = name.substr(dot + 1);
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

}  // namespace

bool already_compressed(const std::string& media_type, const std::string& name) {
    static const std::set<std::string> kTypes = {
        "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/pdf",
        "application/zip", "application/x-zip-compressed", "application/x-7z-compressed",
        "application/vnd.rar", "application/x-rar-compressed", "application/x-rar", "application/gzip",
        "application/x-bzip2", "application/x-xz", "application/ofd", "application/epub+zip",
        "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet"};
    if (kTypes.count(media_type)) return true;
    if (media_type.rfind("application/vnd.openxmlformats-officedocument.", 0) == 0) return true;
    if (media_type.rfind("video/", 0) == 0 || media_type == "audio/mpeg" || media_type == "audio/aac")
        return true;
    static const std::set<std::string> kExt = {"jpg", "jpeg", "png", "gif", "webp", "heic", "pdf",  "zip",
                                               "7z",  "rar",  "gz",  "bz2", "xz",   "tgz",  "docx", "xlsx",
                                               "pptx", "ofd", "odt", "ods", "mp4",  "mov",  "mp3",  "wps"};
    // Content-detected types win; the extension only decides when the type is generic.
    if (media_type.empty() || media_type == "application/octet-stream") return kExt.count(lower_ext(name)) > 0;
    return false;
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
    const int h = static_cast<int>(secs / 3600), m = static_cast<int>(secs / 60 % 60), s = static_cast<int>(secs % 60);
    time = static_cast<uint16_t>((h << 11) | (m << 5) | (s / 2));
    date = static_cast<uint16_t>(((d.year - 1980) << 9) | (d.month << 5) | d.day);
}

std::string to_gbk(const std::string& utf8) {
    UErrorCode err = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 4, '\0');
    // ucnv_convert substitutes unmappable characters with the target's default ("\x1a");
    // layout already replaced those, so this is lossless in practice.
    int32_t len = ucnv_convert("GBK", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                               static_cast<int32_t>(utf8.size()), &err);
    if (U_FAILURE(err)) return utf8;
    out.resize(static_cast<size_t>(len));
    std::replace(out.begin(), out.end(), '\x1a', '_');
    return out;
}

tl::expected<void, Error> write_zip(const std::filesystem::path& path, const std::vector<Entry>& entries,
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
    for (const auto& e : entries) {
        std::string name = gbk_names ? to_gbk(e.name) : e.name;
        const bool ascii = std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) == 0; });
        // GBK bytes go in raw with no UTF-8 flag; pure ASCII needs no flag either way.
        const zip_flags_t enc = gbk_names && !ascii ? ZIP_FL_ENC_CP437 : ZIP_FL_ENC_UTF_8;
        zip_int64_t idx = -1;
        if (e.kind == Entry::Kind::dir) {
            idx = zip_dir_add(za.get(), name.c_str(), enc);
        } else {
            zip_source_t* src = e.kind == Entry::Kind::file
                                    ? zip_source_file(za.get(), e.file_path.c_str(), 0, -1)
                                    : zip_source_buffer(za.get(), e.data.data(), e.data.size(), 0);
            if (!src)
                return tl::unexpected(Error{fmt::format("无法读取待打包文件 {}：{}", e.file_path, zip_error_text(za.get()))});
            idx = zip_file_add(za.get(), name.c_str(), src, enc);
            if (idx < 0) zip_source_free(src);
        }
        if (idx < 0)
            return tl::unexpected(Error{fmt::format("无法加入压缩包条目 {}：{}", e.name, zip_error_text(za.get()))});
        const auto i = static_cast<zip_uint64_t>(idx);
        const bool dir = e.kind == Entry::Kind::dir;
        if (!dir && zip_set_file_compression(za.get(), i, e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, e.store ? 0 : 6) < 0)
            return tl::unexpected(Error{fmt::format("无法设置压缩方式 {}：{}", e.name, zip_error_text(za.get()))});
        const zip_uint32_t attr = (dir ? 0040755u : 0100644u) << 16;
        if (zip_file_set_external_attributes(za.get(), i, 0, ZIP_OPSYS_UNIX, attr) < 0 ||
            zip_file_set_dostime(za.get(), i, dtime, ddate, 0) < 0)
            return tl::unexpected(Error{fmt::format("无法设置条目属性 {}：{}", e.name, zip_error_text(za.get()))});
        raw_names.push_back(std::move(name));
    }
    if (zip_close(za.get()) < 0)
        return tl::unexpected(Error{fmt::format("写入压缩包失败 {}：{}", path.string(), zip_error_text(za.get()))});
    za.release();  // zip_close freed it

    // Re-open and check the central directory against what we meant to write.
    ZipPtr rd(zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
    if (!rd) return tl::unexpected(Error{fmt::format("写入后无法重新打开压缩包 {}（错误码 {}）", path.string(), zerr)});
    if (zip_get_num_entries(rd.get(), 0) != static_cast<zip_int64_t>(entries.size()))
        return tl::unexpected(Error{fmt::format("写入后条目数不符：{}", path.string())});
    for (size_t i = 0; i < entries.size(); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(rd.get(), i, ZIP_FL_ENC_RAW, &st) < 0 || !st.name || raw_names[i] != st.name ||
            (entries[i].kind != Entry::Kind::dir && st.size != entries[i].size))
            return tl::unexpected(Error{fmt::format("写入后核对失败（文件在打包时被修改？）：{}", entries[i].name)});
    }
    return {};
}

}  // namespace dossier::zipw
