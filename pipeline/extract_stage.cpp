#include "pipeline/extract_stage.hpp"

#include <nlohmann/json.hpp>

#include "extractors/extractor.hpp"
#include "extractors/ocr_engine.hpp"
#include "model/record_json.hpp"
#include "pipeline/store.hpp"
#include "pipeline/worker_pool.hpp"

namespace dossier {

namespace {

std::string base_name(const std::string& source) {
    size_t p = source.find_last_of('/');
    return p == std::string::npos ? source : source.substr(p + 1);
}

// Only images and PDFs may need Tesseract; other workers never load the model (≈0.15 s each).
bool needs_ocr(const Extractor* ex) {
    std::string_view n = ex->name();
    return n == "image" || n == "pdf";
}

struct Job {
    size_t file;
    Probe probe;
    const Extractor* extractor;
    std::string stage;
};

}  // namespace

std::vector<ExtractResult> extract_stage(Ledger& ledger, Store& store, int jobs,
                                         std::chrono::seconds time_limit, ExtractStats& stats,
                                         const std::function<void(int, int)>& progress) {
    const size_t n = ledger.files.size();
    std::vector<std::optional<ExtractResult>> results(n);
    std::vector<std::string> errors(n);
    std::vector<Job> todo;

    // Probe every file and take what the cache already has (calling thread: the store is ours).
    for (size_t i = 0; i < n; ++i) {
        const FileRecord& f = ledger.files[i];
        auto probe = make_probe(f.content_path, base_name(f.source));
        if (!probe) {
            errors[i] = probe.error().reason;
            continue;
        }
        const Extractor* ex = choose_extractor(*probe);
        if (!ex) {
            ExtractContext ctx;
            auto r = extract_file(*probe, ctx);  // produces the "not a PDF (looks like …)" reason
            errors[i] = r ? std::string("无法识别的文件类型") : r.error().reason;
            continue;
        }
        std::string stage = "extract/" + std::string(ex->name());
        if (auto cached = store.get_stage(f.sha256, stage, ex->version())) {
            auto j = nlohmann::json::parse(*cached, nullptr, false);
            if (!j.is_discarded()) {
                ++stats.cached;
                if (j.contains("error"))
                    errors[i] = j["error"].get<std::string>();
                else
                    results[i] = j.get<ExtractResult>();
                continue;
            }
        }
        todo.push_back({i, std::move(*probe), ex, std::move(stage)});
    }

    // Extract the rest in parallel, one OCR engine per worker thread (created on first need);
    // results come back in order on this thread, which alone writes to the store.
    struct Worker {
        std::unique_ptr<OcrEngine> ocr;
        bool tried = false;
    };
    struct Out {
        std::optional<ExtractResult> result;
        std::string error;
        bool transient = false;  // a time limit: not cached, tried again next run
    };
    const int total = static_cast<int>(todo.size());
    if (progress) progress(0, total);
    for_each_ordered<Worker, Out>(
        todo.size(), jobs, [] { return Worker{}; },
        [&](size_t k, Worker& w) {
            Job& job = todo[k];
            ExtractContext ctx;
            ctx.options.time_limit = time_limit;
            if (!w.tried && needs_ocr(job.extractor)) {
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
        },
        [&](size_t k, Out&& o) {
            const Job& job = todo[k];
            nlohmann::json j;
            if (o.result) {
                j = *o.result;
                for (const auto& p : o.result->pages)
                    if (p.source == TextSource::ocr) ++stats.ocr_pages;
                results[job.file] = std::move(o.result);
            } else {
                j = {{"error", o.error}};
                errors[job.file] = o.error;
            }
            if (!o.transient)
                store.put_stage(ledger.files[job.file].sha256, job.stage, job.extractor->version(),
                                j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            ++stats.extracted;
            if (progress) progress(static_cast<int>(k) + 1, total);
        });

    // Files that could not be read move to rejected[]; the rest keep their order.
    std::vector<ExtractResult> kept;
    std::vector<FileRecord> files;
    for (size_t i = 0; i < n; ++i) {
        if (!results[i]) {
            ledger.rejected.push_back(
                {ledger.files[i].source, errors[i].empty() ? "无法读取" : errors[i]});
            continue;
        }
        FileRecord& f = ledger.files[i];
        f.kind = results[i]->kind;
        f.kind_reason = results[i]->kind_reason;
        f.text_source = results[i]->text_source;
        if (!results[i]->media_type.empty()) f.media_type = results[i]->media_type;
        for (const auto& w : results[i]->warnings) f.warnings.push_back(w);
        files.push_back(std::move(f));
        kept.push_back(std::move(*results[i]));
    }
    ledger.files = std::move(files);
    return kept;
}

}  // namespace dossier
