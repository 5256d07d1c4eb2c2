// The portal's API driven over HTTP against the real `dossier serve` (tests/server/harness.hpp):
// sessions, the listings a unit and the office see, rebuilds after the inbox changes, and the
// `user` commands while serve runs.
#include <catch2/catch.hpp>

#include <algorithm>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

// A portal over an inbox with one file for 市财政局, and three users: office, fin (市财政局),
// dev (市发展和改革局).
struct Portal : PortalBase {
    explicit Portal(std::vector<std::string> env = {}) : PortalBase("dossier-server") {
        write(root / "inbox/市财政局/2020年财政预算公开.txt",
              "关于公开2020年市级财政预算的通知\n2020年3月1日\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path(), std::vector<std::string>{}, env);
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "财政局");
        serve->add_user("dev", kDevPw, "市发展和改革局");
    }
};

}  // namespace

TEST_CASE("serve: /healthz answers and login returns the session with its CSRF token",
          "[server]") {
    Portal p;
    Client anon(p.serve->url());
    auto h = anon.get("/healthz");
    REQUIRE(h);
    CHECK(h->status == 200);
    CHECK(h->body == "ok");

    Client fin(p.serve->url());
    auto r = fin.login("fin", kFinPw);
    REQUIRE(r);
    REQUIRE(r->status == 200);
    auto j = body_of(r);
    CHECK(j["user"] == "fin");
    CHECK(j["role"] == "unit");
    CHECK(j["unit"] == "市财政局");
    CHECK(j["csrf"].get<std::string>().size() == 64);
    const std::string cookie = r->get_header_value("Set-Cookie");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(cookie.find("Secure") == std::string::npos);  // plain HTTP

    auto s = fin.get("/api/session");
    REQUIRE(s);
    CHECK(s->status == 200);
    CHECK(body_of(s)["csrf"] == j["csrf"]);  // one token per session

    // SIGTERM ends it cleanly.
    CHECK(p.serve->stop() == 0);
    CHECK(p.serve->output().find("门户已停止。") != std::string::npos);
}

namespace {

// The "source" values of a /api/files answer.
std::vector<std::string> sources(const nlohmann::json& files) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(f["source"].get<std::string>());
    return out;
}

bool lists(const nlohmann::json& files, const std::string& source) {
    auto s = sources(files);
    return std::find(s.begin(), s.end(), source) != s.end();
}

}  // namespace

TEST_CASE("serve: a unit lists only its own files and status, the office sees every unit",
          "[server]") {
    Portal p;
    write(p.serve->inbox() / "市发展和改革局/2020年价格监测报告.txt",
          "2020年第一季度价格监测报告\n发布日期：2020年4月2日\n");
    Client office = p.as("office", kOfficePw);
    REQUIRE(wait_until([&] {
        auto all = body_of(office.get("/api/files"));
        return lists(all, "市发展和改革局/2020年价格监测报告.txt");
    }));
    Client fin = p.as("fin", kFinPw);
    Client dev = p.as("dev", kDevPw);

    auto mine = body_of(fin.get("/api/files"));
    REQUIRE(mine.is_array());
    CHECK(sources(mine) == std::vector<std::string>{"市财政局/2020年财政预算公开.txt"});
    const auto& f = mine[0];
    CHECK(f["id"].get<std::string>().size() == 16);
    CHECK(f["unit"] == "市财政局");
    for (const char* key : {"indicator", "confidence", "review", "published", "date_source",
                            "state", "reason"})
        CHECK(f.contains(key));
    const std::string state = f["state"].get<std::string>();
    CHECK((state == "packaged" || state == "review"));
    CHECK(sources(body_of(dev.get("/api/files"))) ==
          std::vector<std::string>{"市发展和改革局/2020年价格监测报告.txt"});

    // The office may narrow to a unit; a clerk may name only their own.
    CHECK(sources(body_of(office.get("/api/files?unit=" + url_encode("市财政局")))) ==
          std::vector<std::string>{"市财政局/2020年财政预算公开.txt"});
    CHECK(body_of(fin.get("/api/files?unit=" + url_encode("市财政局"))).size() == 1);

    auto st = body_of(fin.get("/api/status"));
    CHECK(st["unit"] == "市财政局");
    REQUIRE(st["indicators"].is_array());
    CHECK(!st["indicators"].empty());
    for (const auto& ind : st["indicators"]) {
        REQUIRE(ind["units"].size() == 1);
        CHECK(ind["units"][0]["unit"] == "市财政局");
        for (const auto& src : ind["files"]) CHECK(src.get<std::string>().rfind("市财政局/", 0) == 0);
    }
    CHECK(st["summary"]["files"] == 1);
    auto all = body_of(office.get("/api/status"));
    CHECK(all["unit"].is_null());
    CHECK(all["summary"]["files"] == 2);
    CHECK(all["summary"]["points_total"] == 100);
    CHECK(all["indicators"].size() > st["indicators"].size());
}

TEST_CASE("serve: a file added to the inbox appears in /api/files and /api/status after a rebuild",
          "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    REQUIRE(wait_until([&] { return body_of(fin.get("/api/files")).size() == 1; }));
    auto before = body_of(fin.get("/api/status"));
    CHECK(before["summary"]["files"] == 1);
    // Written by someone else (not through the portal): inotify sees it.
    write(p.serve->inbox() / "市财政局/2020年决算公开.txt",
          "2019年度市级财政决算公开\n2020年8月20日\n");
    REQUIRE(wait_until([&] {
        return lists(body_of(fin.get("/api/files")), "市财政局/2020年决算公开.txt");
    }));
    REQUIRE(wait_until([&] { return body_of(fin.get("/api/status"))["summary"]["files"] == 2; }));
    // And a file removed disappears again.
    std::filesystem::remove(p.serve->inbox() / "市财政局/2020年决算公开.txt");
    REQUIRE(wait_until([&] { return body_of(fin.get("/api/files")).size() == 1; }));
}

TEST_CASE("serve: POST /api/build starts a build (202) and GET /api/build names the verified package",
          "[server]") {
    Portal p;
    Client office = p.as("office", kOfficePw);
    REQUIRE(p.serve->wait_builds(office, 1));
    auto r = office.post("/api/build");
    REQUIRE(r);
    CHECK(r->status == 202);
    REQUIRE(p.serve->wait_builds(office, 2));
    auto b = body_of(office.get("/api/build"));
    CHECK(b["state"] == "idle");
    CHECK(b["last_result"] == "ok");
    CHECK(b["last_finished"].is_string());
    REQUIRE(b["packages"].size() == 1);
    const std::string zip = b["packages"][0]["path"].get<std::string>();
    CHECK(std::filesystem::exists(zip));
    CHECK(std::filesystem::path(zip).parent_path() == p.serve->out());
    // verify_package's code: 0 valid and complete, 1 valid but incomplete (a one-file inbox).
    CHECK(b["packages"][0]["verify_code"].get<int>() <= 1);
    CHECK(std::filesystem::exists(p.serve->out() / "report.json"));
}

TEST_CASE("serve: the office pins a file through /api/pins, and the rebuild and the audit log show it",
          "[server]") {
    Portal p;
    Client office = p.as("office", kOfficePw);
    REQUIRE(wait_until([&] { return body_of(office.get("/api/files")).size() == 1; }));
    const int builds = body_of(office.get("/api/build"))["builds"].get<int>();
    const std::string id = body_of(office.get("/api/files"))[0]["id"].get<std::string>();

    auto r = office.post("/api/pins",
                         nlohmann::json{{"file", id}, {"indicator", "1.2"}, {"date", "2020-03-01"}}.dump());
    REQUIRE(r);
    INFO(r->body);
    CHECK(r->status == 201);
    CHECK(body_of(r)["pin"]["indicator"] == "1.2");
    REQUIRE(p.serve->wait_builds(office, builds + 1));
    REQUIRE(wait_until([&] {
        auto f = body_of(office.get("/api/files"));
        return f.size() == 1 && f[0]["indicator"] == "1.2" && f[0]["published"] == "2020-03-01";
    }));

    auto bad = office.post("/api/pins", nlohmann::json{{"file", id}, {"indicator", "9.9.9"}}.dump());
    REQUIRE(bad);
    CHECK(bad->status == 400);
    CHECK(!body_of(bad)["error"].get<std::string>().empty());
    auto unknown =
        office.post("/api/pins", nlohmann::json{{"file", "0123456789abcdef"}, {"indicator", "1.2"}}.dump());
    REQUIRE(unknown);
    CHECK(unknown->status == 404);

    Ran log = p.serve->user("log");
    CHECK(log.code == 0);
    CHECK(log.out.find("office  确认  市财政局/2020年财政预算公开.txt") != std::string::npos);
    CHECK(log.out.find("登录") != std::string::npos);
}

TEST_CASE("serve: /api/review lists files waiting for a person, for the office only", "[server]") {
    Portal p;
    // A file outside any unit folder that names no indicator is left for a person.
    write(p.serve->inbox() / "便条.txt", "会议室钥匙在前台\n明天下雨\n");
    Client office = p.as("office", kOfficePw);
    REQUIRE(wait_until([&] { return lists(body_of(office.get("/api/files")), "便条.txt"); }));
    auto review = body_of(office.get("/api/review"));
    REQUIRE(review.is_array());
    bool found = false;
    for (const auto& f : review)
        if (f["source"] == "便条.txt") {
            found = true;
            CHECK(f.contains("reasons"));
            CHECK(f["id"].get<std::string>().size() == 16);
        }
    CHECK(found);
    // It belongs to no unit: a clerk does not see it.
    Client fin = p.as("fin", kFinPw);
    CHECK(!lists(body_of(fin.get("/api/files")), "便条.txt"));
    CHECK(fin.get("/api/review")->status == 404);
}

TEST_CASE("serve: dossier user works while serve runs (add, passwd, disable, list)", "[server]") {
    Portal p;
    // Added while serving: can log in at once.
    p.serve->add_user("town", "township-password", "胜芳镇");
    Client town = p.as("town", "township-password");
    CHECK(body_of(town.get("/api/session"))["unit"] == "胜芳镇");

    Ran list = p.serve->user("list");
    CHECK(list.code == 0);
    CHECK(list.out.find("town\t胜芳镇") != std::string::npos);
    CHECK(list.out.find("office\t办公室") != std::string::npos);

    // A new password ends the sessions; the old password no longer works.
    Ran pw = p.serve->user("passwd town --password-stdin", "another-password-2\n");
    CHECK(pw.code == 0);
    CHECK(town.get("/api/session")->status == 401);
    Client again(p.serve->url());
    CHECK(again.login("town", "township-password")->status == 401);
    CHECK(again.login("town", "another-password-2")->status == 200);

    // Disabling ends the session and refuses logins.
    CHECK(p.serve->user("disable town").code == 0);
    CHECK(again.get("/api/session")->status == 401);
    Client third(p.serve->url());
    CHECK(third.login("town", "another-password-2")->status == 401);
    CHECK(p.serve->user("list").out.find("（已停用）") != std::string::npos);

    // Refusals: a unit the catalog does not know (with the nearest name), a short password.
    Ran bad = p.serve->user("add x --unit 市财政厅 --password-stdin", "long-enough-password\n");
    CHECK(bad.code == 2);
    CHECK(bad.out.find("市财政局") != std::string::npos);
    Ran shortpw = p.serve->user("add y --office --password-stdin", "short\n");
    CHECK(shortpw.code == 2);
    CHECK(shortpw.out.find("12") != std::string::npos);
}
