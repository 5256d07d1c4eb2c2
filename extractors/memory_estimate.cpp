// How much memory extracting one file takes at its peak, estimated before it starts (issue 17:
// with --jobs N, N heavy files at once took 4 GB). The figures are upper bounds measured with
// `/usr/bin/time -v dossier extract` on the hostile inputs of tests/hostile/memory_test.cpp
// (docs/robustness.md "memory"); they only need to be right within a factor of two or so, since
// they decide which files may run side by side, not whether a file runs.
#include <algorithm>

#include <leptonica/allheaders.h>

#include "extractors/extractor.hpp"
#include "extractors/zip_package.hpp"
#include "model/file_type.hpp"

namespace dossier {
namespace {

using file_type::kMiB;

constexpr uint64_t kBase = 16 * kMiB;  // buffers, results, the stage's JSON of them
// Tesseract working on a page of kMaxOcrPixels (its grey, binary and layout copies).
constexpr uint64_t kOcrPage = static_cast<uint64_t>(kMaxOcrPixels) * 6;

const l_uint8* bytes(const std::string& s) {
    return reinterpret_cast<const l_uint8*>(s.data());
}

// The pixel count of an image from its header (a TIFF's first page), 0 when unknown.
uint64_t image_pixels(const Probe& probe) {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0, res = 0;
    if (pixReadHeaderMem(bytes(probe.head), probe.head.size(), &format, &w, &h, &bps, &spp,
                         &cmap) != 0 ||
        w <= 0 || h <= 0) {
        if (readHeaderTiff(probe.path.c_str(), 0, &w, &h, &bps, &spp, &res, &cmap, &format) != 0 ||
            w <= 0 || h <= 0)
            return 0;
    }
    return static_cast<uint64_t>(w) * static_cast<uint64_t>(h);
}

// An image: the file (TIFFs are read from disk), one decoded page at 32 bits a pixel with the
// decoder's buffers, its grey and red copies, then OCR of the page scaled to kMaxOcrPixels
// (measured: 700 MB for a 7000×8500 RGB page).
uint64_t image_estimate(const Probe& probe, uint64_t max_pixels) {
    uint64_t pixels = image_pixels(probe);
    if (pixels == 0 || pixels > max_pixels) pixels = max_pixels;  // decoding will say what it is
    const uint64_t file = probe.sniffed == "tiff" ? 0 : probe.size;
    return kBase + file + pixels * 8 + std::min(pixels, static_cast<uint64_t>(kMaxOcrPixels)) * 6;
}

// A zip-based document: its largest XML part as read (at most ZipPackage::kMaxPart), twice (our
// copy and pugixml's), and pugixml's tree of up to ~8 times the XML (measured: 345 MB for a
// sheet read to the 32 MB cap).
uint64_t package_estimate(const Probe& probe) {
    auto zip = ZipPackage::open(probe.path);
    if (!zip) return kBase;
    return kBase + std::min(zip->largest_declared(), ZipPackage::kMaxPart) * 10;
}

}  // namespace

uint64_t estimate_peak_memory(const Probe& probe, const Extractor& extractor) {
    const std::string_view name = extractor.name();
    const uint64_t max_pixels = ExtractOptions{}.max_pixels;
    if (name == "image") return image_estimate(probe, max_pixels);
    // A rendered page (ARGB, ≤ kMaxOcrPixels) and its grey copy, OCR, and Poppler's caches.
    if (name == "pdf")
        return kBase + probe.size / 4 + static_cast<uint64_t>(kMaxOcrPixels) * 5 + kOcrPage;
    if (name == "ooxml" || name == "ofd") return package_estimate(probe);
    // LibreOffice converts in a child process; we then read its OOXML output.
    if (name == "legacy_office") return 64 * kMiB + probe.size * 4;
    // Text, HTML and MHTML are read whole and decoded, with a few working copies of the text.
    return kBase + probe.size * 8;
}

}  // namespace dossier
