#include "model/date.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <re2/re2.h>

namespace dossier {

namespace {
// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
long days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}
}  // namespace

bool Date::valid() const {
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int max = kDays[month - 1];
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && leap) max = 29;
    return day <= max;
}

long Date::serial() const {
    return days_from_civil(year, month, day);
}

Date Date::from_serial(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
    long s = serial();  // 1970-01-01 was a Thursday (3)
    long w = (s + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string Date::iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::string Date::compact() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
    return buf;
}

std::optional<Date> Date::parse_iso(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto num = [&](size_t pos, size_t len) {
        int v = 0;
        for (size_t i = pos; i < pos + len; ++i) {
            if (s[i] < '0' || s[i] > '9') return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    Date d{num(0, 4), num(5, 2), num(8, 2)};
    if (!d.valid()) return std::nullopt;
    return d;
}

std::optional<Date> Date::parse_typed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    // Reads 1..max_len digits at the front of s.
    auto digits = [&s](size_t min_len, size_t max_len) -> int {
        size_t n = 0;
        int v = 0;
        while (n < s.size() && n < max_len && s[n] >= '0' && s[n] <= '9') v = v * 10 + (s[n++] - '0');
        if (n < min_len) return -1;
        s.remove_prefix(n);
        return v;
    };
    auto take = [&s](std::string_view sep) {
        if (!s.starts_with(sep)) return false;
        s.remove_prefix(sep.size());
        return true;
    };
    auto checked = [](Date d) -> std::optional<Date> {
        if (!d.valid()) return std::nullopt;
        return d;
    };
    if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string_view::npos)
        return checked(Date{digits(4, 4), digits(2, 2), digits(2, 2)});
    Date d;
    d.year = digits(4, 4);
    if (d.year < 0) return std::nullopt;
    if (take("年")) {
        d.month = digits(1, 2);
        if (d.month < 0 || !take("月")) return std::nullopt;
        d.day = digits(1, 2);
        if (d.day < 0) return std::nullopt;
        take("日");
        return s.empty() ? checked(d) : std::nullopt;
    }
    for (std::string_view sep : {"-", "/", "."}) {
        if (!take(sep)) continue;
        d.month = digits(1, 2);
        if (d.month < 0 || !take(sep)) return std::nullopt;
        d.day = digits(1, 2);
        if (d.day < 0 || !s.empty()) return std::nullopt;
        return checked(d);
    }
    return std::nullopt;
}

Date Date::from_unix_shanghai(long long t) {
    long long days = (t + 8 * 3600);
    long long q = days / 86400;
    if (days % 86400 < 0) --q;
    return from_serial(static_cast<long>(q));
}

std::optional<long long> source_date_epoch() {
    const char* sde = std::getenv("SOURCE_DATE_EPOCH");
    if (!sde || !*sde) return std::nullopt;
    char* end = nullptr;
    long long t = std::strtoll(sde, &end, 10);
    if (!end || *end != '\0' || t < 0) return std::nullopt;
    return t;
}

Date Date::today_shanghai() {
    return from_unix_shanghai(static_cast<long long>(std::time(nullptr)));
}

std::optional<AccountStamp> account_stamp(std::string_view line) {
    static const RE2 re(
        R"(^[ \t]*(?:@[^\s·•]{1,30}[ \t]*)?[·•“"'.。,、][ \t]*(0[1-9]|1[0-2])[-.](0[1-9]|[12][0-9]|3[01])(?:[ \t]+\S)?[ \t]*$)");
    re2::StringPiece m[3];
    if (!re.Match(re2::StringPiece(line.data(), line.size()), 0, line.size(), RE2::ANCHOR_BOTH, m,
                  3))
        return std::nullopt;
    AccountStamp s;
    s.month = (m[1][0] - '0') * 10 + (m[1][1] - '0');
    s.day = (m[2][0] - '0') * 10 + (m[2][1] - '0');
    s.begin = static_cast<size_t>(m[1].data() - line.data());
    s.end = static_cast<size_t>(m[2].data() + m[2].size() - line.data());
    return s;
}

}  // namespace dossier
