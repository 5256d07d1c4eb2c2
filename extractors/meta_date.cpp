#include "extractors/meta_date.hpp"

#include <re2/re2.h>

#include <string>

namespace dossier {

std::optional<Date> parse_meta_date(std::string_view s) {
    static const RE2 re(
        R"(^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?)"
        R"((?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)");
    int y = 0, m = 0, d = 0;
    std::string hh, mm, ss, zone;
    if (!RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re, &y, &m, &d, &hh, &mm, &ss,
                           &zone))
        return std::nullopt;
    Date date{y, m, d};
    if (!date.valid()) return std::nullopt;
    if (zone.empty() || hh.empty()) return date;
    long offset = 0;
    if (zone != "Z") {
        std::string digits;
        for (char c : zone)
            if (c >= '0' && c <= '9') digits.push_back(c);
        offset = (std::stol(digits.substr(0, 2)) * 60 + std::stol(digits.substr(2, 2))) * 60;
        if (zone[0] == '-') offset = -offset;
    }
    long long t = static_cast<long long>(date.serial()) * 86400 + std::stol(hh) * 3600 +
                  std::stol(mm) * 60 + (ss.empty() ? 0 : std::stol(ss)) - offset;
    return Date::from_unix_shanghai(t);
}

}  // namespace dossier
