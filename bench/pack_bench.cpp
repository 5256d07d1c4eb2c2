// Package writer benchmark (issue 7), run by bench/pack:
//   dossier_pack_bench TREE OUT
// Hashes every file of TREE first (as scan does; timed separately, not part of "write"), then
// times write_package() and verify_package() separately. Prints one JSON line.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include <openssl/evp.h>

#include "packager/package.hpp"
#include "packager/verify.hpp"

namespace fs = std::filesystem;
using namespace dossier;

static std::string sha256_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    std::vector<char> buf(1 << 20);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        EVP_DigestUpdate(ctx, buf.data(), static_cast<size_t>(in.gcount()));
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned len = 0;
    EVP_DigestFinal_ex(ctx, md, &len);
    EVP_MD_CTX_free(ctx);
    std::string hex;
    char b[3];
    for (unsigned i = 0; i < len; ++i) {
        std::snprintf(b, sizeof b, "%02x", md[i]);
        hex += b;
    }
    return hex;
}

static std::string media_of(const fs::path& p) {
    const auto ext = p.extension().string();
    if (ext == ".png") return "image/png";
    if (ext == ".jpg") return "image/jpeg";
    if (ext == ".pdf") return "application/pdf";
    return "text/plain";
}

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: dossier_pack_bench TREE OUT\n";
        return 2;
    }
    const fs::path tree = argv[1], out = argv[2];
    fs::create_directories(out);
    using clock = std::chrono::steady_clock;
    auto secs = [](clock::time_point a, clock::time_point b) {
        return std::chrono::duration<double>(b - a).count();
    };

    Catalog cat;
    cat.id = "bench";
    cat.title = "打包基准";
    cat.total_points = 1;
    cat.window_start = {2020, 11, 23};
    cat.window_end = {2020, 11, 27};
    Indicator ind;
    ind.id = "1";
    ind.name = "基准指标";
    ind.points = 1;
    cat.indicators.push_back(ind);

    const auto t0 = clock::now();
    Ledger ledger;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(tree))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    uint64_t bytes = 0;
    for (const auto& p : files) {
        FileRecord r;
        r.source = fs::relative(p, tree).string();
        r.content_path = p.string();
        r.size = fs::file_size(p);
        r.sha256 = sha256_file(p);
        r.media_type = media_of(p);
        r.unit = r.source.substr(0, r.source.find('/'));
        r.cls.indicator = "1";
        r.cls.review = false;
        r.cls.confidence = 0.9;
        bytes += r.size;
        ledger.files.push_back(std::move(r));
    }
    const auto t1 = clock::now();

    Assessment as;
    as.as_of = {2020, 11, 25};
    Verdict v;
    v.id = "1";
    v.status = Status::covered;
    for (size_t i = 0; i < ledger.files.size(); ++i) v.files.push_back(static_cast<int>(i));
    as.verdicts.push_back(v);
    PackageRequest req;
    req.catalog = &cat;
    req.assessment = &as;
    req.out_dir = out;
    req.name = "bench";
    req.timestamp = 1606060800;
    auto res = write_package(req, ledger);
    const auto t2 = clock::now();
    if (!res) {
        std::cerr << res.error().reason << "\n";
        return 1;
    }
    auto rep = verify_package(res->parts[0]);
    const auto t3 = clock::now();
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::printf(
        "{\"files\": %zu, \"bytes\": %llu, \"hash_s\": %.3f, \"write_s\": %.3f, \"verify_s\": "
        "%.3f, "
        "\"verify_exit\": %d, \"zip_bytes\": %llu, \"max_rss_kb\": %ld}\n",
        ledger.files.size(), static_cast<unsigned long long>(bytes), secs(t0, t1), secs(t1, t2),
        secs(t2, t3), rep.exit_code, static_cast<unsigned long long>(fs::file_size(res->parts[0])),
        ru.ru_maxrss);
    return 0;
}
