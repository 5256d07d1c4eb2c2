// The review queue (issue 23; GET /api/review, the /review page): every file of a completed run
// that waits for a person, as cards ordered by the points at risk.
//
// A file waits when its indicator is unsure (`cls.review`), its date is unconfirmed
// (`analysis.date.review`, or no `published` but a weak `date_hint`), or its unit is unknown
// (until a pin acknowledges it: the unit comes from the folder, and moving the file fixes it).
// Files sharing a `near_group` make one card (the first by source leads; `members` lists them
// all, and an action on the card applies to every member). Each card carries what a clerk needs
// to decide without opening the file: the thumbnail URL, unit, file name, the best three
// indicators with their reasons (cls.top; while that is empty, the indicator and the runner-up),
// the date candidates with the text around each, and the sensitive hits.
//
// Order: points at risk (the report's points_at_risk of the card's indicator) descending, then
// lower confidence first, then source. Pure functions of the run; no I/O; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "model/catalog.hpp"
#include "pipeline/run.hpp"

namespace dossier {

// The cards of run `r` (JSON array, see docs/api.md "GET /api/review").
nlohmann::json review_cards(const Catalog& catalog, const RunResult& r);

// What one file still needs from a person ("indicator", "date", "unit"); empty when nothing.
std::vector<std::string> review_needs(const FileRecord& f);

}  // namespace dossier
