// Running a helper program (LibreOffice) under a time limit. The program runs in its own process
// group with stdin/stdout/stderr on /dev/null; the group is registered with model/cleanup (a
// signal that ends dossier kills it too) and killed when the program exits or the limit passes,
// so none of its helper processes outlives the call. Thread-safe; each call waits for its own
// child only.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace dossier {

struct SubprocessResult {
    int exit_code = -1;      // the program's exit status; -1 when it could not start, was killed
                             // by a signal, or timed out
    bool timed_out = false;  // killed at the limit
};

// Runs args[0] (looked up on PATH when it has no '/') with args[1..].
SubprocessResult run_limited(const std::vector<std::string>& args, std::chrono::seconds limit);

}  // namespace dossier
