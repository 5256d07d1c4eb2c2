// `dossier serve INBOX -o OUT`: the portal (server/). Prints "门户已启动：http://HOST:PORT" on
// stdout as soon as the socket listens (with the real port for --listen HOST:0), then one log
// line per event. SIGTERM / SIGINT stop it cleanly: the server stops accepting, the build thread
// ends after its current build (packages are only ever renamed into place complete).
//
// With --mail-config it also fetches the office mailbox at start and every --mail-every minutes
// (default 10) into the inbox (intake/mail_fetch, as watch does); the builder sees the new files
// like any other change. A failed fetch is logged and the portal goes on.
//
// Hidden options for tests: --session-idle / --session-max (seconds; also the environment
// variables DOSSIER_SESSION_IDLE / DOSSIER_SESSION_MAX).
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <cstdlib>
#include <iostream>
#include <thread>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "cli/log.hpp"
#include "server/server.hpp"

namespace dossier {

namespace {

int g_stop_pipe[2] = {-1, -1};

extern "C" void on_stop_signal(int) {
    const int saved = errno;
    const unsigned char b = 1;
    [[maybe_unused]] ssize_t n = ::write(g_stop_pipe[1], &b, 1);
    errno = saved;
}

// "HOST:PORT" (HOST may be [v6]) → host, port; kUsage when malformed.
std::pair<std::string, int> parse_listen(const std::string& listen) {
    const size_t colon = listen.rfind(':');
    int port = -1;
    std::string host = colon == std::string::npos ? "" : listen.substr(0, colon);
    if (colon != std::string::npos) {
        try {
            size_t used = 0;
            port = std::stoi(listen.substr(colon + 1), &used);
            if (used != listen.size() - colon - 1) port = -1;
        } catch (const std::exception&) {
            port = -1;
        }
    }
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    if (host.empty() || port < 0 || port > 65535)
        throw Fatal(kUsage, "--listen 应为 地址:端口，例如 127.0.0.1:8080", listen);
    return {host, port};
}

int64_t seconds_setting(int64_t option, const char* env, int64_t fallback) {
    if (option > 0) return option;
    if (const char* v = std::getenv(env)) {
        char* end = nullptr;
        long long n = std::strtoll(v, &end, 10);
        if (end && *end == '\0' && n > 0) return n;
    }
    return fallback;
}

// Runs a job at once and then every N minutes until stop(); stop() wakes the wait.
class MailTimer {
  public:
    template <class Job>
    void every(double minutes, Job job) {
        const auto period = std::chrono::duration<double>(minutes * 60);
        std::unique_lock lock(mu_);
        while (!stopping_) {
            lock.unlock();
            job();
            lock.lock();
            cv_.wait_for(lock, period, [this] { return stopping_; });
        }
    }
    void stop() {
        {
            std::lock_guard lock(mu_);
            stopping_ = true;
        }
        cv_.notify_all();
    }

  private:
    std::mutex mu_;
    std::condition_variable cv_;
    bool stopping_ = false;
};

struct ServeArgs {
    std::string inbox, out, listen = "127.0.0.1:8080", tls_cert, tls_key, mail_config;
    double mail_every = 10.0;  // minutes
    int64_t session_idle = 0, session_max = 0;
    uint64_t max_upload_mb = 200, unit_quota_mb = 4096;
};

int serve(const ServeArgs& a, CommonOptions& common) {
    // cpp-httplib 0.11 (Debian) writes to sockets without MSG_NOSIGNAL: a client that goes away
    // mid-answer would otherwise end the whole portal with SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    Catalog catalog = common.load_catalog();
    RunConfig cfg = make_run_config(common, catalog, a.inbox);
    cfg.out = a.out;
    require_outside_inbox(*cfg.out, cfg.inbox, "输出目录", "-o");
    std::filesystem::create_directories(*cfg.out);
    cfg.defer_unsettled = true;
    if (a.tls_cert.empty() != a.tls_key.empty())
        throw Fatal(kUsage, "--tls-cert 与 --tls-key 须同时给出");

    PortalConfig pc;
    pc.run = cfg;
    pc.options = common;
    std::tie(pc.host, pc.port) = parse_listen(a.listen);
    pc.tls_cert = a.tls_cert;
    pc.tls_key = a.tls_key;
    pc.session_idle = seconds_setting(a.session_idle, "DOSSIER_SESSION_IDLE", pc.session_idle);
    pc.session_max = seconds_setting(a.session_max, "DOSSIER_SESSION_MAX", pc.session_max);
    if (!(a.mail_every >= 0.05)) throw Fatal(kUsage, "--mail-every 至少 0.05 分钟");
    if (a.max_upload_mb == 0 || a.unit_quota_mb == 0)
        throw Fatal(kUsage, "--max-upload-mb 与 --unit-quota-mb 须大于 0");
    pc.max_upload = a.max_upload_mb << 20;
    pc.unit_quota = a.unit_quota_mb << 20;
    // One request may carry a whole file plus the form around it.
    pc.payload_max = std::max<size_t>(pc.payload_max, static_cast<size_t>(pc.max_upload + (1 << 20)));

    auto log = make_log("serve", common.verbose, stdout);
    Portal portal(pc, catalog, log);
    const int port = portal.bind();
    const bool v6 = pc.host.find(':') != std::string::npos;
    std::cout << fmt::format("门户已启动：{}://{}{}{}:{}\n", portal.tls() ? "https" : "http",
                             v6 ? "[" : "", pc.host, v6 ? "]" : "", port)
              << std::flush;

    if (::pipe2(g_stop_pipe, O_CLOEXEC) != 0) throw Fatal(kInput, "无法创建内部管道");
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
    MailTimer mail;
    std::thread stopper([&portal, &mail] {
        unsigned char b;
        while (::read(g_stop_pipe[0], &b, 1) < 0 && errno == EINTR) {
        }
        mail.stop();
        portal.stop();
    });
    std::thread mailer;
    if (!a.mail_config.empty())
        mailer = std::thread([&] {
            mail.every(a.mail_every, [&] {
                fetch_mail_logged(*log, a.mail_config, cfg.inbox, cfg.workspace, catalog);
            });
        });
    portal.serve();
    on_stop_signal(0);  // wakes the stopper when serve() ended by itself
    stopper.join();
    if (mailer.joinable()) mailer.join();  // after a fetch in progress ends
    std::cout << "门户已停止。\n" << std::flush;
    return kOk;
}

}  // namespace

Command make_serve_command() {
    return {
        "serve", "启动网页门户：各单位上传材料、查看进度，办公室确认归类并整理报送包（Ctrl-C 退出）",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto a = std::make_shared<ServeArgs>();
            sub.add_option("INBOX", a->inbox, "收件箱文件夹（每个单位一个子文件夹）")->required();
            sub.add_option("-o,--out", a->out, "输出目录（报送包与报告）")->required();
            sub.add_option("--listen", a->listen,
                           "监听地址与端口（默认 127.0.0.1:8080；端口 0 表示任选空闲端口）");
            sub.add_option("--tls-cert", a->tls_cert, "HTTPS 证书（PEM），须与 --tls-key 同用");
            sub.add_option("--tls-key", a->tls_key, "HTTPS 私钥（PEM）");
            sub.add_option("--max-upload-mb", a->max_upload_mb,
                           "单个上传文件的大小上限（MB，默认 200）");
            sub.add_option("--unit-quota-mb", a->unit_quota_mb,
                           "每个单位收件箱文件夹的总大小上限（MB，默认 4096）");
            sub.add_option("--mail-config", a->mail_config,
                           "同时定时收取单位邮箱（mail.yaml，写法见 docs/mail-fetch.md）");
            sub.add_option("--mail-every", a->mail_every, "收信间隔（分钟，默认 10）");
            sub.add_option("--session-idle", a->session_idle)->group("");
            sub.add_option("--session-max", a->session_max)->group("");
            add_common_options(sub, common);
            sub.footer(
                "账户用 dossier user add 创建（门户运行时也可以）。接口说明见 docs/api.md，"
                "安全措施见 docs/security.md。");
            return [a, &common]() -> int { return serve(*a, common); };
        }};
}

}  // namespace dossier
