// `dossier watch INBOX -o OUT`: rebuilds the package and the report whenever the inbox changes.
// inotify on every folder (new folders are added as they appear); bursts are debounced; files still
// being written are deferred to the next cycle; Ctrl-C / SIGTERM stop cleanly between builds
// (packages are only ever renamed into place complete, so nothing half-written is left in OUT).
#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <map>
#include <set>

#include <fmt/core.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include "packager/package.hpp"
#include "cli/cli.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

namespace {

std::atomic<bool> g_stop{false};

// One line per event on stdout, "HH:MM:SS  <what happened>", flushed at once so a clerk
// watching the terminal (or a service log) sees it as it happens.
std::shared_ptr<spdlog::logger> make_watch_log() {
    auto log = std::make_shared<spdlog::logger>("watch",
                                                std::make_shared<spdlog::sinks::stdout_sink_st>());
    log->set_pattern("%H:%M:%S  %v");
    log->flush_on(spdlog::level::trace);
    return log;
}
extern "C" void on_signal(int) {
    g_stop = true;
}

class Inotify {
  public:
    Inotify() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
        if (fd_ < 0) throw Fatal(kInput, "无法监视文件夹（inotify 不可用）");
    }
    ~Inotify() { ::close(fd_); }
    Inotify(const Inotify&) = delete;
    Inotify& operator=(const Inotify&) = delete;
    int fd() const { return fd_; }

    // Watches dir and every folder below it (already watched ones are skipped).
    void add_tree(const std::filesystem::path& dir) {
        add(dir);
        std::error_code ec;
        for (auto it = std::filesystem::recursive_directory_iterator(
                 dir, std::filesystem::directory_options::skip_permission_denied, ec);
             !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
            if (it->is_directory(ec) && !it->is_symlink(ec)) add(it->path());
        }
    }

    // Drains pending events; returns true when anything happened, adding watches for new folders.
    bool drain() {
        bool any = false;
        alignas(inotify_event) char buf[64 * 1024];
        for (;;) {
            ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n <= 0) break;
            for (char* p = buf; p < buf + n;) {
                auto* ev = reinterpret_cast<inotify_event*>(p);
                any = true;
                if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)) && ev->len) {
                    auto it = dirs_.find(ev->wd);
                    if (it != dirs_.end()) add_tree(it->second / ev->name);
                }
                if (ev->mask & IN_IGNORED) dirs_.erase(ev->wd);
                p += sizeof(inotify_event) + ev->len;
            }
        }
        return any;
    }

  private:
    void add(const std::filesystem::path& dir) {
        for (const auto& [wd, d] : dirs_)
            if (d == dir) return;
        int wd = ::inotify_add_watch(fd_, dir.c_str(),
                                     IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                         IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                         IN_ONLYDIR);
        if (wd >= 0) dirs_[wd] = dir;
    }
    int fd_;
    std::map<int, std::filesystem::path> dirs_;
};

}  // namespace

Command make_watch_command() {
    return {
        "watch", "监视收件箱：有新材料或改动时自动重新整理报送包和报告（Ctrl-C 退出）",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto inbox = std::make_shared<std::string>();
            auto out = std::make_shared<std::string>();
            auto debounce = std::make_shared<double>(1.0);
            sub.add_option("INBOX", *inbox, "收件箱文件夹")->required();
            sub.add_option("-o,--out", *out, "输出目录")->required();
            sub.add_option("--debounce", *debounce, "改动平静多少秒后开始整理（默认 1）")
                ->check(CLI::Range(0.0, 600.0));
            add_common_options(sub, common);
            return [inbox, out, debounce, &common]() -> int {
                Catalog catalog = common.load_catalog();
                RunConfig cfg = make_run_config(common, *inbox);
                cfg.out = *out;
                std::filesystem::create_directories(*cfg.out);
                cfg.defer_unsettled = true;

                struct sigaction sa {};
                sa.sa_handler = on_signal;
                ::sigaction(SIGINT, &sa, nullptr);
                ::sigaction(SIGTERM, &sa, nullptr);

                Inotify watcher;
                watcher.add_tree(cfg.inbox);
                auto log = make_watch_log();
                std::map<std::string, std::string> seen;  // source → sha256 of the last build
                // One build; true when files still being written were left for another cycle.
                auto build_once = [&]() -> bool {
                    cfg.as_of = common.resolved_as_of();
                    remove_stale_temporaries(*cfg.out);
                    RunResult r = run(cfg, catalog);
                    std::map<std::string, std::string> now;
                    for (const auto& f : r.ledger.files) {
                        now[f.source] = f.sha256;
                        auto it = seen.find(f.source);
                        if (it == seen.end() || it->second != f.sha256)
                            log->info("{} → {}{}", f.source,
                                      f.cls.indicator.empty() ? "未归类" : f.cls.indicator,
                                      f.cls.review ? "（待确认）" : "");
                    }
                    for (const auto& [s, h] : seen)
                        if (!now.count(s)) log->info("{} 已移除", s);
                    seen = std::move(now);
                    write_reports(report_input(catalog, r), *cfg.out);
                    log->info("可确认 {:g} / {:g} 分；{} 个材料，{} 个拒收",
                              r.assessment.points_confirmed, r.assessment.points_total,
                              r.ledger.files.size(), r.ledger.rejected.size());
                    if (!r.waiting.empty()) log->info("{} 个文件仍在写入，稍后处理", r.waiting.size());
                    return !r.waiting.empty();
                };
                std::cout << "监视中：" << cfg.inbox.string() << "（Ctrl-C 退出）\n" << std::flush;
                using clock = std::chrono::steady_clock;
                std::optional<clock::time_point> dirty_since;
                if (build_once()) dirty_since = clock::now();
                while (!g_stop) {
                    pollfd p{watcher.fd(), POLLIN, 0};
                    int timeout_ms = dirty_since ? 200 : 1000;
                    int rc = ::poll(&p, 1, timeout_ms);
                    if (rc > 0 && watcher.drain()) dirty_since = clock::now();
                    if (dirty_since &&
                        clock::now() - *dirty_since >=
                            std::chrono::duration<double>(std::max(*debounce, common.settle))) {
                        dirty_since.reset();
                        if (build_once()) dirty_since = clock::now();
                    }
                }
                std::cout << "已停止监视。\n";
                return kOk;
            };
        }};
}

}  // namespace dossier
