// The workspace's content-addressed blob store: <root>/<sha256[0:2]>/<sha256>. Bytes are streamed
// into a temporary file (<root>/.tmp/) while being hashed, then renamed into place, so a blob that
// exists under its name is always complete (a killed run leaves only a temp file behind).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "model/sha256.hpp"
#include "model/record.hpp"

namespace dossier {

// Where the blob with this digest lives under `root` (whether or not it exists).
std::filesystem::path blob_path(const std::filesystem::path& root, const std::string& sha256);

// Writes one blob. Create, write() any number of times, then commit() or drop it (the destructor
// removes an uncommitted temp file). Each writer owns its own temp file, so writers on different
// threads may share a root.
class BlobWriter {
  public:
    // Error (Chinese) when the temp file cannot be created (workspace not writable).
    static tl::expected<BlobWriter, Error> create(const std::filesystem::path& root);
    ~BlobWriter();
    BlobWriter(BlobWriter&&) noexcept;
    BlobWriter& operator=(BlobWriter&&) = delete;
    BlobWriter(const BlobWriter&) = delete;

    tl::expected<void, Error> write(const void* data, size_t n);
    uint64_t size() const { return size_; }
    const std::string& head() const { return head_; }  // first 64 KiB written
    // Finishes the digest and renames the temp file to blob_path(root, sha) (an existing blob with
    // that name is kept). Returns the digest.
    tl::expected<std::string, Error> commit();

  private:
    BlobWriter(std::filesystem::path root, std::filesystem::path tmp, int fd);
    void discard();
    std::filesystem::path root_, tmp_;
    int fd_ = -1;
    uint64_t size_ = 0;
    std::string head_;
    Sha256 hash_;
};

}  // namespace dossier
