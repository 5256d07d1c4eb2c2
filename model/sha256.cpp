#include "model/sha256.hpp"

#include <cerrno>
#include <string>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

namespace dossier {

void Sha256::Free::operator()(evp_md_ctx_st* c) const {
    EVP_MD_CTX_free(c);
}

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
    if (!ctx_) throw std::bad_alloc();
    reset();
}
Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::reset() {
    if (EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("EVP_DigestInit_ex(sha256) failed");
}

void Sha256::update(const void* data, size_t n) {
    if (n) EVP_DigestUpdate(ctx_.get(), data, n);
}

std::string Sha256::hex_final() {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx_.get(), md, &len);
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(len * 2);
    for (unsigned i = 0; i < len; ++i) {
        out += hex[md[i] >> 4];
        out += hex[md[i] & 0xF];
    }
    return out;
}

std::string sha256_hex(std::string_view data) {
    Sha256 h;
    h.update(data);
    return h.hex_final();
}

namespace {

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

  private:
    int fd_;
};

Error errno_error(int err) {
    switch (err) {
        case EACCES:
        case EPERM:
            return {"无法读取（权限不足）"};
        case ENOENT:
        case ENOTDIR:
            return {"文件在处理过程中被删除或移动"};
        case ELOOP:
            return {"符号链接，未处理（请放入文件本身）"};
        case EIO:
            return {"无法读取（磁盘读写错误）"};
        default:
            return {"无法读取（系统错误码 " + std::to_string(err) + "）"};
    }
}

}  // namespace

tl::expected<FileDigest, Error> digest_file(const std::filesystem::path& path, size_t head_bytes) {
    // O_NONBLOCK: a FIFO that slipped in between lstat and open must not hang the run.
    Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) return tl::make_unexpected(errno_error(errno));
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) return tl::make_unexpected(errno_error(errno));
    if (!S_ISREG(st.st_mode)) return tl::make_unexpected(Error{"不是普通文件，已忽略"});
#ifdef POSIX_FADV_SEQUENTIAL
    ::posix_fadvise(fd.get(), 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    FileDigest out;
    Sha256 h;
    std::vector<char> buf(1 << 16);
    for (;;) {
        ssize_t n = ::read(fd.get(), buf.data(), buf.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return tl::make_unexpected(errno_error(errno));
        }
        if (n == 0) break;
        if (out.head.size() < head_bytes)
            out.head.append(buf.data(),
                            std::min(static_cast<size_t>(n), head_bytes - out.head.size()));
        h.update(buf.data(), static_cast<size_t>(n));
        out.size += static_cast<uint64_t>(n);
    }
    out.sha256 = h.hex_final();
    return out;
}

}  // namespace dossier
