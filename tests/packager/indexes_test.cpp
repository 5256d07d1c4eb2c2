// The indexes that go to the assessors (目录.xlsx, 目录.pdf, index.html), read back as their
// readers see them: the xlsx as the zip of XML it is, the PDF through pdftotext, the HTML through
// Python's HTML parser.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>
#include <sstream>

#include "fixture.hpp"
#include "packager/package.hpp"
#include "packager/pdf_index.hpp"

using namespace dossier;
using fixture::q;
using fixture::sh;

namespace {

// One entry of a zip (the package, or the xlsx inside it).
std::string unzip_entry(const fixture::fs::path& zip, const std::string& entry) {
    auto r = sh("unzip -p " + q(zip) + " " + q(entry));
    REQUIRE(r.status == 0);
    return r.out;
}

size_t count(const std::string& hay, const std::string& needle) {
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

// The package of the fixture, and its 目录.xlsx extracted next to it.
struct Built {
    fixture::Fixture fx{"indexes"};
    fixture::fs::path out = fixture::temp_dir("indexes-out");
    fixture::fs::path zip;
    fixture::fs::path xlsx;
    Built() {
        auto res = write_package(fx.request(out), fx.ledger);
        REQUIRE(res);
        zip = res->parts[0];
        REQUIRE(sh("cd " + q(out) + " && unzip -q " + q(zip) + " 目录.xlsx 目录.pdf index.html")
                    .status == 0);
        xlsx = out / "目录.xlsx";
    }
    ~Built() {
        std::error_code ec;
        fixture::fs::remove_all(out, ec);
    }
};

}  // namespace

TEST_CASE("indexes: 目录.xlsx filters, freezes and prints its header and links every file",
          "[packager]") {
    Built b;
    const std::string files = unzip_entry(b.xlsx, "xl/worksheets/sheet1.xml");
    const std::string inds = unzip_entry(b.xlsx, "xl/worksheets/sheet2.xml");
    const std::string book = unzip_entry(b.xlsx, "xl/workbook.xml");
    const std::string rels = unzip_entry(b.xlsx, "xl/worksheets/_rels/sheet1.xml.rels");
    for (const std::string* sheet : {&files, &inds}) {
        CHECK(sheet->find("<autoFilter ref=\"A1:") != std::string::npos);
        CHECK(sheet->find("state=\"frozen\"") != std::string::npos);
        CHECK(sheet->find("orientation=\"landscape\"") != std::string::npos);
        CHECK(sheet->find("paperSize=\"9\"") != std::string::npos);
        CHECK(sheet->find("fitToHeight=\"0\"") != std::string::npos);
        CHECK(sheet->find("<pageSetUpPr fitToPage=\"1\"/>") != std::string::npos);
    }
    // The header row repeats on every printed page, on both sheets.
    CHECK(book.find("_xlnm.Print_Titles") != std::string::npos);
    CHECK(book.find("'文件'!$1:$1") != std::string::npos);
    CHECK(book.find("'指标'!$1:$1") != std::string::npos);
    // One hyperlink per packaged file, each a relative link to its data/ path.
    const size_t packaged = std::count_if(b.fx.ledger.files.begin(), b.fx.ledger.files.end(),
                                          [](const FileRecord& f) { return f.archive_path; });
    CHECK(packaged > 0);
    CHECK(count(files, "<hyperlink ") == packaged);
    CHECK(count(rels, "TargetMode=\"External\"") == packaged);
    CHECK(rels.find("Target=\"data/") != std::string::npos);
    CHECK(rels.find("Target=\"file:") == std::string::npos);
    // The row of the long name (100 × 长 in the inbox, shortened by the layout to fit the path
    // limits) is tall enough for its wrapped lines (LibreOffice keeps stored heights): over 150
    // columns in a 48-wide column is at least four lines, 60 points.
    double tallest = 0;
    const std::regex height(R"re(<row [^>]* ht="([0-9.]+)")re");
    for (std::sregex_iterator it(files.begin(), files.end(), height), end; it != end; ++it)
        tallest = std::max(tallest, std::stod((*it)[1].str()));
    CHECK(tallest >= 60);
}

TEST_CASE(
    "indexes: 目录.xlsx lists 责任单位, fills statuses in colour, leaves out confidence and "
    "risk, and says each note once",
    "[packager]") {
    Built b;
    // A warning the file and its analysis both carry is said once.
    b.fx.ledger.files[static_cast<size_t>(b.fx.index_of("市财政局/IMG_2043.JPG"))]
        .warnings.push_back("截图中含有身份证号码");
    b.fx.ledger.files[static_cast<size_t>(b.fx.index_of("市财政局/IMG_2043.JPG"))]
        .analysis.warnings.push_back("截图中含有身份证号码");
    auto res = write_package(b.fx.request(b.out, "again"), b.fx.ledger);
    REQUIRE(res);
    REQUIRE(
        sh("cd " + q(b.out) + " && rm -f 目录.xlsx && unzip -q " + q(res->parts[0]) + " 目录.xlsx")
            .status == 0);
    const std::string strings = unzip_entry(b.xlsx, "xl/sharedStrings.xml");
    const std::string styles = unzip_entry(b.xlsx, "xl/styles.xml");
    CHECK(strings.find("责任单位") != std::string::npos);
    CHECK(strings.find("市财政局") != std::string::npos);
    CHECK(strings.find("置信度") == std::string::npos);
    CHECK(strings.find("风险") == std::string::npos);
    CHECK(count(strings, "截图中含有身份证号码") == 1);
    CHECK(strings.find("截图中含有身份证号码；截图中含有身份证号码") == std::string::npos);
    CHECK(styles.find("FFC6EFCE") != std::string::npos);  // 已覆盖 green
    CHECK(styles.find("FFFFEB9C") != std::string::npos);  // 证据不足 amber
}

TEST_CASE("indexes: 目录.xlsx is the same bytes from the same inputs", "[packager]") {
    fixture::Fixture fx("xlsx-same");
    auto out1 = fixture::temp_dir("xlsx-same-1"), out2 = fixture::temp_dir("xlsx-same-2");
    auto r1 = write_package(fx.request(out1), fx.ledger);
    auto r2 = write_package(fx.request(out2), fx.ledger);
    REQUIRE(r1);
    REQUIRE(r2);
    CHECK(sh("cmp " + q(r1->parts[0]) + " " + q(r2->parts[0])).status == 0);
    fixture::fs::remove_all(out1);
    fixture::fs::remove_all(out2);
}

TEST_CASE("indexes: 目录.pdf numbers its pages and wraps a long file name instead of cutting it",
          "[packager]") {
    Built b;
    auto txt = sh("pdftotext -layout " + q(b.out / "目录.pdf") + " -");
    REQUIRE(txt.status == 0);
    // pdftotext drops the spaces around CJK: "第 1 页 / 共 2 页" reads "第1页/共2页".
    CHECK(txt.out.find("第1页/共2页") != std::string::npos);
    CHECK(txt.out.find("第2页/共2页") != std::string::npos);
    CHECK(txt.out.find("…") == std::string::npos);
    CHECK(txt.out.find("置信度") == std::string::npos);
    CHECK(txt.out.find("风险") == std::string::npos);
    // The long name (100 × 长 in the inbox, as long as the layout allows in the package) is there
    // whole, over several lines.
    const auto& rec = b.fx.ledger.files[static_cast<size_t>(b.fx.index_of(
        "市财政局/" + [] {
            std::string n;
            for (int i = 0; i < 100; ++i) n += "长";
            return n;
        }() + ".docx"))];
    REQUIRE(rec.archive_path);
    const std::string name = rec.archive_path->substr(rec.archive_path->rfind('/') + 1);
    INFO(name);
    CHECK(name.size() > 150);
    auto raw = sh("pdftotext " + q(b.out / "目录.pdf") + " - | tr -d ' \\n'");
    INFO(raw.out);
    CHECK(raw.out.find(name) != std::string::npos);
}

TEST_CASE("indexes: 目录.pdf breaks cells between words and after CJK characters, never inside a "
          "word that fits", "[packager]") {
    // 10-point text in 100 points: about 18 Latin letters or 10 CJK characters a line.
    const std::string latin = "annual report of the finance bureau 2020.pdf";
    const auto lines = wrap_cell(latin, 100, 10);
    REQUIRE(lines.size() > 1);
    std::set<std::string> words;
    std::istringstream all(latin);
    for (std::string w; all >> w;) words.insert(w);
    std::string joined;
    for (const auto& line : lines) {
        joined += line;
        std::istringstream in(line);
        for (std::string w; in >> w;) {
            INFO("line: " << line);
            CHECK(words.count(w) == 1);  // whole words only
        }
    }
    CHECK(joined == latin);  // nothing lost or added
    CHECK(wrap_cell("关于做好二〇二〇年政府信息公开工作年度报告编制和发布工作的通知.pdf", 100, 10)
              .size() >= 3);
    // A word longer than a line is still printed whole, over several lines.
    CHECK(wrap_cell(std::string(60, 'x'), 100, 10).size() >= 3);
}

TEST_CASE(
    "indexes: index.html links every packaged file to itself and shows no confidence or "
    "risk",
    "[packager]") {
    Built b;
    const std::string html = fixture::read(b.out / "index.html");
    CHECK(html.find("置信度") == std::string::npos);
    CHECK(html.find("风险") == std::string::npos);
    // Every href, as a browser reads it (percent-decoded), is a file of the package.
    auto hrefs =
        sh("python3 -c \"import sys,html.parser,urllib.parse\n"
           "class P(html.parser.HTMLParser):\n"
           "  def handle_starttag(self, t, a):\n"
           "    if t == 'a': print(urllib.parse.unquote(dict(a)['href']))\n"
           "P().feed(open(sys.argv[1], encoding='utf-8').read())\" " +
           q(b.out / "index.html"));
    REQUIRE(hrefs.status == 0);
    std::set<std::string> linked;
    std::string line;
    for (char c : hrefs.out)
        if (c == '\n') {
            linked.insert(line);
            line.clear();
        } else
            line += c;
    std::set<std::string> packaged;
    for (const auto& f : b.fx.ledger.files)
        if (f.archive_path) packaged.insert(*f.archive_path);
    CHECK(!packaged.empty());
    CHECK(linked == packaged);
}
