// Sensitive content that must not be published (a veto item of the assessment): 18-digit ID-card
// numbers passing the GB 11643 checksum, mainland mobile numbers (1[3-9] + 9 digits, not inside a
// longer digit run), bank-card-like numbers passing Luhn (16–19 digits), and classification marks
// (绝密, 机密, 秘密, 内部资料, 不予公开) in the first lines of a document. Flagged, never removed.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/record.hpp"
#include "analysis/normalize.hpp"

namespace dossier {

// GB 11643-1999: 17 digits + check character (0-9 or X/x), with a valid birth date.
bool id_card_valid(std::string_view id18);
// Luhn checksum over a digit string (false for non-digits or empty).
bool luhn_valid(std::string_view digits);

// Masks all but the first `keep_front` and last `keep_back` characters with '*'.
std::string mask_number(std::string_view digits, size_t keep_front, size_t keep_back);

// Findings over normalised pages (page 1-based). Each distinct number is reported once (its first
// page); at most `max_per_kind` hits per kind are returned.
std::vector<SensitiveHit> find_sensitive(const std::vector<NormalizedText>& pages,
                                         size_t max_per_kind = 20);

// "含身份证号码 1301**********1234（第 2 页）：公开前须删除或遮盖"
std::string sensitive_warning(const SensitiveHit& hit);

}  // namespace dossier
