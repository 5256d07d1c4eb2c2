// Opens the generated indexes with the programs people use: LibreOffice for 目录.xlsx, Chromium for
// index.html. Slow (seconds each), tagged [slow].
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "fixture.hpp"
#include "packager/package.hpp"

using namespace dossier;
using fixture::q;
using fixture::sh;

namespace {

std::string url_decode(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

}  // namespace

TEST_CASE("package: LibreOffice converts 目录.xlsx to CSV with the file rows", "[packager][slow]") {
    fixture::Fixture fx("lo");
    auto out = fixture::temp_dir("lo-out");
    auto res = write_package(fx.request(out), fx.ledger);
    REQUIRE(res);
    REQUIRE(sh("cd " + q(out) + " && unzip -q " + q(res->parts[0]) + " 目录.xlsx").status == 0);
    auto profile = out / "profile";
    auto r = sh(
        "cd " + q(out) + " && timeout 180 soffice --headless -env:UserInstallation=file://" +
        profile.string() + " --convert-to csv:\"Text - txt - csv (StarCalc)\":44,34,76 --outdir " +
        q(out / "csv") + " 目录.xlsx");
    INFO(r.out);
    REQUIRE(fixture::fs::exists(out / "csv" / "目录.csv"));
    const auto csv = fixture::read(out / "csv" / "目录.csv");
    CHECK(csv.find("序号,一级指标,二级指标,三级指标,单位,文件,发布日期,备注") !=
          std::string::npos);
    CHECK(csv.find("001_20201103_IMG_2043.JPG") != std::string::npos);
    CHECK(csv.find("重大决策预公开") != std::string::npos);
    CHECK(csv.find("2020-11-03") != std::string::npos);
    fixture::fs::remove_all(out);
}

TEST_CASE("package: Chromium loads index.html offline and every link resolves",
          "[packager][slow]") {
    fixture::Fixture fx("chrome");
    auto out = fixture::temp_dir("chrome-out");
    auto res = write_package(fx.request(out), fx.ledger);
    REQUIRE(res);
    auto dir = out / "x";
    REQUIRE(
        sh("mkdir -p " + q(dir) + " && cd " + q(dir) + " && unzip -q " + q(res->parts[0])).status ==
        0);
    auto r = sh("timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir=" +
                q(out / "profile") + " --dump-dom 'file://" + (dir / "index.html").string() +
                "' 2>/dev/null");
    REQUIRE(r.out.find("<h1>测试市2020年政务公开考核</h1>") != std::string::npos);
    re2::StringPiece in(r.out);
    std::string href;
    int links = 0;
    RE2 kHref("href=\"([^\"]+)\"");
    while (RE2::FindAndConsume(&in, kHref, &href)) {
        INFO(href);
        CHECK(href.rfind("data/", 0) == 0);  // relative, inside the package: no external resources
        CHECK(fixture::fs::is_regular_file(dir / url_decode(href)));
        ++links;
    }
    CHECK(links == 6);  // 5 packaged files + the secondary reference to the PDF
    CHECK(r.out.find("http") == std::string::npos);
    fixture::fs::remove_all(out);
}
