// /healthz, /api/login, /api/logout, /api/session (design.md §6). Login is the one
// state-changing request without a CSRF token; its Origin is still checked. Failed logins are
// throttled per account and per address: the 11th within 15 minutes answers 429, and every
// failure answers the same generic 401 (no hint whether the user exists).
#include <httplib.h>

#include "server/server.hpp"

namespace dossier {

namespace {

constexpr int kMaxFailures = 10;
constexpr int64_t kFailureWindow = 15 * 60;

std::string set_cookie(const Portal& p, const std::string& value, bool clear) {
    std::string c = "dossier_session=" + value + "; Path=/; HttpOnly; SameSite=Strict";
    if (clear) c += "; Max-Age=0";
    if (p.tls()) c += "; Secure";
    return c;
}

nlohmann::json session_json(const Caller& c) {
    return {{"user", c.user},
            {"role", c.role},
            {"unit", c.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.unit)},
            {"csrf", c.csrf}};
}

void login(Portal& p, const httplib::Request& req, httplib::Response& res) {
    const std::string origin = req.get_header_value("Origin");
    const std::string expected =
        std::string(p.tls() ? "https://" : "http://") + req.get_header_value("Host");
    if ((!origin.empty() && origin != expected) ||
        req.get_header_value("Sec-Fetch-Site") == "cross-site")
        return json_error(res, 403, "请求来源不被允许");
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    if (!body.is_object() || !body["user"].is_string() || !body["password"].is_string())
        return json_error(res, 400, "请求格式错误：需要 JSON {\"user\", \"password\"}");
    const std::string user = body["user"].get<std::string>();
    const std::string password = body["password"].get<std::string>();
    const std::string from = client_address(req);
    Accounts& acc = p.accounts();
    const int64_t since = unix_now() - kFailureWindow;
    if (acc.failures_for_account(user, since) >= kMaxFailures ||
        acc.failures_for_address(from, since) >= kMaxFailures) {
        p.log().warn("登录受限：{}（来自 {}）15 分钟内失败次数过多", user, from);
        return json_error(res, 429, "登录失败次数过多，请 15 分钟后再试");
    }
    std::optional<Account> account = acc.check_password(user, password);
    if (!account) {
        acc.record_failure(user, from);
        acc.audit(user, "login_failed", "", "", from);
        p.log().info("登录失败：{}（来自 {}）", user, from);
        return json_error(res, 401, "用户名或密码错误");
    }
    // Rotation: the session the client came with (if any) ends; a new id is issued.
    const std::string old = session_cookie(req);
    if (!old.empty()) acc.end_session(old);
    const std::string id = acc.create_session(*account);
    std::optional<Session> s =
        acc.touch_session(id, p.config().session_idle, p.config().session_max);
    if (!s) return json_error(res, 500, "服务器内部错误");
    acc.audit(user, "login", "", "", from);
    p.log().info("登录：{}（来自 {}）", user, from);
    res.set_header("Set-Cookie", set_cookie(p, id, false));
    json_reply(res, 200, session_json({s->user, s->role, s->unit, s->csrf}));
}

}  // namespace

void install_session_routes(Portal& p) {
    httplib::Server& http = p.http();
    http.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
        res.set_content("ok", "text/plain; charset=utf-8");
    });
    http.Post("/api/login", [&p](const httplib::Request& req, httplib::Response& res) {
        login(p, req, res);
    });
    http.Post("/api/logout", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = p.require(req, res, {.changes = true});
        if (!c) return;
        p.accounts().end_session(session_cookie(req));
        p.accounts().audit(c->user, "logout", "", "", client_address(req));
        res.set_header("Set-Cookie", set_cookie(p, "", true));
        res.status = 204;
    });
    http.Get("/api/session", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = p.require(req, res, {});
        if (!c) return;
        json_reply(res, 200, session_json(*c));
    });
}

}  // namespace dossier
