// A private temporary directory (mkdtemp under the system temp dir), removed with everything in it
// when the object goes away. path() is empty when it could not be created.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>
#include <string_view>

namespace dossier {

class TempDir {
  public:
    // `prefix` names the folder, e.g. "dossier-lo" → /tmp/dossier-lo-Ab12Cd.
    explicit TempDir(std::string_view prefix) {
        std::string tmpl =
            (std::filesystem::temp_directory_path() / (std::string(prefix) + "-XXXXXX")).string();
        if (::mkdtemp(tmpl.data())) path_ = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        if (!path_.empty()) std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

}  // namespace dossier
