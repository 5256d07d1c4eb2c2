// OcrEngine: one Tesseract 5 engine (chi_sim, LSTM) per worker thread, wrapped in RAII.
//
// Ownership: an OcrEngine owns its tesseract::TessBaseAPI (model loaded once by create(),
// End() in the destructor). Images passed to recognize() stay owned by the caller; the engine
// keeps no reference to them after recognize() returns (it calls Clear() every time).
//
// Threading: an OcrEngine is NOT thread-safe; create one per worker thread and never share it.
// Different engines run concurrently without locks. Tesseract's LSTM asks OpenMP for 4 threads
// per call, which oversubscribes 2 cores (measured 2.6 s instead of 1.05 s per screenshot); we
// parallelise across files instead, so OMP_THREAD_LIMIT must be 1. libgomp reads that variable
// once, when it is loaded (before main), so setting it later in-process has NO effect (measured:
// 5 threads per engine with a setenv in create()). Call ensure_omp_thread_limit() first thing in
// main(); create() also sets it (not overriding) for child processes such as the tesseract CLI.
//
// Errors: recognize() returns an Error (Chinese reason) when Tesseract fails, times out or is
// cancelled; it never throws.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "model/record.hpp"

struct Pix;  // Leptonica
namespace tesseract {
class TessBaseAPI;
}

namespace dossier {

struct OcrParams {
    int psm = 6;  // tesseract::PageSegMode; 6 (one uniform block) measured best on screenshots
    int source_dpi = 0;  // resolution to declare; 0 = the image's own, else 96 (never "0 dpi")
    int thresholding =
        0;  // tesseract thresholding_method: 0 global Otsu, 1 adaptive Otsu, 2 Sauvola
    // tessedit_char_whitelist: the only characters the call may output (UTF-8); empty = all.
    std::string whitelist;
    // Fill each line's words (their boxes: a desktop screenshot's lines run across a left
    // column's gutter are split by them, ocr_columns.hpp).
    bool want_words = false;
    // Hard deadline for this call; time_point::max() = none. Enforced through ETEXT_DESC.
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
};

class OcrEngine {
  public:
    // Loads `lang` from `tessdata_dir` (OEM LSTM). Error when the model is missing or Init fails.
    static tl::expected<std::unique_ptr<OcrEngine>, Error> create(
        std::string lang = "chi_sim",
        std::string tessdata_dir = "/usr/share/tesseract-ocr/5/tessdata");
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // Recognises a Leptonica image (any depth; the caller keeps ownership).
    // Fills text (normalised), raw, lines (RIL_TEXTLINE: text, box, confidence), width, height,
    // ocr_confidence (MeanTextConf) and source = ocr.
    tl::expected<PageText, Error> recognize(Pix* pix, const OcrParams& params);

    // Recognises an 8-bit grey buffer (e.g. a Poppler gray8 render) without copying it (a Poppler
    // gray8 render, or our seal-suppressed grey). Preconditions: data holds h rows of bytes_per_row
    // bytes, w <= bytes_per_row.
    tl::expected<PageText, Error> recognize(const unsigned char* data, int w, int h,
                                            int bytes_per_row, int dpi, const OcrParams& params);

    const std::string& language() const { return lang_; }

  private:
    OcrEngine() = default;
    tl::expected<PageText, Error> run(int w, int h, const OcrParams& params);

    struct ApiDeleter {
        void operator()(tesseract::TessBaseAPI* api) const;
    };
    std::unique_ptr<tesseract::TessBaseAPI, ApiDeleter> api_;
    std::string lang_;
};

// Call first thing in main(), before any thread starts: when OMP_THREAD_LIMIT is unset, sets it
// to 1 and re-executes the program (/proc/self/exe, same argv) so that libgomp sees it. Returns
// normally when it is already set (the user's choice wins) or when the re-exec fails.
void ensure_omp_thread_limit(char** argv);

// Normalises OCR output for later stages, keeping Latin/digit spacing:
//  - an ASCII ':' (and the spaces around it) after a CJK character becomes '：' ("发布时间: 2020" →
//    "发布时间：2020"); spaces after a full-width colon are dropped;
//  - spaces between two CJK characters (Han, CJK punctuation, full-width forms) are removed;
//  - trailing spaces of each line and trailing blank lines are removed.
std::string normalize_ocr_text(std::string_view raw);

}  // namespace dossier
