// Helpers for end-to-end tests that run the real `dossier` binary on inboxes made in the test.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace dossier::test {

// A fresh directory under /tmp, removed when the object goes away.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() /
               ("dossier-test-" + std::to_string(rd()) + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::filesystem::path operator/(const std::string& p) const { return path / p; }
};

inline void write(const std::filesystem::path& p, std::string_view bytes) {
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Result {
    int code = -1;
    std::string out;
};

// Runs a shell command line, capturing stdout (stderr passes through).
inline Result run(const std::string& cmd) {
    Result r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 8192> buf;
    size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int st = ::pclose(p);
    r.code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

inline std::string q(const std::filesystem::path& p) {
    // Appended rather than "'" + p.string() + "'", which trips GCC 12's -Wrestrict false positive.
    std::string s = "'";
    s += p.string();
    s += '\'';
    return s;
}

inline std::string dossier_cmd() {
    return std::string("'") + DOSSIER_BIN + "'";
}

}  // namespace dossier::test
