// Text encodings: UTF-8 validation, GB18030/GBK/Big5/UTF-16 → UTF-8 (ICU), and the manifest's
// escaping of bytes that are not UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dossier::encoding {

bool is_valid_utf8(std::string_view s);

// Converts bytes in `charset` (an ICU converter name: "GB18030", "Big5", "UTF-16LE", ...) to UTF-8.
// nullopt when the converter is unknown or the bytes are not valid in that charset.
std::optional<std::string> to_utf8(std::string_view bytes, const char* charset);

// Valid UTF-8 stays as it is; otherwise each byte that is not part of a valid UTF-8 sequence is
// written as the four characters \xNN (lowercase hex). Used for manifest `source` fields.
std::string escape_invalid_utf8(std::string_view s);

// Name bytes from an archive or file system: valid UTF-8 unchanged, else decoded as GB18030
// (zips from Chinese Windows), else escaped. `decoded` (optional) is set when GB18030 was used.
std::string name_to_utf8(std::string_view raw, bool* decoded = nullptr);

}  // namespace dossier::encoding
