// PdfExtractor: text layer, OCR of image-only pages, mixed files, Info dates, encryption,
// truncation, the 50-page no-OCR rule, printed web pages and real sealed scans.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extractors/ocr_engine.hpp"
#include "extractors/pdf.hpp"
#include "common/probe.hpp"

using namespace dossier;

namespace {
const std::filesystem::path kPdf = std::filesystem::path(DOSSIER_TEST_DATA) / "pdf";

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

std::string meta(const ExtractResult& r, const std::string& label) {
    for (const auto& m : r.meta_dates)
        if (m.label == label) return m.date.iso();
    return "";
}
}  // namespace

TEST_CASE("pdf: reads the text layer and the Info dates in Asia/Shanghai", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "text.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->format == "pdf");
    CHECK(r->media_type == "application/pdf");
    CHECK(r->text_source == TextSource::text);
    CHECK(r->ocr_confidence == -1);
    const std::string text = r->full_text();
    CHECK(has(text, "关于公开2020年度部门预算的通知"));
    CHECK(has(text, "霸财字〔2020〕12号"));
    CHECK(has(text, "2020年11月5日"));
    CHECK(meta(*r, "pdf:CreationDate") == "2020-11-05");  // D:20201104170000Z = 11-05 01:00 +08
    CHECK(meta(*r, "pdf:ModDate") == "2020-11-06");
    CHECK(r->kind == EvidenceKind::document);
}

TEST_CASE("pdf: a 50-page text PDF is never OCRed", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "long50.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->page_count == 50);
    REQUIRE(r->pages.size() == 50);
    CHECK(r->text_source == TextSource::text);
    CHECK(r->ocr_confidence == -1);
    for (const auto& p : r->pages) CHECK(p.source == TextSource::text);
    CHECK(has(r->pages[49].text, "第50部分"));
}

TEST_CASE("pdf: an image-only page is rendered and OCRed", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "scanned.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->text_source == TextSource::ocr);
    REQUIRE(r->pages.size() == 1);
    CHECK(r->pages[0].source == TextSource::ocr);
    CHECK(r->pages[0].width > 1500);  // rendered at 200 dpi
    CHECK(has(r->full_text(), "关于进一步做好就业创业政策宣传的通知"));
    CHECK(has(r->full_text(), "同步审签、同步发布"));
    CHECK(r->ocr_confidence > 50);
    CHECK(r->kind == EvidenceKind::document);
    CHECK(has(r->kind_reason, "扫描件"));
}

TEST_CASE("pdf: without an OCR engine an image-only page is reported, not read", "[extractors]") {
    ExtractContext ctx;
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "scanned.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->text_source == TextSource::none);
    REQUIRE(r->warnings.size() == 1);
    CHECK(has(r->warnings[0], "没有文字层"));
}

TEST_CASE("pdf: text and scanned pages in one file are mixed", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "mixed.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->text_source == TextSource::mixed);
    REQUIRE(r->pages.size() == 2);
    CHECK(r->pages[0].source == TextSource::text);
    CHECK(r->pages[1].source == TextSource::ocr);
    CHECK(has(r->pages[1].text, "就业创业政策宣传"));
}

TEST_CASE("pdf: an owner-password PDF is read, a user-password PDF is refused", "[extractors]") {
    ExtractContext ctx;
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "owner_only.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->text_source == TextSource::text);
    CHECK(has(r->full_text(), "关于公开2020年度部门预算的通知"));
    auto locked = PdfExtractor().extract(test::probe_of(kPdf / "needs_password.pdf", "pdf"), ctx);
    REQUIRE_FALSE(locked);
    CHECK(locked.error().reason == "PDF 已加密，需要密码才能打开：请交未加密的版本");
}

TEST_CASE("pdf: a truncated PDF is rejected with the reason", "[extractors]") {
    ExtractContext ctx;
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "truncated.pdf", "pdf"), ctx);
    REQUIRE_FALSE(r);
    CHECK(has(r.error().reason, "PDF 文件不完整"));
}

TEST_CASE("pdf: a web page printed by Chromium with its header counts as a screenshot",
          "[extractors]") {
    ExtractContext ctx;
    auto r = PdfExtractor().extract(test::probe_of(kPdf / "web_print.pdf", "pdf"), ctx);
    REQUIRE(r);
    CHECK(r->kind == EvidenceKind::screenshot);
    CHECK(has(r->kind_reason, "浏览器打印的网页"));
    CHECK(has(r->full_text(), "发布时间："));
}

TEST_CASE("pdf: bids on PDF content only", "[extractors]") {
    PdfExtractor ex;
    CHECK(ex.bid(test::probe_of(kPdf / "text.pdf", "pdf")) == 100);
    Probe png =
        test::probe_of(std::filesystem::path(DOSSIER_TEST_DATA) / "images/portal.png", "pdf");
    png.sniffed = "png";
    CHECK(ex.bid(png) == 0);
}

namespace {
// The lines of a real sealed scan's only page that the signature-block pass added.
std::vector<std::string> second_pass_lines(const std::string& file) {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = PdfExtractor().extract(test::probe_of(kPdf / file, "pdf"), ctx);
    REQUIRE(r);
    REQUIRE(r->pages.size() == 1);
    std::vector<std::string> out;
    for (const auto& l : r->pages[0].lines)
        if (l.second_pass) out.push_back(l.text);
    return out;
}
}  // namespace

// Issue 18 (holdout14's grey 200 dpi scan 香环〔2020〕9号扫描件.pdf): the grey seal's ring and star
// cross 二〇二〇年四月二十日. The date line alone reads "二二〇年四月二十日" at best: the ring took
// a 〇, so no read is a whole date. Its month and day, with the 文号's year 〔2020〕 that the
// three characters fit, give the date; the 版记's "2020年4月21日印发" under it is not taken.
TEST_CASE("pdf: a sealed date whose year the seal garbled takes the document number's year",
          "[extractors]") {
    const auto lines = second_pass_lines("sealed_grey_doc_no.pdf");
    CHECK(std::find(lines.begin(), lines.end(), "二〇二〇年四月二十日") != lines.end());
    for (const auto& l : lines) CHECK((has(l, "印发") || !has(l, "4月21日")));
}

// Issue 18 (holdout14's 150 dpi reply letter 信息公开申请答复告知书.pdf, no 文号): the date line
// reads "二四二〇年十月十二日" (a 〇 under the ring read as 四); the page's only other full date,
// the application's 2020年9月21日, gives the year.
TEST_CASE("pdf: a sealed reply's garbled year takes the year of the page's other dates",
          "[extractors]") {
    const auto lines = second_pass_lines("sealed_reply.pdf");
    CHECK(std::find(lines.begin(), lines.end(), "二〇二〇年十月十二日") != lines.end());
}

// Issue 18 (holdout14's 300 dpi sealed 工作规范.pdf): the 版记's "2020年5月18日印发" lies in the
// signature block; read as a strip with only a date's characters allowed it lost its 印发 and
// was taken for the signature's 2020年5月18日. The 印发 row is not read: the signature's own line
// gives the 15th.
TEST_CASE("pdf: the imprint row in a sealed block is not read as the signature's date",
          "[extractors]") {
    const auto lines = second_pass_lines("sealed_with_imprint.pdf");
    REQUIRE_FALSE(lines.empty());
    CHECK(std::find(lines.begin(), lines.end(), "二〇二〇年五月十五日") != lines.end());
    for (const auto& l : lines) CHECK((has(l, "印发") || !has(l, "5月18日")));
}

// Issue 18 (holdout11's grey scan 扫描件002.pdf): the seal's star sits on the month of
// 二〇二〇年一月八日. One read gives "一〇二〇年二月八日" (its year one character from the 文号's
// 2020), another "二二年一月八日": the reads disagree on the month, so no date is made up.
TEST_CASE("pdf: a sealed date whose reads disagree on the month is left unread", "[extractors]") {
    const auto lines = second_pass_lines("sealed_star_on_month.pdf");
    for (const auto& l : lines) {
        CHECK_FALSE(has(l, "二月八日"));
        CHECK_FALSE(has(l, "一月八日"));
    }
}

// Issue 18 (holdout18's sealed 答复书, a 200 dpi colour scan, 文号 安自然资依申复〔2020〕5号): the
// seal's ring lies over the year of 二〇二〇年九月二十八日; the reads of its line give
// "2一年九月二十八日", "2年九月二八日", "二二年月二十八日" — no whole date, no read's year three
// characters long. A month and day that no read contradicts, under a year of which one character
// is left and fits the 文号's, is the date.
TEST_CASE("pdf: a sealed date whose year the seal mostly hides takes the 文号's year",
          "[extractors]") {
    const auto lines = second_pass_lines("sealed_year_lost.pdf");
    CHECK(std::find(lines.begin(), lines.end(), "二〇二〇年九月二十八日") != lines.end());
}

// Issue 18 (holdout15's sealed 保密审查制度.pdf): the star sits on 五月 of 二〇二〇年五月八日 and
// every read of the date line gives 二月八日, three months before the 版记's "2020年5月11日印发".
// A signature is dated on or before its 印发 day and not a month earlier: the line is not taken.
TEST_CASE("pdf: a sealed date a month or more before its imprint is not taken", "[extractors]") {
    const auto lines = second_pass_lines("sealed_month_under_star.pdf");
    for (const auto& l : lines) CHECK_FALSE(has(l, "二月八日"));
}

// Issue 18 (holdout15's grey scan 行政复议决定书.pdf): the block's read of the date line came out
// 171 px high for 86 px lines — the seal's legend and star run it into the unit's line — and its
// strip read nothing at any stretch. The lowest line of so tall a row is read on its own as well.
TEST_CASE("pdf: the lowest line of a sealed row two lines high is read on its own",
          "[extractors]") {
    const auto lines = second_pass_lines("sealed_tall_row.pdf");
    CHECK(std::find(lines.begin(), lines.end(), "二〇二〇年八月二十七日") != lines.end());
}
