// Thumbnails for GET /api/files/{id}/thumbnail (design.md §6): page 1 of a file as a PNG at most
// 320 px wide (`?size=large`: 1000 px, the review queue's readable view) — Leptonica for images, Poppler's page_renderer for PDFs, the PDF LibreOffice makes
// (`soffice --headless --convert-to pdf`, killed at the time limit) for Office/WPS files, and a
// plain card with the type's Chinese label for everything else (or when rendering fails).
//
// ID-card, mobile and bank-card numbers found by the sensitive-content check (analysis/sensitive)
// are blurred: on a page with text the check runs on Poppler's word boxes of page 1 and each box
// holding a number is blurred; where no boxes are known (images, scanned pages) the whole
// thumbnail is blurred when the build found such numbers in the file — or has not read the file
// yet (a fresh upload), so nothing sensitive is ever shown unblurred.
//
// Cached by content hash (and whether the whole-image blur applied) under `thumbs_dir`; a cached
// thumbnail is returned without reading the file again. Never throws; thread-safe (each call has
// its own Poppler document, Leptonica images and LibreOffice profile; cache files appear by
// rename).
#pragma once

#include <chrono>
#include <filesystem>
#include <string>

namespace dossier {

inline constexpr int kThumbnailWidth = 320;  // px, the list's thumbnail
inline constexpr int kLargeWidth = 1000;     // px, readable (the review queue's page view)

struct ThumbnailSource {
    std::filesystem::path content;  // the file's bytes (inbox file or blob)
    std::string sha256;
    std::string name;  // the file's base name: its extension tells LibreOffice the format
    // What the last build knows of the file's sensitive numbers (any page): kUnknown before it
    // was read.
    enum Sensitivity { kUnknown, kNone, kFound } sensitivity = kUnknown;
    int width = kThumbnailWidth;  // at most this many pixels wide
};

// PNG bytes of the thumbnail (a card when the file cannot be rendered).
std::string thumbnail_png(const std::filesystem::path& thumbs_dir, const ThumbnailSource& src,
                          std::chrono::seconds office_time_limit);

// The label card alone (exposed for tests): `label` centred on a light card.
std::string card_png(const std::string& label);

}  // namespace dossier
