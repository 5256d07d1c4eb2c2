// Read-only access to the members of a zip-based document (OOXML, OFD) through libzip.
// Owns the zip_t handle; one instance per extract() call (not shared between threads).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <zip.h>
#include <tl/expected.hpp>

#include "extractors/deadline.hpp"
#include "model/record.hpp"

namespace dossier {

class ZipPackage {
  public:
    // Members larger than this (uncompressed) are refused: a document part that big is a bomb.
    static constexpr uint64_t kMaxMember = 200ull * 1024 * 1024;

    // Opens read-only. Error "文档已损坏（不是有效的 ZIP 包：…）" when libzip refuses it.
    // Every read() checks `deadline` (throws TimeLimitExceeded once it has passed).
    static tl::expected<ZipPackage, Error> open(const std::filesystem::path& path,
                                                Deadline deadline = {});

    const Deadline& deadline() const { return deadline_; }

    // Member names in archive order.
    const std::vector<std::string>& names() const { return names_; }
    // Exact name lookup; also accepts a leading '/', backslashes and a case mismatch, which OFD
    // writers produce.
    bool has(std::string_view name) const;
    // The member's bytes. Errors (Chinese, complete sentences for a clerk): missing member
    // "文档已损坏（缺少 NAME）", over kMaxMember "文档中的 NAME 解压后超过 200 MB，已拒绝" (checked
    // on the declared size before anything is inflated), unreadable "文档已损坏（NAME
    // 无法读取：…）".
    tl::expected<std::string, Error> read(std::string_view name) const;

  private:
    struct Closer {
        void operator()(zip_t* z) const { zip_discard(z); }
    };
    ZipPackage(zip_t* z, Deadline deadline);
    int64_t locate(std::string_view name) const;

    std::unique_ptr<zip_t, Closer> zip_;
    std::vector<std::string> names_;
    Deadline deadline_;
};

// Resolves a part reference `loc` found in the part `base_part` ("Doc_0/Document.xml"): absolute
// ("/Doc_0/Pages/Page_0/Content.xml") from the package root, else relative to base_part's folder;
// "." and ".." segments are folded.
std::string resolve_part(std::string_view base_part, std::string_view loc);

}  // namespace dossier
