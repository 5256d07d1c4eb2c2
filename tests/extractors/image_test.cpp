// ImageExtractor: OCR of screenshots and paper photos, formats, metadata dates, evidence kind,
// and refusals (oversized header, corrupt data).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extractors/image.hpp"
#include "extractors/ocr_engine.hpp"
#include "common/probe.hpp"
#include "model/date.hpp"

using namespace dossier;

namespace {
const std::filesystem::path kImages = std::filesystem::path(DOSSIER_TEST_DATA) / "images";

bool has(const std::string& hay, const std::string& needle) {
    return hay.find(needle) != std::string::npos;
}

const MetaDate* meta(const ExtractResult& r, const std::string& label) {
    for (const auto& m : r.meta_dates)
        if (m.label == label) return &m;
    return nullptr;
}

// The lines of the first page of a real screenshot under tests/data/images, as the extractor
// reads it.
std::vector<OcrLine> page_lines(const std::string& file, const std::string& format) {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = ImageExtractor().extract(test::probe_of(kImages / file, format), ctx);
    REQUIRE(r);
    return r->pages.at(0).lines;
}

// …those that hold any of `forms` (a date as the OCR may print it).
std::vector<OcrLine> dated_lines(const std::string& file, const std::string& format,
                                 std::initializer_list<std::string> forms) {
    std::vector<OcrLine> out;
    for (const auto& l : page_lines(file, format))
        if (std::any_of(forms.begin(), forms.end(), [&](const auto& f) { return has(l.text, f); }))
            out.push_back(l);
    return out;
}
}  // namespace

TEST_CASE("image: reads a portal screenshot with the date line intact", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = ImageExtractor().extract(test::probe_of(kImages / "portal.png", "png"), ctx);
    REQUIRE(r);
    CHECK(r->format == "image");
    CHECK(r->media_type == "image/png");
    CHECK(r->page_count == 1);
    CHECK(r->text_source == TextSource::ocr);
    const std::string text = r->full_text();
    CHECK(has(text, "发布时间：2020-11-05"));
    CHECK(has(text, "部门预算公开的公告"));
    CHECK(has(text, "特此公告"));
    CHECK(r->ocr_confidence > 60);
    CHECK_FALSE(r->pages[0].lines.empty());
    CHECK(r->kind == EvidenceKind::screenshot);
    CHECK(has(r->kind_reason, "网页"));
}

TEST_CASE("image: a phone photo of a sealed document keeps the signature date and EXIF date",
          "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = ImageExtractor().extract(test::probe_of(kImages / "doc_photo.jpg", "jpeg"), ctx);
    REQUIRE(r);
    CHECK(r->media_type == "image/jpeg");
    const std::string text = r->full_text();
    CHECK(has(text, "2020年11月6日"));  // under the red seal
    CHECK(has(text, "政务公开考核迎检工作的通知"));
    CHECK(r->kind == EvidenceKind::document);
    CHECK(has(r->kind_reason, "HUAWEI"));
    const MetaDate* exif = meta(*r, "exif:DateTimeOriginal");
    REQUIRE(exif);
    CHECK(exif->date.iso() == "2020-11-06");
}

TEST_CASE("image: small WeChat screenshot is upscaled and its PNG tIME is read", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = ImageExtractor().extract(test::probe_of(kImages / "wechat.png", "png"), ctx);
    REQUIRE(r);
    CHECK(has(r->full_text(), "我市召开政务公开工作推进会"));
    CHECK(has(r->full_text(), "2020-11-03"));
    CHECK(r->kind == EvidenceKind::screenshot);
    const MetaDate* t = meta(*r, "png:tIME");
    REQUIRE(t);
    CHECK(t->date.iso() == "2020-11-03");
    CHECK(meta(*r, "exif:DateTimeOriginal") == nullptr);
}

TEST_CASE("image: a light grey (#999) byline date under a WeChat title is read", "[extractors]") {
    // Lost by a global threshold; kept by the local (Sauvola) binarisation of screenshots.
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    const auto path = std::filesystem::path(DOSSIER_SOURCE_DIR) / "samples/inbox/市教育和体育局" /
                      "学生资助政策问答（公众号）.png";
    auto r = ImageExtractor().extract(test::probe_of(path, "png"), ctx);
    REQUIRE(r);
    CHECK(r->kind == EvidenceKind::screenshot);
    CHECK(has(r->full_text(), "2020-09-03 17:45"));
    CHECK(has(r->full_text(), "学生资助政策问答"));
}

TEST_CASE("image: every page of a multi-page TIFF is read", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    ExtractContext ctx{engine->get(), {}, {}};
    auto r = ImageExtractor().extract(test::probe_of(kImages / "multi.tif", "tiff"), ctx);
    REQUIRE(r);
    CHECK(r->media_type == "image/tiff");
    REQUIRE(r->page_count == 2);
    for (const auto& p : r->pages) CHECK(has(p.text, "政务公开工作推进会"));
}

TEST_CASE("image: decodes WebP, GIF and BMP without OCR when no engine is given", "[extractors]") {
    ExtractContext ctx;  // no OCR engine
    for (const char* name : {"wechat.webp", "wechat.gif", "wechat.bmp", "portal.jpg"}) {
        INFO(name);
        auto r = ImageExtractor().extract(test::probe_of(kImages / name, ""), ctx);
        REQUIRE(r);
        REQUIRE(r->page_count == 1);
        CHECK(r->pages[0].width == (std::string(name) == "portal.jpg" ? 1366 : 600));
        CHECK(r->text_source == TextSource::none);
        REQUIRE_FALSE(r->warnings.empty());
        CHECK(has(r->warnings[0], "未做文字识别"));
    }
}

TEST_CASE("image: refuses an oversized image from its header before decoding", "[extractors]") {
    ExtractContext ctx;
    auto r = ImageExtractor().extract(test::probe_of(kImages / "huge_header.png", "png"), ctx);
    REQUIRE_FALSE(r);
    CHECK(has(r.error().reason, "图片过大（30000×30000 像素，超过 6000 万像素上限）"));
}

TEST_CASE("image: a truncated PNG is rejected with the decoder's reason", "[extractors]") {
    ExtractContext ctx;
    auto r = ImageExtractor().extract(test::probe_of(kImages / "corrupt.png", "png"), ctx);
    REQUIRE_FALSE(r);
    CHECK(has(r.error().reason, "图片已损坏"));
}

TEST_CASE("image: bids on image content only", "[extractors]") {
    ImageExtractor ex;
    CHECK(ex.bid(test::probe_of(kImages / "portal.png", "png")) == 100);
    // Unsniffed: the magic is checked locally.
    CHECK(ex.bid(test::probe_of(kImages / "doc_photo.jpg", "")) > 0);
    CHECK(ex.bid(test::probe_of(std::filesystem::path(DOSSIER_TEST_DATA) / "pdf/text.pdf",
                                "pdf")) == 0);
    CHECK(ex.bid(test::probe_of(kImages / "portal.txt", "text")) == 0);
}

TEST_CASE("image: evidence kind from camera, proportions, screen sizes and page words",
          "[extractors]") {
    auto k = decide_image_kind({1366, 900, "png", "", true}, "");
    CHECK(k.first == EvidenceKind::screenshot);
    CHECK(has(k.second, "屏幕截图"));
    k = decide_image_kind({3024, 4032, "jpeg", "Apple iPhone 12", true}, "");
    CHECK(k.first == EvidenceKind::document);
    CHECK(has(k.second, "Apple iPhone 12"));
    k = decide_image_kind({1240, 1754, "png", "", false}, "");
    CHECK(k.first == EvidenceKind::document);
    CHECK(has(k.second, "A4"));
    k = decide_image_kind({3024, 4032, "jpeg", "HUAWEI P30", true}, "当前位置：首页 > 政务公开");
    CHECK(k.first == EvidenceKind::screenshot);  // a photo of a monitor showing a web page
    CHECK(has(k.second, "翻拍"));
    k = decide_image_kind({1080, 2340, "jpeg", "", true}, "霸州发布 阅读原文");
    CHECK(k.first == EvidenceKind::screenshot);
    CHECK(has(k.second, "微信"));
    k = decide_image_kind({900, 1200, "png", "", true}, "霸政办字〔2020〕45号");
    CHECK(k.first == EvidenceKind::document);
    // A JPEG crop of just the article (a capture tool's, any width): its page tools and links.
    for (const char* words :
         {"【来源：永安市市场监督管理局】【点击数：3511】【字号：大 中 小】",
          "上一篇：关于征求意见的公告 [2020-03-11]", "分享到：", "阅读量：3504"}) {
        INFO(words);
        k = decide_image_kind({704, 900, "jpeg", "", true}, words);
        CHECK(k.first == EvidenceKind::screenshot);
    }
    CHECK(decide_image_kind({704, 900, "jpeg", "", true}, "关于开展安全生产大排查的通知").first ==
          EvidenceKind::document);
}

// Issue 18 (holdout12's flood-response pages, a real 1366×720 screenshot): the article's
// 发布日期 line is light grey (#b8, 11 px) under a short body, bottom right. The band under the
// last line read is the tallest of the page's gaps and was dropped (only kMaxBands are read), and
// ink just darker than the light-ink threshold stayed mid grey after the fixed stretch.
TEST_CASE("image: a light 发布日期 line under a short body is read by the band pass",
          "[extractors]") {
    const auto lines = dated_lines("portal_light_foot_date.png", "png", {"2020-08-12"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.y > 480);  // under the body, where it is drawn
    }
}

// Issue 18 (holdout12's storm-warning article, a real 414 px WeChat JPEG): the byline
// "固安应急 2020-07-31 16:35" was half read ("固安应急"), but the six shortest bands kept were the
// 14 px gaps between body lines (line spacing, where no line hides), and its band was dropped.
TEST_CASE("image: a phone byline half read above the body's dates is read again", "[extractors]") {
    const auto lines = dated_lines("phone_byline_over_body.jpg", "jpeg",
                                   {"2020-07-31", "2020.07.31", "2020.07-31"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.y < 200);  // the byline under the title, not the body
    }
}

// Issue 18 (holdout12's air-pollution article, a real 1024×860 screenshot): the light byline
// "2020-08-11  固安县分局" sits at the height of the side menu's "政策法规"; the band's row ran
// from the menu entry to the byline, over a rule, 51 px tall, and was read as "政策法规" only. A
// row that gives no date is read again stretch by stretch, each on its own rows.
TEST_CASE("image: a light byline on the rows of a side menu's entry is read on its own",
          "[extractors]") {
    const auto lines = dated_lines("portal_byline_beside_menu.png", "png", {"2020-08-11"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.x > 400);  // the main column's byline, not the menu
    }
}

// Issue 18 (holdout8's 政务服务 app screenshot, a real 360×780 PNG): the unit and the date
// ("霸州市行政审批局 2020年9月22日") are white on the teal title banner, a gradient from #91 to
// #64. The first pass saw no text there, and the band pass skipped rows on a dark background.
TEST_CASE("image: white text on a phone article's coloured banner is read turned over",
          "[extractors]") {
    const auto lines = dated_lines("phone_banner_byline.png", "png", {"2020年9月22日"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
}

// Issue 18 (holdout4's flood-response WeChat article, a real 414×896 PNG): the byline
// "霸州应急管理 市防汛抗旱指挥部办公室 2020-08-12" was read "需州应急管理市防汛 \室 20 2" — a long
// line, so never taken for half read by its width. A line whose year broke up is read again.
TEST_CASE("image: a byline whose date OCR broke up is read again", "[extractors]") {
    const auto lines = dated_lines("phone_byline_garbled.png", "png", {"2020-08-12"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.y < 250);  // the byline, above the picture and the body
    }
}

// Issue 18 (holdout13's 1024×900 county page, a real PNG): the content box's #d6 edge runs down
// both sides, so every row of the band under the menu held "ink" and the band became one run too
// tall to be a line: the light "更新时间：2020-03-24" under the title was never read. Columns that
// hold ink down more than a line's height on end are no text.
TEST_CASE("image: a light byline inside a bordered content box is read", "[extractors]") {
    const auto lines = dated_lines("portal_box_edges.png", "png", {"2020-03-24"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.y > 260);  // under the title (y ≈ 240), above the body (y ≈ 316)
        CHECK(l.y < 300);
    }
}

// Issue 18 (holdout13's 1920×1080 county portal, a real PNG): the breadcrumb row with the date chip
// at its right end was read as one "人" 1918 px wide (confidence 23) — wide, so not taken for half
// read. A line with far too few characters for its width is read again.
TEST_CASE("image: a breadcrumb row the first pass read as one wide glyph is read again",
          "[extractors]") {
    const auto lines = dated_lines("portal_crumb_chip.png", "png", {"2020-07-10"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        CHECK(l.y < 180);  // the crumb row, above the title (y ≈ 185)
    }
}

// Issue 18 (holdout13's reply page, a real 1200×900 JPEG photo of a monitor without camera data):
// by its shape it was prepared as paper, so its bands were never read, and the light
// "答复时间：2020-09-23 17:25" under the title was lost. Once the page's text shows a web page
// (当前位置, 首页), its bands are read as a screenshot's.
TEST_CASE("image: a photo of a screen prepared as paper gets the band pass", "[extractors]") {
    const auto lines = dated_lines("monitor_photo_reply.jpg", "jpeg", {"2020-09-23"});
    CHECK_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
}

// Issue 18 (holdout15's 信息公开 platform, a real 1366×800 PNG): the metadata grid's labels are
// white on dark green cells. The first pass read "规划计划 | 三政 (2020] 15号 | 布日 | 2020.05-15":
// no label the chooser knows, and the grid's dates went for list entries. Read again with the
// dark cells turned over, the row gives its 发布日期 with its date.
TEST_CASE("image: a grid's dark label cells are read turned over", "[extractors]") {
    const auto lines = dated_lines("grid_dark_labels.png", "png", {"2020-05-15"});
    REQUIRE_FALSE(lines.empty());
    bool labelled = false;
    for (const auto& l : lines) {
        CHECK(l.second_pass);
        labelled = labelled || has(l.text, "发布日期");
    }
    CHECK(labelled);
}

// Issue 18 (the design zoo's 信息公开 platform, a 1440 px JPEG): the grid's label cells are dark
// slate, its values light grey (#aaa), and a left rail of the same attributes stands beside it.
// Read with the rail (from the page's left edge) the rows ran into the rail's; stretched as the
// labels the values were lost. The grid is cut from its first label column, and read once more
// with light grey turned dark: its 发布日期 row gives the date.
TEST_CASE("image: a grid's light values beside a left rail are read", "[extractors]") {
    const auto lines = page_lines("grid_light_values_rail.jpg", "jpeg");
    const auto row = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && has(l.text, "发布日期") && has(l.text, "2020");
    });
    REQUIRE(row != lines.end());
    CHECK(has(row->text, "25"));
    CHECK(row->x > 300);  // the grid's, right of the rail
}

// Issue 18 (holdout15's 公租房 page, a real 1920×1000 PNG, the same grid): the 发布日期 row read
// "规划计划 | = | 布日其：oo" — its label, no date — under the row holding the 成文日期, so its
// band was below the page's first date and never read again. A line ending in a date label whose
// date was lost is read again.
TEST_CASE("image: a date label whose date OCR lost is read again", "[extractors]") {
    const auto lines = dated_lines("grid_lost_date.png", "png", {"2020-08-25"});
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
}

// Issue 18 (holdout15's 领导分工 page, a real 1440×760 PNG): the small byline read
// "发布时间：2020年0月14日" — a month of 0, which counted as the page's date, so nothing was
// read again. A month of 0 is no date: the byline's row is read again and gives 2020年02月14日.
TEST_CASE("image: a byline whose month OCR read as 0 is read again", "[extractors]") {
    const auto lines = dated_lines("byline_month_zero.png", "png", {"2020年02月14日"});
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
}

// Issue 18 (holdout16's county portal, a real 1920×1000 PNG): the article's date is a tile beside
// its title — white "26" over "2020.08" on a blue square — which the first pass lost (a stray "6").
// Read turned over, the tile gives one second-pass line "2020-08-26" marked as a date tile.
TEST_CASE("image: a date tile beside the title is read", "[extractors]") {
    const auto lines = dated_lines("date_tile.png", "png", {"2020-08-26"});
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].second_pass);
    CHECK(lines[0].date_tile);
    CHECK(lines[0].text == "2020-08-26");
    CHECK(lines[0].y < 400);  // the tile's box, beside the title
}

// Issue 18 (the design zoo's county portals, 1920 px at 125 % and 1366 px, JPEG): a date tile
// drawn as a bordered box (dark "02" over "2020-05" on light, beside the title, a side menu to the
// left) is read inside its frame; a filled one is found though the sidebar shows three 扫一扫 QR
// codes (dark squares too, which with the tile looked like a list of tiled entries); a tile whose
// day "25" was read "2s" (a tile holds digits only: s after a digit is a 5).
TEST_CASE("image: an outlined date tile, and a tile beside a sidebar's QR codes, are read",
          "[extractors]") {
    for (const auto& [file, date] : {std::pair{"tile_outlined_menu.jpg", "2020-05-02"},
                                     std::pair{"tile_beside_qr.jpg", "2020-02-13"},
                                     std::pair{"tile_day_five_as_s.png", "2020-02-25"}}) {
        INFO(file);
        const auto lines = dated_lines(file, "jpeg", {date});
        REQUIRE(lines.size() == 1);
        CHECK(lines[0].date_tile);
        CHECK(lines[0].second_pass);
    }
}

// Issue 18 (the design zoo's town portal, a 1440 px PNG): the article's title and its byline
// "日期：2020年3月18日 | 浏览次数 …" are white on the site's green title bar, which the first
// pass lost whole (its rows ran into the left rail's and read as the rail). Read turned over, the
// bar gives its byline and its title, both second-pass lines.
TEST_CASE("image: a title bar's white byline is read turned over", "[extractors]") {
    const auto lines = dated_lines("title_bar_byline.png", "png", {"2020年3月18日"});
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
    bool title = false;
    for (const auto& l : page_lines("title_bar_byline.png", "png"))
        title =
            title || (l.second_pass && has(l.text, "城乡低保和特困人员救助供养资金发放情况公示"));
    CHECK(title);
}

// Issue 18 (holdout16's 接收回执, a real 1200×1600 JPEG phone photo of sealed paper): the seal's
// ring crosses the signature date's "0日", and the first pass read "2020年10月3%掉" — a date of
// the 3rd. A photo of paper now gets the signature block pass, as a scan does, and a date whose
// day the seal garbled does not count as read.
TEST_CASE("image: the sealed signature date on a phone photo of paper is read", "[extractors]") {
    const auto lines = dated_lines("sealed_paper_photo.jpg", "jpeg", {"2020年10月30日"});
    REQUIRE_FALSE(lines.empty());
    for (const auto& l : lines) CHECK(l.second_pass);
}

// Issue 18 (holdout17's 信息公开 platform, a real 1600×860 PNG): the page's attributes are a left
// rail — small grey labels (索引号, 成文日期, 发布日期 …) each over its value — which the first
// pass read run on into the article's table beside it, its 发布日期 label lost. Read on its own,
// the rail gives its rows one per line: the 发布日期 label right above its date.
TEST_CASE("image: a left rail of the page's attributes is read on its own", "[extractors]") {
    const auto lines = page_lines("rail_attributes.png", "png");
    const auto label = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && l.text == "发布日期";
    });
    REQUIRE(label != lines.end());
    const auto value = std::find_if(lines.begin(), lines.end(), [&](const OcrLine& l) {
        return l.second_pass && has(l.text, "2020-10-12");
    });
    REQUIRE(value != lines.end());
    CHECK(value->y > label->y);
    CHECK(value->y - (label->y + label->h) < 3 * label->h);
    CHECK(std::abs(value->x - label->x) < 10);
}

// Issue 18 (the design zoo's town portals, 1034 and 1440 px JPEGs): a rail whose rows the first
// pass lost whole. Under a dark navigation bar and the rail's own coloured heading, no column of
// the rail's rows was free of ink (the bars run across it): rows dark over half the span are no
// text. With light grey values (#999), a 6 px gap between a date's 9 and its 月 was taken for the
// gutter, and the rail was cut from under its 发布日期 label: the gutter is 12 px of no pixel
// darker than 200, and the cut starts two label-value pairs above the first label found.
TEST_CASE("image: a rail under dark bars, and a rail of light grey values, are read",
          "[extractors]") {
    for (const auto& [file, date] : {std::pair{"rail_dark_heading.jpg", "2020年05月05日"},
                                     std::pair{"rail_light_values.jpg", "2020年9月30日"}}) {
        INFO(file);
        const auto lines = page_lines(file, "jpeg");
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const OcrLine& l) {
            return l.second_pass && has(l.text, date);
        });
        REQUIRE(it != lines.end());
        // The rail's 发布日期 label right above its date.
        const auto label = std::find_if(lines.begin(), lines.end(), [&](const OcrLine& l) {
            return l.second_pass && has(l.text, "发布日期") && l.y < it->y && it->y - l.y < 40;
        });
        CHECK(label != lines.end());
    }
}

// Issue 18 (the design zoo's district portal, a 1920 px JPEG): the first pass ran the rail's rows
// on into the article — "2020年05月23日【打印】" (the rail's 成文日期 value, then the article's
// 打印: published as a byline's date with 0.8, wrong) and "重点领域日期：2020年06月02日" (the
// rail's 主题分类 value before the article's own date, refused as a "领域日期"). Once the rail is
// read alone, a first-pass line that opens with a rail line's text keeps only the article's part.
TEST_CASE("image: a rail's values are cut from the article's lines they ran into", "[extractors]") {
    const auto lines = page_lines("rail_beside_byline.jpg", "jpeg");
    for (const auto& l : lines) {
        if (l.second_pass) continue;
        INFO(l.text);
        CHECK_FALSE(has(l.text, "2020年05月23日【打印"));
        CHECK_FALSE(has(l.text, "重点领域日期"));
    }
    const auto own = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return !l.second_pass && has(l.text, "2020年06月02日");
    });
    REQUIRE(own != lines.end());
    CHECK(own->text.starts_with("日期"));
}

// Issue 18 (holdout16's 抖音 video page, a real 414×896 PNG, mean grey 79): light text over a
// dark picture; the first pass read the account "@文安县地方金融监管局" without the grey "· 06-15"
// after it. A dark page without a date is read once more turned over, and the account's stamp is
// added.
TEST_CASE("image: a dark video page's account stamp is read turned over", "[extractors]") {
    const auto lines = page_lines("dark_video_page.png", "png");
    const auto stamp = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && account_stamp(l.text).has_value();
    });
    REQUIRE(stamp != lines.end());
    CHECK(has(stamp->text, "06"));
    CHECK(has(stamp->text, "15"));
}

// Issue 18 (holdout20's 抖音 page, a 390×844 JPEG): the account and its "· 09-18" sit white on the
// green picture at the screen's foot, right above the caption lines the first pass read — below
// the band pass's usual bottom (640 rows). On a phone's screen the band reaches down to them.
TEST_CASE("image: a video's caption at the foot of a phone's screen is read by the band pass",
          "[extractors]") {
    const auto lines = page_lines("video_caption_at_foot.jpg", "jpeg");
    const auto stamp = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && account_stamp(l.text).has_value();
    });
    REQUIRE(stamp != lines.end());
    CHECK(has(stamp->text, "09-18"));
    CHECK(has(stamp->text, "退役军人"));
}

// Issue 18 (holdout18's 抖音 page, a 390×844 PNG): the caption and its "· 09-18" lie light on a
// picture darkening downwards, over a white comment panel (the page's mean grey too light for the
// dark page pass); the band pass read the stamp ("“09-18") but kept only full dates. A second
// pass keeps an account's stamp too.
TEST_CASE("image: a video's stamp over a dark gradient is kept by the band pass", "[extractors]") {
    const auto lines = page_lines("video_stamp_over_gradient.png", "png");
    const auto stamp = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && account_stamp(l.text).has_value();
    });
    REQUIRE(stamp != lines.end());
    CHECK(has(stamp->text, "09-18"));
}

// Issue 18 (the design zoo's 永安县 page, 1440×1314): a menu on the left, the article, and a
// 最新信息 list on the right whose entries carry month and day only ("06-27"). The first pass
// read the byline "发布时间：2020.02.26" and the list entry beside it as one line from the middle
// column ("和有2202 关于做好2020年秋季学期开学工， 06.27"), and no line started in the side
// column: the list is known by its entries' dates ending where the line ends, and the line's
// main-column part is read again.
TEST_CASE("image: a byline joined to a side list dated by month and day is read again",
          "[extractors]") {
    const auto lines = page_lines("three_columns_side_list.png", "png");
    const auto byline = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && has(l.text, "2020.02.26");
    });
    REQUIRE(byline != lines.end());
    CHECK(has(byline->text, "发布时间"));
}

// Issue 18 (the design zoo's 安宁区 page, 1440×900): the boxed byline "发文日期: 2020年3月23日"
// sits between a left rail's staggered lines (发布机构 / 安宁区市场监督管理局) and the band pass
// found them as one row of ink 66 px tall. Enlarged by that height (×1) it read "2020年9月29日";
// a row of several lines is enlarged by the page's line height.
TEST_CASE("image: a byline in a row of several lines is enlarged by the page's line height",
          "[extractors]") {
    const auto lines = page_lines("boxed_byline_beside_rail.jpg", "jpeg");
    const auto byline = std::find_if(lines.begin(), lines.end(), [](const OcrLine& l) {
        return l.second_pass && has(l.text, "发文日期");
    });
    REQUIRE(byline != lines.end());
    CHECK(has(byline->text, "2020年3月23日"));
}
