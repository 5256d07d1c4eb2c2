// A private temporary directory (mkdtemp under the system temp dir), removed with everything in it
// when the object goes away — folders inside left without permissions included. path() is empty
// when it could not be created.
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
        if (path_.empty()) return;
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
        if (!ec) return;
        make_traversable(path_);
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    // Gives the owner every permission on `dir` and the folders below it, so that remove_all can
    // enter and empty them (a test, or an archive's entry modes, may have taken them away).
    static void make_traversable(const std::filesystem::path& dir) {
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_directory(ec) && !it->is_symlink(ec)) make_traversable(it->path());
    }

    std::filesystem::path path_;
};

}  // namespace dossier
