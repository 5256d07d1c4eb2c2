// Helpers shared by the libFuzzer targets: a per-process scratch directory and writing the fuzz
// input to a file in it (most of our readers take a path, not bytes).
//
// Ownership: the directory is created on first use and removed by a static destructor at exit.
// Threading: libFuzzer calls LLVMFuzzerTestOneInput on one thread; these helpers are not
// thread-safe and need not be. With -jobs/-fork each process has its own directory (pid in name).
#pragma once

#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace dossier::fuzz {

class ScratchDir {
  public:
    ScratchDir() {
        std::error_code ec;
        path_ = std::filesystem::temp_directory_path(ec);
        if (ec) path_ = "/tmp";
        path_ /= "dossier-fuzz-" + std::to_string(::getpid());
        std::filesystem::create_directories(path_, ec);
        if (ec) std::abort();  // the harness itself cannot run: not a finding
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
};

inline const std::filesystem::path& scratch() {
    static ScratchDir dir;
    return dir.path();
}

// Writes `bytes` to scratch()/name (truncating) and returns the path.
inline std::filesystem::path write_input(std::string_view name, std::string_view bytes) {
    std::filesystem::path p = scratch() / std::string(name);
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) std::abort();  // disk full etc.: the harness cannot run
    return p;
}

}  // namespace dossier::fuzz
