// The one door through which files enter (or leave) the inbox. The pipeline never writes into the
// inbox (design.md §5); only the intake front ends do — portal uploads and withdrawals
// (server/), mail fetched over IMAP (`fetch-mail`) — and they all go through here, so every file
// appears in the inbox complete, under a safe name, and never replaces another.
//
// Errors: add_to_inbox throws Fatal(kInput) naming the folder when it cannot be created or
// written; sanitize_file_name never fails (an empty or all-forbidden name becomes the fallback).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace dossier {

// A client's or a mail's file name made safe to create in the inbox: decoded as UTF-8 (invalid
// bytes replaced), NFC, the last path component only (both / and \ are separators), without
// C0/C1 controls, bidi and other invisible controls, NUL; no leading dots or spaces, no trailing
// dots or spaces; not a reserved name (".", "..", CON, PRN, AUX, NUL, COM1–9, LPT1–9, any case,
// with or without extension: prefixed with "_"); at most 200 bytes, cut at a character boundary
// keeping the extension. `fallback` when nothing is left (e.g. "上传文件").
std::string sanitize_file_name(std::string_view name, std::string_view fallback = "文件");

// Moves `temp` — a complete, closed file the caller wrote (in the workspace) — into `dir`
// (created when missing, with its parents) as `name` (already sanitised), never replacing a file
// that is there: on a clash the name gets " (2)", " (3)", … before the extension. The file
// appears in `dir` atomically (hard link + unlink on the same filesystem; across filesystems a
// copy into a hidden ".dossier-intake-*" temporary in `dir`, fsync, then the same no-replace
// link). Returns the final path. `temp` is gone afterwards.
std::filesystem::path add_to_inbox(const std::filesystem::path& temp,
                                   const std::filesystem::path& dir, std::string_view name);

// Removes what a killed intake left behind: hidden ".dossier-intake-*" temporaries below `inbox`.
// Returns how many were removed.
int clean_intake_leftovers(const std::filesystem::path& inbox);

}  // namespace dossier
