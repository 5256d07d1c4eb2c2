// The portal's security baseline (design.md §6, docs/security.md), each line tried over HTTP
// against the real `dossier serve`: generic login errors and throttling, session expiry,
// rotation and logout, CSRF and Origin checks, deny by default (401 anonymous, 404 for another
// unit and for a clerk on office routes), the security headers on every kind of response, body
// limits, and the Secure cookie under TLS.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <thread>

#include "server/harness.hpp"

using namespace dossier::test;

namespace {

struct Portal : PortalBase {
    explicit Portal(std::vector<std::string> env = {}, std::string listen = "127.0.0.1:0",
                    std::vector<std::string> extra = {}) : PortalBase("dossier-server-sec") {
        write(root / "inbox/市财政局/2020年财政预算公开.txt", "关于公开2020年市级财政预算的通知\n");
        std::filesystem::create_directories(root / "ws");
        serve = std::make_unique<ServeProcess>(root.path(), extra, env, listen);
        serve->add_user("office", kOfficePw);
        serve->add_user("fin", kFinPw, "市财政局");
    }
};

// Every route of the API with its method, and whether it is office only.
struct Route {
    std::string method, path;
    bool office;
};
const std::vector<Route> kRoutes = {
    {"GET", "/api/session", false}, {"POST", "/api/logout", false},
    {"GET", "/api/files", false},   {"GET", "/api/status", false},
    {"GET", "/api/review", true},   {"POST", "/api/pins", true},
    {"POST", "/api/build", true},   {"GET", "/api/build", true},
};

// Sends `request` (raw HTTP) to 127.0.0.1:`port` from the local address `from` (127.0.0.x: the
// kernel would otherwise pick 127.0.0.1 for every loopback destination) and returns the HTTP
// status of the answer, or -1.
int raw_status(const std::string& from, int port, const std::string& request) {
    int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    sockaddr_in local{};
    local.sin_family = AF_INET;
    ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
    if (::bind(fd, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0 ||
        ::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) != 0) {
        ::close(fd);
        return -1;
    }
    timeval tv{20, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (::send(fd, request.data(), request.size(), MSG_NOSIGNAL) !=
        static_cast<ssize_t>(request.size())) {
        ::close(fd);
        return -1;
    }
    std::string answer;
    char buf[4096];
    while (answer.find("\r\n") == std::string::npos) {
        ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) break;
        answer.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return answer.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(answer.c_str() + 9) : -1;
}

// POST /api/login from the local address `from`; returns the HTTP status, or -1.
int login_from(const std::string& from, int port, const std::string& user, const std::string& pw) {
    const std::string body = nlohmann::json{{"user", user}, {"password", pw}}.dump();
    return raw_status(from, port,
                      "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(port) +
                          "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

httplib::Result call(Client& c, const Route& r) {
    return r.method == "GET" ? c.get(r.path) : c.post(r.path, "{}");
}

}  // namespace

TEST_CASE("security: a wrong password and an unknown user get the same generic 401", "[server]") {
    Portal p;
    Client c(p.serve->url());
    auto wrong = c.login("fin", "not-the-password");
    auto nobody = c.login("nobody", "not-the-password");
    REQUIRE(wrong);
    REQUIRE(nobody);
    CHECK(wrong->status == 401);
    CHECK(nobody->status == 401);
    CHECK(wrong->body == nobody->body);
    CHECK(body_of(wrong)["error"] == "用户名或密码错误");
    CHECK(wrong->get_header_value("Set-Cookie").empty());
    Ran log = p.serve->user("log");
    CHECK(log.out.find("fin  登录失败") != std::string::npos);
}

TEST_CASE("security: logins are throttled after 10 failures per account and per address (429)",
          "[server]") {
    Portal p;
    p.serve->add_user("dev", "develop-password-1", "市发展和改革局");
    const int port = p.serve->port();

    // Per account: 10 failures for fin from 127.0.0.2. fin is refused even from 127.0.0.1 with
    // the right password, while another account from 127.0.0.1 still logs in.
    for (int i = 0; i < 10; ++i) CHECK(login_from("127.0.0.2", port, "fin", "wrong-password-x") == 401);
    Client from1(p.serve->url());
    auto blocked = from1.login("fin", kFinPw);
    REQUIRE(blocked);
    CHECK(blocked->status == 429);
    CHECK(body_of(blocked)["error"] == "登录失败次数过多，请 15 分钟后再试");
    CHECK(from1.login("dev", "develop-password-1")->status == 200);

    // Per address: 10 failures for ten different names from 127.0.0.3. That address is refused
    // for a good account too, other addresses are not.
    for (int i = 0; i < 10; ++i)
        CHECK(login_from("127.0.0.3", port, "guess" + std::to_string(i), "wrong-password-x") == 401);
    CHECK(login_from("127.0.0.3", port, "dev", "develop-password-1") == 429);
    CHECK(login_from("127.0.0.4", port, "dev", "develop-password-1") == 200);
}

TEST_CASE("security: sessions end after the idle timeout and after the absolute timeout",
          "[server]") {
    SECTION("idle") {
        Portal p({"DOSSIER_SESSION_IDLE=2"});
        Client fin = p.as("fin", kFinPw);
        CHECK(fin.get("/api/session")->status == 200);
        std::this_thread::sleep_for(std::chrono::milliseconds(3200));
        auto r = fin.get("/api/session");
        CHECK(r->status == 401);
        CHECK(body_of(r)["error"] == "请先登录");
    }
    SECTION("absolute, even while in use") {
        Portal p({"DOSSIER_SESSION_MAX=3"});
        Client fin = p.as("fin", kFinPw);
        for (int i = 0; i < 2; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(900));
            CHECK(fin.get("/api/session")->status == 200);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        CHECK(fin.get("/api/session")->status == 401);
    }
}

TEST_CASE("security: logout ends the session, and a new login rotates the id and ends the old one",
          "[server]") {
    Portal p;
    Client fin = p.as("fin", kFinPw);
    const std::string first = fin.cookie();
    // Logging in again with the old cookie: a new id, the old one is dead.
    auto again = fin.login("fin", kFinPw);
    REQUIRE(again->status == 200);
    CHECK(fin.cookie() != first);
    Client old(p.serve->url());
    old.set_cookie(first);
    CHECK(old.get("/api/session")->status == 401);
    CHECK(fin.get("/api/session")->status == 200);

    // Logout needs the CSRF token too; then the cookie is dead.
    CHECK(fin.post("/api/logout", "{}", false)->status == 403);
    auto out = fin.post("/api/logout");
    REQUIRE(out);
    CHECK(out->status == 204);
    CHECK(out->get_header_value("Set-Cookie").find("Max-Age=0") != std::string::npos);
    CHECK(fin.get("/api/session")->status == 401);
    CHECK(fin.post("/api/logout")->status == 401);
}

TEST_CASE("security: state-changing requests need the session's CSRF token and a same Origin",
          "[server]") {
    Portal p;
    Client office = p.as("office", kOfficePw);
    for (const char* path : {"/api/build", "/api/pins", "/api/logout"}) {
        INFO(path);
        auto missing = office.post(path, "{}", false);
        CHECK(missing->status == 403);
        CHECK(!body_of(missing)["error"].get<std::string>().empty());
        CHECK(office.post_with(path, {{"X-CSRF-Token", std::string(64, 'a')}})->status == 403);
    }
    const std::string self = p.serve->url();
    CHECK(office.post_with("/api/build", {{"X-CSRF-Token", office.csrf()},
                                          {"Origin", "http://evil.example"}})
              ->status == 403);
    CHECK(office.post_with("/api/build", {{"X-CSRF-Token", office.csrf()},
                                          {"Sec-Fetch-Site", "cross-site"}})
              ->status == 403);
    CHECK(office.post_with("/api/build", {{"X-CSRF-Token", office.csrf()}, {"Origin", self}})
              ->status == 202);
    // Login has no token, but its Origin is checked.
    Client c(self);
    auto r = c.http().Post("/api/login", {{"Origin", "http://evil.example"}},
                           nlohmann::json{{"user", "fin"}, {"password", kFinPw}}.dump(),
                           "application/json");
    CHECK(r->status == 403);
    CHECK(r->get_header_value("Set-Cookie").empty());
}

TEST_CASE("security: deny by default — anonymous 401, another unit 404, a clerk on office routes 404",
          "[server]") {
    Portal p;
    p.serve->add_user("dev", "develop-password-1", "市发展和改革局");
    Client anon(p.serve->url());
    for (const Route& r : kRoutes) {
        INFO(r.method << " " << r.path);
        auto res = call(anon, r);
        REQUIRE(res);
        CHECK(res->status == 401);
        CHECK(body_of(res)["error"] == "请先登录");
    }
    Client fin = p.as("fin", kFinPw);
    for (const Route& r : kRoutes) {
        if (!r.office) continue;
        INFO(r.method << " " << r.path);
        auto res = call(fin, r);
        CHECK(res->status == 404);
    }
    const std::string other = url_encode("市发展和改革局");
    CHECK(fin.get("/api/files?unit=" + other)->status == 404);
    CHECK(fin.get("/api/status?unit=" + other)->status == 404);
    // Unknown routes and methods: 404 JSON, never a default page.
    for (const char* path : {"/api/unknown", "/admin", "/api/files/../../etc/passwd"}) {
        INFO(path);
        auto res = fin.get(path);
        CHECK(res->status == 404);
        CHECK(body_of(res)["error"] == "未找到");
    }
    CHECK(fin.http().Put("/api/files", "{}", "application/json")->status == 404);
}

TEST_CASE("security: every response carries the security headers (HTML, JSON, errors)",
          "[server]") {
    Portal p;
    Client anon(p.serve->url());
    std::vector<std::pair<std::string, httplib::Result>> answers;
    answers.emplace_back("/", anon.get("/"));
    answers.emplace_back("/healthz", anon.get("/healthz"));
    answers.emplace_back("/api/files (401)", anon.get("/api/files"));
    answers.emplace_back("/api/nothing (404)", anon.get("/api/nothing"));
    answers.emplace_back("/nothing (404)", anon.get("/nothing"));
    Client fin = p.as("fin", kFinPw);
    answers.emplace_back("/api/files", fin.get("/api/files"));
    for (auto& [what, r] : answers) {
        INFO(what);
        REQUIRE(r);
        CHECK(r->get_header_value("Content-Security-Policy") ==
              "default-src 'self'; frame-ancestors 'none'");
        CHECK(r->get_header_value("X-Content-Type-Options") == "nosniff");
        CHECK(r->get_header_value("Referrer-Policy") == "same-origin");
    }
    CHECK(answers[0].second->get_header_value("Content-Type").rfind("text/html", 0) == 0);
    CHECK(answers[4].second->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    for (size_t i : {2, 3, 5}) {
        CHECK(answers[i].second->get_header_value("Cache-Control") == "no-store");
        CHECK(answers[i].second->get_header_value("Content-Type").rfind("application/json", 0) == 0);
    }
}

TEST_CASE("security: bodies over 1 MiB are refused before they are read, except uploads",
          "[server]") {
    Portal p;
    const std::string head = "POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Content-Type: application/json\r\n";
    // Only the headers are sent: the answer comes without the server waiting for the body.
    CHECK(raw_status("127.0.0.1", p.serve->port(), head + "Content-Length: 2097152\r\n\r\n") == 413);
    CHECK(raw_status("127.0.0.1", p.serve->port(), head + "Transfer-Encoding: chunked\r\n\r\n") == 413);
    Client c(p.serve->url());
    CHECK(c.get("/healthz")->status == 200);  // the server is still there
}

TEST_CASE("security: under TLS the session cookie is Secure", "[server]") {
    Scratch certs("dossier-server-tls");
    const std::string cmd = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
                            "-keyout '" + (certs / "key.pem").string() + "' -out '" +
                            (certs / "cert.pem").string() + "' 2>/dev/null";
    REQUIRE(std::system(cmd.c_str()) == 0);
    Portal p({}, "127.0.0.1:0",
             {"--tls-cert", (certs / "cert.pem").string(), "--tls-key", (certs / "key.pem").string()});
    CHECK(p.serve->url().rfind("https://", 0) == 0);
    Client fin(p.serve->url());
    auto r = fin.login("fin", kFinPw);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->get_header_value("Set-Cookie").find("; Secure") != std::string::npos);
    // The Origin a browser sends over HTTPS is accepted.
    CHECK(fin.post_with("/api/logout", {{"X-CSRF-Token", fin.csrf()}, {"Origin", p.serve->url()}})
              ->status == 204);
}

TEST_CASE("security: a client that vanishes mid-answer does not end the server", "[server]") {
    Portal p;
    Client office = p.as("office", kOfficePw);
    REQUIRE(p.serve->wait_builds(office, 1));
    for (int i = 0; i < 20; ++i) {
        // A tiny receive window, a request for the largest answer, then a reset at once: the
        // server's write fails (EPIPE/ECONNRESET) instead of raising SIGPIPE.
        int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int small = 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in server{};
        server.sin_family = AF_INET;
        server.sin_port = htons(static_cast<uint16_t>(p.serve->port()));
        ::inet_pton(AF_INET, "127.0.0.1", &server.sin_addr);
        REQUIRE(::connect(fd, reinterpret_cast<sockaddr*>(&server), sizeof server) == 0);
        const std::string req = "GET /api/status HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " +
                                office.cookie() + "\r\n\r\n";
        ::send(fd, req.data(), req.size(), MSG_NOSIGNAL);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        linger reset{1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(fd);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(office.get("/healthz")->status == 200);
    CHECK(office.get("/api/status")->status == 200);
}
