// The extractor contract. Every format is one Extractor subclass in its own file pair; each bids on
// a probe of the file (magic bytes, a peek at the content) and the highest bid wins
// (registry.cpp holds the table). An extractor turns one file into an ExtractResult or an Error
// (a clerk-readable Chinese reason); it never throws for a bad document and never crashes the run.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "extractors/deadline.hpp"
#include "model/record.hpp"

namespace dossier {

class OcrEngine;  // extractors/ocr_engine.hpp

// What an extractor may look at when bidding: no full read.
struct Probe {
    std::filesystem::path path;  // readable file
    std::string name;            // original file name (for the extension hint only)
    std::string head;            // first bytes of the file (up to 64 KiB)
    uint64_t size = 0;
    std::string sniffed;  // magic::sniff(head) result, e.g. "png", "pdf", "zip", "ooxml-docx"
};

// The most text one file keeps (docs/robustness.md "memory"): 4 MB of UTF-8, some 1.4 million
// Chinese characters, a thousand pages and more. extract_file() cuts what an extractor returns
// beyond it (with a warning); extractors that read page by page stop once they passed it.
inline constexpr size_t kMaxTextBytes = size_t{4} << 20;

// Pages with more pixels are scaled down (images) or rendered at a lower dpi (PDF) before OCR,
// so Tesseract's own copies of a page stay bounded (≈ 6 bytes a pixel). 20 megapixels hold an A4
// page at 350 dpi, above the 300 dpi Tesseract is trained for.
inline constexpr double kMaxOcrPixels = 20e6;

struct ExtractOptions {
    std::chrono::seconds time_limit{120};
    uint64_t max_pixels = 60'000'000;  // images over this are refused
    int pdf_dpi = 200;
    bool allow_ocr = true;
};

// Per-worker-thread state handed to extract(): the thread's own OCR engine (created lazily).
struct ExtractContext {
    OcrEngine* ocr = nullptr;  // may be null when OCR is not available/allowed
    ExtractOptions options;
    Deadline deadline;  // this file's; set by extract_file() from options.time_limit
};

class Extractor {
  public:
    virtual ~Extractor() = default;
    // Short stable name, e.g. "pdf"; part of the cache key.
    virtual std::string_view name() const = 0;
    // Bump when the output for the same bytes changes; part of the cache key.
    virtual int version() const = 0;
    // 0 = cannot read this; higher wins. Content-based bids use 100, extension-only hints ≤ 10.
    virtual int bid(const Probe& probe) const = 0;
    // Thread-safe (const, no shared mutable state); ctx belongs to the calling thread.
    virtual tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                                       ExtractContext& ctx) const = 0;
};

// The registered extractors (registry.cpp), in table order.
const std::vector<std::unique_ptr<Extractor>>& extractors();
// The highest bidder for probe, or nullptr when none bids.
const Extractor* choose_extractor(const Probe& probe);
// Builds a probe (reads the head and sniffs it). Error when the file cannot be opened.
tl::expected<Probe, Error> make_probe(const std::filesystem::path& path, std::string name);

// The most memory extracting this file is expected to take at once (bytes), from its type, its
// size and, for images, its pixel count (memory_estimate.cpp); the extract stage reserves it from
// a shared budget before it starts the file. Reads at most the file's header or zip directory.
uint64_t estimate_peak_memory(const Probe& probe, const Extractor& extractor);

// Runs the chosen extractor under the per-file time limit (ctx.deadline is reset here), with
// exceptions caught and turned into an Error (an internal bug must not crash the run), the text
// cut to kMaxTextBytes, and the evidence kind decided when the extractor left it unknown.
tl::expected<ExtractResult, Error> extract_file(const Probe& probe, ExtractContext& ctx);

}  // namespace dossier
