// Near-duplicate step (issue 19, design.md §4 `near_group`, `duplicates[].near`), run after the
// pins step and before classify:
//   1. fingerprints every file — the SimHash of its extracted text (analysis/simhash) and, for an
//      image, the dHash of its pixels (analysis/image_hash) — cached by content in the store's
//      `fingerprints` table (a warm re-run decodes no image);
//   2. groups near-identical files: two files whose text fingerprints are at most
//      NearConfig::text_bits apart; or two images whose pixels agree (image fingerprints at most
//      image_bits apart) and whose OCR texts are close (at most resave_text_bits: a re-save is
//      OCRed a little differently) — or, without any text, pixels at most image_only_bits apart.
//      The text always has a say: screenshots of one portal template with different articles
//      look alike at 9×8 pixels but differ in text;
//   3. within one unit, a re-saved copy — an image near-identical to a kept one by its pixels
//      and text as in 2 — leaves files[] (and texts)
//      for duplicates[] with near: true and same_as the kept one, so it is packaged once. The
//      larger file is kept (the lossless original over its JPEG re-save), equal sizes by source.
//      Files of different units always stay, each its own evidence;
//   4. `near_group` = "g" + the first 12 hex digits of the smallest sha256 among the group's
//      members, for every file whose group still has two or more files in files[].
// Deterministic: the result depends only on the set of files (files[] is sorted by source), not
// on --jobs or the order files were found. Runs on the calling thread; the store is written
// (fingerprints only). An unreadable image simply has no image fingerprint.
#pragma once

#include <optional>
#include <vector>

#include "model/record.hpp"
#include "pipeline/store.hpp"

namespace dossier {

// The version of the fingerprint computation; rows of other versions are recomputed.
inline constexpr int kFingerprintVersion = 1;

// Thresholds in bits of 64 (measured on samples/ and tests/holdout*: docs/near-duplicates.md).
struct NearConfig {
    int text_bits = 3;          // texts this close are the same document
    int image_bits = 6;         // images this close are the same picture (re-save)…
    int resave_text_bits = 12;  // …when their OCR texts are this close
    int image_only_bits = 3;    // images without any text: pixels alone, stricter
};

struct NearStats {
    int fingerprinted = 0;  // computed this run (the others came from the store)
    int groups = 0;         // near_group ids given
    int folded = 0;         // re-saved copies moved to duplicates[]
    double seconds = 0;
};

// The fingerprint of a file (from the store when its version is current; computed and stored
// otherwise). `text` is the file's extracted text.
Fingerprint fingerprint_of(const FileRecord& file, const ExtractResult& text, Store& store,
                           bool* computed = nullptr);

// Whether two fingerprints are of the same document (rule 2 above; rule 3 adds: same unit).
bool near_identical(const Fingerprint& a, const Fingerprint& b, const NearConfig& config = {});

// Steps 1–4. `texts` is parallel to ledger.files and stays so.
NearStats near_stage(Ledger& ledger, std::vector<ExtractResult>& texts, Store& store,
                     const NearConfig& config = {});

}  // namespace dossier
