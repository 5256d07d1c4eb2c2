// Validate stage: per indicator (and per responsible unit) a status with reasons, the points at
// risk, and the working days left before the submission deadline (design.md §2, issue 6).
//
// covered  evidence of every required kind, dated inside the assessment period, rules hold
// weak     evidence present but a required kind missing, dates unknown, or only a secondary link
// late     a rule fails: due date, working-day window, freshness
// missing  no evidence; review: only low-confidence evidence; check: method is only 核实情况
#pragma once

#include <optional>
#include <string>

#include "model/catalog.hpp"
#include "model/record.hpp"

namespace dossier {

// `unit` restricts the assessment to one unit's files and responsibilities (per-unit package).
// `texts` (optional, one per ledger file) lets the working-day rule find the policy an
// interpretation names in its body text, not only in its title.
Assessment validate(const Catalog& catalog, const Ledger& ledger, Date as_of,
                    const std::optional<std::string>& unit = std::nullopt,
                    const std::vector<ExtractResult>* texts = nullptr);

// Working days left until the end of the submission window (negative: working days late).
int workdays_left(const Catalog& catalog, Date as_of);

}  // namespace dossier
