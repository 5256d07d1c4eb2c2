#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <nlohmann/json.hpp>
#include <zip.h>

#include "fixture.hpp"
#include "packager/package.hpp"
#include "packager/verify.hpp"

using namespace dossier;
using fixture::q;
using fixture::sh;

namespace {

std::vector<std::string> python_names(const fixture::fs::path& zip,
                                      const char* encoding = nullptr) {
    std::string enc = encoding ? std::string(", metadata_encoding='") + encoding + "'" : "";
    auto r = sh("python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]" + enc +
                "); print('\\n'.join(z.namelist()))\" " + q(zip));
    REQUIRE(r.status == 0);
    std::vector<std::string> names;
    std::string line;
    for (char c : r.out) {
        if (c == '\n') {
            names.push_back(line);
            line.clear();
        } else
            line += c;
    }
    return names;
}

}  // namespace

TEST_CASE("package: writes one archive with indexes, BagIt and payload", "[packager]") {
    fixture::Fixture fx("basic");
    auto out = fixture::temp_dir("out");
    auto res = write_package(fx.request(out), fx.ledger);
    REQUIRE(res);
    REQUIRE(res->parts.size() == 1);
    const auto zip = res->parts[0];
    CHECK(zip.filename() == "test-2020.zip");
    // OUT holds only the package: no temporaries left.
    size_t entries = 0;
    for (auto& e : fixture::fs::directory_iterator(out)) {
        (void)e;
        ++entries;
    }
    CHECK(entries == 1);

    // archive_path assigned for packaged files only.
    CHECK(fx.ledger.files[fx.index_of("市财政局/IMG_2043.JPG")].archive_path.has_value());
    CHECK_FALSE(fx.ledger.files[fx.index_of("乡镇/待定.txt")].archive_path.has_value());

    const auto names = python_names(zip);
    CHECK(std::is_sorted(names.begin(), names.end()));
    for (const char* must :
         {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
          "manifest.json", "index.html", "目录.xlsx", "目录.pdf",
          "data/01_政务公开/02_政策解读/未知单位/001_日期不详_说明.txt"})
        CHECK(std::find(names.begin(), names.end(), must) != names.end());

    // Real readers accept it.
    CHECK(sh("unzip -tq " + q(zip)).status == 0);
    auto l = sh("unzip -l " + q(zip));
    CHECK(l.out.find("001_20201103_IMG_2043.JPG") != std::string::npos);
    auto t7 = sh("7z t " + q(zip));
    CHECK(t7.status == 0);
    CHECK(sh("7z l " + q(zip)).out.find("目录.pdf") != std::string::npos);
    auto bs = sh("LC_ALL=C.UTF-8 bsdtar -tf " + q(zip));
    CHECK(bs.status == 0);
    CHECK(bs.out.find("data/01_政务公开/01_决策公开_ "
                      "_预_/01_重大决策预公开/市财政局/001_20201103_IMG_2043.JPG") !=
          std::string::npos);

    // Permissions, and the manifest as the contract says.
    auto perms =
        sh("python3 -c \"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
           "print(set(oct(i.external_attr>>16) for i in z.infolist()))\" " +
           q(zip));
    CHECK(perms.out.find("0o100644") != std::string::npos);
    CHECK(perms.out.find("0o40755") != std::string::npos);
    auto man = sh("unzip -p " + q(zip) + " manifest.json");
    auto j = nlohmann::ordered_json::parse(man.out);
    CHECK(j["schema"] == "dossier.manifest/1");
    CHECK(j["catalog"]["id"] == "test-2020");
    CHECK(j["as_of"] == "2020-11-25");
    CHECK(j["unit"].is_null());
    CHECK(j["indicators"].size() == 4);
    CHECK(j["indicators"][2]["path"] ==
          nlohmann::ordered_json::array({"政务公开", "决策公开: <预>", "重大决策预公开"}));
    CHECK(j["indicators"][2]["files"].size() == 2);  // primary + secondary, same path, one copy
    CHECK(j["files"].size() == fx.ledger.files.size());
    CHECK(j["rejected"][0]["source"] == "市财政局/坏.zip");
    CHECK(j["duplicates"][0]["same_as"] == "市财政局/IMG_2043.JPG");
    const auto& f0 = j["files"][0];
    std::vector<std::string> keys;
    for (auto it = f0.begin(); it != f0.end(); ++it) keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{
                      "path", "source", "sha256", "size", "media_type", "evidence_kind", "unit",
                      "indicator", "secondary", "confidence", "review", "published", "date_source",
                      "date_review", "date_hint", "date_repaired", "keywords", "text_source",
                      "warnings", "mail", "part", "near_group"});
    CHECK(f0["date_review"].is_boolean());
    CHECK(j["duplicates"][0]["near"] == false);
    CHECK(f0["review"].is_boolean());
    auto info = sh("unzip -p " + q(zip) + " bag-info.txt").out;
    CHECK(info.find("Bagging-Date: 2020-11-25\n") != std::string::npos);
    CHECK(info.find("Deadline: 2020-11-27\n") != std::string::npos);
    CHECK(info.find("Payload-Oxum: ") != std::string::npos);

    // Our verifier: valid, but incomplete (1.2 is weak).
    auto rep = verify_package(zip);
    INFO(rep.text());
    CHECK(rep.exit_code == 1);
    CHECK(rep.points_at_risk == 6);
    fixture::fs::remove_all(out);
}

TEST_CASE("package: store for compressed types, deflate for the rest", "[packager]") {
    fixture::Fixture fx("store");
    auto out = fixture::temp_dir("out");
    auto res = write_package(fx.request(out), fx.ledger);
    REQUIRE(res);
    int err = 0;
    zip_t* za = zip_open(res->parts[0].c_str(), ZIP_RDONLY, &err);
    REQUIRE(za);
    std::map<std::string, int> method;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st);
        method[st.name] = st.comp_method;
    }
    zip_discard(za);
    for (const auto& [name, m] : method) {
        if (name.back() == '/') continue;
        INFO(name);
        const bool compressed = name.ends_with(".JPG") || name.ends_with(".pdf") ||
                                name.ends_with(".docx") || name.ends_with(".xlsx");
        CHECK(m == (compressed ? ZIP_CM_STORE : ZIP_CM_DEFLATE));
    }
    fixture::fs::remove_all(out);
}

TEST_CASE("package: two builds from different places and mtimes are byte-identical", "[packager]") {
    std::string bytes[2];
    for (int k = 0; k < 2; ++k) {
        fixture::Fixture fx(k ? "det-b" : "det-a");
        for (const auto& f : fx.ledger.files)
            fixture::fs::last_write_time(f.content_path, fixture::fs::file_time_type::clock::now() -
                                                             std::chrono::hours(24 * (k * 30 + 1)));
        auto out = fixture::temp_dir(k ? "out-b" : "out-a");
        auto res = write_package(fx.request(out), fx.ledger);
        REQUIRE(res);
        bytes[k] = fixture::read(res->parts[0]);
        fixture::fs::remove_all(out);
    }
    CHECK(bytes[0].size() > 1000);
    CHECK(bytes[0] == bytes[1]);
}

TEST_CASE("package: include_review puts review files under 00_待确认", "[packager]") {
    fixture::Fixture fx("review");
    auto out = fixture::temp_dir("out");
    auto req = fx.request(out);
    req.include_review = true;
    auto res = write_package(req, fx.ledger);
    REQUIRE(res);
    const auto names = python_names(res->parts[0]);
    CHECK(std::find(names.begin(), names.end(), "data/00_待确认/胜芳镇/001_日期不详_待定.txt") !=
          names.end());
    CHECK(verify_package(res->parts[0]).exit_code == 1);
    fixture::fs::remove_all(out);
}

TEST_CASE("package: GBK names read back with bsdtar and Python, verify warns only", "[packager]") {
    fixture::Fixture fx("gbk");
    auto out = fixture::temp_dir("out");
    auto req = fx.request(out);
    req.name_encoding = "gbk";
    auto res = write_package(req, fx.ledger);
    if (!res) FAIL(res.error().reason);
    const auto zip = res->parts[0];
    const std::string expected = "data/01_政务公开/02_政策解读/未知单位/001_日期不详_说明.txt";
    auto bs = sh("LC_ALL=C.UTF-8 bsdtar --options hdrcharset=CP936 -tf " + q(zip));
    CHECK(bs.status == 0);
    CHECK(bs.out.find(expected) != std::string::npos);
    const auto names = python_names(zip, "gbk");
    CHECK(std::find(names.begin(), names.end(), expected) != names.end());
    CHECK(std::find(names.begin(), names.end(), "目录.pdf") != names.end());
    // Raw bytes really are GBK (no UTF-8 flag): the default reader shows something else.
    const auto plain = python_names(zip);
    CHECK(std::find(plain.begin(), plain.end(), expected) == plain.end());

    auto rep = verify_package(zip);
    INFO(rep.text());
    CHECK(rep.exit_code == 1);  // valid (incomplete content), not damaged
    bool warned = false;
    for (const auto& p : rep.problems)
        if (p.severity == VerifyProblem::Severity::warning &&
            p.message.find("GBK") != std::string::npos)
            warned = true;
    CHECK(warned);
    fixture::fs::remove_all(out);
}

TEST_CASE("package: 目录.pdf reads back in Chinese with pdftotext", "[packager]") {
    fixture::Fixture fx("pdf");
    auto out = fixture::temp_dir("out");
    auto res = write_package(fx.request(out), fx.ledger);
    REQUIRE(res);
    REQUIRE(sh("cd " + q(out) + " && unzip -q " + q(res->parts[0]) + " 目录.pdf").status == 0);
    auto text = sh("pdftotext " + q(out / "目录.pdf") + " -");
    CHECK(text.status == 0);
    CHECK(text.out.find("测试市2020年政务公开考核") != std::string::npos);
    CHECK(text.out.find("政务公开考核材料目录") != std::string::npos);
    CHECK(text.out.find("001_20201103_IMG_2043.JPG") != std::string::npos);
    CHECK(text.out.find("重大决策预公开") != std::string::npos);
    CHECK(text.out.find("市财政局") != std::string::npos);
    CHECK(sh("pdffonts " + q(out / "目录.pdf")).out.find("yes yes") !=
          std::string::npos);  // embedded subset
    fixture::fs::remove_all(out);
}

TEST_CASE("package: split into self-contained parts under the limit", "[packager]") {
    fixture::Fixture fx("split");
    // Add bigger files so that several parts are needed.
    for (int i = 0; i < 6; ++i)
        fx.add("市财政局/图" + std::to_string(i) + ".png", fixture::random_bytes(60000, 10 + i),
               "image/png", "市财政局", "1.2");
    fx.add("市财政局/巨大.png", fixture::random_bytes(400000, 99), "image/png", "市财政局", "1.2");
    std::sort(fx.ledger.files.begin(), fx.ledger.files.end(),
              [](auto& a, auto& b) { return a.source < b.source; });
    for (auto& v : fx.as.verdicts) {
        v.files.clear();
        v.secondary_files.clear();
    }
    auto out = fixture::temp_dir("out");
    auto req = fx.request(out);
    req.split_bytes = 250000;
    auto res = write_package(req, fx.ledger);
    REQUIRE(res);
    INFO(res->warnings.size());
    REQUIRE(res->parts.size() >= 3);
    const auto n = res->parts.size();
    CHECK(res->parts[0].filename() == "test-2020.part1of" + std::to_string(n) + ".zip");
    bool big_warned = false;
    for (const auto& w : res->warnings)
        if (w.find("巨大") != std::string::npos && w.find("单独成卷") != std::string::npos)
            big_warned = true;
    CHECK(big_warned);
    std::set<std::string> payload;
    for (const auto& p : res->parts) {
        INFO(p);
        const bool has_big = sh("unzip -l " + q(p)).out.find("巨大") != std::string::npos;
        if (!has_big) CHECK(fixture::fs::file_size(p) <= req.split_bytes);
        CHECK(sh("unzip -tq " + q(p)).status == 0);
        for (const auto& name : python_names(p)) {
            if (name.rfind("data/", 0) == 0 && name.back() != '/')
                CHECK(payload.insert(name).second);
        }
        for (const char* must :
             {"manifest.json", "index.html", "目录.pdf", "bagit.txt", "tagmanifest-sha256.txt"}) {
            auto names = python_names(p);
            CHECK(std::find(names.begin(), names.end(), must) != names.end());
        }
    }
    size_t packaged = 0;
    for (const auto& f : fx.ledger.files) packaged += f.archive_path.has_value();
    CHECK(payload.size() == packaged);
    // Verifying any part checks them all together.
    auto rep = verify_package(res->parts[1]);
    INFO(rep.text());
    CHECK(rep.parts.size() == n);
    CHECK(rep.exit_code == 1);
    // A missing part is damage.
    fixture::fs::remove(res->parts.back());
    auto missing = verify_package(res->parts[0]);
    CHECK(missing.exit_code == 4);
    fixture::fs::remove_all(out);
}

TEST_CASE("package: stale temporaries are removed, other files kept", "[packager]") {
    auto out = fixture::temp_dir("stale");
    fixture::write(out / ".test-2020.part", "x");
    fixture::write(out / ".test-2020.part.AbC123", "x");
    fixture::write(out / "report.json", "{}");
    remove_stale_temporaries(out);
    CHECK_FALSE(fixture::fs::exists(out / ".test-2020.part"));
    CHECK_FALSE(fixture::fs::exists(out / ".test-2020.part.AbC123"));
    CHECK(fixture::fs::exists(out / "report.json"));
    fixture::fs::remove_all(out);
}
