// The review queue over HTTP against the real `dossier serve` (tests/server/harness.hpp): the
// new routes' doors (anonymous 401, a unit clerk 404, no CSRF token 403), the cards and their
// paging, group pins and undo with their audit lines.
#include <catch2/catch.hpp>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

// A portal over an inbox with one 市财政局 file and `loose` files outside any unit folder (the
// unit is unknown: each waits for a person), each with a date in its text.
struct Portal : PortalBase {
    explicit Portal(int loose) : PortalBase("dossier-review") {
        write(root / "inbox/市财政局/2020年财政预算公开.txt",
              "关于公开2020年市级财政预算的通知\n2020年3月1日\n");
        for (int i = 0; i < loose; ++i)
            write(root / ("inbox/便条" + std::to_string(i) + ".txt"),
                  "会议纪要第" + std::to_string(i) + "号\n会议于2020年5月" + std::to_string(i + 1) +
                      "日在三楼会议室召开，讨论了值班安排。\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path());
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "财政局");
    }
};

// The ids of the review cards whose source starts with "便条" (all pages).
std::vector<std::string> loose_cards(Client& office) {
    std::vector<std::string> ids;
    for (const auto& c : body_of(office.get("/api/review?limit=500")))
        if (c["source"].get<std::string>().rfind("便条", 0) == 0) ids.push_back(c["id"]);
    return ids;
}

// The indicator /api/files shows for `id` ("" when none or not listed).
std::string indicator_of(Client& office, const std::string& id) {
    for (const auto& f : body_of(office.get("/api/files")))
        if (f["id"] == id) return f["indicator"].is_string() ? f["indicator"].get<std::string>() : "";
    return "";
}

}  // namespace

TEST_CASE("review: the new routes answer anonymous 401, a unit clerk 404, and a missing CSRF token 403",
          "[server]") {
    Portal p(1);
    Client office = p.as("office", kOfficePw);
    Client fin = p.as("fin", kFinPw);
    Client anon(p.serve->url());
    REQUIRE(wait_until([&] { return loose_cards(office).size() == 1; }));
    const std::string id = loose_cards(office)[0];
    const std::string group = nlohmann::json{{"files", {id}}, {"indicator", "1.2"}}.dump();
    const std::string undo = nlohmann::json{{"file", id}, {"undo", true}}.dump();

    for (const char* path : {"/api/review", "/api/review?offset=0&limit=1"}) {
        CHECK(anon.get(path)->status == 401);
        CHECK(fin.get(path)->status == 404);
        CHECK(office.get(path)->status == 200);
    }
    // The page: anonymous to the login form, a clerk to the 404 page.
    auto page = anon.get("/review");
    CHECK(page->status == 303);
    CHECK(page->get_header_value("Location") == "/login");
    auto clerk_page = fin.get("/review");
    CHECK(clerk_page->status == 404);
    CHECK(clerk_page->body.find("未找到") != std::string::npos);
    auto office_page = office.get("/review");
    CHECK(office_page->status == 200);
    CHECK(office_page->body.find("/assets/review.js") != std::string::npos);
    CHECK(office_page->body.find("<script>") == std::string::npos);  // CSP: no inline script
    // State-changing: group pins, undo, DELETE.
    for (const std::string& body : {group, undo}) {
        CHECK(anon.post("/api/pins", body)->status == 401);
        CHECK(fin.post("/api/pins", body)->status == 404);
        CHECK(office.post("/api/pins", body, false)->status == 403);
    }
    CHECK(anon.del("/api/pins/" + id)->status == 401);
    CHECK(fin.del("/api/pins/" + id)->status == 404);
    CHECK(office.del("/api/pins/" + id, false)->status == 403);
    // Nothing of the above pinned anything.
    CHECK(p.serve->user("log").out.find("确认") == std::string::npos);
}

TEST_CASE("review: cards carry the choices, the dates in their context and the group, and pages follow offset and limit",
          "[server]") {
    Portal p(5);
    Client office = p.as("office", kOfficePw);
    REQUIRE(wait_until([&] { return loose_cards(office).size() == 5; }));
    auto all = office.get("/api/review?limit=500");
    const int total = std::stoi(all->get_header_value("X-Total-Count"));
    CHECK(total >= 5);
    for (const auto& c : body_of(all)) {
        if (c["source"] != "便条2.txt") continue;
        const std::string id = c["id"];
        CHECK(c["thumbnail"] == "/api/files/" + id + "/thumbnail");
        CHECK(c["unit"].is_null());
        CHECK(std::find(c["needs"].begin(), c["needs"].end(), "unit") != c["needs"].end());
        CHECK(c["choices"].is_array());
        CHECK(c["choices"].size() <= 3);
        CHECK(c["members"].size() == 1);
        CHECK(c["members"][0]["id"] == id);
        CHECK(c["sensitive"].is_array());
        bool dated = false;
        for (const auto& d : c["dates"])
            if (d["date"] == "2020-05-03") {
                dated = true;
                CHECK(d["context"].get<std::string>().find("三楼会议室") != std::string::npos);
            }
        CHECK(dated);
    }
    // Pages: limit 2 from offset 0 and 2, the same cards as the whole list, in order.
    auto first = office.get("/api/review?offset=0&limit=2");
    auto second = office.get("/api/review?offset=2&limit=2");
    CHECK(first->get_header_value("X-Total-Count") == std::to_string(total));
    REQUIRE(body_of(first).size() == 2);
    REQUIRE(body_of(second).size() == 2);
    CHECK(body_of(first)[1]["id"] == body_of(all)[1]["id"]);
    CHECK(body_of(second)[0]["id"] == body_of(all)[2]["id"]);
    CHECK(body_of(office.get("/api/review?offset=" + std::to_string(total))).empty());
    for (const char* bad : {"/api/review?limit=0", "/api/review?limit=501", "/api/review?offset=-1",
                            "/api/review?limit=abc"})
        CHECK(office.get(bad)->status == 400);
}

TEST_CASE("review: a group pin reaches every file in one request, is logged per file, and undo takes it back",
          "[server]") {
    Portal p(3);
    Client office = p.as("office", kOfficePw);
    REQUIRE(wait_until([&] { return loose_cards(office).size() == 3; }));
    const std::vector<std::string> ids = loose_cards(office);
    int builds = body_of(office.get("/api/build"))["builds"].get<int>();

    // An unknown id in the group: 404 and nothing pinned.
    auto unknown = office.post(
        "/api/pins",
        nlohmann::json{{"files", {ids[0], "0123456789abcdef"}}, {"indicator", "1.2"}}.dump());
    CHECK(unknown->status == 404);

    auto r = office.post("/api/pins", nlohmann::json{{"files", {ids[0], ids[1]}},
                                                      {"indicator", "1.2"},
                                                      {"date", "2020-05-01"}}
                                          .dump());
    REQUIRE(r);
    INFO(r->body);
    REQUIRE(r->status == 201);
    REQUIRE(body_of(r)["files"].size() == 2);
    CHECK(body_of(r)["files"][1]["pin"]["indicator"] == "1.2");
    REQUIRE(p.serve->wait_builds(office, builds + 1));
    REQUIRE(wait_until([&] {
        return indicator_of(office, ids[0]) == "1.2" && indicator_of(office, ids[1]) == "1.2";
    }));
    // Both left the queue; the third is still waiting.
    CHECK(loose_cards(office) == std::vector<std::string>{ids[2]});
    Ran log = p.serve->user("log");
    size_t pins = 0;
    for (size_t at = log.out.find("office  确认"); at != std::string::npos;
         at = log.out.find("office  确认", at + 1))
        ++pins;
    CHECK(pins == 2);

    // Undo: one through the body, one through DELETE.
    builds = body_of(office.get("/api/build"))["builds"].get<int>();
    auto u1 = office.post("/api/pins", nlohmann::json{{"file", ids[0]}, {"undo", true}}.dump());
    REQUIRE(u1);
    CHECK(u1->status == 200);
    CHECK(body_of(u1)["pin"].is_null());
    auto u2 = office.del("/api/pins/" + ids[1]);
    REQUIRE(u2);
    CHECK(u2->status == 200);
    REQUIRE(p.serve->wait_builds(office, builds + 1));
    REQUIRE(wait_until([&] { return loose_cards(office).size() == 3; }));
    log = p.serve->user("log");
    CHECK(log.out.find("office  撤销确认  便条0.txt") != std::string::npos);
    CHECK(log.out.find("office  撤销确认  便条1.txt") != std::string::npos);
    // A malformed request names what it needs.
    auto bad = office.post("/api/pins", nlohmann::json{{"files", "not-a-list"}}.dump());
    CHECK(bad->status == 400);
    CHECK(body_of(bad)["error"].get<std::string>().find("files") != std::string::npos);
}

TEST_CASE("review: a card for a file inside a zip can be pinned from the queue", "[server]") {
    Portal p(0);
    write(p.root / "zipsrc/会议纪要.txt",
          "会议纪要第7号\n会议于2020年5月8日在三楼会议室召开，讨论了值班安排。\n");
    const auto zip = p.root / "inbox/市财政局/材料.zip";
    REQUIRE(std::system(("cd '" + (p.root / "zipsrc").string() + "' && zip -q '" + zip.string() +
                         "' 会议纪要.txt")
                            .c_str()) == 0);
    Client office = p.as("office", kOfficePw);
    const std::string member = "市财政局/材料.zip!/会议纪要.txt";
    std::string id;
    REQUIRE(wait_until([&] {
        for (const auto& c : body_of(office.get("/api/review?limit=500")))
            if (c["source"] == member) id = c["id"];
        return !id.empty();
    }));
    const int builds = body_of(office.get("/api/build"))["builds"].get<int>();
    auto r = office.post("/api/pins", nlohmann::json{{"file", id}, {"indicator", "1.2"}}.dump());
    REQUIRE(r);
    INFO(r->body);
    CHECK(r->status == 201);  // not 找不到这个文件: the workspace's files table lists the zip only
    REQUIRE(p.serve->wait_builds(office, builds + 1));
    CHECK(wait_until([&] { return indicator_of(office, id) == "1.2"; }));
}
