// Small byte-level string helpers that std does not have, written once for every folder. For
// anything Unicode-aware (NFKC, white space beyond ASCII, case of non-ASCII letters) use ICU; for
// joining use fmt::join; for prefixes and suffixes std::string_view::starts_with / ends_with.
// All functions are pure and thread-safe; UTF-8 input passes through unchanged byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace dossier::text {

inline constexpr std::string_view kAsciiSpace = " \t\n\v\f\r";

// ASCII A–Z lowered; every other byte (UTF-8 included) unchanged.
std::string ascii_lower(std::string_view s);

// `s` without leading and trailing bytes found in `chars` (default: ASCII white space).
std::string_view trim(std::string_view s, std::string_view chars = kAsciiSpace);

// ASCII case-insensitive ends_with: iends_with("报告.PDF", ".pdf") is true.
bool iends_with(std::string_view s, std::string_view suffix);

// The last component of a '/'-separated path: "市财政局/a.zip!/b/c.pdf" → "c.pdf".
std::string_view base_name(std::string_view path);

// The lowercased extension of the last path component, without the dot: "x/报告.PDF" → "pdf";
// empty when the name has no dot or only a leading one (".DS_Store").
std::string extension(std::string_view path);

// Terminal / spreadsheet columns a code point takes: 2 for East Asian wide and fullwidth
// characters (ICU's East_Asian_Width W or F), 1 otherwise.
int columns_of(char32_t c);

// Columns a UTF-8 string takes (invalid bytes count 1 each).
int display_columns(std::string_view s);

// The code points of a UTF-8 string (invalid bytes become U+FFFD).
std::u32string code_points(std::string_view utf8);

// The UTF-8 string of code points (the inverse of code_points).
std::string utf8_of(std::u32string_view cps);

// Optimal-string-alignment edit distance: characters replaced, inserted, dropped, or two
// neighbours swapped, each one edit ("biuld" is one edit from "build").
size_t edit_distance(std::u32string_view a, std::u32string_view b);

}  // namespace dossier::text
