#include <catch2/catch.hpp>

#include "analysis/analyse.hpp"

using namespace dossier;

namespace {
Catalog small_catalog() {
    Catalog c;
    Indicator a;
    a.id = "1.1";
    a.name = "决策公开";
    a.keywords = {"政务公开", "征求意见"};
    Indicator b;
    b.id = "2.3";
    b.name = "政策解读";
    b.keywords = {"解读"};
    c.indicators = {a, b};
    return c;
}

// An OCR page of `width` × `height` pixels; its text and lines are filled in by the test.
PageText ocr_page(int width, int height) {
    PageText p;
    p.source = TextSource::ocr;
    p.width = width;
    p.height = height;
    return p;
}
}  // namespace

TEST_CASE("analyse: a formal notice gives title, signature date, keywords and warnings",
          "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    PageText p;
    p.source = TextSource::text;
    p.text =
        "霸政办〔2020〕3号\n霸州市人民政府办公室关于做好2020年政务公开工作的通知\n各乡镇：\n"
        "请于2020年11月27日前报送。联系人手机 "
        "13812345678。\n霸州市人民政府办公室\n二〇二〇年十一月三日\n（此件公开发布）";
    x.pages.push_back(p);
    const Analysis a = an.run(x, "财政局/解读材料/通知.pdf", Date{2020, 11, 25});
    CHECK(a.title == "霸州市人民政府办公室关于做好2020年政务公开工作的通知");
    REQUIRE(a.date.published);
    CHECK(*a.date.published == Date{2020, 11, 3});
    CHECK(a.date.source == "signature");
    bool found = false, named = false;
    for (const auto& k : a.keywords) {
        if (k.keyword == "政务公开")
            found = k.in_title && k.count == 1 && k.indicators == std::vector<std::string>{"1.1"};
        if (k.keyword == "解读") named = k.in_name && k.count == 0;
    }
    CHECK(found);
    CHECK(named);
    REQUIRE(a.sensitive.size() == 1);
    REQUIRE(a.warnings.size() == 1);
    CHECK(a.warnings[0] == "含手机号码 138****5678（第 1 页）：公开前须删除或遮盖");
}

TEST_CASE("analyse: an archive member's name gives the filename hint, a future date warns",
          "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    x.pages.push_back(PageText{});
    // Issue 18: a file name's date is only a hint, never the publication date.
    Analysis a = an.run(x, "u/a.zip!/d/2020-11-03截图.png", Date{2020, 11, 25});
    CHECK_FALSE(a.date.published);
    REQUIRE(a.date.hint);
    CHECK(*a.date.hint == Date{2020, 11, 3});
    CHECK(a.date.source == "filename");
    CHECK(a.warnings.empty());
    x.pages[0].text = "标题\n发布时间：2021-01-03\n";
    a = an.run(x, "u/截图.png", Date{2020, 11, 25});
    REQUIRE(a.date.published);
    CHECK(a.date.future);
    REQUIRE(a.warnings.size() == 1);
    CHECK(a.warnings[0].find("晚于核查日期") != std::string::npos);
}

TEST_CASE("analyse: an empty extraction is analysed without a date", "[pipeline]") {
    const Analyser an(small_catalog());
    const Analysis a = an.run(ExtractResult{}, "u/IMG_2043.JPG", Date{2020, 11, 25});
    CHECK_FALSE(a.date.published);
    CHECK(a.date.source == "none");
    CHECK(a.keywords.empty());
}

TEST_CASE("analyse: title from the tallest OCR line, not the navigation bar", "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    PageText p = ocr_page(1366, 900);
    p.text =
        "首页 政务公开 政务服务 互动交流 走进霸州\n霸州市召开政策解读专题会议\n发布时间: "
        "2020-11-05\n正文";
    p.lines = {{"首页 政务公开 政务服务 互动交流 走进霸州", 20, 60, 800, 22, 80},
               {"霸州市召开政策解读专题会议", 300, 140, 700, 36, 90},
               {"发布时间: 2020-11-05", 500, 190, 300, 18, 90},
               {"正文", 100, 230, 40, 18, 90}};
    x.pages.push_back(p);
    const Analysis a = an.run(x, "u/x.png", Date{2020, 11, 25});
    CHECK(a.title == "霸州市召开政策解读专题会议");
    REQUIRE(a.date.published);
    CHECK(*a.date.published == Date{2020, 11, 5});
    CHECK(a.date.source == "label");
}

TEST_CASE("analyse: a scanned document's red header above its 文号 is not its title", "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    PageText p = ocr_page(1240, 1754);
    // The issuing authority's red header is the biggest type (and OCR reads 室 as 至); the 文号
    // line, then the title, in type bigger than the body's.
    p.text =
        "霸州市人民政府办公至\n霸政办字【2020 ] 47号\n霸州市政府信息公开申请办理答复规范\n"
        "第一条 为规范政府信息公开申请的办理和答复工作，制定本规范。\n第二条 本规范自印发之日起施行。";
    p.lines = {{"霸州市人民政府办公至", 220, 180, 800, 90, 85},
               {"霸政办字【2020 ] 47号", 480, 330, 300, 30, 90},
               {"霸州市政府信息公开申请办理答复规范", 200, 420, 840, 44, 90},
               {"第一条 为规范政府信息公开申请的办理和答复工作，制定本规范。", 120, 520, 1000, 30, 90},
               {"第二条 本规范自印发之日起施行。", 120, 570, 600, 30, 90}};
    x.pages.push_back(p);
    CHECK(an.run(x, "u/扫描件.pdf", Date{2020, 11, 25}).title == "霸州市政府信息公开申请办理答复规范");

    // The same page as text (a Word file): the first line after the 文号.
    p.source = TextSource::text;
    p.lines.clear();
    x.pages = {p};
    CHECK(an.run(x, "u/规范.docx", Date{2020, 11, 25}).title == "霸州市政府信息公开申请办理答复规范");
    // A letter as text: header, title, then its 文号.
    x.pages[0].text = "霸州市自然资源和规划局\n政府信息公开申请答复书\n霸自然资依复〔2020〕15号\n王某：\n"
                      "本机关收到您提出的政府信息公开申请，现答复如下。";
    CHECK(an.run(x, "u/答复书.docx", Date{2020, 11, 25}).title == "政府信息公开申请答复书");

    // A reply letter: header, title, then the 文号; its signature date, in big type, is no title.
    PageText letter = ocr_page(1240, 1754);
    letter.text = "霸州市自然资源和规划局\n政府信息公开申请答复书\n霸自然资依复 [2020 ] 15号\n王某：\n"
                  "本机关于2020年8月3日收到您提出的政府信息公开申请。\n霸州市自然资源和规划局\n"
                  "二〇二〇年八月二十四日";
    letter.lines = {{"霸州市自然资源和规划局", 220, 150, 800, 90, 85},
                    {"政府信息公开申请答复书", 300, 300, 640, 50, 90},
                    {"霸自然资依复 [2020 ] 15号", 480, 380, 300, 30, 90},
                    {"王某：", 120, 440, 100, 30, 90},
                    {"本机关于2020年8月3日收到您提出的政府信息公开申请。", 120, 490, 1000, 30, 90},
                    {"霸州市自然资源和规划局", 700, 600, 400, 30, 90},
                    {"二〇二〇年八月二十四日", 700, 650, 400, 60, 80}};
    x.pages = {letter};
    const Analysis a = an.run(x, "u/扫描件.pdf", Date{2020, 11, 25});
    CHECK(a.title == "政府信息公开申请答复书");
    REQUIRE(a.date.published);
    CHECK(*a.date.published == Date{2020, 8, 24});
}

TEST_CASE("analyse: a message page's field row, in big type, is not its title", "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    PageText p = ocr_page(1366, 900);
    p.text = "留言标题政策解读栏目部分链接打不开留言时间 2020-10-19 21:14\n我为政府网站找错留言办理详情\n"
             "网友您好：您反映的问题已修复。";
    p.lines = {{"留言标题政策解读栏目部分链接打不开留言时间 2020-10-19 21:14", 40, 160, 1200, 36, 85},
               {"我为政府网站找错留言办理详情", 300, 240, 700, 30, 90},
               {"网友您好：您反映的问题已修复。", 100, 300, 800, 18, 90},
               {"感谢关注。", 100, 330, 200, 18, 90},
               {"办理单位：市融媒体中心", 100, 360, 300, 18, 90},
               {"联系电话：0316-7861234", 100, 390, 300, 18, 90}};
    x.pages.push_back(p);
    CHECK(an.run(x, "u/找错.png", Date{2020, 11, 25}).title == "我为政府网站找错留言办理详情");
}

TEST_CASE("analyse: a portal's banner and menu above the title are neither title nor evidence",
          "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    x.kind = EvidenceKind::screenshot;
    PageText p = ocr_page(1366, 900);
    // The banner is the biggest type on the page and names 政务公开; the title is below the menu
    // and the breadcrumb.
    p.text =
        "霸州市政务公开网\n首页 政务公开 政务服务 互动交流 走进霸州\n当前位置：首页 > 政务公开 > "
        "通知公告\n霸州市召开政策解读专题会议\n发布时间: 2020-11-05\n会议对政策解读工作作出部署。";
    p.lines = {{"霸州市政务公开网", 40, 40, 400, 44, 90},
               {"首页 政务公开 政务服务 互动交流 走进霸州", 20, 100, 800, 22, 80},
               {"当前位置：首页 > 政务公开 > 通知公告", 40, 140, 500, 18, 80},
               {"霸州市召开政策解读专题会议", 300, 180, 700, 36, 90},
               {"发布时间: 2020-11-05", 500, 230, 300, 18, 90},
               {"会议对政策解读工作作出部署。", 100, 270, 600, 18, 90}};
    x.pages.push_back(p);
    const Analysis a = an.run(x, "u/x.png", Date{2020, 11, 25});
    CHECK(a.title == "霸州市召开政策解读专题会议");
    auto count = [&](std::string_view k) {
        for (const auto& h : a.keywords)
            if (h.keyword == k) return h.count;
        return -1;
    };
    CHECK(count("政务公开") == -1);  // only in the banner, menu and breadcrumb
    CHECK(count("政策解读") == 2);  // in the title line and the body (解读 inside it counts once)

    // The same text as a document: nothing is site chrome, every occurrence counts.
    x.kind = EvidenceKind::document;
    const Analysis d = an.run(x, "u/x.png", Date{2020, 11, 25});
    bool found = false;
    for (const auto& h : d.keywords)
        if (h.keyword == "政务公开") found = h.count == 3;
    CHECK(found);
}

TEST_CASE("analyse: a file whose deadline has passed is given up (TimeLimitExceeded)",
          "[analysis]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    PageText p;
    p.source = TextSource::text;
    p.text = "关于做好政务公开工作的通知\n发布日期：2020-11-03\n";
    x.pages.push_back(p);
    CHECK_THROWS_AS(an.run(x, "a.txt", Date{2020, 11, 25}, Deadline(std::chrono::seconds(0))),
                    TimeLimitExceeded);
    CHECK_NOTHROW(an.run(x, "a.txt", Date{2020, 11, 25}, Deadline(std::chrono::seconds(60))));
}
