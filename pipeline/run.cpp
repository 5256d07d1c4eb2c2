#include "pipeline/run.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include <fmt/core.h>

#include "packager/package.hpp"
#include "analysis/analyse.hpp"
#include "model/deadline.hpp"
#include "model/error.hpp"
#include "pipeline/extract_stage.hpp"
#include "pipeline/run_options.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/store.hpp"
#include "model/units.hpp"
#include "pipeline/validate.hpp"

namespace dossier {

namespace {

// analyse: dates, keywords, title and sensitive content of every file (cheap; not cached, since it
// depends on the file's name, the catalog and as_of as well as its content). Each file gets the
// per-file time limit again: one whose analysis passes it leaves files[] for rejected[] (like an
// extraction that times out) and the run goes on.
void analyse_stage(Ledger& ledger, std::vector<ExtractResult>& texts, const Catalog& catalog,
                   Date as_of, std::chrono::seconds time_limit) {
    Analyser analyser(catalog);
    std::vector<bool> timed_out(ledger.files.size());
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        FileRecord& f = ledger.files[i];
        try {
            f.analysis = analyser.run(texts[i], f.source, as_of, Deadline(time_limit));
        } catch (const TimeLimitExceeded&) {
            timed_out[i] = true;
            ledger.rejected.push_back(
                {f.source, fmt::format("分析超时（超过单个文件的时间上限 {} 秒），已放弃；"
                                       "请拆分文件或调高 --time-limit 后重试",
                                       time_limit.count())});
            continue;
        }
        for (const auto& w : f.analysis.warnings) f.warnings.push_back(w);
    }
    size_t kept = 0;
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        if (timed_out[i]) continue;
        if (kept != i) {
            ledger.files[kept] = std::move(ledger.files[i]);
            texts[kept] = std::move(texts[i]);
        }
        ++kept;
    }
    ledger.files.resize(kept);
    texts.resize(kept);
}

// classify: the indicator of every file; pins (dossier assign) always win. Classifying reads at
// most 20 KB of a file's text for its bigrams and the keywords analyse found, so it is bounded;
// the time limit is checked after each file, and a file over it goes to review with the reason.
void classify_stage(Ledger& ledger, const std::vector<ExtractResult>& texts, const Catalog& catalog,
                    const ClassifyConfig& config, Store& store, std::chrono::seconds time_limit) {
    Classifier classifier(catalog, config);
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        FileRecord& f = ledger.files[i];
        const Deadline deadline(time_limit);
        std::optional<Pin> pin = store.get_pin(f.sha256);
        f.cls = classifier.classify(f, texts[i].full_text(), pin ? &pin->indicator : nullptr);
        if (deadline.passed() && !f.cls.pinned) {
            f.cls.review = true;
            f.cls.reasons.push_back(fmt::format(
                "分类超时（超过单个文件的时间上限 {} 秒），结果未必可靠，请人工确认",
                time_limit.count()));
        }
    }
}

ScanOptions scan_options(const RunConfig& cfg) {
    ScanOptions o;
    o.inbox = cfg.inbox;
    o.settle_seconds = cfg.settle_seconds;
    o.defer_unsettled = cfg.defer_unsettled;
    o.jobs = cfg.jobs;
    return o;
}

// The first folder of a source ("市财政局/a.zip!/b.png" → "市财政局"); "" for root files.
std::string_view unit_folder_of(std::string_view source) {
    size_t p = source.find('/');
    return p == std::string_view::npos ? std::string_view{} : source.substr(0, p);
}

// A per-unit run keeps only that unit's files (and its rejected/duplicate entries).
void keep_unit(Ledger& ledger, const Catalog& catalog, const std::string& unit) {
    auto mine = [&](std::string_view source) {
        auto m = match_unit(catalog, unit_folder_of(source));
        return m.unit && *m.unit == unit;
    };
    std::erase_if(ledger.files, [&](const FileRecord& f) { return !(f.unit && *f.unit == unit); });
    std::erase_if(ledger.rejected, [&](const Rejected& r) { return !mine(r.source); });
    std::erase_if(ledger.duplicates, [&](const Duplicate& d) { return !mine(d.source); });
    // The junk count is part of the rejected count: other units' junk left with their entries.
    ledger.skipped_junk = static_cast<int>(std::count_if(
        ledger.rejected.begin(), ledger.rejected.end(),
        [](const Rejected& r) { return r.reason == kJunkReason; }));
}

long long package_timestamp(const Catalog& catalog) {
    if (auto t = source_date_epoch()) return *t;
    return (catalog.window_start.serial() * 86400LL) - 8 * 3600;  // 00:00 Asia/Shanghai
}

// package + verify: the archive(s) in OUT, written atomically and re-verified before the rename.
std::vector<std::filesystem::path> package_stage(const RunConfig& cfg, const Catalog& catalog,
                                                 RunResult& r) {
    PackageRequest req;
    req.catalog = &catalog;
    req.assessment = &r.assessment;
    req.out_dir = *cfg.out;
    req.name = cfg.unit ? catalog.id + "_" + *cfg.unit : catalog.id;
    req.include_review = cfg.include_review;
    req.split_bytes = cfg.split_bytes;
    req.name_encoding = cfg.name_encoding;
    req.timestamp = package_timestamp(catalog);
    req.source_organization = catalog.source_organization;
    auto written = write_package(req, r.ledger);
    if (!written)
        throw Fatal(kInput, "报送包写入失败：" + written.error().reason, cfg.out->string(),
                    "请检查输出目录的空间和权限");
    for (auto& w : written->warnings) r.notes.push_back(std::move(w));
    return written->parts;
}

}  // namespace

RunResult run(const RunConfig& cfg, const Catalog& catalog, const Progress& progress) {
    auto t0 = std::chrono::steady_clock::now();
    if (cfg.out) require_outside_inbox(*cfg.out, cfg.inbox, "输出目录", "-o");
    Store store = Store::open(cfg.workspace, cfg.inbox);
    if (cfg.out) remove_stale_temporaries(*cfg.out);
    RunResult r;
    auto report = [&](std::string_view stage) {
        return [&progress, stage](int done, int total) {
            if (progress) progress(stage, done, total);
        };
    };

    ScanResult scanned = scan_inbox(scan_options(cfg), catalog, store);  // scan
    r.ledger = std::move(scanned.ledger);
    r.notes = std::move(scanned.unit_warnings);
    r.waiting = std::move(scanned.waiting);
    if (cfg.unit) keep_unit(r.ledger, catalog, *cfg.unit);
    ExtractStats xs;
    r.texts = extract_stage(r.ledger, store, cfg.jobs, cfg.time_limit, xs,
                            report("提取文字"));                                // extract
    analyse_stage(r.ledger, r.texts, catalog, cfg.as_of, cfg.time_limit);       // analyse
    classify_stage(r.ledger, r.texts, catalog, cfg.classify, store,
                   cfg.time_limit);                                             // classify
    r.assessment = validate(catalog, r.ledger, cfg.as_of, cfg.unit, &r.texts);  // validate
    if (cfg.out) r.packages = package_stage(cfg, catalog, r);                   // package + verify

    r.stats.files = static_cast<int>(r.ledger.files.size());
    r.stats.extracted = xs.extracted;
    r.stats.extract_cached = xs.cached;
    r.stats.ocr_pages = xs.ocr_pages;
    r.stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

}  // namespace dossier
