// Dates: ISO parsing, Asia/Shanghai days of Unix times, and SOURCE_DATE_EPOCH.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "model/date.hpp"

using namespace dossier;

TEST_CASE("date: ISO parsing accepts real dates only", "[model]") {
    CHECK(Date::parse_iso("2020-11-20") == Date{2020, 11, 20});
    CHECK(Date::parse_iso("2020-02-29"));
    CHECK_FALSE(Date::parse_iso("2019-02-29"));
    CHECK_FALSE(Date::parse_iso("2020/11/20"));
    CHECK_FALSE(Date::parse_iso("2020-11-20x"));
}

TEST_CASE("date: the forms clerks type all parse to the same date", "[model]") {
    const Date want{2020, 11, 20};
    for (const char* form : {"2020-11-20", "2020/11/20", "20201120", "2020年11月20日", "2020.11.20",
                             " 2020-11-20 ", "2020年11月20", "2020/11/5"})
        CHECK(Date::parse_typed(form).value_or(Date{}) ==
              (std::string_view(form) == "2020/11/5" ? Date{2020, 11, 5} : want));
    CHECK(Date::parse_typed("2020年2月29日") == Date{2020, 2, 29});
    for (const char* bad : {"", "2020-13-01", "2019-02-29", "2020/11-20", "2020-11-20x", "202011201",
                            "20201320", "2020年11月", "11/20/2020", "2020.11.20日", "昨天"}) {
        INFO(bad);
        CHECK_FALSE(Date::parse_typed(bad));
    }
}

TEST_CASE("date: a Unix time is dated in Asia/Shanghai", "[model]") {
    // 2020-11-19 16:00:00 UTC is 2020-11-20 00:00 in Shanghai.
    CHECK(Date::from_unix_shanghai(1605801600) == Date{2020, 11, 20});
    CHECK(Date::from_unix_shanghai(1605801599) == Date{2020, 11, 19});
}

TEST_CASE("date: SOURCE_DATE_EPOCH is used only when it is a non-negative integer", "[model]") {
    const char* saved = std::getenv("SOURCE_DATE_EPOCH");
    const std::string keep = saved ? saved : "";
    ::setenv("SOURCE_DATE_EPOCH", "1605801600", 1);
    CHECK(source_date_epoch() == 1605801600LL);
    for (const char* bad : {"", "abc", "12x", "-5"}) {
        ::setenv("SOURCE_DATE_EPOCH", bad, 1);
        CHECK_FALSE(source_date_epoch());
    }
    ::unsetenv("SOURCE_DATE_EPOCH");
    CHECK_FALSE(source_date_epoch());
    if (saved) ::setenv("SOURCE_DATE_EPOCH", keep.c_str(), 1);
}

TEST_CASE("date: account_stamp reads a 抖音 account's · MM-DD line, and only such a line",
          "[model]") {
    const auto a = account_stamp("@大厂退役军人 · 09-18");
    REQUIRE(a);
    CHECK(a->month == 9);
    CHECK(a->day == 18);
    CHECK(std::string_view("@大厂退役军人 · 09-18").substr(a->begin, a->end - a->begin) == "09-18");
    CHECK(account_stamp("“09-18"));          // the dot as OCR reads it, the account lost
    CHECK(account_stamp("@文安县地方金融监管局 .06.15 9"));  // a stray mark after it
    CHECK_FALSE(account_stamp("2020-09-18"));   // a full date is not an account's stamp
    CHECK_FALSE(account_stamp("· 13-01"));      // no month 13
    CHECK_FALSE(account_stamp("报名时间 · 09-18"));  // a label, not an account
    CHECK_FALSE(account_stamp("@大厂退役军人 · 09-18 转发了"));
}
