// The command table: every `dossier <command>` is one entry built by a make_*_command() function
// in its own cmd_*.cpp file. cli.cpp lists them; that list also drives --help.
#pragma once

#include <filesystem>
#include <functional>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "model/catalog.hpp"
#include "model/date.hpp"
#include "model/error.hpp"
#include "pipeline/run.hpp"
#include "pipeline/run_options.hpp"

namespace dossier {

// Options shared by the commands (filled by CLI11 before the command runs): the pipeline's
// RunOptions (turned into a RunConfig by make_run_config) plus how the CLI prints.
struct CommonOptions : RunOptions {
    bool json = false;
    bool quiet = false;
    bool verbose = false;  // -v: the detail log lines on stderr (watch: stdout)
};

// Adds --catalog --workspace --unit --as-of --jobs --settle --time-limit --json --quiet
// --verbose to a subcommand.
void add_common_options(CLI::App& sub, CommonOptions& common);

// Runs the pipeline with the progress line on stderr (none with --quiet or --json), then, with
// --verbose, the detail log lines on stderr.
RunResult run_with_progress(const RunConfig& cfg, const Catalog& catalog,
                            const CommonOptions& common);

// The few lines --quiet keeps of the terminal report: the score, the indicator counts and the
// material counts (report_text's summary lines, uncoloured).
std::string quiet_summary(const std::string& report_text);

// Prints a JSON document to stdout as every command does: two-space indent, invalid UTF-8
// replaced (never throws for it), one trailing newline. Json: nlohmann::json or ordered_json.
template <class Json>
void print_json(const Json& j) {
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

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
Command make_serve_command();
Command make_user_command();
Command make_fetch_mail_command();

// Parses argv and runs the command; returns the exit code. Never throws.
int run_cli(int argc, char** argv);

}  // namespace dossier
