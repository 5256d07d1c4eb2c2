// One member of a zip read into memory: what the portal shows of a package (its index.html)
// without extracting it. Read-only; thread-safe (each call opens its own handle).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace dossier {

// The bytes of member `name` (exact, UTF-8 as stored) of `zip`, or nullopt when the zip cannot be
// opened, has no such member, the member is larger than `max_bytes`, or reading it fails.
std::optional<std::string> read_zip_member(const std::filesystem::path& zip, const std::string& name,
                                           uint64_t max_bytes);

}  // namespace dossier
