// CLI11 in the users' language: a help formatter that prints Chinese headings, type names and
// option groups, and the translation of CLI11's parse errors into one Chinese line each. Every
// English word CLI11 would print on its own (Usage, Options, REQUIRED, TEXT, "... is required",
// "The following argument was not expected", …) goes through here; cli.cpp wires it into the app.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace dossier {

// The heading every option of a command is listed under in --help.
inline constexpr const char* kOptionGroup = "选项";
// The heading the commands are listed under in `dossier --help`.
inline constexpr const char* kCommandGroup = "命令";

// A CLI11 formatter with Chinese labels (用法, 选项, 参数, 命令, 必填) and Chinese type names
// (文本, 整数, 数字) including validator ranges ("整数，1 至 256") and choices.
class ChineseFormatter : public CLI::Formatter {
  public:
    ChineseFormatter();
    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
    std::string make_option_opts(const CLI::Option* opt) const override;
    std::string make_description(const CLI::App* app) const override;
};

// The candidate closest to `word` (optimal-string-alignment edit distance, so a swapped pair of
// letters counts as one edit), or "" when none is within 2 edits and less than half the word.
std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates);

// One Chinese line (no "dossier: 错误：" prefix, no newline) for a CLI11 parse error that is not
// a request for help or the version. `sub` is the command being parsed, or null for the top level;
// it supplies the option names for "did you mean" and the type names for bad values.
std::string usage_error_message(const CLI::ParseError& e, const CLI::App* sub);

}  // namespace dossier
