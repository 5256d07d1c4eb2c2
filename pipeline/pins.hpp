// Pins: a clerk's decisions about one file, stored by content hash in the workspace (Store's
// `pins` table and `pins.tsv`), so they survive re-runs and renames and always win:
//   - indicator     the leaf the file proves (classification takes it as is);
//   - date          its publication date, or "unknown" (the date finder is overruled:
//                   `published` = the date or null, `date_source` = "pin");
//   - not_evidence  the file is not evidence (the clerk's reason): it leaves files[] and the
//                   package and is listed in rejected[] with "人工标记为非证据：<reason>".
// The one door for both front ends: `dossier assign` (cli/cmd_assign.cpp) and the portal's
// `POST /api/pins` call apply_pin / remove_pin, so CLI pins and portal pins are the same pins.
//
// Both open the workspace's Store themselves, waiting up to kPinLockWait while another process
// (a build in `serve` or `watch`) holds it, then Fatal(kInput) "工作区正在被另一个 dossier
// 进程使用（可能正在构建），请稍后再试". Bad requests are Fatal(kUsage) with a Chinese message
// (unknown indicator, a date that does not parse, nothing to pin, a file that cannot be found).
// Not thread-safe against itself within one process beyond what the workspace lock gives (two
// concurrent calls in one process: the second waits for the first's lock like another process).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "model/catalog.hpp"
#include "pipeline/store.hpp"

namespace dossier {

// How long apply_pin / remove_pin wait for a workspace held by another process.
inline constexpr std::chrono::milliseconds kPinLockWait{10000};

// The user recorded for pins made on the command line.
inline constexpr const char* kCliUser = "命令行";

// The rejected[] reason of a not-evidence pin: "人工标记为非证据：<reason>".
std::string not_evidence_reason(const std::string& reason);

// What a pin holds, for people: "4.3 解读关联；发布日期 2020-08-11；非证据（理由：…）".
std::string describe_pin(const Catalog& catalog, const Pin& pin);
// Who changed it and when: "命令行，北京时间 2026-12-05 21:40".
std::string pin_by_when(const Pin& pin);

struct PinRequest {
    std::string file;                         // path, inbox-relative source or sha256 prefix
    std::optional<std::string> indicator;     // catalog id (a leaf)
    std::optional<std::string> date;          // "YYYY-MM-DD" (any form Date::parse_typed takes)
                                              // or "unknown"
    std::optional<std::string> not_evidence;  // the clerk's reason (non-empty)
    std::string user;                         // who (portal user, or kCliUser; empty = kCliUser)
    // Whether `file` may also name a file on disk (hashed then): the CLI only. The portal sends
    // ids (sha256 prefixes) or inbox-relative sources, which the workspace's files table knows.
    bool allow_disk_path = false;
    // The content as the caller's last run knew it (the portal's snapshot: full sha256 and
    // source). Needed for a member of an archive or mail, which the files table does not list.
    std::string known_sha256, known_source;
};

struct PinResult {
    std::string sha256, source;
    std::string message;  // Chinese, one line
    // The pin as stored after the call; nullopt when the file has no pin left (remove_pin).
    std::optional<Pin> pin;
    bool changed = true;  // remove_pin: false when there was nothing to remove
};

// Which part of a pin remove_pin takes away (nullopt there: the whole pin).
enum class PinPart { indicator, date, not_evidence };
// "indicator", "date", "not-evidence" (also "not_evidence") → the part; nullopt otherwise.
std::optional<PinPart> parse_pin_part(std::string_view s);

// Validates (indicator known to the catalog as a leaf, date parses, at least one field), resolves
// the file, and stores the pin: the given parts replace those parts of an existing pin, the
// others are kept. Fatal(kUsage/kInput) with a Chinese message otherwise. Opens the workspace's
// Store itself.
PinResult apply_pin(const std::filesystem::path& workspace, const Catalog& catalog,
                    const PinRequest& request);

// Removes one part (indicator, date, not_evidence) or, with nullopt, all of a file's pin (undo).
// `file` as in PinRequest (a sha256 prefix also finds pins of files no longer in the inbox).
PinResult remove_pin(const std::filesystem::path& workspace, const std::string& file,
                     std::optional<PinPart> part = std::nullopt, const std::string& user = {},
                     bool allow_disk_path = false);

}  // namespace dossier
