// One face of a TrueType collection (.ttc) as a standalone .ttf: PoDoFo 0.9.8 can subset a single
// TrueType face but throws on a collection (see shared/facts/libraries.md).
#pragma once

#include <filesystem>

#include <tl/expected.hpp>

#include "model/record.hpp"

namespace dossier::font {

// The CJK font the PDF index embeds (Debian fonts-wqy-microhei).
inline constexpr const char* kDefaultCollection = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

// Copies face `face` of the collection `ttc` into `out_ttf` (TTC header → that face's table
// directory → tables copied and re-addressed, 4-byte aligned). A plain .ttf is copied as is.
// Error (Chinese) when the file is missing or not a TrueType font.
tl::expected<void, Error> extract_face(const std::filesystem::path& ttc, int face,
                                       const std::filesystem::path& out_ttf);

}  // namespace dossier::font
