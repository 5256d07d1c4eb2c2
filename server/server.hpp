// The portal (`dossier serve`, design.md §6): an HTTP(S) server over one inbox, OUT and
// workspace, with accounts and sessions (server/accounts), background builds (server/builder)
// and the JSON API under /api/.
//
// Every route goes through require(): deny by default, and the same order everywhere —
//   Origin of another site (or Sec-Fetch-Site: cross-site) on a state-changing request → 403;
//   no valid session → 401; a unit clerk on an office route → 404; a state-changing request
//   without the session's X-CSRF-Token → 403.
// Every response (HTML, JSON, errors, 404) carries the security headers (a post-routing
// handler); /api responses also Cache-Control: no-store. Errors are {"error": "<Chinese>"}.
//
// Threading: httplib runs handlers on its task queue (kThreads workers); Accounts and Builder are
// thread-safe; the Portal's own state is immutable after construction.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>
#include <spdlog/logger.h>

#include "model/catalog.hpp"
#include "pipeline/run.hpp"
#include "pipeline/run_options.hpp"
#include "server/accounts.hpp"
#include "server/builder.hpp"

namespace httplib {
class Server;
struct Request;
struct Response;
}  // namespace httplib

namespace dossier {

struct PortalConfig {
    RunConfig run;       // inbox, out, workspace, as_of, jobs, settle, time limit
    RunOptions options;  // to re-resolve --as-of at each build
    std::string host = "127.0.0.1";
    int port = 8080;  // 0: any free port
    std::string tls_cert, tls_key;  // both set: HTTPS
    int64_t session_idle = 30 * 60;       // seconds
    int64_t session_max = 12 * 60 * 60;   // seconds
    int64_t read_timeout = 10;            // seconds per read of a request
    size_t payload_max = 512ull << 20;    // bytes per request body
    int threads = 32;                     // httplib workers (~30 concurrent clients)
    uint64_t max_upload = uint64_t{200} << 20;   // bytes per uploaded file (--max-upload-mb)
    uint64_t unit_quota = uint64_t{4096} << 20;  // bytes of one unit's inbox folder (--unit-quota-mb)
};

// Who is asking (from the session).
struct Caller {
    std::string user;
    std::string role;  // "unit" | "office"
    std::string unit;  // "" for the office
    std::string csrf;
    bool office() const { return role == "office"; }
};

// What a route needs.
struct Need {
    bool office = false;   // office only (a unit clerk gets 404)
    bool changes = false;  // state-changing: Origin + X-CSRF-Token checked
};

class Portal {
  public:
    // Opens portal.db in the workspace. The catalog and logger must outlive the Portal. Throws
    // Fatal(kInput) when TLS files cannot be loaded.
    Portal(PortalConfig config, const Catalog& catalog, std::shared_ptr<spdlog::logger> log);
    ~Portal();
    Portal(const Portal&) = delete;
    Portal& operator=(const Portal&) = delete;

    // Binds the socket (Fatal(kInput) when it cannot) and returns the real port.
    int bind();
    // Starts the builder, then serves until stop(). Call after bind().
    void serve();
    // Stops serving (from any thread, e.g. a signal watcher; only the HTTP side, so it never
    // blocks): serve() then stops the builder and returns after its current build.
    void stop();

    // The caller, or nullopt after writing 401/403/404 into `res`.
    std::optional<Caller> require(const httplib::Request& req, httplib::Response& res, Need need);
    // A unit filter for a listing: the office may name any unit (or none: ""); a unit clerk gets
    // their own unit, and nullopt (after a 404) when naming another.
    std::optional<std::string> unit_scope(const Caller& c, const httplib::Request& req,
                                          httplib::Response& res);

    httplib::Server& http() { return *http_; }
    Accounts& accounts() { return accounts_; }
    Builder& builder() { return builder_; }
    const PortalConfig& config() const { return config_; }
    const Catalog& catalog() const { return catalog_; }
    spdlog::logger& log() { return *log_; }
    bool tls() const { return !config_.tls_cert.empty(); }

  private:
    void install_basics();
    PortalConfig config_;
    const Catalog& catalog_;
    std::shared_ptr<spdlog::logger> log_;
    Accounts accounts_;
    Builder builder_;
    std::unique_ptr<httplib::Server> http_;
};

// Writes `{"error": message}` with `status`.
void json_error(httplib::Response& res, int status, const std::string& message);
// Writes a JSON body with `status`.
void json_reply(httplib::Response& res, int status, const nlohmann::json& body);
// The session id in the request's cookie, or "".
std::string session_cookie(const httplib::Request& req);
// The client's address for throttling and the audit log.
std::string client_address(const httplib::Request& req);

// Route sets, each in its own file; the Portal constructor installs them all.
void install_session_routes(Portal& portal);  // /healthz, /api/login, /api/logout, /api/session
void install_api_routes(Portal& portal);      // /api/files, /api/status, /api/review, pins, build
// POST /api/upload, DELETE /api/files/{id}, GET /api/files/{id}/content and /thumbnail
// (server/intake_routes.cpp).
void install_intake_routes(Portal& portal);

}  // namespace dossier
