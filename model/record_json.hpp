// JSON (de)serialisation of the cached stage results (ExtractResult, Analysis). The cache stores
// these per (sha256, stage, version); the format is internal and versioned by the stage version.
// Also the one form of a file's mail provenance that manifest.json and report.json share.
#pragma once

#include <nlohmann/json.hpp>

#include "model/record.hpp"

namespace dossier {

void to_json(nlohmann::json& j, const Date& d);
void from_json(const nlohmann::json& j, Date& d);
void to_json(nlohmann::json& j, const ExtractResult& x);
void from_json(const nlohmann::json& j, ExtractResult& x);
void to_json(nlohmann::json& j, const Analysis& a);
void from_json(const nlohmann::json& j, Analysis& a);

// files[].mail in manifest.json and report.json: {"from", "date", "subject"} in that order, or
// null for a file that did not come in a mail.
nlohmann::ordered_json mail_json(const std::optional<MailInfo>& mail);

}  // namespace dossier
