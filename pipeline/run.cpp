#include "pipeline/run.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <set>

#include <fmt/core.h>

#include "packager/package.hpp"
#include "analysis/analyse.hpp"
#include "model/encoding.hpp"
#include "model/deadline.hpp"
#include "model/error.hpp"
#include "pipeline/extract_stage.hpp"
#include "pipeline/near.hpp"
#include "pipeline/pins.hpp"
#include "pipeline/run_options.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/similar.hpp"
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
        const bool pinned = pin && !pin->indicator.empty();
        f.cls = classifier.classify(f, texts[i].full_text(), pinned ? &pin->indicator : nullptr);
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

// package: the archive(s) in OUT, written atomically; every payload byte is hashed as it is
// written. Returns the ledger indexes of files whose bytes were not what the scan recorded
// (nothing was handed over then).
std::vector<size_t> package_stage(const RunConfig& cfg, const Catalog& catalog, RunResult& r) {
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
    if (!written->changed.empty()) return std::move(written->changed);
    for (auto& w : written->warnings) r.notes.push_back(std::move(w));
    r.packages = std::move(written->parts);
    return {};
}

constexpr const char* kChangedDuringRun = "文件在处理过程中被修改，已留待下次";

// The files packaging found changed, dealt with before the next pass (see run()).
struct Recheck {
    std::vector<Rejected> held_back;  // changed during this run: rejected until the next run
    std::vector<std::string> notes;   // what was repaired (Chinese)
};

// A file the packager read differently from what the scan recorded. A blob (an archive member's
// copy in the workspace) is damaged: it is evicted, and the next pass expands its archive again.
// An inbox file whose stat is still what the scan saw kept its mtime through an edit (cp -p,
// touch -r): its stored stat is forgotten, so the next pass hashes and extracts it again. One
// whose stat moved was changed during this run — or anything on a later pass (`hold`): it is
// held back for this run and read afresh by the next.
void recheck(Store& store, const FileRecord& f, bool hold, Recheck& out) {
    const std::filesystem::path content(f.content_path);
    std::error_code ec;
    // Its text may have been extracted from other bytes under this hash.
    store.forget_stage(f.sha256);
    if (!hold && path_is_within(content, store.blob_root())) {
        std::filesystem::remove(content, ec);
        out.notes.push_back(fmt::format("工作区中的副本已损坏，已从收件箱重建：{}",
                                        encoding::escape_invalid_utf8(f.source)));
        return;
    }
    auto row = store.get_file_stat(f.source);
    struct stat st {};
    const bool same_stat = row && ::lstat(f.content_path.c_str(), &st) == 0 &&
                           static_cast<uint64_t>(st.st_size) == row->size &&
                           static_cast<int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 +
                                   st.st_mtim.tv_nsec == row->mtime_ns &&
                           static_cast<uint64_t>(st.st_ino) == row->inode;
    if (row) {  // never trust the stored hash of this path again without reading it
        row->mtime_ns = 0;
        store.put_file_stat(*row);
    }
    if (hold || !same_stat)
        out.held_back.push_back({f.source, kChangedDuringRun});
    else
        out.notes.push_back(fmt::format("文件内容已改变但修改时间未变，已重新读取：{}",
                                        encoding::escape_invalid_utf8(f.source)));
}

// Takes the held-back files out of files[] (and their texts) into rejected[].
void hold_back(RunResult& r, const std::vector<Rejected>& held) {
    if (held.empty()) return;
    std::set<std::string_view> sources;
    for (const auto& h : held) sources.insert(h.source);
    std::vector<FileRecord> files;
    std::vector<ExtractResult> texts;
    for (size_t i = 0; i < r.ledger.files.size(); ++i) {
        if (sources.count(r.ledger.files[i].source)) continue;
        files.push_back(std::move(r.ledger.files[i]));
        if (i < r.texts.size()) texts.push_back(std::move(r.texts[i]));
    }
    r.ledger.files = std::move(files);
    r.texts = std::move(texts);
    for (const auto& h : held) r.ledger.rejected.push_back(h);
    std::sort(r.ledger.rejected.begin(), r.ledger.rejected.end(),
              [](const Rejected& a, const Rejected& b) { return a.source < b.source; });
}

// A date pin overrules the date finder: `published` = the clerk's date (null for "unknown", which
// validation then treats as "发布日期无法确认", never late), `date_source` = "pin". The finder's
// candidates stay (explain shows them); its future-date warning no longer applies.
void apply_date_pin(FileRecord& f, const std::string& date, Date as_of) {
    DateResult& d = f.analysis.date;
    if (d.published && d.future) {
        const std::string stale = "发布日期 " + d.published->iso() + " 晚于核查日期";
        for (auto* list : {&f.analysis.warnings, &f.warnings})
            std::erase_if(*list, [&](const std::string& w) { return w.starts_with(stale); });
    }
    d.published = date == "unknown" ? std::nullopt : Date::parse_typed(date);
    d.source = "pin";
    d.confidence = 1;
    d.repaired = false;
    d.review = false;  // the clerk confirmed it
    d.hint.reset();
    d.future = d.published && *d.published > as_of;
}

// pins: the clerk's date pins (see apply_date_pin), and the not-evidence pins, which take their
// files out of files[] (so out of the package and the indicators) into rejected[] with
// "人工标记为非证据：<reason>". Indicator pins are taken by classify_stage.
void pins_stage(RunResult& r, Store& store, Date as_of) {
    std::map<std::string, Pin, std::less<>> pins;
    for (Pin& p : store.pins()) pins.emplace(p.sha256, std::move(p));
    if (pins.empty()) return;
    std::vector<Rejected> out;
    for (FileRecord& f : r.ledger.files) {
        auto it = pins.find(f.sha256);
        if (it == pins.end()) continue;
        if (!it->second.not_evidence.empty())
            out.push_back({f.source, not_evidence_reason(it->second.not_evidence)});
        else if (!it->second.date.empty())
            apply_date_pin(f, it->second.date, as_of);
    }
    // The pin is about the content: copies listed as duplicates of a file taken out go with it.
    std::map<std::string, std::string, std::less<>> reason_of;
    for (const Rejected& x : out) reason_of.emplace(x.source, x.reason);
    std::erase_if(r.ledger.duplicates, [&](const Duplicate& d) {
        auto it = reason_of.find(d.same_as);
        if (it == reason_of.end()) return false;
        out.push_back({d.source, it->second});
        return true;
    });
    hold_back(r, out);
}

// scan → extract → analyse → pins → near → classify → similar → validate, with the held-back files set aside.
RunResult one_pass(const RunConfig& cfg, const Catalog& catalog, Store& store,
                   const std::vector<Rejected>& held_back, const Progress& progress,
                   ExtractStats& xs) {
    RunResult r;
    auto report = [&](std::string_view stage) {
        return [&progress, stage](int done, int total, std::string_view item) {
            if (progress) progress(stage, done, total, item);
        };
    };
    ScanResult scanned = scan_inbox(scan_options(cfg), catalog, store);  // scan
    r.ledger = std::move(scanned.ledger);
    r.notes = std::move(scanned.unit_warnings);
    r.notes.insert(r.notes.end(), scanned.mail_notes.begin(), scanned.mail_notes.end());
    r.waiting = std::move(scanned.waiting);
    if (cfg.unit) keep_unit(r.ledger, catalog, *cfg.unit);
    hold_back(r, held_back);
    r.texts = extract_stage(r.ledger, store, cfg.jobs, cfg.time_limit, xs,
                            report("提取文字"));                                // extract
    analyse_stage(r.ledger, r.texts, catalog, cfg.as_of, cfg.time_limit);       // analyse
    pins_stage(r, store, cfg.as_of);                                            // pins
    // Fingerprints on one thread: an image's fingerprint decodes the whole image, and four heavy
    // ones decoded at once took `hostile/memory` (--jobs 4) to 1,688 MB, over its 1.5 GB bound.
    r.stats.near_seconds = near_stage(r.ledger, r.texts, store, {}, 1).seconds;  // near
    classify_stage(r.ledger, r.texts, catalog, cfg.classify, store,
                   cfg.time_limit);                                             // classify
    r.stats.similar_seconds = similar_stage(r.ledger, store, catalog).seconds;  // similar
    r.assessment = validate(catalog, r.ledger, cfg.as_of, cfg.unit, &r.texts);  // validate
    return r;
}

}  // namespace

RunResult run(const RunConfig& cfg, const Catalog& catalog, const Progress& progress) {
    auto t0 = std::chrono::steady_clock::now();
    if (cfg.out) require_outside_inbox(*cfg.out, cfg.inbox, "输出目录", "-o");
    Store store = Store::open(cfg.workspace, cfg.inbox);
    if (cfg.out) remove_stale_temporaries(*cfg.out);
    RunResult r;
    ExtractStats xs, all;
    // A package is handed over only when every payload byte is what the manifest states. When
    // the packager finds a file changed, it is re-read (or held back) and the run goes round
    // again; from the second pass on every changed file is held back, so this ends.
    Recheck rc;
    for (int pass = 1;; ++pass) {
        xs = {};
        r = one_pass(cfg, catalog, store, rc.held_back, progress, xs);
        all.extracted += xs.extracted;
        all.ocr_pages += xs.ocr_pages;
        if (!cfg.out) break;
        const std::vector<size_t> changed = package_stage(cfg, catalog, r);  // package
        if (changed.empty()) break;
        for (size_t i : changed) recheck(store, r.ledger.files[i], pass > 1, rc);
    }
    std::vector<std::string> opened = store.take_notes();  // the workspace's own, first
    r.notes.insert(r.notes.begin(), opened.begin(), opened.end());
    for (auto& n : rc.notes) r.notes.push_back(std::move(n));

    r.stats.files = static_cast<int>(r.ledger.files.size());
    r.stats.extracted = all.extracted;
    r.stats.extract_cached = xs.cached;
    r.stats.ocr_pages = all.ocr_pages;
    r.stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return r;
}

}  // namespace dossier
