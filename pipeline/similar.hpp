// Learning from confirmations (issue 19), run after classify and before validate. Every indicator
// pin (pipeline/pins.hpp; by content, in the workspace) is a labelled example:
//   - a pin on one member of a near-duplicate group (pipeline/near) confirms the group: every
//     unpinned member takes the pinned indicator, confident (kGroupConfidence, no review) when
//     its own classification agreed or the group is of strict near-copies; a member of a looser
//     body-text group (a re-share, one template's text) whose own evidence pointed elsewhere
//     takes it under review (kGroupUnsure) — two look-alike form letters may prove different
//     indicators;
//   - an unpinned file whose text fingerprint is close to a pinned content's (its stored
//     fingerprint: the pinned file need not be in this run) takes that indicator — confident when
//     at most SimilarConfig::sure_bits apart, sent to review when only fairly similar (up to
//     fair_bits) — with a confidence falling with the distance; images without text compare by
//     their image fingerprint (at most image_bits, confident).
// Such a file gets the reason "与已确认的《<title or name>》相似" first, `similar_to` = the pinned
// file's source (in this run, or as the pin recorded it), and the indicator it had before as
// runner-up; its top three (`cls.top`, what explain and the review card list) start with the
// chosen indicator and these reasons. Pinned files themselves are untouched. The nearest example
// wins; ties go to the smallest sha256, so the result does not depend on order or --jobs. Reads
// the store only.
#pragma once

#include "model/catalog.hpp"
#include "model/record.hpp"
#include "pipeline/store.hpp"

namespace dossier {

// Thresholds in bits of 64 (measured: docs/near-duplicates.md).
struct SimilarConfig {
    int sure_bits = 3;   // this close: the pinned indicator, confident
    int fair_bits = 10;  // up to here: the pinned indicator, review
    int image_bits = 3;  // images without text: pixels this close, confident
};

inline constexpr double kGroupConfidence = 0.95;
inline constexpr double kGroupUnsure = 0.75;

struct SimilarStats {
    int matched = 0;  // files that took a pinned indicator
    double seconds = 0;
};

SimilarStats similar_stage(Ledger& ledger, Store& store, const Catalog& catalog,
                           const SimilarConfig& config = {});

}  // namespace dossier
