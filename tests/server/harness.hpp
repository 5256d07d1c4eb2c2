// The portal's test harness: starts the real binary `dossier serve INBOX -o OUT --workspace W
// --listen 127.0.0.1:0` as a child in a scratch folder, reads its port from the first stdout
// line ("门户已启动：http://127.0.0.1:PORT"), waits for /healthz, and stops it with SIGTERM when
// it goes away. Users are made with `dossier user add … --password-stdin`; a Client logs in over
// HTTP and keeps the session cookie and the CSRF token. Header-only.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "common/files.hpp"

namespace dossier::test {

// cpp-httplib 0.11 writes without MSG_NOSIGNAL: a test client writing to a socket the server
// already closed (a refused upload) must get EPIPE, not die.
inline const bool kSigpipeIgnored = [] {
    ::signal(SIGPIPE, SIG_IGN);
    return true;
}();

// Polls `pred` every 100 ms until it holds or `seconds` pass; returns its last answer.
inline bool wait_until(const std::function<bool()>& pred, double seconds = 30) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < end) {
        if (pred()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return pred();
}

// Runs a command line through the shell with `input` on stdin; returns its exit code and stdout.
struct Ran {
    int code = -1;
    std::string out;
};
inline Ran run_with_input(const std::string& cmd, const std::string& input) {
    Scratch tmp("dossier-server-cmd");
    write(tmp / "in", input);
    const std::string line = cmd + " < '" + (tmp / "in").string() + "' > '" +
                             (tmp / "out").string() + "' 2>&1";
    int st = std::system(line.c_str());
    return {WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), slurp(tmp / "out")};
}

// Percent-encodes every byte outside [A-Za-z0-9-._~] (for a query value such as a unit name).
inline std::string url_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

inline std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

class ServeProcess {
  public:
    // Starts serve over `root`/inbox with `root`/out and `root`/ws; `extra` are more arguments,
    // `env` more NAME=VALUE pairs for the child; `listen` as --listen takes it.
    explicit ServeProcess(std::filesystem::path root, std::vector<std::string> extra = {},
                          std::vector<std::string> env = {},
                          std::string listen = "127.0.0.1:0")
        : root_(std::move(root)) {
        std::filesystem::create_directories(inbox());
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error("pipe");
        std::vector<std::string> args = {DOSSIER_BIN, "serve", inbox().string(), "-o",
                                         out().string(), "--workspace", workspace().string(),
                                         "--listen", listen, "--settle", "0"};
        args.insert(args.end(), extra.begin(), extra.end());
        // Everything the child needs is built before fork (no allocation after it).
        std::vector<char*> argv, envp;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        for (char** e = environ; *e; ++e) envp.push_back(*e);
        for (auto& e : env) envp.push_back(e.data());
        envp.push_back(nullptr);
        pid_ = ::fork();
        if (pid_ == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);  // a test killed by its timeout takes serve along
            ::dup2(fds[1], STDOUT_FILENO);
            ::execve(argv[0], argv.data(), envp.data());
            ::_exit(127);
        }
        ::close(fds[1]);
        fd_ = fds[0];
        reader_ = std::thread([this] { read_output(); });
        try {
            if (!wait_until([this] { return port() > 0 || exited(); }, 30) || port() <= 0)
                throw std::runtime_error("serve did not start: " + output());
            httplib::Client c(url());
            c.enable_server_certificate_verification(false);
            if (!wait_until([&] { auto r = c.Get("/healthz"); return r && r->status == 200; }, 10))
                throw std::runtime_error("serve did not answer /healthz");
        } catch (...) {
            stop();
            throw;
        }
    }
    ~ServeProcess() { stop(); }
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    // SIGTERM, then waits (SIGKILL after 30 s); returns the exit status as a shell shows it.
    int stop() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            int st = 0;
            bool done = wait_until([&] { return ::waitpid(pid_, &st, WNOHANG) == pid_; }, 30);
            if (!done) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &st, 0);
            }
            status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            pid_ = -1;
        }
        if (reader_.joinable()) reader_.join();
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
        return status_;
    }

    int port() const {
        std::lock_guard lock(mu_);
        return port_;
    }
    // "http://127.0.0.1:PORT" (https under TLS; 127.0.0.1 also when listening on 0.0.0.0).
    std::string url() const {
        std::lock_guard lock(mu_);
        return scheme_ + "://127.0.0.1:" + std::to_string(port_);
    }
    pid_t pid() const { return pid_; }
    bool exited() const {
        std::lock_guard lock(mu_);
        return exited_;
    }
    std::string output() const {
        std::lock_guard lock(mu_);
        return out_;
    }
    std::filesystem::path inbox() const { return root_ / "inbox"; }
    std::filesystem::path out() const { return root_ / "out"; }
    std::filesystem::path workspace() const { return root_ / "ws"; }

    // `dossier user ARGS --workspace W`, with `input` on stdin.
    Ran user(const std::string& args, const std::string& input = "") const {
        return run_with_input(std::string(DOSSIER_BIN) + " user " + args + " --workspace " +
                                  shell_quote(workspace().string()),
                              input);
    }
    // Adds a user: `unit` empty makes an office user.
    void add_user(const std::string& name, const std::string& password,
                  const std::string& unit = "") const {
        Ran r = user("add " + shell_quote(name) +
                         (unit.empty() ? " --office" : " --unit " + shell_quote(unit)) +
                         " --password-stdin",
                     password + "\n");
        if (r.code != 0) throw std::runtime_error("user add failed: " + r.out);
    }

    // Waits until GET /api/build as `office` reports at least `n` completed builds.
    template <class Client>
    bool wait_builds(Client& office, int n, double seconds = 60) {
        return wait_until(
            [&] {
                auto r = office.get("/api/build");
                if (!r || r->status != 200) return false;
                nlohmann::json j = nlohmann::json::parse(r->body, nullptr, false);
                return j.is_object() && j["builds"].is_number() && j["builds"].get<int>() >= n &&
                       j["state"] == "idle";
            },
            seconds);
    }

  private:
    void read_output() {
        char buf[4096];
        for (;;) {
            ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n <= 0) break;
            std::lock_guard lock(mu_);
            out_.append(buf, static_cast<size_t>(n));
            const std::string key = "门户已启动：";
            size_t at = out_.find(key);
            size_t end = at == std::string::npos ? at : out_.find('\n', at);
            if (port_ == 0 && end != std::string::npos) {
                const std::string line = out_.substr(at + key.size(), end - at - key.size());
                scheme_ = line.substr(0, line.find(':'));
                port_ = std::atoi(line.c_str() + line.rfind(':') + 1);
            }
        }
        std::lock_guard lock(mu_);
        exited_ = true;
    }

    std::filesystem::path root_;
    pid_t pid_ = -1;
    int fd_ = -1;
    int status_ = -1;
    std::thread reader_;
    mutable std::mutex mu_;
    std::string out_;
    int port_ = 0;
    std::string scheme_ = "http";
    bool exited_ = false;
};

// An HTTP client for one person: login() keeps the session cookie and the CSRF token, and every
// request sends them (unless told not to).
class Client {
  public:
    // `url` as ServeProcess::url() gives it, or another "scheme://host:port".
    explicit Client(const std::string& url) : http_(url), url_(url) {
        http_.set_connection_timeout(10, 0);
        http_.set_read_timeout(30, 0);
        http_.set_write_timeout(10, 0);
        http_.enable_server_certificate_verification(false);  // the tests' self-signed cert
    }

    httplib::Result login(const std::string& user, const std::string& password) {
        nlohmann::json body = {{"user", user}, {"password", password}};
        auto r = http_.Post("/api/login", headers(false), body.dump(), "application/json");
        if (r && r->status == 200) {
            std::string cookie = r->get_header_value("Set-Cookie");
            cookie_ = cookie.substr(0, cookie.find(';'));
            csrf_ = nlohmann::json::parse(r->body)["csrf"].get<std::string>();
        }
        return r;
    }
    httplib::Result get(const std::string& path) { return http_.Get(path.c_str(), headers(false)); }
    httplib::Result post(const std::string& path, const std::string& json = "{}",
                         bool with_csrf = true) {
        return http_.Post(path.c_str(), headers(with_csrf), json, "application/json");
    }
    httplib::Result del(const std::string& path, bool with_csrf = true) {
        return http_.Delete(path.c_str(), headers(with_csrf));
    }
    // Sends exactly `extra` (plus the cookie when signed in).
    httplib::Result post_with(const std::string& path, httplib::Headers extra,
                              const std::string& json = "{}") {
        if (!cookie_.empty()) extra.emplace("Cookie", cookie_);
        return http_.Post(path.c_str(), extra, json, "application/json");
    }

    httplib::Headers headers(bool with_csrf) const {
        httplib::Headers h;
        if (!cookie_.empty()) h.emplace("Cookie", cookie_);
        if (with_csrf && !csrf_.empty()) h.emplace("X-CSRF-Token", csrf_);
        return h;
    }
    const std::string& cookie() const { return cookie_; }
    void set_cookie(std::string c) { cookie_ = std::move(c); }
    const std::string& csrf() const { return csrf_; }
    void set_csrf(std::string c) { csrf_ = std::move(c); }
    httplib::Client& http() { return http_; }
    const std::string& url() const { return url_; }

  private:
    httplib::Client http_;
    std::string url_;
    std::string cookie_, csrf_;
};

// The JSON body of a response (discarded value when none or not JSON).
inline nlohmann::json body_of(const httplib::Result& r) {
    return r ? nlohmann::json::parse(r->body, nullptr, false) : nlohmann::json();
}

// The test accounts' passwords (every portal fixture makes its users with these).
inline const std::string kOfficePw = "office-password-1";
inline const std::string kFinPw = "finance-password-1";
inline const std::string kDevPw = "develop-password-1";

// What every portal fixture shares: a scratch root (inbox/, out/, ws/) and the server over it,
// started by the derived fixture once its inbox is written; as() logs a user in (REQUIREs 200).
struct PortalBase {
    Scratch root;
    std::unique_ptr<ServeProcess> serve;
    explicit PortalBase(std::string_view prefix) : root(prefix) {}
    Client as(const std::string& user, const std::string& pw) const {
        Client c(serve->url());
        auto r = c.login(user, pw);
        REQUIRE(r);
        REQUIRE(r->status == 200);
        return c;
    }
};

}  // namespace dossier::test
