// Exit codes and the one user-facing, run-ending error type (design.md §4). Shared by the stages,
// the packager's verify and both front ends, so that a code means the same thing everywhere
// (OCRmyPDF keeps its ExitCode beside its exceptions for the same reason).
//
// A Fatal is thrown only for problems that end the run (inbox missing, OUT not writable, the
// catalog does not load, the workspace is held); a bad file is never Fatal, it is recorded as
// rejected and the run goes on. The CLI's one catch prints
// "dossier: 错误：<what>（<file>）：<hint>" and exits with `code`.
#pragma once

#include <stdexcept>
#include <string>

namespace dossier {

enum Exit : int {
    kOk = 0,          // done; verify: valid and complete
    kIncomplete = 1,  // check/verify: something is missing, late, weak or needs review
    kUsage = 2,       // bad command line
    kInput = 3,       // inbox/OUT/catalog/workspace unusable; verify: not a zip at all
    kDamaged = 4,     // verify: the package is damaged or tampered with
};

struct Fatal : std::runtime_error {
    Fatal(int code, std::string what, std::string file = {}, std::string hint = {})
        : std::runtime_error(std::move(what)),
          code(code),
          file(std::move(file)),
          hint(std::move(hint)) {}
    int code;
    std::string file;  // the path the problem is about, or empty
    std::string hint;  // what to try next (Chinese), or empty
};

}  // namespace dossier
