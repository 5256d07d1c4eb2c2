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

TEST_CASE("analyse: the line right above a byline is the title, though a body line is taller",
          "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    x.kind = EvidenceKind::screenshot;
    PageText p = ocr_page(1366, 1000);
    // A township column: a side menu beside the title, the byline under it, and a body line that
    // OCR merged into one tall box.
    p.text =
        "首页 政务公开 政务服务 互动交流\n当前位置：首页 > 乡镇专栏 > 东杨庄乡\n镇情简介\n"
        "东杨庄乡基层政务公开标准目录\n发布时间：2020-10-29 15:40 来源：东杨庄乡 字号：大 中 小\n"
        "根据《霸州市全面推进基层政务公开标准化规范化工作实施方案》要求，东杨庄乡编制了目录\n"
        "序号 公开事项 公开内容\n1 城乡最低生活保障 申请条件\n2 特困人员救助供养 救助标准";
    p.lines = {{"首页 政务公开 政务服务 互动交流", 60, 127, 444, 30, 80},
               {"当前位置：首页 > 乡镇专栏 > 东杨庄乡", 57, 179, 650, 20, 83},
               {"镇情简介", 78, 233, 80, 13, 89},
               {"东杨庄乡基层政务公开标准目录", 636, 239, 321, 22, 94},
               {"发布时间：2020-10-29 15:40 来源：东杨庄乡 字号：大 中 小", 76, 267, 908, 18, 81},
               {"根据《霸州市全面推进基层政务公开标准化规范化工作实施方案》要求，东杨庄乡编制了目录",
                77, 319, 1199, 32, 86},
               {"序号 公开事项 公开内容", 78, 372, 1132, 22, 81},
               {"1 城乡最低生活保障 申请条件", 78, 404, 1157, 23, 92},
               {"2 特困人员救助供养 救助标准", 340, 428, 895, 23, 91}};
    x.pages.push_back(p);
    const Analysis a = an.run(x, "u/x.png", Date{2020, 11, 25});
    CHECK(a.title == "东杨庄乡基层政务公开标准目录");

    // A title that wraps: its first line, not only the line next to the byline.
    p.text =
        "当前位置：首页 > 通知公告\n霸州市人民政府办公室关于调整政务公开工作领导小\n组成员的通知\n"
        "发布时间：2020-03-16 来源：市政府办\n各乡镇：因人事变动，现调整如下。";
    p.lines = {{"当前位置：首页 > 通知公告", 57, 100, 400, 20, 83},
               {"霸州市人民政府办公室关于调整政务公开工作领导小", 300, 150, 700, 30, 90},
               {"组成员的通知", 560, 186, 180, 30, 90},
               {"发布时间：2020-03-16 来源：市政府办", 400, 230, 500, 18, 90},
               {"各乡镇：因人事变动，现调整如下。", 100, 280, 600, 22, 90}};
    x.pages = {p};
    CHECK(an.run(x, "u/y.png", Date{2020, 11, 25}).title ==
          "霸州市人民政府办公室关于调整政务公开工作领导小");

    // A 信息公开 platform's metadata grid: its 发布日期 row is no byline, and the row above it is
    // not the title (the tallest line below the grid is).
    p.text =
        "当前位置：首页 > 法定主动公开内容 > 重大建设项目\n索引号：000013842/2020-00533 主题分类：城乡建设 "
        "发布机构：霸州市行政审批局\n成文日期：2020年07月27日 文号：无 发布日期：2020年07月29日\n"
        "霸州市城区集中供热管网改造工程施工许可信息公开\n项目名称：霸州市城区集中供热管网改造工程";
    p.lines = {{"当前位置：首页 > 法定主动公开内容 > 重大建设项目", 316, 198, 417, 12, 82},
               {"索引号：000013842/2020-00533 主题分类：城乡建设 发布机构：霸州市行政审批局", 78, 233,
                1094, 22, 56},
               {"成文日期：2020年07月27日 文号：无 发布日期：2020年07月29日", 78, 268, 1085, 20, 82},
               {"霸州市城区集中供热管网改造工程施工许可信息公开", 78, 351, 1028, 38, 80},
               {"项目名称：霸州市城区集中供热管网改造工程", 78, 394, 663, 22, 85},
               {"建设单位：霸州市住房和城乡建设局", 348, 430, 254, 15, 94}};
    x.pages = {p};
    CHECK(an.run(x, "u/z.png", Date{2020, 11, 25}).title ==
          "霸州市城区集中供热管网改造工程施工许可信息公开");

    // A byline at the foot of the article (发布日期 … 责任编辑): the body lines above it are not the
    // title; the bigger line above them is.
    p.text =
        "当前位置：首页 > 政务公开 > 政策解读\n《霸州市生活垃圾分类处置工作方案》政策解读\n"
        "一、出台背景。为贯彻落实生活垃圾分类处置工作部署，市政府办公室印发了工作方案。\n"
        "二、主要内容。方案明确到2020年底城区公共机构生活垃圾分类全覆盖。\n"
        "三、解读机关及联系方式。解读机关：市城市管理综合行政执法局。\n"
        "(发布日期：2020-09-16 责任编辑：赵磊 )";
    p.lines = {{"当前位置：首页 > 政务公开 > 政策解读", 95, 205, 220, 11, 94},
               {"《霸州市生活垃圾分类处置工作方案》政策解读", 463, 244, 451, 22, 92},
               {"一、出台背景。为贯彻落实生活垃圾分类处置工作部署，市政府办公室印发了工作方案。", 124,
                296, 1073, 14, 87},
               {"二、主要内容。方案明确到2020年底城区公共机构生活垃圾分类全覆盖。", 124, 331, 803, 14, 92},
               {"三、解读机关及联系方式。解读机关：市城市管理综合行政执法局。", 124, 366, 624, 14, 89},
               {"(发布日期：2020-09-16 责任编辑：赵磊 )", 1003, 408, 263, 11, 83}};
    p.height = 820;
    x.pages = {p};
    CHECK(an.run(x, "u/w.png", Date{2020, 11, 25}).title ==
          "《霸州市生活垃圾分类处置工作方案》政策解读");

    // holdout19: an unlabelled byline that opens with the date (a side column's heading run into
    // it) under the title, and a body line merged with the side column taller than the title.
    p.text =
        "您所在的位置首页 > 政务公开 > 执行公开\n广阳区上半年“六稳”“六保”工作落实情况\n"
        "2020.07-30 区发改局上专题专栏\n今年以来，区发改局会同各有关部门扎实做好“六稳”工作。\n"
        "一、保居民就业。上半年全区城镇新增就业3216人。。扫妥除赤专项争\n";
    p.lines = {
        {"您所在的位置首页 > 政务公开 > 执行公开", 95, 205, 420, 14, 90},
        {"广阳区上半年“六稳”“六保”工作落实情况", 300, 250, 520, 26, 91},
        {"2020.07-30 区发改局上专题专栏", 480, 292, 600, 16, 80},
        {"今年以来，区发改局会同各有关部门扎实做好“六稳”工作。", 124, 330, 900, 16, 88},
        {"一、保居民就业。上半年全区城镇新增就业3216人。。扫妥除赤专项争", 124, 366, 1100, 34, 70}};
    x.pages = {p};
    const Analysis led = an.run(x, "u/v.png", Date{2020, 11, 25});
    CHECK(led.title == "广阳区上半年\"六稳\"\"六保\"工作落实情况");
    REQUIRE(led.date.published);
    CHECK(led.date.published->iso() == "2020-07-30");

    // holdout13's column page: a date under each pair of entries is a list's, not a byline — the
    // page has no date of its own.
    p.text =
        "首页 / 政务公开 / 标准目录\n基层政务公开标准目录\n"
        "重大建设项目领域政务公开标准目录公共资源交易领域政务公开标准目录\n| 2020-10-26 ] "
        "2020-10-26\n"
        "财政预决算领域政务公开标准目录安全生产领域政务公开标准目录\n| 2020-10-27 ]〗 2020-10-27\n";
    p.lines = {
        {"首页 / 政务公开 / 标准目录", 95, 205, 300, 14, 90},
        {"基层政务公开标准目录", 95, 240, 300, 20, 91},
        {"重大建设项目领域政务公开标准目录公共资源交易领域政务公开标准目录", 95, 290, 1100, 22, 88},
        {"| 2020-10-26 ] 2020-10-26", 95, 320, 1000, 14, 80},
        {"财政预决算领域政务公开标准目录安全生产领域政务公开标准目录", 95, 360, 1100, 22, 88},
        {"| 2020-10-27 ]〗 2020-10-27", 95, 390, 1000, 14, 80}};
    x.pages = {p};
    CHECK_FALSE(an.run(x, "u/list.png", Date{2020, 11, 25}).date.published);
}

TEST_CASE("analyse: a gazette's title is its masthead and issue, not the first notice it prints",
          "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    x.kind = EvidenceKind::document;
    PageText p;
    p.source = TextSource::text;
    p.text =
        "霸州市人民政府公报\n2020年第2期（总第14期）\n霸州市人民政府办公室编印\n\n2020年6月30日出版\n\n"
        "目 录\n霸州市人民政府关于印发霸州市养老服务体系建设实施意见的通知（霸政〔2020〕9号）……2\n";
    x.pages.push_back(p);
    const Analysis a = an.run(x, "u/公报.pdf", Date{2020, 11, 25});
    CHECK(a.title == "霸州市人民政府公报 2020年第2期(总第14期)");  // normalised brackets
    CHECK(a.date.published == Date{2020, 6, 30});
}

TEST_CASE("analyse: on a home page (当前位置：首页) the banner names the page", "[pipeline]") {
    const Analyser an(small_catalog());
    ExtractResult x;
    x.kind = EvidenceKind::screenshot;
    PageText p = ocr_page(1600, 820);
    // A platform's home page: banner, menu, a bare 首页 crumb, then columns of other pages' titles.
    p.text =
        "霸州市政务公开网\n首页 征求意见 政务服务\n当前位置：首页\n最新公开 政策文件\n"
        "关于召开政策解读会的通知 2020-11-06\n政策解读：一图读懂 2020-11-02";
    p.lines = {{"霸州市政务公开网", 40, 40, 400, 44, 90},
               {"首页 征求意见 政务服务", 20, 100, 800, 22, 80},
               {"当前位置：首页", 40, 140, 200, 16, 80},
               {"最新公开 政策文件", 40, 180, 600, 20, 85},
               {"关于召开政策解读会的通知 2020-11-06", 40, 220, 600, 16, 85},
               {"政策解读：一图读懂 2020-11-02", 40, 250, 600, 16, 85}};
    x.pages.push_back(p);
    auto hit = [](const Analysis& a, std::string_view k) -> const KeywordHit* {
        for (const auto& h : a.keywords)
            if (h.keyword == k) return &h;
        return nullptr;
    };
    const Analysis a = an.run(x, "u/首页.png", Date{2020, 11, 25});
    REQUIRE(hit(a, "政务公开"));
    CHECK(hit(a, "政务公开")->in_title);  // the banner stands for the title
    REQUIRE(hit(a, "征求意见"));
    CHECK(hit(a, "征求意见")->in_title);  // and the menu under it
    REQUIRE(hit(a, "政策解读"));
    CHECK_FALSE(hit(a, "政策解读")->in_title);  // the listed pages' titles are not this page's

    // An article page of the same site: the banner stays chrome.
    p.text =
        "霸州市政务公开网\n首页 征求意见 政务服务\n当前位置：首页 > 通知公告\n关于召开政策解读会的通知\n"
        "会议对政策解读工作作出部署。";
    p.lines = {{"霸州市政务公开网", 40, 40, 400, 44, 90},
               {"首页 征求意见 政务服务", 20, 100, 800, 22, 80},
               {"当前位置：首页 > 通知公告", 40, 140, 300, 16, 80},
               {"关于召开政策解读会的通知", 300, 180, 700, 36, 90},
               {"会议对政策解读工作作出部署。", 100, 270, 600, 18, 90}};
    x.pages = {p};
    const Analysis b = an.run(x, "u/文章.png", Date{2020, 11, 25});
    CHECK_FALSE(hit(b, "政务公开"));
    CHECK_FALSE(hit(b, "征求意见"));
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
