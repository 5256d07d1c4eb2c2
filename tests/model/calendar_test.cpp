// Working-day arithmetic against the official 2020/2021 schedules (../shared/facts/cn-holidays.md).
#include <catch2/catch.hpp>

#include "model/catalog.hpp"

using namespace dossier;

namespace {
Calendar official() {
    Calendar c;
    c.load(std::filesystem::path(DOSSIER_SOURCE_DIR) / "manifests/calendars/cn-2020.yaml");
    c.load(std::filesystem::path(DOSSIER_SOURCE_DIR) / "manifests/calendars/cn-2021.yaml");
    return c;
}
}  // namespace

TEST_CASE("calendar: the 2020 holidays and make-up workdays", "[model]") {
    Calendar c = official();
    CHECK(c.is_workday(Date{2020, 10, 10}));      // Saturday, make-up workday
    CHECK(c.is_workday(Date{2020, 9, 27}));       // Sunday, make-up workday
    CHECK(c.is_workday(Date{2020, 1, 19}));       // Sunday, make-up workday
    CHECK_FALSE(c.is_workday(Date{2020, 2, 1}));  // its make-up day was cancelled by the extension
    CHECK_FALSE(c.is_workday(Date{2020, 10, 1}));
    CHECK_FALSE(c.is_workday(Date{2020, 10, 8}));   // Thursday inside the National Day holiday
    CHECK_FALSE(c.is_workday(Date{2020, 10, 11}));  // ordinary Sunday
    CHECK(c.is_workday(Date{2020, 11, 23}));
    CHECK_FALSE(c.is_workday(Date{2021, 2, 11}));
    CHECK(c.is_workday(Date{2021, 2, 20}));
}

TEST_CASE("calendar: add_workdays skips holidays", "[model]") {
    Calendar c = official();
    CHECK(c.add_workdays(Date{2020, 9, 30}, 1) == Date{2020, 10, 9});
    CHECK(c.add_workdays(Date{2020, 1, 23}, 1) == Date{2020, 2, 3});
    CHECK(c.add_workdays(Date{2020, 9, 30}, 2) == Date{2020, 10, 10});
    CHECK(c.add_workdays(Date{2020, 11, 20}, 5) == Date{2020, 11, 27});
    CHECK(c.add_workdays(Date{2020, 11, 20}, 0) == Date{2020, 11, 20});
}

TEST_CASE("calendar: workdays_between across the National Day holiday", "[model]") {
    Calendar c = official();
    CHECK(c.workdays_between(Date{2020, 9, 30}, Date{2020, 10, 9}) == 1);
    CHECK(c.workdays_between(Date{2020, 9, 28}, Date{2020, 10, 12}) ==
          5);  // 9-29, 9-30, 10-9, 10-10, 10-12
    CHECK(c.workdays_between(Date{2020, 10, 9}, Date{2020, 9, 30}) == 0);
    CHECK(c.workdays_between(Date{2020, 11, 23}, Date{2020, 11, 23}) == 0);
    CHECK(c.workdays_between(Date{2020, 11, 20}, Date{2020, 11, 27}) == 5);
}

TEST_CASE("calendar: without a calendar file only weekends rest", "[model]") {
    Calendar c;
    CHECK(c.is_workday(Date{2020, 10, 1}));
    CHECK_FALSE(c.is_workday(Date{2020, 10, 10}));
    CHECK(c.add_workdays(Date{2020, 10, 9}, 1) == Date{2020, 10, 12});
}

TEST_CASE("calendar: a bad date in a calendar file names file and line", "[model]") {
    Calendar c;
    auto file = std::filesystem::path(DOSSIER_TEST_DATA) / "catalogs/calendars/bad-date.yaml";
    try {
        c.load(file);
        FAIL("loaded a calendar with 2020-13-10");
    } catch (const CatalogError& e) {
        CHECK(std::string(e.what()).rfind(file.string() + ":6: ", 0) == 0);
    }
}
