// Issue 18: weak date sources never publish, and validation never calls anything late on an
// unconfirmed date. End to end with the real binary (a scanned PDF whose page shows no readable
// date and whose CreationDate lies inside the submission window), and on hand-made ledgers over
// the bundled catalog (a date under review).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bundled_catalog.hpp"
#include "cli_harness.hpp"
#include "pipeline/validate.hpp"

using namespace dossier;
using namespace dossier::test;
using nlohmann::json;

namespace {

// A one-page PDF whose page is blank (a scan nobody can read a date on) and whose Info dictionary
// carries `creation` (D:YYYYMMDDHHmmSS) — the day it was scanned.
std::string scanned_pdf(const std::string& creation) {
    std::vector<std::string> objs = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        "<< /Length 0 >>\nstream\n\nendstream",
        "<< /Producer (Scanner) /CreationDate (D:" + creation + "+08'00') /ModDate (D:" +
            creation + "+08'00') >>"};
    std::string pdf = "%PDF-1.4\n";
    std::vector<size_t> offsets;
    for (size_t i = 0; i < objs.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (size_t o : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", o);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

const json* find_by(const json& list, const char* key, const std::string& value) {
    for (const auto& e : list)
        if (e.value(key, std::string()) == value) return &e;
    return nullptr;
}

FileRecord dated(std::string source, std::string indicator, Date published, bool review) {
    FileRecord f;
    f.source = std::move(source);
    f.cls.indicator = std::move(indicator);
    f.cls.confidence = 0.9;
    f.cls.review = false;
    f.kind = EvidenceKind::document;
    f.analysis.date.published = published;
    f.analysis.date.source = "label";
    f.analysis.date.review = review;
    f.analysis.date.confidence = review ? 0.6 : 0.95;
    return f;
}

const Verdict& verdict(const Assessment& a, std::string_view id) {
    for (const auto& v : a.verdicts)
        if (v.id == id) return v;
    FAIL("no verdict for " << id);
    throw;
}

bool says_unconfirmed(const std::vector<std::string>& reasons) {
    for (const auto& r : reasons)
        if (r.find("发布日期无法确认") != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("date_weak: a scan with no readable date and a CreationDate in the window gives "
          "published null, the hint, a weak 发布日期无法确认 and no late",
          "[pipeline][e2e]") {
    test::TempDir dir;
    const auto inbox = dir / "inbox", ws = dir / "ws";
    const std::string source = "市融媒体中心/政府信息公开平台改版升级扫描件.pdf";
    write(inbox / source, scanned_pdf("20201124093000"));
    const std::string common =
        " --workspace " + q(ws) + " --as-of 2020-11-25 --settle 0 --quiet";
    // The clerk files it under 7.1.6 (due 2020-09-30): had the scan date been taken as the
    // publication date, 2020-11-24 would make the indicator late.
    Result r = run(dossier_cmd() + " check " + q(inbox) + common + " --json");
    REQUIRE((r.code == 0 || r.code == 1));
    Result a = run(dossier_cmd() + " assign " + q(source) + " 7.1.6" + common + " 2>&1");
    INFO(a.out);
    REQUIRE(a.code == 0);
    r = run(dossier_cmd() + " check " + q(inbox) + common + " --json");
    REQUIRE((r.code == 0 || r.code == 1));
    const json j = json::parse(r.out);
    const json* f = find_by(j["files"], "source", source);
    REQUIRE(f);
    CHECK((*f)["published"].is_null());
    CHECK((*f)["date_hint"] == "2020-11-24");
    CHECK((*f)["date_source"] == "metadata");
    REQUIRE((*f)["indicator"] == "7.1.6");
    const json* v = find_by(j["indicators"], "id", "7.1.6");
    REQUIRE(v);
    CHECK((*v)["status"] == "weak");
    bool unconfirmed = false;
    for (const auto& reason : (*v)["reasons"])
        unconfirmed = unconfirmed ||
                      reason.get<std::string>().find("发布日期无法确认") != std::string::npos;
    CHECK(unconfirmed);
}

TEST_CASE("date_weak: a date under review is never judged late, a confirmed one is",
          "[pipeline]") {
    const Catalog& cat = test::bundled_catalog();
    Ledger l;
    l.files.push_back(dated("市融媒体中心/改版.pdf", "7.1.6", Date{2020, 10, 20}, true));
    Assessment a = validate(cat, l, Date{2020, 11, 25});
    CHECK(verdict(a, "7.1.6").status == Status::weak);
    CHECK(says_unconfirmed(verdict(a, "7.1.6").reasons));

    l.files[0].analysis.date.review = false;
    a = validate(cat, l, Date{2020, 11, 25});
    CHECK(verdict(a, "7.1.6").status == Status::late);

    // A clerk's pin is confirmed even when the finder was unsure.
    l.files[0].analysis.date.review = true;
    l.files[0].analysis.date.source = "pin";
    a = validate(cat, l, Date{2020, 11, 25});
    CHECK(verdict(a, "7.1.6").status == Status::late);

    // A hint alone (published null): weak, not late, and the reason says why.
    l.files[0].analysis.date = DateResult{};
    l.files[0].analysis.date.hint = Date{2020, 11, 24};
    l.files[0].analysis.date.source = "metadata";
    a = validate(cat, l, Date{2020, 11, 25});
    CHECK(verdict(a, "7.1.6").status == Status::weak);
    CHECK(says_unconfirmed(verdict(a, "7.1.6").reasons));
}
