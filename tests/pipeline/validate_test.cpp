// validate: statuses, rules, points and per-unit filtering on hand-made ledgers over the real
// bundled catalog.
#include <map>

#include <catch2/catch.hpp>

#include "bundled_catalog.hpp"
#include "model/catalog.hpp"
#include "pipeline/validate.hpp"

using namespace dossier;

namespace {

const Catalog& catalog() { return test::bundled_catalog(); }

FileRecord file(std::string source, std::string indicator, EvidenceKind kind,
                std::optional<Date> published, std::optional<std::string> unit = std::nullopt,
                std::string title = {}) {
    FileRecord f;
    f.source = std::move(source);
    f.cls.indicator = std::move(indicator);
    f.cls.confidence = 0.9;
    f.cls.review = false;
    f.kind = kind;
    f.analysis.date.published = published;
    f.analysis.title = std::move(title);
    f.unit = std::move(unit);
    return f;
}

const Verdict& verdict(const Assessment& a, std::string_view id) {
    for (const auto& v : a.verdicts)
        if (v.id == id) return v;
    FAIL("no verdict for " << id);
    throw;
}

Date d(int y, int m, int day) {
    return Date{y, m, day};
}

}  // namespace

TEST_CASE("validate: an empty inbox leaves every evidence indicator missing", "[pipeline]") {
    Ledger l;
    Assessment a = validate(catalog(), l, d(2020, 11, 20));
    REQUIRE(a.verdicts.size() == catalog().indicators.size());
    CHECK(verdict(a, "1.1").status == Status::missing);
    CHECK(a.points_confirmed == 0);
    CHECK(a.points_total == Approx(100));
}

TEST_CASE("validate: covered needs every required kind, a document alone is weak for 网页截图",
          "[pipeline]") {
    Ledger l;
    l.files.push_back(file("市政府办公室/决策.pdf", "1.1", EvidenceKind::document, d(2020, 6, 1),
                           "市政府办公室"));
    Assessment a = validate(catalog(), l, d(2020, 11, 20));
    const Verdict& v = verdict(a, "1.1");
    CHECK(v.status == Status::weak);
    REQUIRE_FALSE(v.reasons.empty());
    CHECK(v.reasons[0].find("网页截图") != std::string::npos);

    l.files.push_back(file("市政府办公室/决策.png", "1.1", EvidenceKind::screenshot, d(2020, 6, 2),
                           "市政府办公室"));
    a = validate(catalog(), l, d(2020, 11, 20));
    CHECK(verdict(a, "1.1").status == Status::covered);
    CHECK(verdict(a, "1.1").points_at_risk == 0);
    CHECK(a.points_confirmed == Approx(catalog().find("1.1")->points));
}

TEST_CASE("validate: unknown dates and dates outside the assessment period are weak",
          "[pipeline]") {
    Ledger l;
    l.files.push_back(file("a/x.pdf", "1.2", EvidenceKind::document, std::nullopt));
    l.files.push_back(file("a/x.png", "1.2", EvidenceKind::screenshot, std::nullopt));
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "1.2").status == Status::weak);
    l.files[0].analysis.date.published = d(2019, 3, 1);
    l.files[1].analysis.date.published = d(2019, 3, 2);
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "1.2").status == Status::weak);
}

TEST_CASE("validate: low-confidence files give review, secondary links at most weak",
          "[pipeline]") {
    Ledger l;
    auto f = file("a/x.png", "1.3", EvidenceKind::screenshot, d(2020, 5, 1));
    f.cls.review = true;
    l.files.push_back(f);
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "1.3").status == Status::review);

    Ledger l2;
    auto g = file("a/y.png", "1.4", EvidenceKind::screenshot, d(2020, 5, 1));
    g.cls.secondary = {"1.3"};
    l2.files.push_back(g);
    CHECK(verdict(validate(catalog(), l2, d(2020, 11, 20)), "1.3").status == Status::weak);
}

TEST_CASE("validate: check-only indicators are 另需核实 and never block completion", "[pipeline]") {
    Ledger l;
    Assessment a = validate(catalog(), l, d(2020, 11, 20));
    bool found = false;
    for (size_t i = 0; i < catalog().indicators.size(); ++i) {
        const Indicator& ind = catalog().indicators[i];
        if (ind.leaf() && !ind.needs_evidence()) {
            found = true;
            CHECK(a.verdicts[i].status == Status::check);
            CHECK(a.verdicts[i].points_at_risk == 0);
        }
    }
    CHECK(found);
}

TEST_CASE("validate: due date rule — 平台改版 after 09-30 is late", "[pipeline]") {
    const Indicator* ind = catalog().find("7.1.6");
    REQUIRE(ind);
    Ledger l;
    l.files.push_back(file("a/改版.png", "7.1.6", EvidenceKind::screenshot, d(2020, 10, 15)));
    l.files.push_back(file("a/改版.pdf", "7.1.6", EvidenceKind::document, d(2020, 10, 15)));
    Assessment a = validate(catalog(), l, d(2020, 11, 20));
    CHECK(verdict(a, "7.1.6").status == Status::late);
    l.files[0].analysis.date.published = d(2020, 9, 29);
    l.files[1].analysis.date.published = d(2020, 9, 29);
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "7.1.6").status != Status::late);
}

TEST_CASE("validate: working-day window across the National Day holiday (政策解读 within 5)",
          "[pipeline]") {
    // Policy on Mon 2020-09-28; 09-29, 09-30, 10-09, 10-10 (make-up Sat), 10-12 are working days
    // 1..5, so an interpretation on 10-12 is in time and one on 10-13 is late.
    Ledger l;
    l.files.push_back(file("市政务公开办/办法.pdf", "1.1", EvidenceKind::document, d(2020, 9, 28),
                           "市政务公开办", "霸州市城区老旧小区改造实施办法"));
    l.files.push_back(file("市政务公开办/解读.png", "4.1", EvidenceKind::screenshot,
                           d(2020, 10, 12), "市政务公开办",
                           "关于《霸州市城区老旧小区改造实施办法》的政策解读"));
    l.files.push_back(file("市政务公开办/解读.pdf", "4.1", EvidenceKind::document, d(2020, 10, 12),
                           "市政务公开办", "关于《霸州市城区老旧小区改造实施办法》的政策解读"));
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "4.1").status == Status::covered);
    l.files[1].analysis.date.published = d(2020, 10, 13);
    const Assessment late = validate(catalog(), l, d(2020, 11, 20));
    const Verdict& v = verdict(late, "4.1");
    CHECK(v.status == Status::late);
    REQUIRE_FALSE(v.reasons.empty());
    CHECK(v.reasons.back().find("6 个工作日") != std::string::npos);
}

TEST_CASE("validate: freshness — new media without an update in the last 14 days is late",
          "[pipeline]") {
    const Indicator* ind = catalog().find("7.2.2");
    REQUIRE(ind);
    Ledger l;
    l.files.push_back(file("a/微信.png", "7.2.2", EvidenceKind::screenshot, d(2020, 11, 1)));
    l.files.push_back(file("a/微信.pdf", "7.2.2", EvidenceKind::document, d(2020, 11, 1)));
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "7.2.2").status == Status::late);
    l.files[0].analysis.date.published = d(2020, 11, 10);
    CHECK(verdict(validate(catalog(), l, d(2020, 11, 20)), "7.2.2").status != Status::late);
}

TEST_CASE("validate: per-unit view counts only that unit's files and responsibilities",
          "[pipeline]") {
    Ledger l;
    l.files.push_back(
        file("市财政局/预算.png", "1.7", EvidenceKind::screenshot, d(2020, 3, 1), "市财政局"));
    l.files.push_back(
        file("市财政局/预算.pdf", "1.7", EvidenceKind::document, d(2020, 3, 1), "市财政局"));
    l.files.push_back(file("市教育和体育局/招生.png", "2.5", EvidenceKind::screenshot,
                           d(2020, 7, 1), "市教育和体育局"));
    Assessment whole = validate(catalog(), l, d(2020, 11, 20));
    Assessment fin = validate(catalog(), l, d(2020, 11, 20), std::string("市财政局"));
    CHECK(verdict(fin, "1.7").status == Status::covered);
    CHECK(verdict(fin, "2.5").status == Status::missing);  // not this unit's file
    CHECK(fin.points_total < whole.points_total);
    // 1.7's responsible units include 市财政局 with evidence.
    bool has = false;
    for (const auto& u : verdict(whole, "1.7").units)
        if (u.unit == "市财政局") has = u.has_evidence;
    CHECK(has);
}

TEST_CASE("validate: group responsibility lists township members without evidence", "[pipeline]") {
    // 5.1 信息公开指南 is the duty of 各乡镇（区、办） among others.
    Ledger l;
    l.files.push_back(
        file("南孟镇/指南.png", "5.1", EvidenceKind::screenshot, d(2020, 3, 1), "南孟镇"));
    l.files.push_back(
        file("南孟镇/指南.pdf", "5.1", EvidenceKind::document, d(2020, 3, 1), "南孟镇"));
    l.files.push_back(
        file("信安镇/其他.pdf", "1.2", EvidenceKind::document, d(2020, 3, 1), "信安镇"));
    Assessment a = validate(catalog(), l, d(2020, 11, 20));
    CHECK(verdict(a, "5.1").status == Status::covered);
    std::map<std::string, bool> units;
    for (const auto& u : verdict(a, "5.1").units) units[u.unit] = u.has_evidence;
    CHECK(units["南孟镇"]);
    REQUIRE(units.count("信安镇"));
    CHECK_FALSE(units["信安镇"]);
}

TEST_CASE("validate: working days left before the window closes", "[pipeline]") {
    // 2020-11-20 is a Friday: 11-23 … 11-27 are five working days, plus the 20th itself.
    CHECK(workdays_left(catalog(), d(2020, 11, 20)) == 6);
    CHECK(workdays_left(catalog(), d(2020, 11, 27)) == 1);
    CHECK(workdays_left(catalog(), d(2020, 11, 30)) == -1);
}
