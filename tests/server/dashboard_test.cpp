// The office's dashboard and package pages (server/dashboard) over HTTP against the real
// `dossier serve`: who reaches them (anonymous 401 — the two HTML pages 303 to /login —, a unit
// clerk 404, POST without CSRF 403), what the dashboard says (score, working days left as
// report.json has them, the 催办 notice naming each missing indicator), the SVG charts on the
// page with matrix cells leading to the unit's files, and the packages: download as an
// attachment, the index from inside the zip and report.html inline under the strict CSP.
#include <catch2/catch.hpp>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

const std::string kDocumentCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'";

// 市财政局 hands in its budget; 市教育和体育局 a guide; everybody else nothing.
struct Dash : PortalBase {
    Dash() : PortalBase("dossier-dash") {
        write(root / "inbox/市财政局/预算公开.txt",
              "霸州市财政局关于公开2020年部门预算的公告\n现将2020年部门预算、“三公”经费预算"
              "情况予以公开。\n2020年3月1日\n");
        write(root / "inbox/市教育和体育局/指南.txt",
              "霸州市教育和体育局政府信息公开指南\n2020年6月30日\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path(),
                                               std::vector<std::string>{"--as-of", "2020-11-20"});
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "市财政局");
    }
};

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

const char* const kJsonRoutes[] = {"/api/dashboard", "/package/report.html",
                                   "/package/view/x.zip/index.html", "/package/download/x.zip"};

}  // namespace

TEST_CASE("dashboard: every new route is the office's — anonymous 401 (pages: to /login), a "
          "clerk 404, a POST without CSRF 403",
          "[server][dashboard]") {
    Dash d;
    Client anon(d.serve->url());
    for (const char* path : kJsonRoutes) {
        auto r = anon.get(path);
        REQUIRE(r);
        CHECK(r->status == 401);
        CHECK(body_of(r)["error"] == "请先登录");
    }
    for (const char* path : {"/dashboard", "/package"}) {
        auto r = anon.get(path);
        REQUIRE(r);
        CHECK(r->status == 303);
        CHECK(r->get_header_value("Location") == "/login");
    }
    Client fin = d.as("fin", kFinPw);
    for (const char* path : kJsonRoutes) {
        auto r = fin.get(path);
        REQUIRE(r);
        INFO(path);
        CHECK(r->status == 404);
    }
    for (const char* path : {"/dashboard", "/package"}) {
        auto r = fin.get(path);
        REQUIRE(r);
        CHECK(r->status == 404);
        CHECK(has(r->body, "<html"));  // the 404 page, not the office's
        CHECK(!has(r->body, "催办"));
        CHECK(!has(r->body, "/dashboard"));  // no nav link for a clerk
    }
    CHECK(fin.post("/api/build")->status == 404);
    Client office = d.as("office", kOfficePw);
    CHECK(office.post("/api/build", "{}", false)->status == 403);
    CHECK(office.post_with("/api/build", {{"X-CSRF-Token", office.csrf()},
                                          {"Origin", "http://evil.example"}})
              ->status == 403);
    CHECK(office.post("/api/build")->status == 202);
    auto page = office.get("/");
    REQUIRE(page);
    CHECK(has(page->body, "<a class=\"nav\" href=\"/dashboard\">"));
}

TEST_CASE("dashboard: score, days left and a 催办 notice naming every missing indicator",
          "[server][dashboard]") {
    Dash d;
    Client office = d.as("office", kOfficePw);
    REQUIRE(d.serve->wait_builds(office, 1));
    auto r = office.get("/api/dashboard");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    CHECK(r->get_header_value("Cache-Control") == "no-store");
    const auto j = body_of(r);
    const auto report = nlohmann::json::parse(slurp(d.serve->out() / "report.json"));
    CHECK(j["score"]["points_confirmed"] == report["summary"]["points_confirmed"]);
    CHECK(j["score"]["points_at_risk"] == report["summary"]["points_at_risk"]);
    CHECK(j["score"]["points_total"] == report["summary"]["points_total"]);
    CHECK(j["deadline"]["workdays_left"] == report["deadline"]["workdays_left"]);
    CHECK(j["deadline"]["workdays_left"].get<int>() > 0);
    REQUIRE(j["coverage"].size() >= 5);
    CHECK(j["units"].size() >= 10);
    // 市财政局 handed in one file: it is in the per-unit figures.
    bool fin_seen = false;
    for (const auto& u : j["units"])
        if (u["unit"] == "市财政局") fin_seen = u["files"] == 1 && u["total"].get<int>() > 0;
    CHECK(fin_seen);
    REQUIRE(j["chase"].size() >= 5);
    const std::string days = std::to_string(j["deadline"]["workdays_left"].get<int>());
    for (const auto& c : j["chase"]) {
        const std::string unit = c["unit"], msg = c["message"];
        INFO(unit << "\n" << msg);
        CHECK(msg.rfind(unit + "：\n", 0) == 0);
        CHECK(has(msg, "还剩 " + days + " 个工作日"));
        CHECK(has(msg, report["deadline"]["window_end"].get<std::string>()));
        REQUIRE(!c["missing"].empty());
        for (const auto& m : c["missing"]) {
            CHECK(has(msg, m["id"].get<std::string>() + " " + m["name"].get<std::string>()));
            CHECK(!m["reason"].get<std::string>().empty());
            CHECK((m["status"] == "missing" || m["status"] == "late" || m["status"] == "weak"));
        }
    }
    // A unit with no files at all is chased for each of its leaves, with the reason.
    bool silent = false;
    for (const auto& c : j["chase"])
        if (c["unit"] == "市卫生健康局")
            silent = has(c["message"].get<std::string>(), "（缺失：" +
                                                               c["missing"][0]["reason"].get<std::string>());
    CHECK(silent);
}

TEST_CASE("dashboard: the page shows the SVG charts, and matrix cells lead to the unit's files "
          "of that indicator",
          "[server][dashboard]") {
    Dash d;
    Client office = d.as("office", kOfficePw);
    REQUIRE(d.serve->wait_builds(office, 1));
    auto r = office.get("/dashboard");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    const std::string& page = r->body;
    CHECK(r->get_header_value("Content-Security-Policy") ==
          "default-src 'self'; frame-ancestors 'none'");
    size_t svgs = 0;
    for (size_t at = page.find("<svg xmlns"); at != std::string::npos;
         at = page.find("<svg xmlns", at + 1))
        ++svgs;
    CHECK(svgs == 3);
    CHECK(!has(page, "<script>"));
    CHECK(!has(page, "style=\""));
    CHECK(has(page, "可确认得分"));
    CHECK(has(page, "<textarea class=\"notice\""));
    // A matrix cell of 市财政局 → its unit page narrowed to that indicator.
    const std::string link = "/unit/" + url_encode("市财政局") + "?indicator=";
    const size_t at = page.find("<a href=\"" + link);
    REQUIRE(at != std::string::npos);
    const size_t start = at + 9, end = page.find('"', start);
    const std::string href = page.substr(start, end - start);
    auto files = office.get(href);
    REQUIRE(files);
    CHECK(files->status == 200);
    CHECK(has(files->body, "id=\"only\""));
    // The clerk's own unit page takes the same filter.
    Client fin = d.as("fin", kFinPw);
    CHECK(fin.get(href)->status == 200);
}

TEST_CASE("dashboard: the package page lists the package with its verify result — download, "
          "index and report are served as they should be",
          "[server][dashboard]") {
    Dash d;
    Client office = d.as("office", kOfficePw);
    REQUIRE(d.serve->wait_builds(office, 1));
    const auto build = body_of(office.get("/api/build"));
    REQUIRE(build["packages"].size() == 1);
    const std::string zip =
        std::filesystem::path(build["packages"][0]["path"].get<std::string>()).filename();
    auto page = office.get("/package");
    REQUIRE(page);
    REQUIRE(page->status == 200);
    CHECK(has(page->body, zip));
    CHECK(has(page->body, build["packages"][0]["verify"].get<std::string>()));
    CHECK(has(page->body, "id=\"build-now\""));

    auto dl = office.get("/package/download/" + url_encode(zip));
    REQUIRE(dl);
    CHECK(dl->status == 200);
    CHECK(dl->get_header_value("Content-Type") == "application/zip");
    CHECK(dl->get_header_value("Content-Disposition").rfind("attachment;", 0) == 0);
    CHECK(dl->body == slurp(d.serve->out() / zip));

    auto index = office.get("/package/view/" + url_encode(zip) + "/index.html");
    REQUIRE(index);
    CHECK(index->status == 200);
    CHECK(index->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(index->get_header_value("Content-Security-Policy") == kDocumentCsp);
    CHECK(index->get_header_value_count("Content-Security-Policy") == 1);
    CHECK(has(index->body, "<svg width="));
    CHECK(!has(index->body, "存在风险"));  // (an indicator is named 防范金融风险…)
    CHECK(!has(index->body, "置信度"));
    // The index's relative links to the evidence: attachments, never rendered.
    const size_t at = index->body.find("href=\"data/");
    REQUIRE(at != std::string::npos);
    const std::string member =
        index->body.substr(at + 6, index->body.find('"', at + 6) - at - 6);
    auto ev = office.get("/package/view/" + url_encode(zip) + "/" + member);
    REQUIRE(ev);
    CHECK(ev->status == 200);
    CHECK(ev->get_header_value("Content-Disposition").rfind("attachment;", 0) == 0);

    auto report = office.get("/package/report.html");
    REQUIRE(report);
    CHECK(report->status == 200);
    CHECK(report->get_header_value("Content-Security-Policy") == kDocumentCsp);
    CHECK(report->body == slurp(d.serve->out() / "report.html"));
    CHECK(has(report->body, "<svg xmlns"));

    for (const std::string& bad :
         {std::string("/package/download/..%2Freport.json"), std::string("/package/download/x.zip"),
          "/package/view/" + url_encode(zip) + "/nothing.txt"})
        CHECK(office.get(bad)->status == 404);
}
