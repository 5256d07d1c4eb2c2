// A tiny catalog, ledger and assessment built by hand, with real payload files in a temp dir.
#pragma once

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "model/catalog.hpp"
#include "model/record.hpp"
#include "model/sha256.hpp"
#include "packager/bagit.hpp"
#include "packager/package.hpp"

#include "common/files.hpp"

namespace fixture {

namespace fs = std::filesystem;
using namespace dossier;

// A fresh folder for one test, inside one scratch folder per test process (removed at exit).
inline fs::path temp_dir(const std::string& tag) {
    static const dossier::test::Scratch root("dossier-pack");
    static std::atomic<int> n{0};
    auto p = root / (tag + "-" + std::to_string(n++));
    fs::create_directories(p);
    return p;
}

using dossier::test::write;
inline std::string read(const fs::path& p) {
    return dossier::test::slurp(p);
}

struct Run {
    int status = -1;
    std::string out;
};
// Runs a shell command, capturing stdout+stderr.
inline Run sh(const std::string& cmd) {
    Run r;
    FILE* p = ::popen((cmd + " 2>&1").c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int st = ::pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}
inline std::string q(const fs::path& p) {
    std::string s(1, '\'');
    s += p.string();
    s.push_back('\'');
    return s;
}

inline std::string random_bytes(size_t n, unsigned seed) {
    std::mt19937 g(seed);
    std::string s(n, '\0');
    for (auto& c : s) c = static_cast<char>(g());
    return s;
}

inline Indicator ind(std::string id, std::string name, double points, int level, int parent,
                     std::vector<int> children) {
    Indicator i;
    i.id = std::move(id);
    i.name = std::move(name);
    i.points = points;
    i.level = level;
    i.parent = parent;
    i.children = std::move(children);
    i.units = {"市财政局"};
    return i;
}

inline Catalog catalog() {
    Catalog c;
    c.id = "test-2020";
    c.title = "测试市2020年政务公开考核";
    c.year = 2020;
    c.total_points = 10;
    c.window_start = {2020, 11, 23};
    c.window_end = {2020, 11, 27};
    c.source_organization = "测试市政务公开办";
    c.indicators = {
        ind("1", "政务公开", 10, 1, -1, {1, 3}), ind("1.1", "决策公开: <预>", 4, 2, 0, {2}),
        ind("1.1.1", "重大决策预公开", 4, 3, 1, {}), ind("1.2", "政策解读", 6, 2, 0, {})};
    return c;
}

struct Fixture {
    fs::path root;  // payload files live here
    Catalog cat = catalog();
    Ledger ledger;
    Assessment as;

    FileRecord& add(const std::string& source, const std::string& content, const std::string& media,
                    std::optional<std::string> unit, const std::string& indicator,
                    bool review = false, std::optional<Date> published = std::nullopt) {
        FileRecord r;
        r.source = source;
        r.content_path = (root / ("blob" + std::to_string(ledger.files.size()))).string();
        write(r.content_path, content);
        r.sha256 = dossier::sha256_hex(content);
        r.size = content.size();
        r.media_type = media;
        r.unit = std::move(unit);
        r.kind = EvidenceKind::document;
        r.cls.indicator = indicator;
        r.cls.review = review;
        r.cls.confidence = review ? 0.3 : 0.9;
        r.analysis.date.published = published;
        r.analysis.date.source = published ? "content" : "none";
        ledger.files.push_back(std::move(r));
        return ledger.files.back();
    }

    // Files sorted by source, as scan leaves them; verdicts point at them.
    explicit Fixture(const std::string& tag, bool all_covered = false) : root(temp_dir(tag)) {
        add("乡镇/待定.txt", "待定的材料\n", "text/plain", "胜芳镇", "1.2", true);
        add("乡镇/说明.txt", std::string(3000, 'a') + "说明文字\n", "text/plain", std::nullopt,
            "1.2");
        add("市财政局/IMG_2043.JPG", random_bytes(20000, 1), "image/jpeg", "市财政局", "1.1.1",
            false, Date{2020, 11, 3});
        add("市财政局/关于*政策?.pdf", "%PDF-1.4\n" + random_bytes(5000, 2), "application/pdf",
            "市财政局", "1.2", false, Date{2020, 10, 9});
        add("市财政局/" + std::string(100 * 3, '\0') + ".docx", random_bytes(3000, 3),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "市财政局",
            "1.2");
        // 100 × "长" (3 bytes each): a 300-byte name.
        std::string long_name;
        for (int i = 0; i < 100; ++i) long_name += "长";
        ledger.files[4].source = "市财政局/" + long_name + ".docx";
        add("x/CON.txt", "device name\n", "text/plain", "CON", "1.2");
        std::sort(ledger.files.begin(), ledger.files.end(),
                  [](auto& a, auto& b) { return a.source < b.source; });
        ledger.files[index_of("市财政局/关于*政策?.pdf")].cls.secondary = {"1.1.1"};
        ledger.rejected.push_back({"市财政局/坏.zip", "压缩包已损坏，无法读取"});
        ledger.duplicates.push_back({"市财政局/副本.JPG", "市财政局/IMG_2043.JPG"});

        as.as_of = {2020, 11, 25};
        as.points_total = 10;
        auto verdict = [&](std::string id, Status s, double pts, double risk) {
            Verdict v;
            v.id = std::move(id);
            v.status = s;
            v.points = pts;
            v.points_at_risk = risk;
            v.units = {{"市财政局", true}};
            return v;
        };
        const Status second = all_covered ? Status::covered : Status::weak;
        as.verdicts = {
            verdict("1", all_covered ? Status::covered : Status::weak, 10, all_covered ? 0 : 6),
            verdict("1.1", Status::covered, 4, 0), verdict("1.1.1", Status::covered, 4, 0),
            verdict("1.2", second, 6, all_covered ? 0 : 6)};
        if (!all_covered) as.verdicts[3].reasons = {"只有文件，缺少网页截图"};
        as.verdicts[2].files = {index_of("市财政局/IMG_2043.JPG")};
        as.verdicts[2].secondary_files = {index_of("市财政局/关于*政策?.pdf")};
        for (size_t i = 0; i < ledger.files.size(); ++i)
            if (ledger.files[i].cls.indicator == "1.2" && !ledger.files[i].cls.review)
                as.verdicts[3].files.push_back(static_cast<int>(i));
        as.points_confirmed = all_covered ? 10 : 4;
    }
    ~Fixture() {
        std::error_code ec;
        fs::remove_all(root, ec);
    }

    int index_of(const std::string& source) const {
        for (size_t i = 0; i < ledger.files.size(); ++i)
            if (ledger.files[i].source == source) return static_cast<int>(i);
        return -1;
    }

    PackageRequest request(const fs::path& out, std::string name = "test-2020") const {
        PackageRequest r;
        r.catalog = &cat;
        r.assessment = &as;
        r.out_dir = out;
        r.name = std::move(name);
        r.timestamp = 1606060800;  // 2020-11-23 00:00 Asia/Shanghai
        return r;
    }
};

}  // namespace fixture
