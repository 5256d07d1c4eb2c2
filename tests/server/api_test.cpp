// The portal's API driven over HTTP against the real `dossier serve` (tests/server/harness.hpp):
// sessions, the listings a unit and the office see, rebuilds after the inbox changes, and the
// `user` commands while serve runs.
#include <catch2/catch.hpp>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

const std::string kOfficePw = "office-password-1";
const std::string kFinPw = "finance-password-1";
const std::string kDevPw = "develop-password-1";

// A portal over an inbox with one file for 市财政局, and three users: office, fin (市财政局),
// dev (市发展和改革局).
struct Portal {
    Scratch root{"dossier-server"};
    std::unique_ptr<ServeProcess> serve;
    explicit Portal(std::vector<std::string> env = {}) {
        write(root / "inbox/市财政局/2020年财政预算公开.txt",
              "关于公开2020年市级财政预算的通知\n2020年3月1日\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path(), std::vector<std::string>{}, env);
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "财政局");
        serve->add_user("dev", kDevPw, "市发展和改革局");
    }
    Client as(const std::string& user, const std::string& pw) {
        Client c(serve->port());
        auto r = c.login(user, pw);
        REQUIRE(r);
        REQUIRE(r->status == 200);
        return c;
    }
};

}  // namespace

TEST_CASE("serve: /healthz answers and login returns the session with its CSRF token",
          "[server]") {
    Portal p;
    Client anon(p.serve->port());
    auto h = anon.get("/healthz");
    REQUIRE(h);
    CHECK(h->status == 200);
    CHECK(h->body == "ok");

    Client fin(p.serve->port());
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
}
