// Issue 18: the second OCR pass on the bands of a screenshot the first pass lost (a light-grey
// byline under the title). Real Tesseract on a real portal screenshot, lightened so that its
// byline is #b2b2b2-like grey; the "lost" line is taken out of the first pass's result.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include <leptonica/allheaders.h>

#include "extractors/ocr_engine.hpp"
#include "extractors/ocr_second_pass.hpp"

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
