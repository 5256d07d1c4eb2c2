// manifest.json (design.md §4, schema "dossier.manifest/1"): the machine-readable index of one
// archive. Pure function of the view; deterministic (fixed key order, no clock).
#pragma once

#include <string>

#include "packager/view.hpp"

namespace dossier {

inline constexpr const char* kManifestSchema = "dossier.manifest/1";

// UTF-8, LF, 2-space indent, keys in a fixed order. `files[]` lists every FileRecord (packaged or
// not; in a split package every part carries the full list, each packaged file with its "part"),
// `indicators[]` one entry per catalog node in catalog order. Never throws on bad bytes: sources
// are escaped with encoding::escape_invalid_utf8 and any other invalid UTF-8 is replaced.
std::string manifest_json(const PackageView& view);

}  // namespace dossier
