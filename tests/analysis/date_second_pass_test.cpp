// Issue 18 (holdout5's misses): dates read only by the second OCR pass on a light-grey band are
// reported but never certain; a colon OCR-read as ';' still ties a label to its date.
#include <catch2/catch.hpp>

#include "analysis/dates.hpp"

using namespace dossier;

namespace {

const Date kAsOf{2020, 11, 20};

struct Line {
    std::string text;
    int y;
    bool second_pass = false;  // read by the second pass (extractors/ocr_second_pass.hpp)
};

// A 1366 × 800 screenshot's OCR page with one box per line.
ExtractResult screenshot(const std::vector<Line>& lines) {
    ExtractResult x;
    PageText p;
    p.source = TextSource::ocr;
    p.width = 1366;
    p.height = 800;
    for (const auto& l : lines) {
        p.text += (p.text.empty() ? "" : "\n") + l.text;
        p.lines.push_back(OcrLine{l.text, 90, l.y, 900, 18, 90, l.second_pass});
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

TEST_CASE("date_second_pass: a grid date read by the second pass is reported, under review",
          "[analysis]") {
    const std::vector<Line> first = {
        {"今天是：2020年11月12日 星期四 欢迎访问霸州市政府信息公开平台网站", 9},
        {"当前位置：首页 > 法定主动公开内容 > 社会救助 > 低保", 213},
        {"霸州市2020年10月城乡最低生活保障新增对象公示", 354},
        {"根据《社会救助暂行办法》，现将10月新增城乡低保对象公示如下，公示期7天（10月12日至10月18日）。",
         420}};
    // What the first pass alone gives: no publication date.
    CHECK(published(find_publication_date(screenshot(first), "", kAsOf)) == "null");

    auto lines = first;
    lines.insert(lines.begin() + 2, {"发布机构：霸州市民政局发布日期：2020-10-12", 286, true});
    lines.insert(lines.begin() + 3, {"文号：无成文日期：2020-10-10", 310, true});
    const auto r = find_publication_date(screenshot(lines), "", kAsOf);
    CHECK(published(r) == "2020-10-12");
    CHECK(r.source == "label");
    CHECK(r.review);  // never certain: only the second pass read it
    CHECK(r.confidence < 0.8);

    // The same lines read by the first pass are certain.
    for (auto& l : lines) l.second_pass = false;
    const auto sure = find_publication_date(screenshot(lines), "", kAsOf);
    CHECK(published(sure) == "2020-10-12");
    CHECK_FALSE(sure.review);
}

TEST_CASE("date_second_pass: a colon OCR-read as a semicolon still ties 发布日期 to its date",
          "[analysis]") {
    const auto r = find_publication_date(
        screenshot({{"索引号：11131081010/2020-0004   主题分类：综合政务", 261},
                    {"发布机构：霸州市南孟镇人民政府   发布日期; 2020.04.02", 274},
                    {"文号：无   成文日期：2020-04-01", 309},
                    {"霸州市南孟镇政府信息公开指南", 355},
                    {"三、本指南自2020年4月2日起施行。", 530}}),
        "", kAsOf);
    CHECK(published(r) == "2020-04-02");
    CHECK(r.source == "label");
    // A semicolon ending a sentence before a date is no label separator for anything else.
    const auto s = find_publication_date(
        screenshot({{"文号：无；2020年4月1日召开会议", 309}}), "", kAsOf);
    CHECK(published(s) == "null");
}

TEST_CASE("date_second_pass: a 微博 post's time before 来自 is its date, under review",
          "[analysis]") {
    const auto r = find_publication_date(
        screenshot({{"9:41 4G 78%", 11},
                    {"微博正文", 68},
                    {"霸州发布", 149},
                    {"2020-11-14 10:02 来自 微博 weibo.com", 192},
                    {"【我市发布冬季清洁取暖补贴政策问答】11月15日起，城区居民可通过小程序申请补贴……", 248},
                    {"转发 23 评论 9 赞 61", 406},
                    {"网友甲：11月16日 09:12 已经申请了", 460}}),
        "Screenshot_20201116-101523.png", kAsOf);
    CHECK(published(r) == "2020-11-14");
    CHECK(r.review);
}
