// Near-duplicate step (issue 19, design.md §4 `near_group`, `duplicates[].near`), run after the
// pins step and before classify:
//   1. fingerprints every file — the SimHash of its extracted text (analysis/simhash) and, for an
//      image, the dHash of its pixels (analysis/image_hash) — cached by content in the store's
//      `fingerprints` table (a warm re-run decodes no image);
//   2. groups near-identical files: two files whose bodies — the text without the lines that are
//      portal chrome by their wording (analysis/minhash chrome_line) or that recur, short, in
//      many files of the run (a menu, a footer: NearConfig::chrome_min_files/share/max_chars)
//      — and without the run's unit names and all digits share at least body_jaccard of their
//      character 3-shingles (the same notice re-shared on another portal, OCRed differently; the
//      same template text with another town's name) — and also match the first file of each
//      other's group so far (no chains from form to form); or
//      two files whose text fingerprints are at most
//      NearConfig::text_bits apart; or two images whose pixels agree (image fingerprints at most
//      image_bits apart) and whose texts are one page's (bodies, digits kept, sharing
//      resave_body_jaccard; when
//      either has too little body, OCR texts at most resave_text_bits apart: a re-save is OCRed
//      a little differently) — or, without any text, pixels at most image_only_bits apart (and
//      neither picture flat: informative_image).
//      The text always has a say: screenshots of one portal template with different articles
//      look alike at 9×8 pixels but differ in text;
//   3. within one unit, a re-saved copy — an image near-identical to a kept one by its pixels
//      and text as in 2, and not dated differently (two publication dates found that differ: the
//      same template text published each month) — leaves files[] (and texts)
//      for duplicates[] with near: true and same_as the kept one, so it is packaged once. Kept:
//      a lossless image over a JPEG re-save, then the larger file, then the first by source.
//      Files of different units always stay, each its own evidence;
//   4. `near_group` = "g" + the first 12 hex digits of the smallest sha256 among the group's
//      members, for every file whose group still has two or more files in files[].
// Deterministic: the result depends only on the set of files (files[] is sorted by source), not
// on --jobs or the order files were found. Missing fingerprints are computed on `jobs` worker
// threads, everything else on the calling thread, which alone writes the store (fingerprints
// only). An unreadable image simply has no image fingerprint.
#pragma once

#include <optional>
#include <vector>

#include "model/record.hpp"
#include "pipeline/store.hpp"

namespace dossier {

// The version of the fingerprint computation; rows of other versions are recomputed (2: the text
// side leaves out lines only a second OCR pass read; 3: each distinct shingle votes once).
inline constexpr int kFingerprintVersion = 3;

// Thresholds in bits of 64 (measured on samples/ and tests/holdout*: docs/near-duplicates.md).
struct NearConfig {
    int text_bits = 3;          // texts this close are the same document
    int image_bits = 3;         // images this close are the same picture (re-save)…
    int resave_text_bits = 12;  // …when their OCR texts are this close
    int image_only_bits = 3;    // images without any text: pixels alone, stricter
    // Bodies (the text without its portal chrome, analysis/minhash) whose 3-shingle sets have at
    // least this Jaccard similarity are the same document for review (a group, never a fold).
    double body_jaccard = 0.58;
    // Images whose pixels agree (image_bits) are a re-save when their bodies, digits kept, share
    // at least this much: a JPEG re-save's OCR differs more than two re-shares' (holdout9: 0.52),
    // while two pages of one portal template that are not one document share at most 0.19 (all
    // dev sets).
    double resave_body_jaccard = 0.40;
    int body_min_chars = 40;     // shorter bodies (a photo's stray OCR) take no part
    // A line found in at least max(chrome_min_files, chrome_share of the run's files) files and
    // at most chrome_max_chars long (a menu, a side column, a footer) is chrome too; a notice
    // re-shared by a few units is not (its lines would vanish from every copy).
    int chrome_min_files = 5;
    double chrome_share = 0.05;
    int chrome_max_chars = 40;
    double minhash_floor = 0.25;  // MinHash estimate under which a pair is not compared exactly
};

struct NearStats {
    int fingerprinted = 0;  // computed this run (the others came from the store)
    int groups = 0;         // near_group ids given
    int folded = 0;         // re-saved copies moved to duplicates[]
    double seconds = 0;
};

// Whether an image fingerprint says anything: a flat or nearly flat picture (a blank page, one
// colour) hashes to (almost) all zeros whatever it is, so without text it matches nothing.
bool informative_image(uint64_t dhash);

// Whether two fingerprints alone say one document (rule 2 above without the bodies: an image
// pair's OCR texts at most resave_text_bits apart; rule 3 adds: same unit).
bool near_identical(const Fingerprint& a, const Fingerprint& b, const NearConfig& config = {});

// Whether two bodies' shingle sets (sorted, analysis/minhash) are the same document for review.
bool same_body(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b,
               const NearConfig& config = {});

// Steps 1–4. `texts` is parallel to ledger.files and stays so. Missing fingerprints are computed
// on `jobs` threads (pipeline/worker_pool; the store is written from the calling thread).
NearStats near_stage(Ledger& ledger, std::vector<ExtractResult>& texts, Store& store,
                     const NearConfig& config = {}, int jobs = 1);

}  // namespace dossier
