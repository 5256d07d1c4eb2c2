// dossier_ocr_bench: runs our image/PDF extract stage over many files in-process with N worker
// threads (one OcrEngine each, files handed out in order), as the pipeline does, and writes each
// file's text to OUTDIR/<name>.txt. Used by bench/ocr; prints the wall time on stdout as
// "wall_seconds <s>" and one line per file on stderr.
//
//   dossier_ocr_bench [--jobs N] [--out DIR] [--keep-env] FILE...
//
// Unless --keep-env is given, the program re-executes itself with OMP_THREAD_LIMIT=1 when the
// variable is unset: libgomp reads it once, when it is loaded, before main() runs.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "extractors/image.hpp"
#include "extractors/ocr_engine.hpp"
#include "extractors/pdf.hpp"

using namespace dossier;
namespace fs = std::filesystem;

static Probe probe_of(const fs::path& p) {
    Probe probe;
    probe.path = p;
    probe.name = p.filename().string();
    std::ifstream in(p, std::ios::binary);
    probe.head.resize(65536);
    in.read(probe.head.data(), static_cast<std::streamsize>(probe.head.size()));
    probe.head.resize(static_cast<size_t>(in.gcount()));
    probe.size = fs::file_size(p);
    return probe;
}

int main(int argc, char** argv) {
    int jobs = 2;
    bool keep_env = false;
    fs::path out;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--jobs" && i + 1 < argc)
            jobs = std::max(1, std::atoi(argv[++i]));
        else if (a == "--out" && i + 1 < argc)
            out = argv[++i];
        else if (a == "--keep-env")
            keep_env = true;
        else
            files.emplace_back(a);
    }
    if (!keep_env) ensure_omp_thread_limit(argv);
    if (files.empty()) {
        std::cerr << "usage: dossier_ocr_bench [--jobs N] [--out DIR] [--keep-env] FILE...\n";
        return 2;
    }
    if (!out.empty()) fs::create_directories(out);

    const ImageExtractor image;
    const PdfExtractor pdf;
    std::atomic<size_t> next{0};
    std::mutex io;
    int failures = 0;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int j = 0; j < jobs; ++j) {
        pool.emplace_back([&] {
            auto engine = OcrEngine::create();
            if (!engine) {
                std::lock_guard lock(io);
                std::cerr << engine.error().reason << "\n";
                ++failures;
                return;
            }
            ExtractContext ctx;
            ctx.ocr = engine->get();
            for (size_t i; (i = next.fetch_add(1)) < files.size();) {
                auto t = std::chrono::steady_clock::now();
                Probe probe = probe_of(files[i]);
                const Extractor* ex = pdf.bid(probe) > 0 ? static_cast<const Extractor*>(&pdf)
                                                         : static_cast<const Extractor*>(&image);
                auto r = ex->extract(probe, ctx);
                double s =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
                std::lock_guard lock(io);
                if (!r) {
                    std::cerr << files[i].string() << ": " << r.error().reason << "\n";
                    ++failures;
                    continue;
                }
                std::fprintf(stderr, "%s\t%.2fs\t%d pages\t%s\tconf %.0f\t%s\n", files[i].c_str(),
                             s, r->page_count, to_string(r->text_source), r->ocr_confidence,
                             r->kind_reason.c_str());
                if (!out.empty()) {
                    std::ofstream(out / (files[i].stem().string() + ".txt"))
                        << r->full_text() << "\n";
                }
            }
        });
    }
    for (auto& t : pool) t.join();
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("wall_seconds %.3f\n", wall);
    return failures ? 1 : 0;
}
