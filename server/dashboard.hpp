// The office's overview and packages (issue 23), all office-only (a unit clerk gets 404, no
// session 401 — the pages: 303 to /login):
//
//   GET /api/dashboard   JSON: score that can be confirmed vs points at risk, working days left,
//                        coverage per level-1 indicator, per-unit completion, the units ×
//                        indicators matrix, and the 催办 list (per unit, most gaps first: what is
//                        missing and why, and a ready-to-copy notice). 503 before the first build.
//   GET /dashboard       the same as a page, with the SVG charts (packager/svg_chart); each
//                        matrix cell links to /unit/<单位>?indicator=<id> (that unit's files there)
//   GET /package         build now (POST /api/build from its script), the latest package(s)
//                        with their verify result, download, the report and the index to view
//   GET /package/report.html                 OUT/report.html of the last build, inline
//   GET /package/view/<zip>/index.html       the index.html inside a package, inline; other
//                                            members (the index's links) as attachments
//   GET /package/download/<zip>              the package as an attachment (application/zip)
//
// Only packages of the last completed build are served (by file name; anything else 404). The
// two documents (report, index) are served inline under a stricter CSP than the portal's pages:
// `default-src 'none'; style-src 'unsafe-inline'; img-src data:` (no script of any kind runs;
// their own inline style is allowed) plus frame-ancestors 'none', base-uri and form-action
// 'none'. Everything answers from the builder's last snapshot; nothing waits for a build. The
// dashboard (JSON and page body) is computed once per snapshot and kept until the next one.
#pragma once

#include <nlohmann/json.hpp>

#include "model/catalog.hpp"

namespace dossier {

class Portal;
struct Snapshot;

// GET /api/dashboard's body for `snap` (exposed for the benchmark and tests).
nlohmann::ordered_json dashboard_json(const Catalog& catalog, const Snapshot& snap);

// The notice to a unit's contact: the unit, the missing indicators (id, name, why), the deadline
// and the working days left, signed by the catalog's source organization. Plain text, Chinese.
struct ChaseItem {
    std::string id, name, status, label, reason;
};
std::string chase_message(const Catalog& catalog, const nlohmann::ordered_json& report,
                          const std::string& unit, const std::vector<ChaseItem>& items);

void install_dashboard_routes(Portal& portal);

}  // namespace dossier
