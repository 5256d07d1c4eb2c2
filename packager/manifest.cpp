#include "packager/manifest.hpp"

#include "model/record_json.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "model/encoding.hpp"

namespace dossier {

namespace {

using ojson = nlohmann::ordered_json;

double round4(double x) {
    return std::round(x * 10000.0) / 10000.0;
}

ojson nullable(const std::optional<std::string>& s) {
    return s ? ojson(*s) : ojson(nullptr);
}

// The archive paths of a verdict's files (primary, then secondary), each once.
ojson verdict_files(const PackageView& view, const Verdict* v) {
    ojson files = ojson::array();
    if (!v) return files;
    std::set<std::string> seen;
    for (const auto* list : {&v->files, &v->secondary_files})
        for (int f : *list) {
            if (f < 0 || static_cast<size_t>(f) >= view.ledger->files.size()) continue;
            const auto& p = view.path[static_cast<size_t>(f)];
            if (p && seen.insert(*p).second) files.push_back(*p);
        }
    return files;
}

// One entry per catalog node: path, points, units, status, reasons, files, points at risk.
ojson indicator_entries(const PackageView& view) {
    const Catalog& catalog = *view.catalog;
    ojson indicators = ojson::array();
    for (size_t i = 0; i < catalog.indicators.size(); ++i) {
        const Indicator& ind = catalog.indicators[i];
        const Verdict* v = view.verdict(ind.id);
        ojson units = ojson::array();
        if (v && !v->units.empty())
            for (const auto& u : v->units) units.push_back(u.unit);
        else
            for (const auto& u : ind.units) units.push_back(u);
        ojson entry;
        entry["id"] = ind.id;
        entry["path"] = view.names_of(static_cast<int>(i));
        entry["points"] = ind.points;
        entry["units"] = units;
        entry["status"] = to_string(v ? v->status : Status::missing);
        entry["reasons"] = v ? ojson(v->reasons) : ojson::array();
        entry["files"] = verdict_files(view, v);
        entry["points_at_risk"] = v ? v->points_at_risk : ind.points;
        indicators.push_back(std::move(entry));
    }
    return indicators;
}

// The record of ledger file `i`, packaged or not.
ojson file_entry(const PackageView& view, size_t i) {
    const FileRecord& r = view.ledger->files[i];
    ojson f;
    f["path"] = nullable(view.path[i]);
    f["source"] = encoding::escape_invalid_utf8(r.source);
    f["sha256"] = r.sha256;
    f["size"] = r.size;
    f["media_type"] = r.media_type;
    f["evidence_kind"] = to_string(r.kind);
    f["unit"] = nullable(r.unit);
    f["indicator"] = r.cls.indicator.empty() ? ojson(nullptr) : ojson(r.cls.indicator);
    f["secondary"] = r.cls.secondary;
    f["confidence"] = round4(r.cls.confidence);
    f["review"] = r.cls.review && !r.cls.pinned;
    f["published"] =
        r.analysis.date.published ? ojson(r.analysis.date.published->iso()) : ojson(nullptr);
    f["date_source"] =
        r.analysis.date.source.empty() ? std::string("none") : r.analysis.date.source;
    f["date_review"] = r.analysis.date.review;
    f["date_hint"] =
        r.analysis.date.hint ? ojson(r.analysis.date.hint->iso()) : ojson(nullptr);
    f["date_repaired"] = r.analysis.date.repaired;
    ojson kw = ojson::array();
    for (const auto& k : r.analysis.keywords) kw.push_back(k.keyword);
    f["keywords"] = std::move(kw);
    f["text_source"] = to_string(r.text_source);
    // The record's own warnings, then the analysis's that are not among them.
    std::vector<std::string> warnings = r.warnings;
    for (const auto& w : r.analysis.warnings)
        if (std::find(warnings.begin(), warnings.end(), w) == warnings.end()) warnings.push_back(w);
    f["warnings"] = warnings;
    f["mail"] = mail_json(r.mail);
    f["part"] = view.path[i] ? ojson(view.part_of[i]) : ojson(nullptr);
    f["near_group"] = nullable(r.near_group);
    return f;
}

ojson file_entries(const PackageView& view) {
    ojson files = ojson::array();
    for (size_t i = 0; i < view.ledger->files.size(); ++i) files.push_back(file_entry(view, i));
    return files;
}

ojson rejected_entries(const Ledger& ledger) {
    ojson rejected = ojson::array();
    for (const auto& r : ledger.rejected)
        rejected.push_back(
            {{"source", encoding::escape_invalid_utf8(r.source)}, {"reason", r.reason}});
    return rejected;
}

ojson duplicate_entries(const Ledger& ledger) {
    ojson dups = ojson::array();
    for (const auto& d : ledger.duplicates)
        dups.push_back({{"source", encoding::escape_invalid_utf8(d.source)},
                        {"same_as", encoding::escape_invalid_utf8(d.same_as)},
                        {"near", d.near}});
    return dups;
}

}  // namespace

std::string manifest_json(const PackageView& view) {
    const Catalog& catalog = *view.catalog;
    const Assessment& as = *view.assessment;
    ojson m;
    m["schema"] = kManifestSchema;
    m["catalog"] = {
        {"id", catalog.id}, {"title", catalog.title}, {"total_points", catalog.total_points}};
    m["as_of"] = as.as_of.iso();
    m["unit"] = nullable(as.unit);
    m["package"] = {{"name", view.name}, {"part", view.part}, {"parts", view.parts}};
    m["summary"] = {{"points_total", as.points_total},
                    {"points_confirmed", as.points_confirmed},
                    {"workdays_left", as.workdays_left}};
    m["indicators"] = indicator_entries(view);
    m["files"] = file_entries(view);
    m["rejected"] = rejected_entries(*view.ledger);
    m["duplicates"] = duplicate_entries(*view.ledger);
    return m.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace dossier
