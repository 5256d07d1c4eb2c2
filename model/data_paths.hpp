// Where the bundled data (catalogs, calendars) lives, so that the built `dossier` binary finds it
// from any working directory, installed or not (design.md §4 "Finding its data").
#pragma once

#include <filesystem>
#include <vector>

namespace dossier {

// The directories searched, in order: $DOSSIER_DATA (when set and non-empty),
// <exe>/../share/dossier (exe from /proc/self/exe), the source tree's manifests/ (compiled in as
// DOSSIER_SOURCE_DATA_DIR), then the configured install directory. Never throws.
std::vector<std::filesystem::path> data_dir_candidates();

// The first candidate that exists: $DOSSIER_DATA is taken as soon as it is an existing directory
// (the user asked for it); the others only when they hold the bundled catalog
// (langfang-2020.yaml). When none fits, the source-tree directory is returned so that error
// messages name a sensible path. Never throws; thread-safe (reads the environment only).
std::filesystem::path data_dir();

}  // namespace dossier
