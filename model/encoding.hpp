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

// Characters of a name that show nothing, or change the order in which the rest is shown:
// C0/C1 controls and DEL; zero-width characters and direction marks (U+200B–U+200F, U+2060–
// U+2064, U+061C); bidi embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069);
// U+FEFF; the line and paragraph separators U+2028/U+2029. "关于<U+202E>fdp.txt" shows as
// "关于txt.pdf".
bool is_invisible_control(char32_t c);

// True for the invisible controls that are formatting, not C0/C1 controls: the packager drops
// these from names, where it writes '_' for a control character.
bool is_format_control(char32_t c);

// The invisible controls in a name (decoded as name_to_utf8 does), each once, in order of
// appearance, as "U+202E、U+200B"; empty when there are none.
std::string invisible_controls(std::string_view name);

}  // namespace dossier::encoding
