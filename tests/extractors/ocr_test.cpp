// OcrEngine: normalisation rules, Pix and grey-buffer input, line boxes, the deadline.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "extractors/ocr_engine.hpp"

using namespace dossier;

namespace {
const std::filesystem::path kData = DOSSIER_TEST_DATA;

struct PixHolder {
    Pix* pix;
    explicit PixHolder(Pix* p) : pix(p) {}
    ~PixHolder() { pixDestroy(&pix); }
};
}  // namespace

TEST_CASE("ocr_engine: normalises colons and spaces between CJK characters", "[extractors]") {
    CHECK(normalize_ocr_text("发布时间: 2020-11-05") == "发布时间：2020-11-05");
    CHECK(normalize_ocr_text("来源 : 霸州市财政局") == "来源：霸州市财政局");
    CHECK(normalize_ocr_text("政 务 公 开  工作") == "政务公开工作");
    CHECK(normalize_ocr_text("联系电话：  0316-7861234") == "联系电话：0316-7861234");
    // Latin and digit spacing and clock times are kept
    CHECK(normalize_ocr_text("Windows 10 系统 10:23:45") == "Windows 10 系统 10:23:45");
    CHECK(normalize_ocr_text("2020-11-05 来源") == "2020-11-05 来源");
    CHECK(normalize_ocr_text("第一行  \n\n\n\n第二行\n\n") == "第一行\n\n第二行");
}

TEST_CASE("ocr_engine: reads a screenshot Pix with line boxes and confidence", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    PixHolder pix(pixRead((kData / "images/portal.png").c_str()));
    REQUIRE(pix.pix);
    OcrParams params;
    params.source_dpi = 96;
    auto page = (*engine)->recognize(pix.pix, params);
    REQUIRE(page);
    CHECK(page->source == TextSource::ocr);
    CHECK(page->width == 1366);
    CHECK(page->height == 900);
    CHECK(page->text.find("发布时间：2020-11-05") != std::string::npos);
    CHECK(page->raw.find("发布时间: 2020-11-05") !=
          std::string::npos);  // raw kept as Tesseract said
    CHECK(page->ocr_confidence > 60);
    REQUIRE(page->lines.size() >= 8);
    bool found_date_line = false;
    for (const auto& line : page->lines) {
        CHECK(line.x >= 0);
        CHECK(line.y >= 0);
        CHECK(line.x + line.w <= 1366);
        CHECK(line.y + line.h <= 900);
        if (line.text.find("发布时间：2020-11-05") != std::string::npos) {
            found_date_line = true;
            CHECK(line.y > 150);  // under the title, not in the page header
            CHECK(line.y < 260);
            CHECK(line.confidence > 50);
        }
    }
    CHECK(found_date_line);
}

TEST_CASE("ocr_engine: reads a Poppler grey buffer without copying through a file",
          "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_file((kData / "pdf/scanned.pdf").string()));
    REQUIRE(doc);
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    REQUIRE(page);
    poppler::page_renderer r;
    r.set_image_format(poppler::image::format_gray8);
    poppler::image img = r.render_page(page.get(), 150, 150);
    REQUIRE(img.is_valid());
    auto text =
        (*engine)->recognize(reinterpret_cast<const unsigned char*>(img.const_data()), img.width(),
                             img.height(), img.bytes_per_row(), 150, OcrParams{});
    REQUIRE(text);
    CHECK(text->text.find("关于进一步做好就业创业政策宣传的通知") != std::string::npos);
    CHECK(text->text.find("同步审签") != std::string::npos);
}

TEST_CASE("ocr_engine: gives up when the deadline has passed", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    PixHolder pix(pixRead((kData / "images/portal.png").c_str()));
    REQUIRE(pix.pix);
    OcrParams params;
    params.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    auto page = (*engine)->recognize(pix.pix, params);
    REQUIRE_FALSE(page);
    CHECK(page.error().reason.find("超时") != std::string::npos);
    // the engine stays usable after a refusal
    params.deadline = std::chrono::steady_clock::time_point::max();
    CHECK((*engine)->recognize(pix.pix, params).has_value());
}

TEST_CASE("ocr_engine: reports a missing language pack", "[extractors]") {
    auto engine = OcrEngine::create("no_such_lang");
    REQUIRE_FALSE(engine);
    CHECK(engine.error().reason.find("no_such_lang") != std::string::npos);
}
