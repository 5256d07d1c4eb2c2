// Issue 18: the second OCR pass on the bands of a screenshot the first pass lost (a light-grey
// byline under the title). Real Tesseract on a real portal screenshot, lightened so that its
// byline is #b2b2b2-like grey; the "lost" line is taken out of the first pass's result.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <leptonica/allheaders.h>
#include <unicode/unistr.h>

#include "extractors/ocr_engine.hpp"
#include "extractors/ocr_second_pass.hpp"
#include "extractors/glyphs.hpp"

using namespace dossier;

namespace {
const std::filesystem::path kData = DOSSIER_TEST_DATA;

struct PixHolder {
    Pix* pix;
    explicit PixHolder(Pix* p) : pix(p) {}
    ~PixHolder() { pixDestroy(&pix); }
};

// portal.png in grey, every tone lightened (black → about #7e, #666 → about #b2).
Pix* light_portal() {
    PixHolder src(pixRead((kData / "images/portal.png").c_str()));
    if (!src.pix) return nullptr;
    PixHolder grey(pixConvertTo8(src.pix, 0));
    return pixGammaTRC(nullptr, grey.pix, 1.0f, -250, 255);
}

bool has(const PageText& p, const std::string& s) { return p.text.find(s) != std::string::npos; }

// A modern portal's article page, 1920 px wide and cropped under the article (as holdout10's
// 1920×820 and 1920×1000 screenshots): a dark banner and menu over the top ~330 rows, the title,
// then the unlabelled or labelled byline in very light grey (#d6 on white, as real portals draw
// it), then the body. `height` rows; the byline's baseline at `byline_y`.
Pix* light_byline_portal(FT_Face face, int height, int byline_y, const std::string& byline) {
    Pix* pix = pixCreate(1920, height, 8);
    pixSetAllArbitrary(pix, 0xf4);
    pixRasterop(pix, 0, 0, 1920, 260, PIX_CLR, nullptr, 0, 0);  // the banner, black-blue in grey
    Box* banner = boxCreate(0, 0, 1920, 260);
    pixSetInRectArbitrary(pix, banner, 0x3c);
    boxDestroy(&banner);
    Box* card = boxCreate(260, 380, 1400, height - 380);
    pixSetInRectArbitrary(pix, card, 0xff);
    boxDestroy(&card);
    test::draw_grey(pix, face, "霸州市人民政府", 260, 90, 48, 0xff);
    test::draw_grey(pix, face, "首页    政务公开    政务服务    互动交流", 260, 300, 18, 0x22);
    test::draw_grey(pix, face, "当前位置：首页 > 政务公开 > 应急管理", 260, 360, 14, 0x88);
    test::draw_grey(pix, face, "市防汛抗旱指挥部终止防汛IV级应急响应", 690, 450, 30, 0x1a);
    test::draw_grey(pix, face, byline, 860, byline_y, 14, 0xd6);
    test::draw_grey(pix, face,
                    "根据气象部门预报，我市强降雨过程已经结束，主要河道水位回落至警戒水位以下。",
                    380, byline_y + 70, 18, 0x22);
    test::draw_grey(pix, face, "本次强降雨过程中，全市共转移安置群众326人，未发生人员伤亡。", 380,
                    byline_y + 115, 18, 0x22);
    return pix;
}

const char* kFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
}  // namespace

TEST_CASE("ocr_second_pass: a byline band the first pass lost is read again and marked",
          "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    PixHolder grey(light_portal());
    REQUIRE(grey.pix);
    OcrParams params;
    params.source_dpi = 96;
    params.thresholding = 2;
    auto page = (*engine)->recognize(grey.pix, params);
    REQUIRE(page);
    // Simulate the loss seen on real pages: the byline line is not in the first pass.
    std::erase_if(page->lines, [](const OcrLine& l) {
        return l.text.find("2020") != std::string::npos && l.y < 450;
    });
    page->text.clear();
    for (const auto& l : page->lines) page->text += l.text + "\n";
    REQUIRE_FALSE(has(*page, "2020-11-05"));

    const int n = reread_missed_bands(**engine, grey.pix, false, *page, params);
    CHECK(n >= 1);
    CHECK(has(*page, "2020-11-05"));
    bool marked = false;
    for (const auto& l : page->lines)
        if (l.text.find("2020-11-05") != std::string::npos) {
            marked = l.second_pass;
            CHECK(l.y > 150);           // in the original image's coordinates, under the title
            CHECK(l.y < 260);
        }
    CHECK(marked);
    // The text is rebuilt from the lines, in order: line i of the text is lines[i].
    CHECK(static_cast<size_t>(std::count(page->text.begin(), page->text.end(), '\n')) + 1 ==
          page->lines.size());
}

TEST_CASE("ocr_second_pass: nothing is read again when the upper part already has a date",
          "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    PixHolder src(pixRead((kData / "images/portal.png").c_str()));
    PixHolder grey(pixConvertTo8(src.pix, 0));
    OcrParams params;
    params.source_dpi = 96;
    params.thresholding = 2;
    auto page = (*engine)->recognize(grey.pix, params);
    REQUIRE(page);
    REQUIRE(has(*page, "2020-11-05"));
    const std::string before = page->text;
    CHECK(reread_missed_bands(**engine, grey.pix, false, *page, params) == 0);
    CHECK(page->text == before);
}

// Issue 18 (holdout10's 1920-wide portals): the #d6 byline under the title of a landscape page
// whose banner fills its top half was never looked at (the band stopped at half the page's
// height), and a row that light stayed light grey after the fixed contrast stretch.
TEST_CASE("ocr_second_pass: a #d6 byline under the title of a short landscape portal is read",
          "[extractors]") {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    REQUIRE(FT_Init_FreeType(&lib) == 0);
    REQUIRE(FT_New_Face(lib, kFont, 0, &face) == 0);
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    struct Case {
        int height, byline_y;
        std::string byline, date;
    };
    for (const Case& c :
         {Case{820, 488, "2020-08-12　霸州市应急管理局", "2020-08-12"},
          Case{1000, 488, "发布时间：2020-05-21　　来源：霸州市行政审批局", "2020-05-21"},
          // A space inside the year, as OCR puts it into a widely spaced year
          // (the date zoo's `space` noise): the row still counts as dated.
          Case{820, 488, "发布时间：20 20-03-16　　来源：霸州市医疗保障局", "20 20-03-16"},
          // Stray marks after the separators (the zoo's `punct` noise).
          Case{820, 488, "发布时间：2020-.05-,23　　来源：霸州市应急管理局", "05-,23"}}) {
        INFO(c.byline);
        PixHolder grey(light_byline_portal(face, c.height, c.byline_y, c.byline));
        OcrParams params;
        params.source_dpi = 96;
        params.thresholding = 2;
        auto page = (*engine)->recognize(grey.pix, params);
        REQUIRE(page);
        REQUIRE_FALSE(page_has_date(*page));  // the whole-page pass loses the byline
        CHECK(reread_missed_bands(**engine, grey.pix, false, *page, params) >= 1);
        CHECK(has(*page, c.date));
        for (const auto& l : page->lines)
            if (l.text.find(c.date) != std::string::npos) {
                CHECK(l.second_pass);
                CHECK(std::abs(l.y - (c.byline_y - 10)) < 20);
            }
    }
    FT_Done_Face(face);
    FT_Done_FreeType(lib);
}
