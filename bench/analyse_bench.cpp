// Throughput of the analyse stage's text work (normalise + dates + keywords + title + sensitive)
// over ~10 MB of Chinese text on one thread. Issue 5 requires > 20 MB/s.
// Usage: dossier_analyse_bench [MB] [catalog.yaml]   (prints one line of results)
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "analysis/analyse.hpp"

using namespace dossier;

namespace {

// Page texts from the labelled OCR cases when present (real OCR output), else synthetic ones.
std::vector<std::string> seed_pages(const std::filesystem::path& source_dir) {
    std::vector<std::string> pages;
    std::ifstream in(source_dir / "tests/data/dates/ocr_cases.tsv");
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("id\t", 0) == 0) continue;
        const auto tab = line.rfind('\t');
        std::string t, f = line.substr(tab + 1);
        for (size_t i = 0; i < f.size(); ++i) {
            if (f[i] == '\\' && i + 1 < f.size()) {
                const char c = f[++i];
                t.push_back(c == 'n' ? '\n' : c == 't' ? '\t' : c);
            } else {
                t.push_back(f[i]);
            }
        }
        pages.push_back(t);
    }
    if (pages.empty()) {
        pages.push_back(
            "霸州市人民政府办公室关于做好2020年政务公开工作的通知\n发布时间：2020-11-03 10:23 "
            "来源：霸州市政府办\n"
            "各乡镇（区、办），市政府各部门：按照国务院办公厅、省政府办公厅和廊坊市政务公开有关通知"
            "要求，"
            "请于11月27日前报送材料。联系电话：0316-"
            "7225576\n霸州市人民政府办公室\n二〇二〇年十一月三日");
    }
    return pages;
}

Catalog synthetic_catalog() {
    Catalog c;
    const char* words[] = {"政务公开",   "政策解读",   "重大决策",   "征求意见",     "预决算",
                           "年度报告",   "依申请公开", "政务新媒体", "基层政务公开", "标准化规范化",
                           "新闻发布会", "回应关切",   "信息公开",   "重点领域",     "双随机"};
    int n = 0;
    for (const char* w : words) {
        Indicator ind;
        ind.id = std::to_string(++n);
        ind.name = std::string(w) + "工作";
        ind.keywords = {w, std::string(w) + "专栏", std::string("加强") + w};
        c.indicators.push_back(ind);
    }
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const double mb = argc > 1 ? std::stod(argv[1]) : 10.0;
    const std::filesystem::path src = DOSSIER_SOURCE_DIR;
    std::filesystem::path cat_file =
        argc > 2 ? std::filesystem::path(argv[2]) : src / "manifests/langfang-2020.yaml";
    Catalog catalog;
    std::string catalog_name = "synthetic";
    try {
        if (std::filesystem::exists(cat_file)) {
            catalog = load_catalog(cat_file);
            catalog_name = cat_file.filename().string();
        } else {
            catalog = synthetic_catalog();
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "catalog: %s; using a synthetic one\n", e.what());
        catalog = synthetic_catalog();
    }
    const Analyser an(catalog);

    // Files of 1–6 pages, pages drawn from the seed set, until `mb` megabytes.
    const auto seeds = seed_pages(src);
    std::mt19937 rng(5);
    std::vector<ExtractResult> files;
    size_t bytes = 0;
    while (bytes < static_cast<size_t>(mb * 1e6)) {
        ExtractResult x;
        const int n = 1 + static_cast<int>(rng() % 6);
        for (int i = 0; i < n; ++i) {
            PageText p;
            p.text = seeds[rng() % seeds.size()];
            p.source = TextSource::ocr;
            bytes += p.text.size();
            x.pages.push_back(std::move(p));
        }
        files.push_back(std::move(x));
    }
    // CPU time of this thread: the shared 2-core machine is often loaded, so wall time overstates
    // the cost; both are printed.
    auto cpu_now = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec + ts.tv_nsec / 1e9;
    };
    const double c0 = cpu_now();
    const auto t0 = std::chrono::steady_clock::now();
    size_t dated = 0, hits = 0;
    for (size_t i = 0; i < files.size(); ++i) {
        const Analysis a =
            an.run(files[i], "财政局/截图/微信图片_20201105.jpg", Date{2020, 11, 25});
        dated += a.date.published.has_value();
        hits += a.keywords.size();
    }
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = cpu_now() - c0;
    std::printf(
        "analyse: %.1f MB in %zu files (%s, %zu keywords): cpu %.3f s = %.1f MB/s on one thread; "
        "wall %.3f s = %.1f MB/s (%zu dated, %zu keyword hits)\n",
        bytes / 1e6, files.size(), catalog_name.c_str(), an.keywords().keyword_count(), cpu,
        bytes / 1e6 / cpu, s, bytes / 1e6 / s, dated, hits);
    return 0;
}
