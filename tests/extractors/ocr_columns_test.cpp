// Issue 18 (the design zoo's and holdout17's portals with a left 栏目 menu or 信息属性 rail): the
// whole-page read (PSM 6) joins the menu's or rail's row with the article's at the same height,
// and the byline's date ends up inside a line that is neither's. Lines across the left column's
// gutter are split at it, from the read's own word boxes.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <leptonica/allheaders.h>

#include "extractors/glyphs.hpp"
#include "extractors/ocr_columns.hpp"
#include "extractors/ocr_engine.hpp"

using namespace dossier;

namespace {

// A line of words {text, x0, x1} at height y (20 px tall) on a 1366 px wide page.
struct W {
    std::string text;
    int x0, x1;
};

struct Page {
    PageText page;
    void line(int y, const std::vector<W>& ws) {
        OcrLine l;
        l.y = y;
        l.h = 20;
        l.x = ws.front().x0;
        l.w = ws.back().x1 - l.x;
        for (const auto& w : ws) {
            l.text += (l.text.empty() ? "" : " ") + w.text;
            l.words.push_back(OcrWord{w.x0, y, w.x1, y + 20, w.text, true});
        }
        page.lines.push_back(l);
    }
    Page() {
        page.width = 1366;
        page.height = 900;
        page.source = TextSource::ocr;
    }
};

// A portal page: a banner across, a menu (x 40–200) beside an article (x 300–1200).
Page menu_page() {
    Page p;
    p.line(20, {{"首页", 300, 360}, {"政务公开", 420, 520}, {"互动交流", 600, 700}});
    const char* menu[] = {"政务公开", "政策文件", "通知公告", "人事信息", "规划计划", "财政信息"};
    for (int i = 0; i < 6; ++i) {
        const int y = 120 + 40 * i;
        if (i == 1)  // the byline's row: the menu's entry run into it
            p.line(y, {{menu[i], 40, 140}, {"2020-09-16", 300, 400}, {"来源：区政府办", 440, 600}});
        else if (i % 2 == 0)
            p.line(y, {{menu[i], 40, 140}, {"正文的一行文字", 300, 1200}});
        else
            p.line(y, {{menu[i], 40, 140}});
    }
    for (int i = 0; i < 3; ++i) p.line(400 + 30 * i, {{"正文的又一行文字", 300, 1200}});
    return p;
}

bool has_line(const PageText& p, const std::string& text) {
    for (const auto& l : p.lines)
        if (l.text == text) return true;
    return false;
}

}  // namespace

TEST_CASE("ocr_columns: a menu's row run into the byline is split at the menu's gutter",
          "[extractors]") {
    Page p = menu_page();
    const auto g = find_left_gutter(p.page);
    REQUIRE(g);
    CHECK(g->x0 > 140);
    CHECK(g->x1 < 300);
    CHECK(g->split == 4);
    CHECK(split_at_gutter(p.page, *g) == 4);
    CHECK(has_line(p.page, "政策文件"));
    CHECK(has_line(p.page, "2020-09-16 来源：区政府办"));
    for (const auto& l : p.page.lines)
        if (l.text == "2020-09-16 来源：区政府办") {
            CHECK(l.x == 300);
            CHECK(l.y == 160);
        }
    // The banner across the gutter stays whole; the text is rebuilt line by line.
    CHECK(has_line(p.page, "首页 政务公开 互动交流"));
    CHECK(p.page.text.find("政策文件\n2020-09-16 来源：区政府办\n") != std::string::npos);
}

TEST_CASE("ocr_columns: a table's rows and a page without a left column are left whole",
          "[extractors]") {
    // Every row split at the same place, none alone: a table (序号 or a name column).
    Page table;
    for (int i = 0; i < 8; ++i)
        table.line(100 + 30 * i, {{"行政处罚案件", 40, 200},
                                  {"罚款五千元 2020-0" + std::to_string(i + 1) + "-10", 300, 900}});
    CHECK_FALSE(find_left_gutter(table.page));
    // A numbered list: its left parts are numbers, no menu.
    Page list;
    for (int i = 0; i < 8; ++i) {
        if (i % 2)
            list.line(100 + 30 * i,
                      {{std::to_string(i + 1), 40, 60}, {"关于某事项的通知", 300, 900}});
        else
            list.line(100 + 30 * i, {{"关于某事项的通知", 300, 900}});
    }
    CHECK_FALSE(find_left_gutter(list.page));
    // One column: the article's lines all cross the left part.
    Page plain;
    for (int i = 0; i < 8; ++i)
        plain.line(100 + 30 * i, {{"正文的一行", 40, 700}, {"文字", 720, 900}});
    CHECK_FALSE(find_left_gutter(plain.page));
}

TEST_CASE("ocr_columns: a rendered portal's byline beside its side menu reads as its own line",
          "[extractors]") {
    FT_Library lib = nullptr;
    FT_Face face = nullptr;
    REQUIRE(FT_Init_FreeType(&lib) == 0);
    REQUIRE(FT_New_Face(lib, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, &face) == 0);
    Pix* pix = pixCreate(1366, 640, 8);
    pixSetAllArbitrary(pix, 0xff);
    test::draw_grey(pix, face, "安次区人民政府", 40, 50, 30, 0x20);
    const char* menu[] = {"政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政策文件",
                          "规划计划",         "通知公告",         "人事信息",         "财政资金"};
    for (int i = 0; i < 8; ++i) test::draw_grey(pix, face, menu[i], 40, 150 + 44 * i, 16, 0x33);
    test::draw_grey(pix, face, "关于做好2020年秋季学期学生资助工作的通知", 330, 150, 22, 0x11);
    test::draw_grey(pix, face, "2020-09-16 09:41    来源：区教育和体育局    浏览次数：312", 330,
                    194, 14, 0x66);
    // The body's lines at their own pitch: some on a menu entry's row (the second, with digits,
    // beside 政策文件), some between entries, the last ones under the menu.
    const char* body[] = {
        "各乡镇、街道，区直各有关单位：为做好本学期学生资助工作，现将有关事项通知如下。",
        "一、申请时间为9月1日至9月30日，逾期不再受理。",
        "二、各学校要认真组织申请、评审和公示，确保资助资金及时足额发放到位。",
        "三、资助工作中发现的问题，请及时向区学生资助管理中心反映。",
        "四、各学校要建立资助档案，做到一人一档。",
        "五、资助资金实行专账核算，专款专用。",
        "六、本通知自印发之日起执行。",
        "七、未尽事宜，由区学生资助管理中心负责解释。"};
    for (int i = 0; i < 8; ++i) test::draw_grey(pix, face, body[i], 330, 250 + 36 * i, 16, 0x22);

    auto engine = OcrEngine::create();
    REQUIRE(engine);
    OcrParams params;
    params.source_dpi = 96;
    params.thresholding = 2;
    auto whole = (*engine)->recognize(pix, params);
    REQUIRE(whole);
    // What the whole-page read does: the menu's entry and the byline on one line.
    bool joined = false;
    for (const auto& l : whole->lines)
        if (l.text.find("2020-09-16") != std::string::npos && l.x < 300) joined = true;
    REQUIRE(joined);

    params.want_words = true;
    auto split = (*engine)->recognize(pix, params);
    REQUIRE(split);
    const auto g = find_left_gutter(*split);
    REQUIRE(g);
    CHECK(split_at_gutter(*split, *g) >= 2);
    bool own_line = false;
    for (const auto& l : split->lines)
        if (l.text.rfind("2020-09-16", 0) == 0) {
            own_line = true;
            CHECK(l.x >= 320);
        }
    CHECK(own_line);
    CHECK(split->text.find("\n2020-09-16") != std::string::npos);
    // The parts keep the engine's spacing: no space put between Chinese and digits.
    CHECK(split->text.find("申请时间为9月1日至9月30日") != std::string::npos);
    CHECK(split->text.find("\n政策文件\n") != std::string::npos);
    pixDestroy(&pix);
    FT_Done_Face(face);
    FT_Done_FreeType(lib);
}
