// Parsing the date/time strings found in document metadata (OOXML core.xml, OFD DocInfo, HTML
// <meta>) into the Asia/Shanghai calendar date. Pure, thread-safe.
#pragma once

#include <optional>
#include <string_view>

#include "model/date.hpp"

namespace dossier {

// Accepts "2020-11-05", "2020-11-05T02:30:00Z", "2020-11-05T10:30:00+08:00",
// "2020-11-05 10:30:00", "2020/11/05", "2020.11.05", "2020年11月5日 10:30". A time with a zone
// (Z or ±hh[:mm]) is converted to the Shanghai date; without a zone the written date is taken.
// nullopt for anything else or an impossible date.
std::optional<Date> parse_meta_date(std::string_view s);

}  // namespace dossier
