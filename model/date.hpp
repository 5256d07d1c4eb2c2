// A calendar date without time zone, as printed on Chinese government pages.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    // True for a real Gregorian date (2020-02-30 is not).
    bool valid() const;
    // Days since 1970-01-01 (negative before). Precondition: valid().
    long serial() const;
    static Date from_serial(long days);
    Date plus_days(long n) const { return from_serial(serial() + n); }
    // 0 = Monday … 6 = Sunday.
    int weekday() const;
    // "2020-11-03"
    std::string iso() const;
    // "20201103"
    std::string compact() const;
    // Parses "YYYY-MM-DD" only; nullopt for anything else or an invalid date.
    static std::optional<Date> parse_iso(std::string_view s);
    // Parses a date as clerks type it on the command line or in a form: 2020-11-20, 2020/11/20,
    // 2020.11.20 (month and day may have one digit, one separator throughout), 20201120, and
    // 2020年11月20日 (the 日 may be left off). Surrounding spaces are ignored. nullopt for
    // anything else or an invalid date; kTypedDateForms lists the forms for the error message.
    static std::optional<Date> parse_typed(std::string_view s);
    // Today in Asia/Shanghai (UTC+8, no DST).
    static Date today_shanghai();
    // The Asia/Shanghai date of a Unix time.
    static Date from_unix_shanghai(long long t);

    auto operator<=>(const Date&) const = default;
};

// The forms parse_typed accepts, as an error message lists them.
inline constexpr const char* kTypedDateForms =
    "2020-11-20、2020/11/20、20201120、2020年11月20日 或 2020.11.20";

// A short video's or post's stamp after its account, a line's only content: "· 09-18", or
// "@大厂退役军人 · 09-18" (a 抖音 video page), the middle dot as OCR reads it (“ . ,), one stray
// mark after it (an icon beside the line). Month and day only, both of two digits; `begin` and
// `end` are the byte range of "MM-DD" in the line. Shared by the OCR pass that looks for it and
// the date scanner that reads it.
struct AccountStamp {
    int month = 0, day = 0;
    size_t begin = 0, end = 0;
};
std::optional<AccountStamp> account_stamp(std::string_view line);

// SOURCE_DATE_EPOCH (reproducible-builds.org) when set to a non-negative integer, else nullopt.
std::optional<long long> source_date_epoch();

}  // namespace dossier
