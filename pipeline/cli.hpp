// The command table: every `dossier <command>` is one entry built by a make_*_command() function
// in its own cmd_*.cpp file. cli.cpp lists them; that list also drives --help.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/catalog.hpp"
#include "model/date.hpp"

namespace dossier {

// Exit codes (design.md §4).
enum Exit : int { kOk = 0, kIncomplete = 1, kUsage = 2, kInput = 3, kDamaged = 4 };

// A run-ending problem; the one catch in main() prints
// "dossier: error: <what> (<file>): <hint>" and exits with `code`.
struct Fatal : std::runtime_error {
    Fatal(int code, std::string what, std::string file = {}, std::string hint = {})
        : std::runtime_error(std::move(what)),
          code(code),
          file(std::move(file)),
          hint(std::move(hint)) {}
    int code;
    std::string file;
    std::string hint;
};

// Options shared by the commands (filled by CLI11 before the command runs).
struct CommonOptions {
    std::string catalog;  // empty = bundled
    std::string workspace = ".dossier";
    std::string unit;   // empty = whole county
    std::string as_of;  // empty = SOURCE_DATE_EPOCH date, else today
    int jobs = 0;       // 0 = number of cores
    double settle = 2.0;
    int time_limit = 120;  // seconds per file in the extract stage
    bool json = false;
    bool quiet = false;

    // Resolved values (throw Fatal with kInput / kUsage on failure).
    Catalog load_catalog() const;
    Date resolved_as_of() const;
    int resolved_jobs() const;
};

// Adds --catalog --workspace --unit --as-of --jobs --settle --time-limit --json --quiet to a
// subcommand.
void add_common_options(CLI::App& sub, CommonOptions& common);

struct Command {
    const char* name;
    const char* help;  // Chinese, one line
    // Declares the subcommand's own options on `sub` and returns the action to run after parsing.
    std::function<std::function<int()>(CLI::App& sub, CommonOptions& common)> setup;
};

// One per cmd_*.cpp.
Command make_build_command();
Command make_check_command();
Command make_verify_command();
Command make_extract_command();
Command make_ingest_command();
Command make_watch_command();
Command make_catalog_command();
Command make_explain_command();
Command make_assign_command();

// Parses argv and runs the command; returns the exit code. Never throws.
int run_cli(int argc, char** argv);

}  // namespace dossier
