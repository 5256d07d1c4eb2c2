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
    // At most this much of one part is inflated (docs/robustness.md "memory"): a real document's
    // largest XML part is a few MB; a 195 MiB document.xml in a 600 KB docx is an attack. pugixml
    // builds a tree of up to ~7× the XML it parses, so this also bounds the parse.
    static constexpr uint64_t kMaxPart = 32ull * 1024 * 1024;

    // Opens read-only. Error "文档已损坏（不是有效的 ZIP 包：…）" when libzip refuses it.
    // Every read() checks `deadline` (throws TimeLimitExceeded once it has passed).
    static tl::expected<ZipPackage, Error> open(const std::filesystem::path& path,
                                                Deadline deadline = {});

    const Deadline& deadline() const { return deadline_; }

    // Member names in archive order.
    const std::vector<std::string>& names() const { return names_; }
    // The largest size a member declares (uncompressed; not trusted, an estimate only).
    uint64_t largest_declared() const;
    // Exact name lookup; also accepts a leading '/', backslashes and a case mismatch, which OFD
    // writers produce.
    bool has(std::string_view name) const;
    // The member's bytes, at most kMaxPart of them: inflating stops there whatever the member
    // declares. With `truncated`, a longer member gives its first kMaxPart bytes and sets
    // *truncated; without it, a member declaring more than kMaxPart (or found longer while
    // inflating) is an Error "文档中的 NAME 解压后超过 32 MB，已拒绝". Other errors (Chinese,
    // complete sentences for a clerk): missing member "文档已损坏（缺少 NAME）", unreadable
    // "文档已损坏（NAME 无法读取：…）".
    tl::expected<std::string, Error> read(std::string_view name, bool* truncated = nullptr) const;

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
