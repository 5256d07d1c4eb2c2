// Streaming SHA-256 (OpenSSL EVP) and whole-file hashing: the content identity of every file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "model/record.hpp"

struct evp_md_ctx_st;

namespace dossier {

// One running digest. Not copyable; not thread-safe (one per thread/file).
class Sha256 {
  public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;

    void update(const void* data, size_t n);
    void update(std::string_view s) { update(s.data(), s.size()); }
    // Lowercase hex of the digest. Ends this digest: call reset() before reusing.
    std::string hex_final();
    void reset();

  private:
    struct Free {
        void operator()(evp_md_ctx_st* c) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> ctx_;
};

std::string sha256_hex(std::string_view data);

// What reading a file once gives the scanner: its digest, length and first bytes.
struct FileDigest {
    std::string sha256;
    uint64_t size = 0;
    std::string head;  // up to `head_bytes` first bytes (for magic::sniff)
};

// Reads the file once (O_RDONLY | O_NOFOLLOW | O_NONBLOCK, regular files only; the file is never
// written). Errors (Chinese): permission denied → "无法读取（权限不足）", vanished →
// "文件在处理过程中被删除或移动", not a regular file, I/O error. Thread-safe.
tl::expected<FileDigest, Error> digest_file(const std::filesystem::path& path,
                                            size_t head_bytes = 65536);

}  // namespace dossier
