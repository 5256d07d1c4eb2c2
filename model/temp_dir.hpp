// A private temporary directory (mkdtemp under the system temp dir), removed with everything in it
// when the object goes away — folders inside left without permissions included — or, when a
// signal ends the process first, by the signal watcher (model/cleanup). path() is empty when it
// could not be created.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "model/cleanup.hpp"

namespace dossier {

class TempDir {
  public:
    // `prefix` names the folder, e.g. "dossier-lo" → /tmp/dossier-lo-Ab12Cd.
    explicit TempDir(std::string_view prefix)
        : path_(cleanup::make_temp_dir(std::string(prefix))) {}
    ~TempDir() {
        if (!path_.empty()) cleanup::remove(path_);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace dossier
