// Test helpers every test program shares (ninja's src/test.h): a scratch folder, and writing and
// reading whole files. Header-only; include as "common/files.hpp".
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/temp_dir.hpp"

namespace dossier::test {

// A fresh private folder under the system temp dir (the model's TempDir: mkdtemp), removed with
// everything in it when the object goes away — even folders a test made unreadable.
class Scratch : public TempDir {
  public:
    explicit Scratch(std::string_view prefix = "dossier-test") : TempDir(prefix) {
        if (path().empty()) throw std::runtime_error("cannot create a temporary folder");
    }
    std::filesystem::path operator/(std::string_view p) const { return path() / p; }
};

// Writes `bytes` to `p`, creating its folders; replaces an existing file.
inline void write(const std::filesystem::path& p, std::string_view bytes) {
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The whole content of `p` ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace dossier::test
