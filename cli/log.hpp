// Log lines for the long-running commands (watch, serve) and for -v:
// "2026-12-05 10:20:01 信息  <what happened>", the level in Chinese (详细 / 信息 / 警告 / 错误),
// flushed at once so a clerk watching the terminal, or journald, sees each line as it happens.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <spdlog/logger.h>

#include "pipeline/run.hpp"

namespace dossier {

// A logger writing to `to` (stdout or stderr); debug lines only when `verbose`.
std::shared_ptr<spdlog::logger> make_log(const std::string& name, bool verbose, std::FILE* to);

// The debug line that says what one run did: files, extracted vs cached, OCR pages, time.
void log_run_details(spdlog::logger& log, const RunResult& r);

// Fetches mail into the inbox (intake/mail_fetch) and logs one line per saved message, each
// warning, and an error — never thrown: watch and serve go on and try again at the next interval.
void fetch_mail_logged(spdlog::logger& log, const std::filesystem::path& config,
                       const std::filesystem::path& inbox, const std::filesystem::path& workspace,
                       const Catalog& catalog);

}  // namespace dossier
