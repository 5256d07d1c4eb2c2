// The portal's builds: one background thread runs pipeline::run (the same incremental engine as
// `build` and `watch`), one build at a time. The first build starts with start(); later ones when
// the inbox changes (inotify, so files added by others count too) or request() is called, after
// the changes have settled (`settle` seconds + 1 s). The API reads the last completed Snapshot,
// swapped in under a mutex, and never waits for a build.
//
// The workspace lock (pipeline Store's flock) is held only inside pipeline::run; callers that
// write to the workspace themselves (pins) take workspace_mutex() first so they never collide
// with a build of this process.
//
// Errors: a failed build (Fatal from the pipeline, e.g. the workspace held by `dossier assign`)
// is logged and recorded in state().last_result; the previous snapshot stays and the build is
// retried (up to 3 times, settle + 1 s apart), then after the next change. Thread-safe: every public method may be called from any thread.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <spdlog/logger.h>

#include "model/catalog.hpp"
#include "pipeline/run.hpp"
#include "pipeline/run_options.hpp"

namespace dossier {

// One file as the API lists it (design.md §6, GET /api/files).
struct FileEntry {
    std::string id;      // the first 16 hex chars of sha256
    std::string sha256;  // of the content ("" when it could not be read)
    std::string source;  // inbox-relative path, "!/" inside archives
    std::string unit;    // the unit it belongs to ("" when the folder matches no unit)
    std::string indicator;
    double confidence = 0;
    bool review = false;
    std::string published;    // YYYY-MM-DD or ""
    std::string date_source;  // where the date came from, or ""
    // packaged: in the package; review: read but waiting for a person (not packaged);
    // rejected: unreadable or refused (reason says why); duplicate: same content as another file;
    // waiting: still being written, taken at the next build.
    std::string state;
    std::string reason;
    std::string content_path;  // where the bytes can be read now (inbox file or blob), or ""
};

struct PackageInfo {
    std::string path;     // absolute path of the zip in OUT
    int verify_code = 0;  // verify_package's exit code (0 valid and complete, 1 incomplete, …)
    std::string verify;   // its verdict, one Chinese line
};

// What one completed build left: read-only once published.
struct Snapshot {
    int64_t finished = 0;               // unix seconds
    nlohmann::ordered_json report;      // report_json of the run
    std::vector<FileEntry> files;       // ledger files, then rejected, duplicates, waiting
    nlohmann::json review;              // the review queue's cards (server/review.hpp)
    std::vector<PackageInfo> packages;  // the run's packages with their verification
};

struct BuildState {
    std::string state = "idle";  // idle | pending (waiting for changes to settle) | building
    int builds = 0;              // completed builds (failed ones included)
    int64_t last_started = 0;    // unix seconds, 0 before the first build
    int64_t last_finished = 0;
    std::string last_result;     // "ok", or the Chinese error of a failed build; "" before any
};

class Builder {
  public:
    // `cfg` must have `out` set; the catalog and logger must outlive the Builder.
    Builder(RunConfig cfg, const Catalog& catalog, RunOptions options,
            std::shared_ptr<spdlog::logger> log);
    ~Builder();  // stop()s
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;

    // Starts the thread; the first build begins at once.
    void start();
    // A build soon (after the settle delay); called after uploads, withdrawals, pins, POST
    // /api/build.
    void request();
    // Ends the thread after the current build (if any) finishes. Idempotent.
    void stop();

    // The last completed build, or null before the first one completes.
    std::shared_ptr<const Snapshot> snapshot() const;
    BuildState state() const;
    // Held by the builder while it runs the pipeline; others writing to the workspace take it.
    std::timed_mutex& workspace_mutex() { return workspace_mu_; }

  private:
    void loop();
    void build_once();

    RunConfig cfg_;
    const Catalog& catalog_;
    RunOptions options_;
    std::shared_ptr<spdlog::logger> log_;
    std::timed_mutex workspace_mu_;

    mutable std::mutex mu_;  // guards everything below
    std::condition_variable cv_;
    bool stop_ = false;
    bool requested_ = false;
    std::shared_ptr<const Snapshot> snapshot_;
    BuildState state_;
    std::mutex join_mu_;  // stop() may be called from two threads at once
    std::thread thread_;
};

// The snapshot of run `r` (its report and package paths): one FileEntry per ledger file,
// rejection, duplicate and waiting file. Exposed for tests.
std::shared_ptr<Snapshot> make_snapshot(const Catalog& catalog, const RunConfig& cfg,
                                        const RunResult& r, nlohmann::ordered_json report);

}  // namespace dossier
