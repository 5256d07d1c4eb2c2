// Issue 18: the date finder on layouts nobody tuned for — an unlabelled byline, the metadata grid
// of 信息公开 platforms with OCR-garbled labels, the right-aligned signature block found by its OCR
// box, the page's own CMS address, OCR noise inside a date — and weak sources that only hint.
#include <catch2/catch.hpp>

#include "analysis/dates.hpp"

using namespace dossier;

namespace {

const Date kAsOf{2020, 11, 25};

ExtractResult text_page(std::string text, TextSource source = TextSource::ocr) {
    ExtractResult x;
    PageText p;
    p.text = std::move(text);
    p.source = source;
    x.pages.push_back(std::move(p));
    x.text_source = source;
    x.page_count = 1;
    return x;
}

// An OCR page whose lines carry boxes: each line {text, x, y} on a 1000 × 1400 page.
struct Line {
    std::string text;
    int x, y;
};
ExtractResult boxed_page(const std::vector<Line>& lines) {
    ExtractResult x;
    PageText p;
    p.source = TextSource::ocr;
    p.width = 1000;
    p.height = 1400;
    for (const auto& l : lines) {
        p.text += (p.text.empty() ? "" : "\n") + l.text;
        p.lines.push_back(OcrLine{l.text, l.x, l.y, 400, 30, 90});
    }
    x.pages.push_back(std::move(p));
    x.text_source = TextSource::ocr;
    x.page_count = 1;
    return x;
}

std::string published(const DateResult& r) {
    return r.published ? r.published->iso() : "null";
}

}  // namespace

TEST_CASE("date_layout: the line under the title carrying 来源/作者/字体 is the byline",
          "[analysis]") {
    const auto x = text_page(
        "霸州市人民政府\n首页 政务公开 政务服务\n关于做好2020年秋季学期开学工作的通知\n"
        "2020年9月3日  来源：霸州市教育和体育局  作者：  字体：大 中 小\n"
        "各学校：根据2020年8月25日省教育厅通知要求，现就有关事项通知如下。\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-09-03");
    REQUIRE_FALSE(r.candidates.empty());
    CHECK(r.candidates[0].why.find("署名行") != std::string::npos);
}

TEST_CASE("date_layout: the metadata grid's garbled 发布日期 wins over 成文日期", "[analysis]") {
    for (const std::string label : {"发布曰期", "发布日朗", "发布日"}) {
        const auto x = text_page("索引号：11131081/2020-00123   主题分类：城乡建设\n"
                                 "发布机构：霸州市住房和城乡建设局   " + label + "：2020-07-09\n"
                                 "文号：霸建〔2020〕12号   成文日期：2020-07-01\n"
                                 "霸州市住房和城乡建设局关于老旧小区改造的公告\n");
        const auto r = find_publication_date(x, "", kAsOf);
        INFO(label);
        CHECK(published(r) == "2020-07-09");
        CHECK(r.source == "label");
    }
    // Labels of different kinds equally close (发日期: 发布日期, or 印发日期?) are no label.
    const auto x = text_page("文号：霸建〔2020〕12号   发日期：2020-07-01\n");
    CHECK(find_publication_date(x, "", kAsOf).source != "label");
}

TEST_CASE("date_layout: a right-aligned date low on a scanned page is its signature",
          "[analysis]") {
    const auto x = boxed_page({{"霸州市人民政府办公室", 300, 80},
                               {"关于开展安全生产大检查的通知", 250, 160},
                               {"各乡镇人民政府，市政府各部门：", 80, 260},
                               {"请于2020年9月15日前报送自查报告。", 80, 320},
                               {"二〇二〇年八月十一日", 620, 900},
                               {"（此件公开发布）", 80, 980}});
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-08-11");
    CHECK(r.source == "signature");
}

TEST_CASE("date_layout: a gazette's 出版日期 is the issue's date, not a 出生日期 nor a printed "
          "document's signature",
          "[analysis]") {
    const auto x = text_page(
        "霸 州 市人 民政 府公报\n2020年第4期（总第16期）\n目 录\n"
        "霸州市人民政府关于印发霸州市养老服务体系建设实施方案的通知\n"
        "各乡镇（区、办），市政府各部门：现将《实施方案》印发给你们，请认真贯彻执行。\n"
        "霸州市人民政府\n2020年9月8日\n"
        "主办：霸州市人民政府办公室 编辑出版：霸州市人民政府公报编辑部\n"
        "出版日期：2020年10月30日 内部资料 免费赠阅\n",
        TextSource::text);
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-10-30");
    // One character off is neither label: 出X日期 could be either, so it is no label at all.
    const auto y = text_page("个人信息表\n出生日期：1990年5月6日\n", TextSource::text);
    CHECK(published(find_publication_date(y, "", kAsOf)) == "null");
}

TEST_CASE("date_layout: the page's own CMS address dates it, below an explicit label",
          "[analysis]") {
    auto x = text_page(
        "http://www.bazhou.gov.cn/zwgk/tzgg/202007/t20200709_5521.html\n"
        "关于做好防汛工作的通知\n各单位：请于2020年7月20日前完成隐患排查。\n");
    auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-07-09");
    CHECK(r.source == "url");
    x = text_page("https://www.lf.gov.cn/art/2020/7/9/art_1234_5678.html\n通知正文\n"
                  "发布时间：2020-07-10\n");
    r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-07-10");
    CHECK(r.source == "label");
    // Hanweb's date path under any column, as OCR reads an address bar; TRS without the month
    // folder.
    x = text_page("8Ezy bazhou.gov'cn/jyxx/gcjs/zbgs/2020/8/21/art_1532_8876.html\n"
                  "霸州市城区集中供热管网改造工程中标候选人公示\n于2020年8月18日开标。\n");
    r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-08-21");
    CHECK(r.source == "url");
    x = text_page("www.bazhou.gov.cn/xxgk/zcwj/t20200612_3301.shtml\n关于印发方案的通知\n");
    CHECK(published(find_publication_date(x, "", kAsOf)) == "2020-06-12");
    // Not a path: a date followed by art_ in prose, or t2020… that is not a file name.
    x = text_page("编号t20200612_3301号文件\n");
    CHECK_FALSE(find_publication_date(x, "", kAsOf).published);
    // Paths that disagree (a page of links) date nothing.
    x = text_page("/202007/t20200709_1.html\n/202008/t20200801_2.html\n");
    CHECK_FALSE(find_publication_date(x, "", kAsOf).published);
}

TEST_CASE("date_layout: a byline of date, time and the publishing unit, a menu line between it "
          "and the title", "[analysis]") {
    // As OCR reads a township column page: the left menu's lines interleave with the article's.
    const auto x = text_page(
        "今天是：2020年11月18日星期三无障碍 | 长者模式 | 手机版 | 登录\n信安镇人民政府\n"
        "您当前的位置：首页 > 乡镇专栏 > 信安镇 > 政务动态\n镇情简介\n"
        "信安镇全面推开农村生活垃圾分类工作\n机构设置\n"
        "2020-09-16 09:41 ”信安镇党政综合办公室\n政务动态\n"
        "9月15日，信安镇召开农村生活垃圾分类工作推进会，部署全面推开生活垃圾分类。\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-09-16");
    // Without the time, an OCR speck between date and unit, the title merged with a side column.
    const auto y = text_page(
        "霸州市人民政府今天是：2020年11月13日星期五\n首页 , 政务公开，重点领域信息公开，生态环境\n"
        "牤牛河流域综合治理工程通过阶段性验收霸州市召开冬季清洁取暖工作推进会\n"
        "2020.07.28 。廊坊市生态环境局霸州市分局\n全市安全生产大检查工作部署会召开\n"
        "7月20日，牤牛河霸州段综合治理一期工程通过市级阶段性验收。\n");
    CHECK(published(find_publication_date(y, "", kAsOf)) == "2020-07-28");
    // The same line far down a page (a record in a table of meetings) is no byline.
    std::string body = "信安镇会议记录\n";
    for (int i = 0; i < 16; ++i) body += "会议讨论了垃圾分类收集点建设的有关事项。\n";
    const auto deep = text_page(body + "2020-09-16 09:41 信安镇党政综合办公室\n");
    CHECK_FALSE(find_publication_date(deep, "", kAsOf).published);
}

TEST_CASE("date_layout: OCR noise inside a date is repaired and marked", "[analysis]") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"2020-.08-.27", "2020-08-27"},
        {"2020年.3月'21日", "2020-03-21"},  // a gazette's 出版 line in the zoo (z0095)
        {"2020-'08-27", "2020-08-27"},
        {"20 20年8月27日", "2020-08-27"},
        {"2020年1]月5日", "2020-11-05"},
        {"2020年l1月5日", "2020-11-05"},
        {"２０２0年11月5日", "2020-11-05"},
        {"2020年11月1]日", "2020-11-11"},
        {"20 20-03-16", "2020-03-16"},
        {"2020-05-2]", "2020-05-21"},  // a padded month: a two-digit day, ']' its 1
        {"2020-05-2|", "2020-05-21"}};
    for (const auto& [in, want] : cases) {
        INFO(in);
        const auto found = find_dates(in);
        REQUIRE(found.size() == 1);
        CHECK(found[0].date.iso() == want);
        if (in != "２０２0年11月5日") CHECK(found[0].repaired);
    }
}

TEST_CASE("date_layout: metadata and file-name dates only hint, and break ties", "[analysis]") {
    ExtractResult x = text_page("", TextSource::ocr);
    x.meta_dates.push_back({Date{2020, 11, 24}, "pdf:CreationDate"});
    auto r = find_publication_date(x, "u/扫描件.pdf", kAsOf);
    CHECK_FALSE(r.published);
    REQUIRE(r.hint);
    CHECK(*r.hint == Date{2020, 11, 24});
    CHECK(r.source == "metadata");
    CHECK_FALSE(r.review);

    for (const char* name : {"u/IMG_20200903_101500.jpg", "u/Screenshot_20200903-1015.png",
                             "u/微信图片_20200903101500.jpg"}) {
        INFO(name);
        r = find_publication_date(text_page("", TextSource::ocr), name, kAsOf);
        CHECK_FALSE(r.published);
        REQUIRE(r.hint);
        CHECK(*r.hint == Date{2020, 9, 3});
        CHECK(r.source == "filename");
    }

    // Two bylines of the same rank disagree: the one the file name seconds goes first, and the
    // date still waits for review.
    x = text_page("霸州发布 2020-09-02 18:30\n霸州教育 2020-09-03 08:00\n正文\n");
    r = find_publication_date(x, "u/Screenshot_20200903.png", kAsOf);
    CHECK(published(r) == "2020-09-03");
    CHECK(r.review);
}

TEST_CASE("date_layout: a confident date is not under review, a lone stamp is", "[analysis]") {
    auto r = find_publication_date(text_page("标题\n发布时间：2020-07-09\n正文"), "", kAsOf);
    CHECK(published(r) == "2020-07-09");
    CHECK_FALSE(r.review);
    r = find_publication_date(text_page("标题\n正文\n更新时间：2020-07-09\n"), "", kAsOf);
    CHECK(published(r) == "2020-07-09");
    CHECK(r.review);
}

TEST_CASE("date_layout: an account's history grouped by day has no date of its own",
          "[analysis]") {
    // A 公众号 home page: the profile card, then each day's date alone on its line above that
    // day's articles, newest first. None of these dates is the page's.
    const auto feed = text_page(
        "9:41 4G 78%\n《永清发布\n永清发布\n永清县人民政府新闻办公室官方微信\n\n"
        "2020年11月13日\n永清县召开农村人居环境整治推进会\n我县开展冬季消防安全大检查\n"
        "2020年11月9日\n县政府召开第十八次常务会议\n2020年11月6日\n"
        "永清县2020年秋季学期学生资助政策问答\n");
    const auto r = find_publication_date(feed, "", kAsOf);
    CHECK(published(r) == "null");
    REQUIRE_FALSE(r.candidates.empty());
    CHECK(r.candidates[0].why.find("历史消息") != std::string::npos);

    // Four days, one of them misread by OCR out of order (holdout12's history: 11月14日 read as
    // 1月14日): still a history. Two or three days must be strictly newest first.
    const auto misread = text_page(
        "16:40 4G 55%\n历史消息\n共 1264 篇原创内容\n11月17日\n冬季清洁取暖补贴申领指南\n"
        "县领导调研重点项目建设\n11月16日\n我县召开政务公开工作推进会\n1月14日\n"
        "固安县2020年事业单位公开招聘拟聘\n用人员公示\n天气 | 冷空气来袭\n11月13日\n"
        "固安县2020年冬季清洁取暖工作方案解读\n");
    CHECK(published(find_publication_date(misread, "", kAsOf)) == "null");

    // Days whose 日 OCR misread (holdout13's history: "2020年11月17晶"): alone on their lines too.
    const auto lost_ri = text_page(
        "10:26 5G 82%\n大城发布\n全部消息\n2020年11月18日\n大城县召开冬季清洁取暖工作推进会\n"
        "2020年11月17晶\n健康大城 | 秋冬季防疫提示\n我县举行冬季征兵欢送仪式\n2020年11月16晶\n"
        "城区停车新规十问十答\n2020年11月13日\n大城县2020年10月份空气质量排名\n",
        TextSource::text);
    CHECK(published(find_publication_date(lost_ri, "", kAsOf)) == "null");

    // An article whose byline date stands alone under the title and whose 落款 date stands alone
    // at its end (oldest last, but a whole body apart) is no history: its dates stay candidates
    // (the 落款 outranks an unlabelled byline).
    const auto article = text_page(
        "关于开展冬季消防安全大检查的通知\n2020年11月13日\n"
        "各乡镇人民政府，县直各部门：\n为切实做好今冬明春火灾防控工作，现将有关事项通知如下。\n"
        "一、检查时间和范围\n全县各类人员密集场所和企业。\n二、工作要求\n各单位要高度重视。\n"
        "永清县人民政府办公室\n2020年11月10日\n");
    const auto a = find_publication_date(article, "", kAsOf);
    CHECK(published(a) == "2020-11-10");
    for (const auto& c : a.candidates) CHECK(c.why.find("历史消息") == std::string::npos);
}

TEST_CASE("date_layout: a column page's first row is an entry, even with a side column's words "
          "after its date or its unit before it",
          "[analysis]") {
    // The OCR ran the first row into the side column ("2020.08.07 脱贫攻坚"): still a row.
    const auto column = text_page(
        "当前位置：首页 > 政务公开 > 政策解读\n政策解读\n"
        "《霸州市城区停车管理办法》政策解读 2020.08.07 脱贫攻坚\n"
        "《霸州市城镇老旧小区改造实施方案》解读 2020-08-19\n"
        "【视频解读】2020年义务教育招生政策问答 2020-07-10\n"
        "《霸州市生活垃圾分类处置工作方案》政策解读 2020-09-16\n");
    CHECK(published(find_publication_date(column, "", kAsOf)) == "null");
    // A platform's list with a 发布机构 column: title, unit, date on one line is a row, not a
    // signature; a row the OCR wrapped leaves its date alone under its title.
    const auto platform = text_page(
        "信息公开目录 标题 发布机构 发布日期\n"
        "关于做好冬季供暖保障工作的通知市住房城乡建设局 2020-11-16\n"
        "2020年10月份霸州市政府网站网民留言办理情况通报市融媒体中心 2020.11.05\n"
        "霸州市国有建设用地使用权挂牌出让公告市自然资源和规划局 2020-10-26\n"
        "霸州市教育和体育局2019年部门决算公开\n2020-09-25\n");
    const auto r = find_publication_date(platform, "", kAsOf);
    CHECK(published(r) == "null");
    // A signature under such rows (a 公示 table, then the unit and its date) is still the
    // signature; so is a 决定日期 field inside sentences, which makes no list.
    const auto notice = text_page(
        "行政处罚结果公示\n"
        "赵某某擅自占用城市道路堆放物料案 2020-06-08\n"
        "某建筑公司建筑垃圾运输车辆未密闭案 2020-06-19\n"
        "某商店店外经营案 2020-06-23\n"
        "霸州市城市管理综合行政执法局\n2020年6月30日\n");
    CHECK(published(find_publication_date(notice, "", kAsOf)) == "2020-06-30");
    const auto byline = text_page(
        "行政执法“双公示” | 6月份行政处罚案件公示\n原创霸州城管 2020-06-30\n"
        "1.当事人赵某某，处罚结果：罚款500元，决定日期：6月8日。\n"
        "2.当事人某建筑公司，处罚结果：罚款5000元，决定日期：6月19日。\n");
    CHECK(published(find_publication_date(byline, "", kAsOf)) == "2020-06-30");
}

TEST_CASE("date_layout: a grid row run together keeps each field's label, garbled or not",
          "[analysis]") {
    // 成文日期 and a garbled 发布日期 on one OCR line; 《 read for the colon; 公开日期 before a
    // date whose first separator was lost.
    const auto row = text_page(
        "政府信息公开制度成文日期“2020年01月21日文呈无发布昌期“2020年01月22日\n"
        "康仙庄乡2019年政府信息公开工作年度报告\n");
    CHECK(published(find_publication_date(row, "", kAsOf)) == "2020-01-22");
    const auto angle = text_page(
        "发布机构“中共霸州市委机构编制委员会办公室发布日期《2020.04.23\n"
        "法定主动公开内容成文日期“2020.04.20\n霸州市政府工作部门机构职能目录\n");
    CHECK(published(find_publication_date(angle, "", kAsOf)) == "2020-04-23");
    const auto glued = text_page(
        "对县政务公开工作领导小组成员调整如下：发布机构永清县人民政府办公室\n"
        "组长：县政府常务副县长 生成日期 2020.03.06\n"
        "办公室主任兼任县政务公开办公室主任。公开日期。 202003-10\n");
    const auto r = find_publication_date(glued, "", kAsOf);
    CHECK(published(r) == "2020-03-10");
    CHECK(r.source == "label");
}

TEST_CASE("date_layout: on a screenshot the page's own stamp outranks the 落款 of the document "
          "it shows, in a document the 落款 stays first",
          "[analysis]") {
    const std::string page =
        "当前位置：首页 > 信安镇 > 通知公告\n"
        "霸州市人民政府拟征收土地告知书（信安镇2020年第2批次）\n"
        "2020.07.14 11:08  来源：信安镇人民政府  浏览：389\n"
        "根据《中华人民共和国土地管理法》有关规定，拟征收信安镇东王庄村集体土地。\n"
        "霸州市人民政府\n2020年7月13日\n";
    auto shot = text_page(page);
    shot.kind = EvidenceKind::screenshot;
    CHECK(published(find_publication_date(shot, "", kAsOf)) == "2020-07-14");
    auto doc = text_page(page);
    doc.kind = EvidenceKind::document;
    CHECK(published(find_publication_date(doc, "", kAsOf)) == "2020-07-13");
    // A stamp with its time after a column's name the OCR ran into it, the unit after it.
    auto reply = text_page(
        "政协委员提案对市十届人大五次会议第15号建议的答复\n"
        "办理结果 2020.08.03 16:20  市教育和体育局\n张立新代表：\n"
        "您提出的《关于缓解城区小学大班额问题的建议》收悉。现答复如下：\n"
        "霸州市教育和体育局\n2020年7月30日\n");
    reply.kind = EvidenceKind::screenshot;
    CHECK(published(find_publication_date(reply, "", kAsOf)) == "2020-08-03");
}

// Issue 18 (the design zoo's 日期：2020/07/27, read "2020/07/2" and published with 0.9): a
// zero-padded month with a one-digit day may have lost the day's second digit — never certain.
TEST_CASE("date_layout: a padded month with a one-digit day is under review", "[analysis]") {
    auto r =
        find_publication_date(text_page("标题\n日期：2020/07/2  来源：区政府办\n正文"), "", kAsOf);
    CHECK(published(r) == "2020-07-02");
    CHECK(r.review);
    r = find_publication_date(text_page("标题\n日期：2020/7/2  来源：区政府办\n正文"), "", kAsOf);
    CHECK(published(r) == "2020-07-02");
    CHECK_FALSE(r.review);
}

TEST_CASE("date_layout: a field read twice, once with its day cut short, gives the complete read",
          "[analysis]") {
    // A light byline read by both OCR passes: "2020-07-2" (the 8 lost) and "2020-07-28".
    const auto x = text_page(
        "霸州市2020年城区初中招生学区划分及入学办法公告\n"
        "发布时间：2020-07-2 22 来源育和体育局览次数：18462\n"
        "发布时间：2020-07-28 16: 来源：市教育和体育局。浏览次数：18 3\n"
        "根据《中华人民共和国义务教育法》，现将我市2020年城区初中招生学区划分公告如下。\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-07-28");
    CHECK(r.review);  // two reads disagree: never certain
    // A real single-digit day written without padding stays as read.
    const auto y = text_page("发布时间：2020-7-2\n相关链接 发布时间：2020-07-21\n");
    CHECK(published(find_publication_date(y, "", kAsOf)) == "2020-07-02");
}

TEST_CASE("date_layout: an event's date in a title (…9月26日举办) is not the article's date",
          "[analysis]") {
    const auto x = text_page(
        "岗位800余个！霸州市2020年退役军人\n专场招聘会9月26日举办\n霸州退役军人 2020-09-21\n"
        "为促进退役军人就业创业，市退役军人事务局将于2020年9月26日在霸州市人力资源市场举办招聘会。\n");
    CHECK(published(find_publication_date(x, "", kAsOf)) == "2020-09-21");
}

// Issue 18 (holdout12's 信息公开工作制度 page): a county portal prints its article's date in
// brackets, right-aligned under the last paragraph, above the footer; it was taken for a date the
// body mentions. Two such lines are a related-links list the OCR wrapped, not the page's stamp.
TEST_CASE("date_layout: a bracketed date alone under an article's end is its stamp, in review",
          "[analysis]") {
    const std::string head =
        "固安县行政审批局\n首页 机构概况 政务公开\n当前位置：首页 >> 政务公开 >> 制度建设\n"
        "固安县行政审批局政府信息公开工作制度\n"
        "第一条 本局政府信息公开工作由办公室归口管理。\n第四条 本制度自发布之日起执行。\n";
    for (std::string stamp : {"[2020年03月23日]", "【2020-03-23】", "（2020-03-23）"}) {
        const auto r = find_publication_date(
            text_page(head + stamp + "\n固安县行政审批局 版权所有 地址：固安县新昌街\n",
                      TextSource::text),
            "", kAsOf);
        CHECK(published(r) == "2020-03-23");
        CHECK(r.review);
    }
    const auto list = find_publication_date(
        text_page(head + "相关链接\n全县政务服务事项清单调整情况\n[2020-03-02]\n"
                         "制度建设工作进展情况\n[2020-02-11]\n",
                  TextSource::text),
        "", kAsOf);
    CHECK(published(list) == "null");
}

// Issue 18 (holdout7's 信息公开平台 screenshot): the stamp above the title read "夏布日其
// 2020.10-15" — 发 misread and 期 without its 月 (其). 其 counts as 期 in a garbled label.
TEST_CASE("date_layout: a label whose 期 lost its 月 (发布日其) is still the 发布日期", "[analysis]") {
    const auto x = text_page(
        "霸州市政府信息公开平台\n当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 卫生健康\n"
        "夏布日其 2020.10-15 各对无成广习其\n"
        "霸州市2020年第三季度医疗机构医疗服务价格及药品耗材采购信息\n"
        "为加强医疗服务监管，现将全市二级以上公立医院第三季度医疗服务价格执行情况予以公开。\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-10-15");
    CHECK(r.source == "label");
    CHECK(r.review);  // a repaired date under a garbled label
}

// Issue 18 (holdout13's county portal): the byline bar under the title holds the date, the unit and
// the page's 【打印】 tool ("2020-04.27 。大城县住房和城乡建设局【打印]"); with the OCR's stray "。"
// its tail was too long for an unlabelled byline. 打印 (and 关闭窗口) are byline words.
TEST_CASE("date_layout: a byline bar ending in the page's 【打印】 tool dates the page",
          "[analysis]") {
    const auto x = text_page(
        "您当前的位置：首页 > 政务公开 > 重点领域信息公开 > 住房保障\n"
        "大城县2020年城镇老旧小区改造计划公示\n"
        "2020-04.27 。大城县住房和城乡建设局【打印]\n"
        "根据省住建厅下达的年度任务，我县2020年计划改造城镇老旧小区5个。\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-04-27");
    CHECK(r.review);  // mixed separators: an OCR repair
}

// Issue 18 (holdout13's photo of a 网站找错 reply page): a netizen's message "网民留言
// (2020.09.22): … 点击后显示404" near the top was taken, confidently, for a byline by its
// "点击" — a byline's 点击 is a count (点击数, 点击：123), not a verb in a message.
TEST_CASE("date_layout: 点击 in a message's words makes no byline, 点击数 does", "[analysis]") {
    const std::string head = "政府网站找错留言答复\n县长信箱\n";
    const auto msg = find_publication_date(
        text_page(head + "网民留言 (2020.09.22 ) : 网站首页图片新闻链接错误，点击后显示\n404。\n"
                         "答复：您好，经核查，已于9月23日修复。\n"),
        "", kAsOf);
    CHECK_FALSE((msg.published.has_value() && !msg.review));  // never a confident date
    const auto count = find_publication_date(
        text_page(head + "发布：2020.09.22 点击数：153\n网站首页图片新闻链接错误。\n"), "", kAsOf);
    CHECK(published(count) == "2020-09-22");
}

// Issue 18 (holdout13's text ledger of replies): the record ends "记录人：县融媒体中心新媒体部
// 2020年11月3日" — the keeper's line with the day it was closed, the record's own date (in review).
TEST_CASE("date_layout: a record's keeper line (记录人：… date) dates the record", "[analysis]") {
    const auto x = text_page(
        "大城发布 微信公众号 网民留言回复记录（2020年10月）\n\n"
        "10月9日 网民“平舒晨光”：城南健身公园何时开放？ 回复：已于10月1日开放。\n"
        "10月15日 网民“子牙河畔”：冬季供暖什么时候开始？ 回复：11月15日开始试运行。\n\n"
        "记录人：县融媒体中心新媒体部　2020年11月3日\n",
        TextSource::text);
    const auto r = find_publication_date(x, "a.txt", kAsOf);
    CHECK(published(r) == "2020-11-03");
    CHECK(r.review);
}

// Issue 18 (holdout13's 1920 px county portal): the page's date is a chip at the right end of the
// breadcrumb row above the title ("首页 / 政务公开 / 重点领域 / 教育 2020-07-10"), unlabelled. It
// dates the page, in review and below any other stamp; a header's "today's date" bar (星期) does
// not.
TEST_CASE("date_layout: a date ending the breadcrumb row above the title dates the page, in review",
          "[analysis]") {
    const std::string body =
        "来源：大城县教育和体育局\n一、招生范围：城区四所小学按学区划片招生。\n"
        "二、报名时间：小学一年级7月20日至22日。\n";
    const std::string title = "大城县2020年城区义务教育学校招生工作方案\n";
    for (std::string crumb : {"首页 / 政务公开 / 重点领域 / 教育 2020-07-10",
                              "和首页 / 政务公开 / 重点领域/ 教育 2020-07-10 和",
                              "当前位置：首页 > 政务公开 > 教育 2020年07月10日"}) {
        INFO(crumb);
        // The OCR's lines: the garbled banner, the crumb row, the title (taller), the body.
        auto x = boxed_page({{"城县人民政府 ze 疝全辐副题各", 100, 30},
                             {crumb, 100, 110},
                             {"大城县2020年城区义务教育学校招生工作方案", 300, 185},
                             {"来源：大城县教育和体育局", 300, 229},
                             {"一、招生范围：城区四所小学按学区划片招生。", 300, 281},
                             {"二、报名时间：小学一年级7月20日至22日。", 300, 323}});
        x.pages[0].lines[2].h = 45;
        const auto r = find_publication_date(x, "", kAsOf);
        CHECK(published(r) == "2020-07-10");
        CHECK(r.review);
    }
    // A labelled byline under the title wins over the crumb row's date.
    const auto both = find_publication_date(
        text_page("首页 / 政务公开 / 教育 2020-07-10\n" + title + "发布时间：2020-07-08\n" + body),
        "", kAsOf);
    CHECK(published(both) == "2020-07-08");
    const auto bar = find_publication_date(
        text_page("首页 > 政务公开 2020年07月10日 星期五\n" + title + body), "", kAsOf);
    CHECK(published(bar) == "null");
}

// Issue 18 (holdout13's 网站纠错 record): 提交时间 2020-06-10, 处理时间 2020-06-11, 处理结果 … —
// the handling time is when the message was answered, the record's own date (in review). A
// 办事指南's 办理时间 with no message above it stays a date of the procedure.
TEST_CASE("date_layout: a message record's 处理时间 is its reply date, in review", "[analysis]") {
    const auto r = find_publication_date(
        text_page("我为政府网站找错——留言处理情况\n问题描述 “政策文件”栏目附件无法下载\n"
                  "提交时间 2020-06-10\n处理时间 2020-06-11\n处理结果 已重新上传附件。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-06-11");
    CHECK(r.review);
    const auto guide = find_publication_date(
        text_page("食品经营许可办事指南\n办理地点：政务服务中心\n办理时间 2020-06-11\n"), "",
        kAsOf);
    CHECK(published(guide) == "null");
}

// Issue 18 (holdout13's address bar "http://www.dcx.gov.cn/art/2020/7/22/art_1287_23311.html",
// read ".../art/2020/77/22/art_1287…"): no month is 77; a doubled one-digit month is that digit,
// repaired and in review. A path whose month is no doubled digit (/2020/13/5/) gives nothing.
TEST_CASE("date_layout: a CMS path's month OCR read twice is taken once, in review", "[analysis]") {
    const std::string body =
        "大城县防汛抗旱指挥部关于启动防汛IV级应急响应的通知\n"
        "受强降雨影响，子牙河大城段水位持续上涨。\n";
    const auto r = find_publication_date(
        text_page("4 http://www.dcx.gov.Cnyart/2020/77/22/art_1287_23311.html\n" + body), "",
        kAsOf);
    CHECK(published(r) == "2020-07-22");
    CHECK(r.source == "url");
    CHECK(r.review);
    const auto bad = find_publication_date(
        text_page("http://www.dcx.gov.cn/art/2020/13/5/art_1287_23311.html\n" + body), "", kAsOf);
    CHECK(published(bad) == "null");
}

// Issue 18 (holdout13's 信息公开 grid screenshot): the 发布日期 label came out "发;
// 期：2020年06月16日" — its middle lost to noise — beside a clean "成文日期; 2020年06月12日". A
// label's first and last characters around a separator are still that label, never certain;
// 成文日期 stays behind it.
TEST_CASE("date_layout: a grid label broken in two (发…期) is still the 发布日期, in review",
          "[analysis]") {
    const auto x = text_page(
        "当前位置：首页 > 法定主动公开内容 > 重大建设项目\n"
        "索引号：11131025000234567X/2020-00088 主题分类：发展规划\n"
        "发布机构; 大城县发展和改革局成文日期; 2020年06月12日\n"
        "; 大发改投资【2020] 58号发; 期：2020年06月16日\n"
        "大城县2020年重大建设项目批准结果信息(第二批)\n"
        "项目名称 批复文号 总投资(万元)\n");
    const auto r = find_publication_date(x, "", kAsOf);
    CHECK(published(r) == "2020-06-16");
    CHECK(r.source == "label");
    CHECK(r.review);
    // A lone 期 after a number is no label: "第3期：2020年06月16日" has no 发 before it.
    const auto issue = find_publication_date(
        text_page("大城县政务公开简报\n第3期：2020年06月16日\n本期要目\n"), "", kAsOf);
    CHECK_FALSE((issue.source == "label" && issue.published &&
                 issue.published->iso() == "2020-06-16" && !issue.review));
}

// Issue 18 (holdout13's 县长信箱 record, a bordered table): its rows read "留言时间 | 2020-08-03
// 20:16 |" and "回复时间 | 2020-08-05 16:40 |" — the cell border between label and value is no
// word, the label still labels the date.
TEST_CASE("date_layout: a table's cell border between label and date keeps the label",
          "[analysis]") {
    const auto r = find_publication_date(
        text_page("当前位置：首页 >> 公众参与 >> 县长信箱 >> 留言详情\n县长信箱\n"
                  "留言时间 | 2020-08-03 20:16 |\n建设路路灯已经一周不亮。\n"
                  "回复时间 | 2020-08-05 16:40 |\n| 回复内容 |您好！已于8月5日上午更换线缆。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-08-05");
    CHECK(r.source == "label");
}

// Issue 18 (holdout14's photo of a county page): "[2020-05-26]" centred under the title, read
// "_， [2020-05-26]", while the title was guessed from a body line below it. A bracketed date alone
// on its line may open with a character or two of noise, and needs no title above it.
TEST_CASE("date_layout: a bracketed date under the title, with OCR noise before it, is the stamp",
          "[analysis]") {
    const auto r = find_publication_date(
        text_page("香河县民政局\n当前位置：首页 >> 政策法规\n香河县临时救助实施办法政策问答\n"
                  "_， [2020-05-26]\n"
                  "问：哪些人可以申请临时救助？答：因火灾、交通事故等意外事件导致基本生活暂时出现严重困难的家庭。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-05-26");
    CHECK(r.review);
}

// Issue 18 (holdout14's text record): "记录人：李静⏎记录日期：2020年10月16日" closes a reply record —
// the record's own date, as a sign-off (in review).
TEST_CASE("date_layout: a record's 记录日期 dates it", "[analysis]") {
    const auto r = find_publication_date(
        text_page("网民纠错留言答复记录（9月16日-10月15日）\n"
                  "1. 2020-09-18 网民反映“政策解读”栏目链接失效，已于2020-09-21修复并答复。\n"
                  "记录人：李静\n记录日期：2020年10月16日\n",
                  TextSource::text),
        "记录.txt", kAsOf);
    CHECK(published(r) == "2020-10-16");
    CHECK(r.review);
}

// Issue 18 (holdout14's address bar ".../ggzy/gcjs/202008/t20200817_76441.html" read with its "_"
// as a space): the TRS path still dates the page.
TEST_CASE("date_layout: a TRS path whose _ OCR read as a space still dates the page",
          "[analysis]") {
    const auto r = find_publication_date(
        text_page("Ge http://wwwxianghe.gov.cn/ggzy/gcjs/202008/t20200817 76441.html\n"
                  "香河县公共资源交易中心\n淑阳镇村内道路硬化工程中标候选人公示\n"
                  "第一中标候选人：河北某建设工程有限公司。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-08-17");
    CHECK(r.source == "url");
}

// Design zoo (bracket format): "更新时间; [2020-04-12]" under the title — the label's colon read as
// ';' and the value in brackets. The bracket is part of the gap, not a word between label and date.
TEST_CASE("date_layout: a label before a bracketed date keeps the label", "[analysis]") {
    auto r = find_publication_date(
        text_page("今天是2020年11月12日 星期四\n长乐县人民政府\n首页 | 政务公开\n"
                  "重点传染病防控知识宣传\n更新时间; [2020-04-12]\n"
                  "秋冬季是呼吸道传染病高发季节，请广大群众做好个人防护。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-04-12");
    r = find_publication_date(text_page("某某公告\n公开日期：【2020-03-09】\n正文\n"), "", kAsOf);
    CHECK(published(r) == "2020-03-09");
    CHECK(r.source == "label");
}

// holdout19 (优化营商环境政策汇编页.png): the address bar's "/art/2020/3/31/art_1521_60418.html"
// read
// "/art/2020/3131/art_1521_.60418.html" — the slash between month and day read as 1. Dropping one
// 1 or 7 leaves one valid month and day: 3/31, in review. When two readings fit (1117: 1/17 or
// 11/7) there is no date.
TEST_CASE("date_layout: a Hanweb path whose month/day slash OCR read as a digit", "[analysis]") {
    auto r = find_publication_date(
        text_page("www.gyq-lfgovcnyart/2020/3131/art_1521_.60418.html\n广阳区人民政府\n"
                  "您所在的位置：首页 > 政务公开 > 放管服改革\n广阳区进一步优化营商环境二十条措施\n"
                  "为贯彻落实《优化营商环境条例》，区政府制定以下措施：\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-03-31");
    CHECK(r.source == "url");
    CHECK(r.review);
    r = find_publication_date(
        text_page("www.gyq-lf.gov.cn/art/2020/1117/art_1521_60418.html\n广阳区人民政府\n"
                  "广阳区进一步优化营商环境二十条措施\n为贯彻落实条例，区政府制定以下措施：\n"),
        "", kAsOf);
    CHECK(published(r) == "null");
}

// holdout20 (公共文化设施名录及开放时间.png): the address bar's
// "www.qx.gov.cn/zwgk/ggwh/202005/t20200518_41272.html" read with its slash, its t and its _ lost
// or misread — the year and month folder still vouch for the file name's date: the page's, in
// review. Without the folder's agreement no date.
TEST_CASE("date_layout: a TRS path read without its t, its _ read as '.'", "[analysis]") {
    auto r = find_publication_date(
        text_page(
            "区 wowqeezgovenzvgkgewv202005/20200518.41272html 四\n青县人民政府\n"
            "青县公共文化体育设施名录及开放时间\n全民健身来源：县文化广电和旅游局 | 浏览量：288\n"
            "青县图书馆 清州镇新华路 周二至周日 9:00一17:00\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-05-18");
    CHECK(r.source == "url");
    CHECK(r.review);
    r = find_publication_date(
        text_page("区 wowqeezgovenzvgkgewv202006/20200518.41272html 四\n青县人民政府\n"
                  "青县公共文化体育设施名录及开放时间\n青县图书馆 清州镇新华路\n"),
        "", kAsOf);
    CHECK(published(r) == "null");
}

// holdout20 (政府网站督办卡.jpg, a photo of a sealed 督办卡): the seal over the unit's 办 and the
// date's line ("治州市人民政府困公室⏎三 2020年6月10日") — still the 落款 under its unit, in review;
// the deadline above it (2020年6月20日前) is not.
TEST_CASE("date_layout: a sealed unit's 办公室 read as 困公室 still signs the date below it",
          "[analysis]") {
    const auto r = find_publication_date(
        text_page("沧政网督 (2020 ] 14号\n沧州市政府网站督办卡\n被督办单位：青县人民政府办公室\n"
                  "整改要求请于2020年6月20日前完成整改，并将整改情况书面报送市政务公开办。\n"
                  "联系人：沧州市政务公开办公室电话：0317-2XXXXXX\n治州市人民政府困公室\n"
                  "三 2020年6月10日\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-06-10");
    CHECK(r.source == "signature");
    CHECK(r.review);
}

// Design zoo (cn_week bylines): "2020年10月11日星期日阅读量：870 【字号：大中小]" under the title —
// a byline that prints the weekday, not a date bar; a portal's top bar with the weekday and its
// 无障碍阅读 stays a date bar.
TEST_CASE("date_layout: a byline that prints the weekday is no date bar", "[analysis]") {
    auto r = find_publication_date(
        text_page("北辰区人民政府\n首页 | 政务公开\n关于调整部分财政预算项目的情况说明\n"
                  "2020年10月11日星期日阅读量：870 【字号：大中小]\n"
                  "根据年度预算执行情况，现将调整部分财政预算项目的情况说明如下。\n"),
        "", kAsOf);
    CHECK(published(r) == "2020-10-11");
    r = find_publication_date(
        text_page("2020年11月12日 星期四 农历十月廿七 无障碍阅读 | 长者模式\n北辰区人民政府\n"
                  "首页 | 政务公开\n关于调整部分财政预算项目的情况说明\n"
                  "根据年度预算执行情况，现将调整部分财政预算项目的情况说明如下。\n"),
        "", kAsOf);
    CHECK(published(r) == "null");
}
