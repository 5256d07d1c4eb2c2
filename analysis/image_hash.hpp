// Image fingerprints for near-duplicate detection: a 64-bit difference hash (dHash) computed with
// Leptonica — the picture in grey, area-averaged down to 9×8, one bit per horizontally adjacent
// pair (left brighter than right). A re-save (JPEG quality, PNG↔JPEG, a small rescale) moves it
// by a few bits; a different picture by ~32. Coarse on purpose: two screenshots of one portal
// template may agree too, so callers combine it with the text fingerprint.
// Reads the file itself; images larger than kMaxHashPixels (by their header) are not decoded.
// Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>

namespace dossier {

inline constexpr uint64_t kMaxHashPixels = 60'000'000;

// The dHash of the image file at `path` (any format Leptonica reads; a TIFF's first page), or
// nullopt when it cannot be read or is too large.
std::optional<uint64_t> image_dhash(const std::filesystem::path& path);

}  // namespace dossier
