// Extract stage: text, dates and metadata out of every file in the ledger, once per unique content
// and extractor version (results cached in the workspace store), in parallel with one OCR engine
// per worker thread. Files no extractor can read are moved to rejected[] with the reason. Each
// file is started only once its estimated peak memory (estimate_peak_memory) fits in the stage's
// budget beside the files already running, so --jobs N does not multiply the peak (issue 17).
#pragma once

#include <chrono>
#include <functional>
#include <string_view>
#include <vector>

#include "model/record.hpp"

namespace dossier {

class Store;

struct ExtractStats {
    int extracted = 0;  // extractor invocations this run
    int cached = 0;     // results taken from the cache
    int ocr_pages = 0;  // pages OCRed this run
};

// Returns one ExtractResult per remaining ledger file (same order); rejected files are removed
// from ledger.files and appended to ledger.rejected. Store access happens on the calling thread.
// Each file gets `time_limit` (ExtractOptions::time_limit); a file over it is rejected, not cached.
// `progress(done, total, item)`: item is the source of the file being worked on next ("" at the end).
using StageProgress = std::function<void(int done, int total, std::string_view item)>;
std::vector<ExtractResult> extract_stage(Ledger& ledger, Store& store, int jobs,
                                         std::chrono::seconds time_limit, ExtractStats& stats,
                                         const StageProgress& progress = {});

}  // namespace dossier
