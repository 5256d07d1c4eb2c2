// BagIt (RFC 8493) tag files of one archive: bagit.txt, bag-info.txt, manifest-sha256.txt and
// tagmanifest-sha256.txt. LF endings, lines "<lowercase hex>  <path>" sorted by path.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "packager/view.hpp"

namespace dossier::bagit {

struct Payload {
    std::string path;    // "data/…"
    std::string sha256;  // lowercase hex, computed at scan (not re-hashed here)
    uint64_t size = 0;
};

struct TagFiles {
    std::string bagit_txt;
    std::string bag_info_txt;
    std::string manifest_txt;
};

// RFC 8493 §2.1.3: CR, LF and '%' in a manifest path are percent-encoded.
std::string encode_path(std::string_view path);
std::string decode_path(std::string_view path);

// bag-info.txt carries Source-Organization, Bagging-Date (= as_of), Payload-Oxum, Bag-Count (split
// packages), Bag-Group-Identifier, Catalog-Id, Unit and Deadline (window end).
TagFiles make_tag_files(const PackageView& view, std::vector<Payload> payload);

// tagmanifest-sha256.txt over the given (name, content) tag files and indexes.
std::string tag_manifest(std::vector<std::pair<std::string, const std::string*>> files);

}  // namespace dossier::bagit
