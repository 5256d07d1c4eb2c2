// `dossier watch INBOX -o OUT`: rebuilds the package and the report whenever the inbox changes.
// inotify on every folder (new folders are added as they appear); bursts are debounced; files still
// being written are deferred to the next cycle; Ctrl-C / SIGTERM stop cleanly between builds
// (packages are only ever renamed into place complete, so nothing half-written is left in OUT).
// With --mail-config it also fetches the office mailbox every --mail-every minutes (default 10)
// before its rebuild check (intake/mail_fetch.hpp); a failed fetch is logged and watch goes on.
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include "packager/package.hpp"
#include "cli/cli.hpp"
#include "cli/log.hpp"
#include "intake/mail_fetch.hpp"
#include "pipeline/inotify.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int) {
    g_stop = true;
}

// What a watch log has said about the inbox: each file's indicator, each rejection's reason, each
// duplicate's kept copy, each leaf indicator's status.
struct Printed {
    std::map<std::string, std::string> files, rejected, duplicates, statuses;
    bool have_statuses = false;  // a first build lists no status changes, only the score
};

// The state a previous run left in OUT/report.json (nothing when it is missing or unreadable).
Printed printed_from_report(const std::filesystem::path& report) {
    Printed p;
    std::ifstream in(report);
    if (!in) return p;
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return p;
    auto str = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : ""; };
    for (const auto& f : j.value("files", nlohmann::json::array()))
        p.files[str(f["source"])] =
            (f["indicator"].is_string() ? str(f["indicator"]) : "未归类") +
            (f.value("review", false) ? "（待确认）" : "");
    for (const auto& r : j.value("rejected", nlohmann::json::array()))
        p.rejected[str(r["source"])] = str(r["reason"]);
    for (const auto& d : j.value("duplicates", nlohmann::json::array()))
        p.duplicates[str(d["source"])] = str(d["same_as"]);
    for (const auto& i : j.value("indicators", nlohmann::json::array())) {
        if (!i["files"].is_array()) continue;
        p.statuses[str(i["id"])] = str(i["label"]);
        p.have_statuses = true;
    }
    return p;
}

// Logs what changed since `printed` (files classified, removed, rejected, duplicate; leaf
// indicators whose status moved) and updates it.
void log_changes(spdlog::logger& log, Printed& printed, const Catalog& catalog,
                 const RunResult& r) {
    std::map<std::string, std::string> files, rejected, duplicates, statuses;
    for (const auto& f : r.ledger.files) {
        std::string now = (f.cls.indicator.empty() ? "未归类" : f.cls.indicator) +
                          std::string(f.cls.review ? "（待确认）" : "");
        auto it = printed.files.find(f.source);
        if (it == printed.files.end() || it->second != now) log.info("{} → {}", f.source, now);
        files[f.source] = now;
    }
    for (const auto& rj : r.ledger.rejected) {
        auto it = printed.rejected.find(rj.source);
        if (it == printed.rejected.end() || it->second != rj.reason)
            log.warn("{} 拒收：{}", rj.source, rj.reason);
        rejected[rj.source] = rj.reason;
    }
    for (const auto& d : r.ledger.duplicates) {
        if (!printed.duplicates.count(d.source)) {
            if (d.same_as.empty())
                log.info("{} 是重复文件，未再次收录", d.source);
            else
                log.info("{} 与 {} 相同，未再次收录", d.source, d.same_as);
        }
        duplicates[d.source] = d.same_as;
    }
    for (const auto& [s, _] : printed.files)
        if (!files.count(s) && !rejected.count(s) && !duplicates.count(s)) log.info("{} 已移除", s);
    const auto& inds = catalog.indicators;
    for (size_t i = 0; i < r.assessment.verdicts.size() && i < inds.size(); ++i) {
        if (!inds[i].leaf()) continue;
        const Verdict& v = r.assessment.verdicts[i];
        std::string now = label_zh(v.status);
        auto it = printed.statuses.find(v.id);
        if (printed.have_statuses && it != printed.statuses.end() && it->second != now)
            log.info("{} {} → {}", v.id, it->second, now);
        statuses[v.id] = now;
    }
    printed = Printed{std::move(files), std::move(rejected), std::move(duplicates),
                      std::move(statuses), true};
}

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
            auto mail_config = std::make_shared<std::string>();
            auto mail_every = std::make_shared<double>(10.0);
            sub.add_option("--mail-config", *mail_config,
                           "同时定时收取单位邮箱（mail.yaml，写法见 docs/mail-fetch.md）");
            sub.add_option("--mail-every", *mail_every, "收信间隔（分钟，默认 10）")
                ->check(CLI::Range(0.05, 1440.0));
            add_common_options(sub, common);
            return [inbox, out, debounce, mail_config, mail_every, &common]() -> int {
                Catalog catalog = common.load_catalog();
                RunConfig cfg = make_run_config(common, catalog, *inbox);
                cfg.out = *out;
                require_outside_inbox(*cfg.out, cfg.inbox, "输出目录", "-o");
                std::filesystem::create_directories(*cfg.out);
                cfg.defer_unsettled = true;

                struct sigaction sa {};
                sa.sa_handler = on_signal;
                ::sigaction(SIGINT, &sa, nullptr);
                ::sigaction(SIGTERM, &sa, nullptr);

                Inotify watcher;
                watcher.add_tree(cfg.inbox);
                // One line per event on stdout, with time and level (详细 only with -v).
                auto log = make_log("watch", common.verbose, stdout);
                // What the log last said, so each cycle prints only what changed; seeded from
                // the previous report.json in OUT so a restart does not list every file again.
                Printed printed = printed_from_report(*cfg.out / "report.json");
                // One build; true when files still being written were left for another cycle.
                auto build_once = [&]() -> bool {
                    cfg.as_of = common.resolved_as_of();
                    remove_stale_temporaries(*cfg.out);
                    RunResult r = run(cfg, catalog);
                    log_changes(*log, printed, catalog, r);
                    log_run_details(*log, r);
                    write_reports(report_input(catalog, r, cfg.inbox), *cfg.out);
                    log->info("可确认 {:g} / {:g} 分；{} 个材料，{} 个拒收",
                              r.assessment.points_confirmed, r.assessment.points_total,
                              r.ledger.files.size(), r.ledger.rejected.size());
                    if (!r.waiting.empty()) log->info("{} 个文件仍在写入，稍后处理", r.waiting.size());
                    return !r.waiting.empty();
                };
                std::cout << "监视中：" << cfg.inbox.string() << "（Ctrl-C 退出）\n" << std::flush;
                using clock = std::chrono::steady_clock;
                // Mail first, so the first build already has it; then every --mail-every minutes.
                std::optional<clock::time_point> next_mail;
                // The files it saves reach the next build through inotify like any other.
                auto fetch_due_mail = [&] {
                    if (mail_config->empty() || (next_mail && clock::now() < *next_mail)) return;
                    fetch_mail_logged(*log, *mail_config, cfg.inbox, cfg.workspace, catalog);
                    next_mail = clock::now() + std::chrono::duration_cast<clock::duration>(
                                                   std::chrono::duration<double>(*mail_every * 60));
                };
                fetch_due_mail();
                watcher.drain();  // the first build below already sees what was just saved
                std::optional<clock::time_point> dirty_since;
                if (build_once()) dirty_since = clock::now();
                while (!g_stop) {
                    fetch_due_mail();
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
