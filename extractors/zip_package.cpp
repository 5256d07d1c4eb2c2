#include "extractors/zip_package.hpp"

#include <algorithm>
#include <cctype>

namespace dossier {
namespace {

std::string normalise(std::string_view name) {
    std::string s(name);
    std::replace(s.begin(), s.end(), '\\', '/');
    while (!s.empty() && s.front() == '/') s.erase(0, 1);
    return s;
}

bool iequal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

}  // namespace

ZipPackage::ZipPackage(zip_t* z, Deadline deadline) : zip_(z), deadline_(deadline) {
    zip_int64_t n = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        names_.emplace_back(name ? name : "");
    }
}

tl::expected<ZipPackage, Error> ZipPackage::open(const std::filesystem::path& path,
                                                 Deadline deadline) {
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!z) {
        std::string what;
        switch (err) {
            case ZIP_ER_NOZIP:
                what = "找不到 ZIP 目录，文件可能没有传完整";
                break;
            case ZIP_ER_INCONS:
                what = "ZIP 结构前后不一致";
                break;
            case ZIP_ER_READ:
                what = "读取出错";
                break;
            case ZIP_ER_MEMORY:
                what = "内存不足";
                break;
            default: {
                zip_error_t ze;
                zip_error_init_with_code(&ze, err);
                what = zip_error_strerror(&ze);
                zip_error_fini(&ze);
            }
        }
        return tl::unexpected(Error{"文档已损坏（不是有效的 ZIP 包：" + what + "）"});
    }
    return ZipPackage(z, deadline);
}

int64_t ZipPackage::locate(std::string_view name) const {
    std::string want = normalise(name);
    for (size_t i = 0; i < names_.size(); ++i)
        if (normalise(names_[i]) == want) return static_cast<int64_t>(i);
    for (size_t i = 0; i < names_.size(); ++i)
        if (iequal(normalise(names_[i]), want)) return static_cast<int64_t>(i);
    return -1;
}

uint64_t ZipPackage::largest_declared() const {
    uint64_t largest = 0;
    for (size_t i = 0; i < names_.size(); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(zip_.get(), i, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE))
            largest = std::max<uint64_t>(largest, st.size);
    }
    return largest;
}

bool ZipPackage::has(std::string_view name) const {
    return locate(name) >= 0;
}

tl::expected<std::string, Error> ZipPackage::read(std::string_view name, bool* truncated) const {
    deadline_.check();
    if (truncated) *truncated = false;
    int64_t idx = locate(name);
    if (idx < 0) return tl::unexpected(Error{"文档已损坏（缺少 " + normalise(name) + "）"});
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(idx), 0, &st) != 0 ||
        !(st.valid & ZIP_STAT_SIZE))
        return tl::unexpected(Error{"文档已损坏（" + normalise(name) + " 无法读取）"});
    const Error too_big{"文档中的 " + normalise(name) + " 解压后超过 32 MB，已拒绝"};
    if (st.size > kMaxPart && !truncated) return tl::unexpected(too_big);
    struct FileCloser {
        void operator()(zip_file_t* f) const { zip_fclose(f); }
    };
    std::unique_ptr<zip_file_t, FileCloser> f(
        zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(idx), 0));
    if (!f) {
        std::string what = zip_strerror(zip_.get());
        return tl::unexpected(
            Error{"文档已损坏（" + normalise(name) + " 无法读取：" + what + "）"});
    }
    // One byte past the cap tells a longer member from one of exactly kMaxPart bytes; the
    // declared size is not trusted (the buffer grows with what actually inflates).
    std::string out;
    out.reserve(static_cast<size_t>(std::min<zip_uint64_t>(st.size, kMaxPart) + 1));
    constexpr size_t kChunk = 4u << 20;  // the deadline is checked between chunks
    while (out.size() <= kMaxPart) {
        deadline_.check();
        const size_t done = out.size();
        out.resize(done + std::min<size_t>(kChunk, kMaxPart + 1 - done));
        zip_int64_t n = zip_fread(f.get(), out.data() + done, out.size() - done);
        if (n < 0)
            return tl::unexpected(Error{"文档已损坏（" + normalise(name) + " 无法读取：" +
                                        zip_file_strerror(f.get()) + "）"});
        out.resize(done + static_cast<size_t>(n));
        if (n == 0) break;
    }
    if (out.size() > kMaxPart) {
        if (!truncated) return tl::unexpected(too_big);
        out.resize(kMaxPart);
        *truncated = true;
    }
    return out;
}

std::string resolve_part(std::string_view base_part, std::string_view loc) {
    std::string l = std::string(loc);
    std::replace(l.begin(), l.end(), '\\', '/');
    std::string joined;
    if (!l.empty() && l.front() == '/') {
        joined = l;
    } else {
        std::string b = normalise(base_part);
        size_t slash = b.rfind('/');
        joined = (slash == std::string::npos ? std::string() : b.substr(0, slash + 1)) + l;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= joined.size()) {
        size_t end = joined.find('/', start);
        if (end == std::string::npos) end = joined.size();
        std::string seg = joined.substr(start, end - start);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

}  // namespace dossier
