#include "server/builder.hpp"

#include <chrono>

#include <spdlog/spdlog.h>

#include "model/error.hpp"
#include "model/sha256.hpp"
#include "model/units.hpp"
#include "packager/package.hpp"
#include "packager/verify.hpp"
#include "pipeline/inotify.hpp"
#include "pipeline/report.hpp"
#include "server/accounts.hpp"
#include "server/review.hpp"

namespace dossier {

namespace {

// The unit an inbox path belongs to: its first folder, matched against the catalog.
std::string unit_of_source(const Catalog& catalog, const std::string& source) {
    const size_t slash = source.find('/');
    if (slash == std::string::npos) return "";
    UnitMatch m = match_unit(catalog, source.substr(0, slash));
    return m.unit.value_or("");
}

// The sha256 of an inbox file that is not in the ledger (rejected, waiting); "" when unreadable.
// Paths inside archives ("!/") have no file of their own: they get the hash of their name.
std::string hash_of_source(const std::filesystem::path& inbox, const std::string& source) {
    if (source.find("!/") != std::string::npos) return sha256_hex(source);
    auto d = digest_file(inbox / source, 0);
    return d ? d->sha256 : sha256_hex(source);
}

std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "；") + p;
    return out;
}

FileEntry entry_of(const FileRecord& f) {
    FileEntry e;
    e.sha256 = f.sha256;
    e.id = f.sha256.substr(0, 16);
    e.source = f.source;
    e.unit = f.unit.value_or("");
    e.indicator = f.cls.indicator;
    e.confidence = f.cls.confidence;
    e.review = f.cls.review;
    e.published = f.analysis.date.published ? f.analysis.date.published->iso() : "";
    e.date_source = f.analysis.date.source;
    e.state = f.archive_path ? "packaged" : "review";
    e.reason = joined(f.cls.reasons);
    e.content_path = f.content_path;
    return e;
}

// The last non-empty line of a verify report's text (its verdict).
std::string verdict_line(const std::string& text) {
    size_t end = text.find_last_not_of('\n');
    if (end == std::string::npos) return "";
    size_t start = text.rfind('\n', end);
    return text.substr(start == std::string::npos ? 0 : start + 1, end - start);
}

}  // namespace

std::shared_ptr<Snapshot> make_snapshot(const Catalog& catalog, const RunConfig& cfg,
                                        const RunResult& r, nlohmann::ordered_json report) {
    auto snap = std::make_shared<Snapshot>();
    snap->finished = unix_now();
    snap->report = std::move(report);
    std::map<std::string, std::string> sha_of_source;
    for (const FileRecord& f : r.ledger.files) {
        snap->files.push_back(entry_of(f));
        sha_of_source[f.source] = f.sha256;
    }
    snap->review = review_cards(catalog, r);
    auto other = [&](const std::string& source, std::string sha, std::string state,
                     std::string reason) {
        FileEntry e;
        e.sha256 = std::move(sha);
        e.id = e.sha256.substr(0, 16);
        e.source = source;
        e.unit = unit_of_source(catalog, source);
        e.state = std::move(state);
        e.reason = std::move(reason);
        if (source.find("!/") == std::string::npos) e.content_path = (cfg.inbox / source).string();
        snap->files.push_back(std::move(e));
    };
    for (const auto& rj : r.ledger.rejected)
        other(rj.source, hash_of_source(cfg.inbox, rj.source), "rejected", rj.reason);
    for (const auto& d : r.ledger.duplicates) {
        auto it = sha_of_source.find(d.same_as);
        std::string sha = it != sha_of_source.end() ? it->second : hash_of_source(cfg.inbox, d.source);
        other(d.source, sha, "duplicate", d.same_as.empty() ? "重复文件" : "与 " + d.same_as + " 相同");
    }
    for (const auto& w : r.waiting)
        other(w, hash_of_source(cfg.inbox, w), "waiting", "文件仍在写入，稍后处理");
    return snap;
}

Builder::Builder(RunConfig cfg, const Catalog& catalog, RunOptions options,
                 std::shared_ptr<spdlog::logger> log)
    : cfg_(std::move(cfg)), catalog_(catalog), options_(std::move(options)), log_(std::move(log)) {}

Builder::~Builder() {
    stop();
}

void Builder::start() {
    std::lock_guard lock(mu_);
    if (thread_.joinable()) return;
    thread_ = std::thread([this] { loop(); });
}

void Builder::request() {
    std::lock_guard lock(mu_);
    requested_ = true;
    if (state_.state == "idle") state_.state = "pending";
    cv_.notify_all();
}

void Builder::stop() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
        cv_.notify_all();
    }
    std::lock_guard join(join_mu_);
    if (thread_.joinable()) thread_.join();
}

std::shared_ptr<const Snapshot> Builder::snapshot() const {
    std::lock_guard lock(mu_);
    return snapshot_;
}

BuildState Builder::state() const {
    std::lock_guard lock(mu_);
    return state_;
}

void Builder::loop() {
    using clock = std::chrono::steady_clock;
    std::unique_ptr<Inotify> watcher;
    try {
        watcher = std::make_unique<Inotify>();
        watcher->add_tree(cfg_.inbox);
    } catch (const std::exception& e) {
        log_->warn("无法监视收件箱（{}）：只在上传、撤回、确认或手动触发后重新整理", e.what());
    }
    const auto delay = std::chrono::duration<double>(cfg_.settle_seconds + 1.0);
    std::optional<clock::time_point> dirty = clock::now() - std::chrono::hours(1);  // first build
    int failures = 0;  // failed builds in a row
    for (;;) {
        {
            std::unique_lock lock(mu_);
            if (stop_) return;
            if (requested_) {
                requested_ = false;
                dirty = clock::now();
            }
            if (dirty && clock::now() - *dirty >= delay) {
                dirty.reset();
                state_.state = "building";
                state_.last_started = unix_now();
            } else if (!watcher) {
                cv_.wait_for(lock, std::chrono::milliseconds(200));
                continue;
            }
        }
        if (state().state == "building") {
            build_once();
            std::lock_guard lock(mu_);
            // A failed build (e.g. the workspace held by `dossier assign`) is retried a few
            // times, then waits for the next change or request.
            failures = state_.last_result == "ok" ? 0 : failures + 1;
            if (failures > 0 && failures <= 3) dirty = clock::now();
            state_.state = requested_ || dirty ? "pending" : "idle";
            continue;
        }
        if (watcher->wait(dirty ? 100 : 300)) {
            dirty = clock::now();
            std::lock_guard lock(mu_);
            state_.state = "pending";
        }
    }
}

void Builder::build_once() {
    std::string result = "ok";
    try {
        RunResult r;
        {
            std::lock_guard ws(workspace_mu_);
            cfg_.as_of = options_.resolved_as_of();
            remove_stale_temporaries(*cfg_.out);
            r = run(cfg_, catalog_);
        }
        ReportInput in = report_input(catalog_, r, cfg_.inbox);
        for (const auto& p : r.packages) in.package_paths.push_back(p.filename().string());
        write_reports(in, *cfg_.out);
        auto snap = make_snapshot(catalog_, cfg_, r, report_json(in));
        for (const auto& p : r.packages) {
            VerifyReport v = verify_package(p, &catalog_);
            snap->packages.push_back({p.string(), v.exit_code, verdict_line(v.text(0))});
        }
        log_->info("整理完成：可确认 {:g} / {:g} 分；{} 个材料，{} 个拒收",
                   r.assessment.points_confirmed, r.assessment.points_total,
                   r.ledger.files.size(), r.ledger.rejected.size());
        if (!r.waiting.empty()) {
            log_->info("{} 个文件仍在写入，稍后处理", r.waiting.size());
            request();
        }
        std::lock_guard lock(mu_);
        snapshot_ = std::move(snap);
    } catch (const Fatal& e) {
        result = e.what();
        if (!e.file.empty()) result += "（" + e.file + "）";
        log_->error("整理失败：{}", result);
    } catch (const std::exception& e) {
        result = std::string("内部错误：") + e.what();
        log_->error("整理失败：{}", result);
    }
    std::lock_guard lock(mu_);
    state_.builds++;
    state_.last_finished = unix_now();
    state_.last_result = result;
}

}  // namespace dossier
