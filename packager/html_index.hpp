// index.html (目录): one self-contained page (inline CSS, no scripts, no external resources) that
// opens offline from the extracted folder: totals on top, the indicator tree with points and
// status, every file a relative link into data/ with its unit, date and confidence.
// Pure function; deterministic.
#pragma once

#include <string>
#include <string_view>

#include "packager/view.hpp"

namespace dossier {

std::string index_html(const PackageView& view);

// Escapes & < > " ' for HTML text and attribute values (also used by pipeline/report.cpp).
std::string html_escape(std::string_view s);

// Percent-encodes an archive path for an href (every byte except unreserved ASCII and '/').
std::string url_path(std::string_view path);

}  // namespace dossier
