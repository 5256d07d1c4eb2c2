#include "server/server.hpp"

#include <sodium.h>

#include <httplib.h>

#include "model/error.hpp"
#include "server/dashboard.hpp"
#include "server/pages.hpp"

namespace dossier {

namespace {

constexpr const char* kCookie = "dossier_session";
constexpr uint64_t kSmallBody = 1 << 20;  // bytes: the largest body a request other than an upload may have

// The value of cookie `name` in the request's Cookie headers, or "".
std::string cookie_value(const httplib::Request& req, const std::string& name) {
    const size_t n = req.get_header_value_count("Cookie");
    for (size_t i = 0; i < n; ++i) {
        const std::string header = req.get_header_value("Cookie", i);
        size_t pos = 0;
        while (pos < header.size()) {
            size_t end = header.find(';', pos);
            if (end == std::string::npos) end = header.size();
            std::string part = header.substr(pos, end - pos);
            const size_t first = part.find_first_not_of(' ');
            part = first == std::string::npos ? "" : part.substr(first);
            if (part.size() > name.size() && part.compare(0, name.size(), name) == 0 &&
                part[name.size()] == '=')
                return part.substr(name.size() + 1);
            pos = end + 1;
        }
    }
    return {};
}

bool same_secret(const std::string& a, const std::string& b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

void json_reply(httplib::Response& res, int status, const nlohmann::json& body) {
    res.status = status;
    res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/json; charset=utf-8");
}

void json_error(httplib::Response& res, int status, const std::string& message) {
    json_reply(res, status, {{"error", message}});
}

std::string client_address(const httplib::Request& req) {
    return req.remote_addr;
}

std::string session_cookie(const httplib::Request& req) {
    return cookie_value(req, kCookie);
}

Portal::Portal(PortalConfig config, const Catalog& catalog, std::shared_ptr<spdlog::logger> log)
    : config_(std::move(config)),
      catalog_(catalog),
      log_(std::move(log)),
      accounts_(config_.run.workspace),
      builder_(config_.run, catalog_, config_.options, log_) {
    if (tls()) {
        auto ssl = std::make_unique<httplib::SSLServer>(config_.tls_cert.c_str(),
                                                        config_.tls_key.c_str());
        if (!ssl->is_valid())
            throw Fatal(kInput, "无法载入 TLS 证书或私钥", config_.tls_cert,
                        "请检查 --tls-cert 与 --tls-key 是否为匹配的 PEM 文件");
        http_ = std::move(ssl);
    } else {
        http_ = std::make_unique<httplib::Server>();
    }
    install_basics();
    install_session_routes(*this);
    install_api_routes(*this);
    install_intake_routes(*this);
    install_page_routes(*this);
    install_dashboard_routes(*this);
}

Portal::~Portal() {
    stop();
    builder_.stop();
}

void Portal::install_basics() {
    const int threads = config_.threads;
    http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http_->set_read_timeout(config_.read_timeout, 0);
    http_->set_write_timeout(config_.read_timeout, 0);
    http_->set_keep_alive_timeout(5);
    http_->set_keep_alive_max_count(100);
    http_->set_payload_max_length(config_.payload_max);
    http_->set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        // A handler may have set a stricter policy (the report and index documents).
        if (!res.has_header("Content-Security-Policy"))
            res.set_header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        res.set_header("X-Content-Type-Options", "nosniff");
        res.set_header("Referrer-Policy", "same-origin");
        res.set_header("X-Frame-Options", "DENY");
        if (req.path.rfind("/api/", 0) == 0 || req.path == "/api")
            res.set_header("Cache-Control", "no-store");
    });
    // Only uploads carry large bodies: anything else announcing more than 1 MiB (or sending a
    // chunked body of unknown length) is refused before the body is read, so a client cannot make
    // the server buffer payload_max bytes on, say, /api/login.
    http_->set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
        if (req.path == "/api/upload") return httplib::Server::HandlerResponse::Unhandled;
        const bool chunked = req.get_header_value("Transfer-Encoding").find("chunked") !=
                             std::string::npos;
        if (chunked || req.get_header_value<uint64_t>("Content-Length") > kSmallBody) {
            json_error(res, 413, "请求过大");
            res.set_header("Connection", "close");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Deny by default: anything without a route (or a body httplib refused) answers JSON.
    http_->set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        const int status = res.status;
        if (status == 404) json_error(res, 404, "未找到");
        else if (status == 413) json_error(res, 413, "请求过大");
        else if (status == 405) json_error(res, 405, "不支持此请求方法");
        else json_error(res, status, "请求无法处理");
        res.status = status;
        return httplib::Server::HandlerResponse::Handled;
    }));
    http_->set_exception_handler(
        [this](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
            std::string what = "unknown";
            try {
                if (ep) std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                what = e.what();
            } catch (...) {
            }
            log_->error("处理 {} {} 时出错：{}", req.method, req.path, what);
            json_error(res, 500, "服务器内部错误");
        });
}

int Portal::bind() {
    int port = config_.port;
    bool ok = port == 0 ? (port = http_->bind_to_any_port(config_.host)) > 0
                        : http_->bind_to_port(config_.host, port);
    if (!ok)
        throw Fatal(kInput, "无法监听 " + config_.host + ":" + std::to_string(config_.port), "",
                    "端口可能已被占用或地址不属于本机，请换一个 --listen 地址");
    return port;
}

void Portal::serve() {
    builder_.start();
    http_->listen_after_bind();
    builder_.stop();
}

void Portal::stop() {
    if (http_) http_->stop();
}

std::optional<Caller> Portal::require(const httplib::Request& req, httplib::Response& res,
                                      Need need) {
    if (need.changes) {
        const std::string origin = req.get_header_value("Origin");
        const std::string expected =
            std::string(tls() ? "https://" : "http://") + req.get_header_value("Host");
        if ((!origin.empty() && origin != expected) ||
            req.get_header_value("Sec-Fetch-Site") == "cross-site") {
            json_error(res, 403, "请求来源不被允许");
            return std::nullopt;
        }
    }
    const std::string id = session_cookie(req);
    std::optional<Session> s;
    if (id.size() == 64) s = accounts_.touch_session(id, config_.session_idle, config_.session_max);
    if (!s) {
        json_error(res, 401, "请先登录");
        return std::nullopt;
    }
    Caller c{s->user, s->role, s->unit, s->csrf};
    if (need.office && !c.office()) {
        json_error(res, 404, "未找到");
        return std::nullopt;
    }
    if (need.changes && !same_secret(req.get_header_value("X-CSRF-Token"), c.csrf)) {
        json_error(res, 403, "缺少或错误的 CSRF 令牌，请刷新页面后重试");
        return std::nullopt;
    }
    return c;
}

std::optional<std::string> Portal::unit_scope(const Caller& c, const httplib::Request& req,
                                              httplib::Response& res) {
    const std::string asked = req.has_param("unit") ? req.get_param_value("unit") : "";
    if (c.office()) return asked;
    if (!asked.empty() && asked != c.unit) {
        json_error(res, 404, "未找到");
        return std::nullopt;
    }
    return c.unit;
}

}  // namespace dossier
