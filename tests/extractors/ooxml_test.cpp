#include <unistd.h>
#include <catch2/catch.hpp>

#include "extractors/docs_test_util.hpp"
#include "extractors/ooxml.hpp"
#include "extractors/xlsx.hpp"
#include "common/files.hpp"

using namespace dossier;
using dossier::testing::extract_doc;
using dossier::testing::has_meta;

TEST_CASE("ooxml: docx body, tables, headers and footers come out in reading order",
          "[extractors]") {
    auto r = extract_doc("notice.docx");
    REQUIRE(r);
    CHECK(r->format == "docx");
    CHECK(r->kind == EvidenceKind::document);
    CHECK(r->text_source == TextSource::text);
    REQUIRE(r->pages.size() == 1);
    const std::string& t = r->pages[0].text;
    CHECK(t.find("关于做好2020年政务公开工作的通知") != std::string::npos);  // split runs joined
    CHECK(t.find("文号：\t霸政办〔2020〕12号\n特此通知。") != std::string::npos);  // tab and break
    CHECK(t.find("序号\t公开事项\t责任单位\n1\t财政预决算\t市财政局\n2\t重大建设项目\t市发改局") !=
          std::string::npos);
    CHECK(t.find("发布日期：2020年11月5日") != std::string::npos);
    CHECK(t.find("已删除的文字") == std::string::npos);
    CHECK(t.find("PAGE") == std::string::npos);
    // Header first, footer last.
    CHECK(t.rfind("霸州市人民政府办公室\n", 0) == 0);
    CHECK(t.size() >= 30);
    CHECK(t.substr(t.size() - std::string("霸州市政务公开办 印发").size()) ==
          "霸州市政务公开办 印发");
}

TEST_CASE("ooxml: core properties give the title and Shanghai dates", "[extractors]") {
    auto r = extract_doc("notice.docx");
    REQUIRE(r);
    CHECK(r->title == "关于做好2020年政务公开工作的通知");
    CHECK(has_meta(*r, "ooxml:created", "2020-11-05"));  // 2020-11-04T16:30Z is the 5th in Shanghai
    CHECK(has_meta(*r, "ooxml:modified", "2020-11-06"));
}

TEST_CASE("ooxml: xlsx resolves shared strings and renders date-formatted cells", "[extractors]") {
    auto r = extract_doc("table.xlsx");
    REQUIRE(r);
    CHECK(r->format == "xlsx");
    REQUIRE(r->pages.size() == 2);  // one per sheet
    CHECK(r->page_count == 2);
    const std::string& t = r->pages[0].text;
    CHECK(t.find("序号\t文件名称\t发布日期\t责任单位") == 0);
    CHECK(t.find("1\t霸州市2020年财政预算公开\t2020-11-05\t市财政局") != std::string::npos);
    CHECK(t.find("2\t政策解读：优化营商环境\t2020-11-06\t市发改局") !=
          std::string::npos);                                        // custom 年月日 format
    CHECK(t.find("3\t年度报告\t43905\t12.5") != std::string::npos);  // plain numbers stay numbers
    CHECK(t.find("ファ") == std::string::npos);  // phonetic guide is not content
    CHECK(r->pages[1].text == "说明\n发布日期：2020年11月5日");

    // Rows keep their column headers (the first non-empty row of the sheet).
    REQUIRE(r->rows.size() >= 3);
    REQUIRE(r->rows[0].size() == 4);
    CHECK(r->rows[0][2].header == "发布日期");
    CHECK(r->rows[0][2].value == "2020-11-05");
    CHECK(r->rows[1][1].header == "文件名称");
    CHECK(r->rows[1][1].value == "政策解读：优化营商环境");
    CHECK(r->rows[2][3].header == "责任单位");
    CHECK(r->rows[2][3].value == "12.5");
    CHECK(has_meta(*r, "ooxml:created", "2020-11-05"));
}

TEST_CASE("ooxml: date number formats and the 1900 date system", "[extractors]") {
    CHECK(is_date_format(14, ""));
    CHECK(is_date_format(22, ""));
    CHECK(is_date_format(31, ""));
    CHECK(is_date_format(58, ""));
    CHECK_FALSE(is_date_format(0, ""));
    CHECK_FALSE(is_date_format(2, ""));
    CHECK_FALSE(is_date_format(49, ""));
    CHECK(is_date_format(176, "yyyy\"年\"m\"月\"d\"日\""));
    CHECK(is_date_format(177, "[$-804]yyyy/mm/dd"));
    CHECK(is_date_format(178, "mmm-yy"));
    CHECK_FALSE(is_date_format(179, "0.00\"元\""));
    CHECK_FALSE(is_date_format(180, "h:mm:ss"));
    CHECK_FALSE(is_date_format(181, "[Red]#,##0"));
    CHECK_FALSE(is_date_format(182, "\"第\"0\"天\""));  // d inside quotes is a literal

    CHECK(excel_serial_date(44140, false).iso() == "2020-11-05");
    CHECK(excel_serial_date(44140.75, false).iso() == "2020-11-05");  // time of day dropped
    CHECK(excel_serial_date(1, false).iso() == "1900-01-01");
    CHECK(excel_serial_date(59, false).iso() == "1900-02-28");
    CHECK(excel_serial_date(61, false).iso() == "1900-03-01");
    CHECK(excel_serial_date(42678, true).iso() == "2020-11-05");  // 1904 system
}

TEST_CASE("ooxml: pptx slides follow the presentation order", "[extractors]") {
    auto r = extract_doc("slides.pptx");
    REQUIRE(r);
    CHECK(r->format == "pptx");
    REQUIRE(r->pages.size() == 2);
    CHECK(r->pages[0].text == "第一页：2020年政务公开工作要点\n发布日期：2020年11月5日");
    CHECK(r->pages[1].text == "第二页：政务公开培训安排\n发布日期：2020年11月6日");
}

TEST_CASE("ooxml: malformed XML is a clerk-readable error, not a crash", "[extractors]") {
    auto r = extract_doc("broken.docx");
    REQUIRE_FALSE(r);
    CHECK(r.error().reason.rfind("文档已损坏（word/document.xml 无法解析：", 0) == 0);
}

// The declared size is not trusted either way: a part is inflated up to ZipPackage::kMaxPart
// (32 MB) whatever it declares (issue 17), so this one, declaring 300 MB and holding a normal
// body, is simply read.
TEST_CASE("ooxml: a part declaring 300 MB is read for what it really holds", "[extractors]") {
    auto r = extract_doc("bomb.docx");
    REQUIRE(r);
    CHECK(r->pages.at(0).text.find("关于做好2020年政务公开工作的通知") != std::string::npos);
    CHECK(r->warnings.empty());
}

TEST_CASE("ooxml: a truncated docx is reported as damaged", "[extractors]") {
    std::string bytes = dossier::testing::read_bytes(dossier::testing::doc_path("notice.docx"));
    dossier::test::Scratch dir("dossier-truncated");
    const auto path = dir / "truncated.docx";
    dossier::test::write(path, std::string_view(bytes).substr(0, bytes.size() / 2));
    auto probe = make_probe(path, "truncated.docx");
    REQUIRE(probe);
    CHECK(probe->sniffed == "ooxml-docx");
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason ==
          "文档已损坏（不是有效的 ZIP 包：找不到 ZIP 目录，文件可能没有传完整）");
}

TEST_CASE("ooxml: a title cell above the table is not taken for the header row", "[extractors]") {
    // The sample list has its title in A1 (merged across) and the headers in row 2.
    const auto path = std::filesystem::path(DOSSIER_SOURCE_DIR) / "samples/inbox/市财政局" /
                      "预决算公开目录.xlsx";
    auto probe = make_probe(path, path.filename().string());
    REQUIRE(probe);
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE(r);
    CHECK(r->pages[0].text.find("霸州市2020年预决算公开目录\n序号\t公开内容") == 0);
    REQUIRE_FALSE(r->rows.empty());
    CHECK(r->rows[0][0].header == "序号");
    CHECK(r->rows[0][3].header == "公布日期");
    CHECK(r->rows[0][3].value == "2020-02-21");
}
