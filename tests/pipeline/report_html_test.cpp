// report.html, the office's own page: every file links to its source in the inbox, and every
// leaf that is not done says where its fix lies.
#include <catch2/catch.hpp>

#include <set>

#include "cli_harness.hpp"
#include "pipeline/report.hpp"

using namespace dossier;
using namespace dossier::test;

namespace {

Indicator node(std::string id, std::string name, int level, int parent, std::vector<int> children,
               std::vector<std::string> units = {}) {
    Indicator i;
    i.id = std::move(id);
    i.name = std::move(name);
    i.points = 2;
    i.level = level;
    i.parent = parent;
    i.children = std::move(children);
    i.units = std::move(units);
    i.method = "查看网站";
    i.evidence = {EvidenceKind::screenshot};
    return i;
}

FileRecord file(std::string source, std::optional<std::string> unit, std::string indicator,
                bool review) {
    FileRecord f;
    f.source = std::move(source);
    f.unit = std::move(unit);
    f.cls.indicator = std::move(indicator);
    f.cls.review = review;
    f.cls.confidence = review ? 0.3 : 0.9;
    return f;
}

struct Case {
    Catalog cat;
    RunResult run;
    Case() {
        cat.id = "t";
        cat.title = "测试目录";
        cat.window_start = {2020, 11, 23};
        cat.window_end = {2020, 11, 27};
        cat.indicators = {node("1", "公开", 1, -1, {1, 2}),
                          node("1.1", "预算公开", 2, 0, {}, {"市财政局"}),
                          node("1.2", "政策解读", 2, 0, {}, {"市政务公开办"})};
        run.ledger.files = {file("其他科室/说明 1.png", std::nullopt, "1.2", false),
                            file("市政务公开办/解读 1.png", "市政务公开办", "1.2", true)};
        run.assessment.as_of = {2020, 11, 20};
        Verdict root, missing, review;
        root.id = "1";
        root.status = Status::missing;
        missing.id = "1.1";
        missing.status = Status::missing;
        missing.units = {{"市财政局", false}};
        missing.reasons = {"没有任何材料"};
        review.id = "1.2";
        review.status = Status::review;
        review.units = {{"市政务公开办", false}};
        review.reasons = {"有 1 个材料可能属于此项，但置信度不足，需人工确认"};
        run.assessment.verdicts = {root, missing, review};
    }
};

// The href of every <a>, as a browser reads it (percent-decoded).
std::set<std::string> hrefs(const std::filesystem::path& html) {
    Result r =
        run("python3 -c \"import sys,html.parser,urllib.parse\n"
            "class P(html.parser.HTMLParser):\n"
            "  def handle_starttag(self, t, a):\n"
            "    if t == 'a': print(urllib.parse.unquote(dict(a)['href']))\n"
            "P().feed(open(sys.argv[1], encoding='utf-8').read())\" " +
            q(html));
    REQUIRE(r.code == 0);
    std::set<std::string> out;
    std::string line;
    for (char c : r.out)
        if (c == '\n') {
            out.insert(line);
            line.clear();
        } else
            line += c;
    return out;
}

}  // namespace

TEST_CASE("report: report.html links every file to its source in the inbox", "[pipeline]") {
    dossier::test::TempDir t;
    Case c;
    ReportInput in = report_input(c.cat, c.run, t / "inbox");
    write(t / "report.html", report_html(in));
    const auto links = hrefs(t / "report.html");
    for (const auto& f : c.run.ledger.files) {
        INFO(f.source);
        CHECK(links.count("file://" + (t / "inbox" / f.source).string()) == 1);
    }
}

TEST_CASE(
    "report: report.html says whom to chase, which assign command to run and which folder "
    "to rename",
    "[pipeline]") {
    dossier::test::TempDir t;
    Case c;
    const std::string html = report_html(report_input(c.cat, c.run, t / "inbox"));
    CHECK(html.find("请催办：市财政局") != std::string::npos);
    // Quoted: the name has a space.
    CHECK(html.find("<code>dossier assign &quot;市政务公开办/解读 1.png&quot; 1.2</code>") !=
          std::string::npos);
    CHECK(html.find("未知单位（把文件夹改名为目录中的单位名）") != std::string::npos);
    // The office keeps its internal figures.
    CHECK(html.find("置信度") != std::string::npos);
    CHECK(html.find("存在风险") != std::string::npos);
}
