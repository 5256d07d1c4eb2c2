#include "extractors/blob_writer.hpp"

#include <atomic>
#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "model/cleanup.hpp"

namespace dossier {

namespace fs = std::filesystem;

fs::path blob_path(const fs::path& root, const std::string& sha256) {
    return root / sha256.substr(0, 2) / sha256;
}

BlobWriter::BlobWriter(fs::path root, fs::path tmp, int fd)
    : root_(std::move(root)), tmp_(std::move(tmp)), fd_(fd) {}

BlobWriter::BlobWriter(BlobWriter&& o) noexcept
    : root_(std::move(o.root_)),
      tmp_(std::move(o.tmp_)),
      fd_(o.fd_),
      size_(o.size_),
      head_(std::move(o.head_)),
      hash_(std::move(o.hash_)) {
    o.fd_ = -1;
    o.tmp_.clear();
}

BlobWriter::~BlobWriter() {
    discard();
}

void BlobWriter::discard() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!tmp_.empty()) {
        cleanup::remove(tmp_);
        tmp_.clear();
    }
}

tl::expected<BlobWriter, Error> BlobWriter::create(const fs::path& root) {
    std::error_code ec;
    fs::path dir = root / ".tmp";
    fs::create_directories(dir, ec);
    // Unique per process and call: pid + a counter; O_EXCL guards against leftovers.
    static std::atomic<unsigned long> counter{0};
    for (int attempt = 0; attempt < 100; ++attempt) {
        fs::path tmp =
            dir / ("blob-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        // Registered first, so that a signal never leaves it behind (model/cleanup).
        cleanup::track(tmp);
        int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) return BlobWriter(root, tmp, fd);
        const int err = errno;
        cleanup::forget(tmp);
        if (err != EEXIST) break;
    }
    return tl::make_unexpected(Error{"工作区无法写入（" + dir.string() + "）"});
}

tl::expected<void, Error> BlobWriter::write(const void* data, size_t n) {
    if (fd_ < 0) return tl::make_unexpected(Error{"内部错误：写入已结束的临时文件"});
    const char* p = static_cast<const char*>(data);
    if (head_.size() < 65536) head_.append(p, std::min(n, 65536 - head_.size()));
    hash_.update(p, n);
    size_ += n;
    while (n > 0) {
        ssize_t w = ::write(fd_, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return tl::make_unexpected(
                Error{errno == ENOSPC ? "工作区磁盘空间不足" : "工作区写入失败"});
        }
        p += w;
        n -= static_cast<size_t>(w);
    }
    return {};
}

tl::expected<std::string, Error> BlobWriter::commit() {
    if (fd_ < 0) return tl::make_unexpected(Error{"内部错误：重复提交临时文件"});
    std::string sha = hash_.hex_final();
    if (::close(fd_) != 0) {
        fd_ = -1;
        discard();
        return tl::make_unexpected(Error{"工作区写入失败"});
    }
    fd_ = -1;
    fs::path dest = blob_path(root_, sha);
    std::error_code ec;
    if (fs::exists(dest, ec) && fs::file_size(dest, ec) == size_) {
        discard();  // same content already stored
        return sha;
    }
    fs::create_directories(dest.parent_path(), ec);
    fs::rename(tmp_, dest, ec);
    if (ec) {
        discard();
        return tl::make_unexpected(Error{"工作区写入失败（" + dest.string() + "）"});
    }
    cleanup::forget(tmp_);
    tmp_.clear();
    return sha;
}

}  // namespace dossier
