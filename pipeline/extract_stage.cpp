#include "pipeline/extract_stage.hpp"

#include <map>

#include <nlohmann/json.hpp>

#include "extractors/extractor.hpp"
#include "extractors/ocr_engine.hpp"
#include "model/file_type.hpp"
#include "model/record_json.hpp"
#include "model/text.hpp"
#include "pipeline/store.hpp"
#include "pipeline/worker_pool.hpp"

namespace dossier {

namespace {

struct Job {
    size_t file;
    Probe probe;
    const Extractor* extractor;
    std::string stage;
    bool ocr;         // the worker needs an OCR engine for it
    uint64_t memory;  // its estimated peak (estimate_peak_memory), reserved before it starts
};

// What the extracting workers may hold at once. The rest of the 1.5 GB bound (design.md §5) is
// the process itself, one Tesseract model per worker (≈ 60 MB each) and the results kept so far.
constexpr uint64_t kExtractBudget = uint64_t{900} << 20;

// What one run of the stage knows; indexes are those of ledger.files.
struct Extraction {
    Ledger& ledger;
    Store& store;
    ExtractStats& stats;
    std::vector<std::optional<ExtractResult>> results;
    std::vector<std::string> errors;
    std::vector<Job> todo;                          // files the cache could not answer
    std::map<const Extractor*, bool> reads_pixels;  // extractor → reads a needs-OCR type
};

// Only extractors of types whose text may be in pixels (file_type's needs_ocr: images, PDF) get
// Tesseract; other workers never load the model (≈0.15 s each). Asked of the extractor's own bid
// rather than of the file's sniffed type, so content the image extractor takes on its own (a JPEG
// 2000 the sniffer calls "unknown") still gets an engine.
bool reads_ocr_types(Extraction& x, const Extractor* ex) {
    auto [it, inserted] = x.reads_pixels.emplace(ex, false);
    if (!inserted) return it->second;
    for (const file_type::FileType& t : file_type::all()) {
        Probe p;
        p.sniffed = std::string(t.id);
        if (t.needs_ocr && ex->bid(p) > 0) return it->second = true;
    }
    return false;
}

// Probes file i and takes what the cache has; queues it in todo otherwise.
void probe_or_take_cached(Extraction& x, size_t i) {
    const FileRecord& f = x.ledger.files[i];
    auto probe = make_probe(f.content_path, std::string(text::base_name(f.source)));
    if (!probe) {
        x.errors[i] = probe.error().reason;
        return;
    }
    const Extractor* ex = choose_extractor(*probe);
    if (!ex) {
        ExtractContext ctx;
        auto r = extract_file(*probe, ctx);  // produces the "not a PDF (looks like …)" reason
        x.errors[i] = r ? std::string("无法识别的文件类型") : r.error().reason;
        return;
    }
    std::string stage = "extract/" + std::string(ex->name());
    if (auto cached = x.store.get_stage(f.sha256, stage, ex->version())) {
        auto j = nlohmann::json::parse(*cached, nullptr, false);
        if (!j.is_discarded()) {
            ++x.stats.cached;
            if (j.contains("error"))
                x.errors[i] = j["error"].get<std::string>();
            else
                x.results[i] = j.get<ExtractResult>();
            return;
        }
    }
    const uint64_t memory = estimate_peak_memory(*probe, *ex);
    x.todo.push_back({i, std::move(*probe), ex, std::move(stage), reads_ocr_types(x, ex), memory});
}

// One pool thread's state: its OCR engine, created on the first job that needs one.
struct Worker {
    std::unique_ptr<OcrEngine> ocr;
    bool tried = false;
};

struct Out {
    std::optional<ExtractResult> result;
    std::string error;
    bool transient = false;  // a time limit: not cached, tried again next run
};

// Runs on a pool thread: touches only the job and the worker.
Out extract_job(const Job& job, Worker& w, std::chrono::seconds time_limit) {
    ExtractContext ctx;
    ctx.options.time_limit = time_limit;
    if (!w.tried && job.ocr) {
        w.tried = true;
        if (auto e = OcrEngine::create()) w.ocr = std::move(*e);
    }
    ctx.ocr = w.ocr.get();
    Out o;
    auto r = extract_file(job.probe, ctx);  // catches whatever an extractor throws
    if (r)
        o.result = std::move(*r);
    else
        o.error = r.error().reason, o.transient = r.error().transient;
    return o;
}

// Runs on the calling thread, in job order: keeps the outcome and caches it unless transient.
void keep_outcome(Extraction& x, const Job& job, Out&& o) {
    nlohmann::json j;
    if (o.result) {
        j = *o.result;
        for (const auto& p : o.result->pages)
            if (p.source == TextSource::ocr) ++x.stats.ocr_pages;
        x.results[job.file] = std::move(o.result);
    } else {
        j = {{"error", o.error}};
        x.errors[job.file] = o.error;
    }
    if (!o.transient)
        x.store.put_stage(x.ledger.files[job.file].sha256, job.stage, job.extractor->version(),
                          j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    ++x.stats.extracted;
}

// Extracts the queued files in parallel, one OCR engine per worker thread, each file started only
// once its estimated memory fits in kExtractBudget beside the files running; results come back
// in order on this thread, which alone writes to the store.
void extract_queued(Extraction& x, int jobs, std::chrono::seconds time_limit,
                    const StageProgress& progress) {
    const int total = static_cast<int>(x.todo.size());
    // Results come back in order, so the file the display waits for is the next one in line.
    auto next_source = [&](size_t k) -> std::string_view {
        return k < x.todo.size() ? std::string_view(x.ledger.files[x.todo[k].file].source) : "";
    };
    if (progress) progress(0, total, next_source(0));
    MemoryBudget budget(kExtractBudget);
    for_each_ordered<Worker, Out>(
        x.todo.size(), jobs, [] { return Worker{}; },
        [&](size_t k, Worker& w) {
            MemoryBudget::Reservation held = budget.reserve(x.todo[k].memory);
            return extract_job(x.todo[k], w, time_limit);
        },
        [&](size_t k, Out&& o) {
            keep_outcome(x, x.todo[k], std::move(o));
            if (progress) progress(static_cast<int>(k) + 1, total, next_source(k + 1));
        });
}

// Files that could not be read move to rejected[]; the rest keep their order and take what the
// extractor found out about them. Returns the kept results, in the same order.
std::vector<ExtractResult> settle_ledger(Extraction& x) {
    Ledger& ledger = x.ledger;
    std::vector<ExtractResult> kept;
    std::vector<FileRecord> files;
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        std::optional<ExtractResult>& result = x.results[i];
        if (!result) {
            ledger.rejected.push_back(
                {ledger.files[i].source, x.errors[i].empty() ? "无法读取" : x.errors[i]});
            continue;
        }
        FileRecord& f = ledger.files[i];
        f.kind = result->kind;
        f.kind_reason = result->kind_reason;
        f.text_source = result->text_source;
        if (!result->media_type.empty()) f.media_type = result->media_type;
        for (const auto& w : result->warnings) f.warnings.push_back(w);
        files.push_back(std::move(f));
        kept.push_back(std::move(*result));
    }
    ledger.files = std::move(files);
    return kept;
}

}  // namespace

std::vector<ExtractResult> extract_stage(Ledger& ledger, Store& store, int jobs,
                                         std::chrono::seconds time_limit, ExtractStats& stats,
                                         const StageProgress& progress) {
    const size_t n = ledger.files.size();
    Extraction x{ledger, store, stats, {}, {}, {}, {}};
    x.results.resize(n);
    x.errors.resize(n);
    // Probing and the cache run on the calling thread: the store is ours.
    for (size_t i = 0; i < n; ++i) probe_or_take_cached(x, i);
    extract_queued(x, jobs, time_limit, progress);
    return settle_ledger(x);
}

}  // namespace dossier
