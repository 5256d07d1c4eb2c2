// PdfExtractor: text layer, OCR of image-only pages, mixed files, Info dates, encryption,
// truncation, the 50-page no-OCR rule and printed web pages.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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
    Probe png = test::probe_of(std::filesystem::path(DOSSIER_TEST_DATA) / "images/portal.png", "pdf");
    png.sniffed = "png";
    CHECK(ex.bid(png) == 0);
}
