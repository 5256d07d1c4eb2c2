// The portal's HTML pages (server/pages) over HTTP against the real `dossier serve`: who reaches
// which page (login redirect, a clerk's own unit only, the office any), that every value is
// escaped, that no page carries inline script (CSP default-src 'self'), and the embedded assets.
#include <catch2/catch.hpp>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

const std::string kHostile = "<img src=x onerror=alert(1)>报告.txt";

// An inbox with a hostile file name for 市财政局 and a file of 市教育和体育局.
struct Pages : PortalBase {
    Pages() : PortalBase("dossier-pages") {
        write(root / "inbox/市财政局" / kHostile,
              "关于公开2020年市级财政预算的通知\n2020年3月1日\n");
        write(root / "inbox/市教育和体育局/指南.txt", "政府信息公开指南\n2020年6月30日\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path());
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "市财政局");
    }
};

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE(
    "pages: without a session the pages send to /login, which is a form with no inline script",
    "[server][pages]") {
    Pages p;
    Client anon(p.serve->url());
    for (const char* path : {"/", "/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80"}) {
        auto r = anon.get(path);
        REQUIRE(r);
        CHECK(r->status == 303);
        CHECK(r->get_header_value("Location") == "/login");
    }
    auto login = anon.get("/login");
    REQUIRE(login);
    CHECK(login->status == 200);
    CHECK(login->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(login->get_header_value("Content-Security-Policy") ==
          "default-src 'self'; frame-ancestors 'none'");
    CHECK(has(login->body, "<script src=\"/assets/login.js\" defer></script>"));
    CHECK(!has(login->body, "<script>"));
    CHECK(!has(login->body, " on"));  // no inline event handlers (onclick=…)
    // Signed in, /login goes home.
    Client fin = p.as("fin", kFinPw);
    auto again = fin.get("/login");
    REQUIRE(again);
    CHECK(again->status == 303);
    CHECK(again->get_header_value("Location") == "/");
}

TEST_CASE(
    "pages: a clerk's home lists the unit's files escaped, and another unit's page is the 404 page",
    "[server][pages]") {
    Pages p;
    Client office = p.as("office", kOfficePw);
    REQUIRE(p.serve->wait_builds(office, 1));
    Client fin = p.as("fin", kFinPw);
    auto home = fin.get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(has(home->body, "<h1>市财政局</h1>"));
    CHECK(has(home->body, "&lt;img src=x onerror=alert(1)&gt;报告.txt"));
    CHECK(!has(home->body, "<img src=x"));
    CHECK(!has(home->body, "指南.txt"));  // another unit's file
    CHECK(!has(home->body, "<script>"));
    CHECK(has(home->body, "id=\"pick-files\""));
    CHECK(has(home->body, "id=\"duties\""));
    // Editing the URL: another unit, a unit that does not exist, its own unit.
    auto other = fin.get("/unit/%E5%B8%82%E6%95%99%E8%82%B2%E5%92%8C%E4%BD%93%E8%82%B2%E5%B1%80");
    REQUIRE(other);
    CHECK(other->status == 404);
    CHECK(has(other->body, "<h1>未找到</h1>"));
    CHECK(!has(other->body, "指南.txt"));
    auto own = fin.get("/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80");
    REQUIRE(own);
    CHECK(own->status == 200);
    CHECK(has(own->body, "<h1>市财政局</h1>"));
}

TEST_CASE("pages: the office picks any unit from the list and sees that unit's page",
          "[server][pages]") {
    Pages p;
    Client office = p.as("office", kOfficePw);
    REQUIRE(p.serve->wait_builds(office, 1));
    auto list = office.get("/");
    REQUIRE(list);
    CHECK(list->status == 200);
    CHECK(has(list->body, "href=\"/unit/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80\">市财政局</a>"));
    auto edu = office.get("/unit/%E5%B8%82%E6%95%99%E8%82%B2%E5%92%8C%E4%BD%93%E8%82%B2%E5%B1%80");
    REQUIRE(edu);
    CHECK(edu->status == 200);
    CHECK(has(edu->body, "指南.txt"));
    CHECK(has(edu->body, "data-office=\"1\""));
    auto nowhere = office.get("/unit/%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E5%8D%95%E4%BD%8D");
    REQUIRE(nowhere);
    CHECK(nowhere->status == 404);
}

TEST_CASE("pages: the CSS, scripts and icon come from the binary with their types, nothing else",
          "[server][pages]") {
    Pages p;
    Client anon(p.serve->url());
    const std::pair<const char*, const char*> assets[] = {
        {"/assets/portal.css", "text/css; charset=utf-8"},
        {"/assets/home.js", "text/javascript; charset=utf-8"},
        {"/assets/login.js", "text/javascript; charset=utf-8"},
        {"/assets/favicon.svg", "image/svg+xml"}};
    for (const auto& [path, type] : assets) {
        INFO(path);
        auto r = anon.get(path);
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->get_header_value("Content-Type") == type);
        CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
        CHECK(!r->body.empty());
    }
    for (const char* path : {"/assets/home.html", "/assets/layout.html", "/assets/nothing.js",
                             "/assets/..%2Fserver.cpp"}) {
        INFO(path);
        auto r = anon.get(path);
        REQUIRE(r);
        CHECK(r->status == 404);
    }
}
