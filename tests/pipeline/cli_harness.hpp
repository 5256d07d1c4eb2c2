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

#include "common/files.hpp"

namespace dossier::test {

// Its scratch folders, writer and reader are the shared ones (tests/common/files.hpp); `TempDir`
// keeps the name the end-to-end tests use.
struct TempDir : Scratch {
    TempDir() : Scratch("dossier-test") {}
};

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
