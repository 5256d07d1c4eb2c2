// Decoding text of unknown encoding to UTF-8 for the text and HTML extractors: BOM, a declared
// charset, valid UTF-8, then uchardet's guess; conversion through model/encoding.hpp (ICU).
// Pure functions, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dossier::charset {

// Maps a charset label from a document ("gb2312", "GBK", "x-gbk", "utf8", "big5-hkscs"…) to the
// ICU converter name to decode with. GB2312 and GBK are read as GB18030, their superset (pages
// labelled gb2312 routinely contain GBK-only characters). Empty when the label is unknown.
std::string canonical(std::string_view label);

// uchardet's guess for the bytes, canonicalised; empty when it has none. "ASCII" is returned as
// "UTF-8".
std::string detect(std::string_view bytes);

// Converts with U+FFFD for invalid sequences (never fails for a known converter; nullopt only for
// an unknown converter name).
std::optional<std::string> to_utf8_lossy(std::string_view bytes, const char* charset);

struct Decoded {
    std::string text;      // UTF-8, BOM removed
    std::string charset;   // what was used, e.g. "UTF-8", "GB18030", "Big5", "UTF-16LE"
    bool guessed = false;  // charset came from detection, not a BOM or declaration
    bool lossy = false;    // some bytes were invalid and replaced by U+FFFD
};

// Decodes `bytes`: BOM first; then `declared` (from <meta charset> or a MIME header) when it
// converts cleanly; then valid UTF-8; then uchardet's guess, then GB18030 and Big5 strictly; as a
// last resort GB18030 with replacement characters (lossy = true). nullopt when the bytes look
// binary (NUL bytes without a UTF-16 BOM), i.e. nothing decodes to text.
std::optional<Decoded> decode(std::string_view bytes, std::string_view declared = {});

}  // namespace dossier::charset
