// Near-duplicates (issue 19, pipeline/near): the real binary on inboxes made here. Text files for
// the groups across units; the bundled portal screenshot as PNG and as its JPEG re-save
// (tests/data/images, OCRed) for the fold within a unit.
#include <zip.h>

#include <set>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "analysis/simhash.hpp"
#include "pipeline/near.hpp"
#include "report_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

// A township portal's chrome: the same header, menu, breadcrumb and footer on every page.
std::string portal_page(const std::string& town, const std::string& title,
                        const std::string& article) {
    return town + "人民政府\n首页 政务公开 政务服务 互动交流 走进" + town +
           " 专题专栏\n当前位置：首页 > 政府信息公开 > 法定主动公开内容\n" + title +
           "\n发布时间：2020-09-10 来源：" + town + "党政办 浏览次数：56 【大 中 小】 打印 关闭\n" +
           article + "\n相关链接：霸州市人民政府 廊坊市人民政府 河北省人民政府\n主办：" + town +
           "人民政府 承办：" + town + "党政综合办公室 地址：霸州市" + town +
           "政府大院 邮编：065700\n网站标识码：1310810002 冀ICP备05003321号 冀公网安备 13108102000108号\n";
}

constexpr const char* kDibao =
    "根据《社会救助暂行办法》和《河北省最低生活保障审核审批办法》，经村民委员会民主评议、"
    "镇政府审核，拟新增以下家庭为最低生活保障对象，现予公示。公示期为七天，如有异议，请于公示"
    "期内向镇民政所反映。张某某，三口之家，月保障金额一千零二十元；李某某，两口之家，月保障金额"
    "六百八十元。监督电话：0316-7861234。";
constexpr const char* kEnrol =
    "为做好二〇二〇年秋季中心小学一年级新生入学工作，现将招生范围、报名时间和所需材料公告如下。"
    "招生对象为二〇一四年九月一日至二〇一五年八月三十一日出生的适龄儿童。报名时间为八月二十日至"
    "二十二日，每天上午八点至十一点。报名时请携带户口簿、房产证明和儿童预防接种证。";
// One notice, re-shared by several townships.
constexpr const char* kNotice =
    "霸州市人民政府办公室关于做好2020年汛期安全防范工作的通知\n各乡镇人民政府、办事处，市政府"
    "各部门：\n为切实做好今年汛期安全防范工作，确保人民群众生命财产安全，现就有关事项通知如下。"
    "一、提高思想认识，压实防汛责任。二、加强隐患排查，及时消除险情。三、做好物资储备，强化应急"
    "值守。各单位要严格执行二十四小时值班和领导带班制度，遇有重大汛情及时报告。\n霸州市人民政府"
    "办公室\n2020年6月1日\n";

// The payload entries of a package (everything but the manifest, BagIt files and indexes).
std::set<std::string> zip_names(const std::filesystem::path& zip) {
    int err = 0;
    zip_t* za = zip_open(zip.c_str(), ZIP_RDONLY, &err);
    REQUIRE(za);
    std::set<std::string> names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i)
        names.insert(zip_get_name(za, static_cast<zip_uint64_t>(i), 0));
    zip_discard(za);
    return names;
}

}  // namespace

TEST_CASE("simhash: layout does not matter, a different article does", "[pipeline][near]") {
    const auto a = dossier::text_simhash(kNotice);
    std::string relaid(kNotice);
    std::erase(relaid, '\n');
    relaid.insert(30, "  ");
    const auto b = dossier::text_simhash(relaid);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(dossier::hamming(a->hash, b->hash) == 0);
    const auto t1 = dossier::text_simhash(portal_page("胜芳镇", "低保新增对象公示", kDibao));
    const auto t2 = dossier::text_simhash(portal_page("南孟镇", "秋季招生公告", kEnrol));
    REQUIRE(t1);
    REQUIRE(t2);
    CHECK(dossier::hamming(t1->hash, t2->hash) > 3);
    CHECK_FALSE(dossier::text_simhash("短短几个字"));
}

TEST_CASE("simhash: a run repeated in the portal's header does not outvote the article",
          "[pipeline][near]") {
    // holdout15: a patterned band under a portal's word-mark, OCRed as 90 letters of `rrrorrr…`,
    // gave one shingle ~60 votes, and two unrelated pages of that portal fingerprints 0 bits
    // apart — a near group of a 年度报告 and a 新媒体矩阵 page.
    std::string band;
    for (int i = 0; i < 30; ++i) band += i % 7 == 3 ? "rro" : "rrr";
    const std::string head = "三河市人民政府\n" + band + "\n首页 政务公开 政务服务 互动交流\n";
    const auto a = dossier::text_simhash(
        head +
        "关于2019年度政府信息公开工作年度报告的截图说明。本年度共主动公开信息一千二百条。\n");
    const auto b = dossier::text_simhash(
        head + "政务新媒体矩阵：微信公众号、微博、抖音号共六个账号，均已备案并正常更新。\n");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(dossier::hamming(a->hash, b->hash) > dossier::NearConfig{}.text_bits);
}

TEST_CASE("near: a notice re-shared by two townships is grouped and both are kept, pages that "
          "only share a portal template are not",
          "[pipeline][near][e2e]") {
    TempDir t;
    write(t / "inbox" / "胜芳镇" / "低保新增对象公示.txt",
          portal_page("胜芳镇", "胜芳镇低保新增对象公示", kDibao));
    write(t / "inbox" / "南孟镇" / "秋季招生公告.txt",
          portal_page("南孟镇", "南孟镇中心小学秋季招生公告", kEnrol));
    write(t / "inbox" / "胜芳镇" / "防汛通知.txt", kNotice);
    std::string reshared(kNotice);  // re-typed: other line breaks and spaces
    std::erase(reshared, '\n');
    write(t / "inbox" / "南孟镇" / "转发 防汛工作通知.txt", "  " + reshared + "\n");
    const json j = build_report(t / "inbox", t / "out", t / "ws", " --include-review");

    const json a = file_of(j, "胜芳镇/防汛通知.txt"), b = file_of(j, "南孟镇/转发 防汛工作通知.txt");
    REQUIRE(a.is_object());
    REQUIRE(b.is_object());  // different units: each is its own evidence
    REQUIRE(a["near_group"].is_string());
    CHECK(a["near_group"] == b["near_group"]);
    CHECK(a["near_group"].get<std::string>().size() == 13);
    CHECK(a["near_group"].get<std::string>()[0] == 'g');
    CHECK(a["path"].is_string());
    CHECK(b["path"].is_string());
    CHECK(file_of(j, "胜芳镇/低保新增对象公示.txt")["near_group"].is_null());
    CHECK(file_of(j, "南孟镇/秋季招生公告.txt")["near_group"].is_null());
    CHECK(j["duplicates"].empty());
    // The group is shown beside the file in report.html.
    const std::string html = slurp(t / "out" / "report.html");
    CHECK(html.find(a["near_group"].get<std::string>()) != std::string::npos);
}

TEST_CASE("near: a JPEG re-save within one unit is packaged once and listed as a near duplicate, "
          "across units it stays separate evidence",
          "[pipeline][near][e2e]") {
    TempDir t;
    const std::filesystem::path data = DOSSIER_TEST_DATA "/images";
    write(t / "inbox" / "市财政局" / "预算公开栏目.png", slurp(data / "portal.png"));
    write(t / "inbox" / "市财政局" / "预算公开栏目（微信转存）.jpg", slurp(data / "portal.jpg"));
    // Another unit's copy of the re-save (bytes after the JPEG's end: not the same sha256, so not
    // an exact duplicate).
    write(t / "inbox" / "南孟镇" / "截图.jpg", slurp(data / "portal.jpg") + "\n");
    const json j = build_report(t / "inbox", t / "out", t / "ws", " --include-review");

    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["source"] == "市财政局/预算公开栏目（微信转存）.jpg");
    CHECK(j["duplicates"][0]["same_as"] == "市财政局/预算公开栏目.png");  // the lossless original
    CHECK(j["duplicates"][0]["near"] == true);
    CHECK(file_of(j, "市财政局/预算公开栏目（微信转存）.jpg").is_null());
    const json kept = file_of(j, "市财政局/预算公开栏目.png");
    const json other = file_of(j, "南孟镇/截图.jpg");
    REQUIRE(kept.is_object());
    REQUIRE(other.is_object());
    CHECK(kept["near_group"].is_string());
    CHECK(kept["near_group"] == other["near_group"]);

    int images = 0;
    for (const auto& name : zip_names(t / "out" / "langfang-2020.zip"))
        images += name.ends_with(".png") || name.ends_with(".jpg");
    CHECK(images == 2);  // the kept PNG and the other unit's copy; the re-save not again

    // Equal inputs, equal output: another workspace, other --jobs, the same bytes.
    build_report(t / "inbox", t / "out2", t / "ws2", " --include-review", 1);
    CHECK(slurp(t / "out2" / "langfang-2020.zip") == slurp(t / "out" / "langfang-2020.zip"));
    // A warm re-run decodes no image again and says the same.
    const json again = build_report(t / "inbox", t / "out3", t / "ws", " --include-review", 3);
    CHECK(again["duplicates"] == j["duplicates"]);
    CHECK(slurp(t / "out3" / "langfang-2020.zip") == slurp(t / "out" / "langfang-2020.zip"));
}

TEST_CASE("near: a re-save is folded although only the original's light byline was read again",
          "[pipeline][near][e2e]") {
    // A phone screenshot with a light-grey byline (holdout8's 招生报名操作指南) and its q45 JPEG
    // re-save: the second OCR pass reads the PNG's byline, the JPEG's is lost — the pages' text is
    // otherwise the same, and the fingerprint leaves that line out.
    TempDir t;
    const std::filesystem::path from = DOSSIER_SOURCE_DIR "/tests/holdout8/inbox/教体局";
    write(t / "inbox" / "教体局" / "招生报名操作指南.png", slurp(from / "招生报名操作指南.png"));
    write(t / "inbox" / "教体局" / "招生报名操作指南(1).jpg", slurp(from / "招生报名操作指南(1).jpg"));
    const json j = build_report(t / "inbox", t / "out", t / "ws", " --include-review");
    const json kept = file_of(j, "教体局/招生报名操作指南.png");
    REQUIRE(kept.is_object());
    CHECK(kept["date_source"] != "none");  // its byline was read (by the second pass)
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["source"] == "教体局/招生报名操作指南(1).jpg");
    CHECK(j["duplicates"][0]["near"] == true);
}

TEST_CASE("near: a re-save whose OCR differs by more than a few characters is folded by its body",
          "[pipeline][near][e2e]") {
    // holdout9's 2019 年报 page on the 信息公开 platform and its JPEG re-save: 3 bits of pixels,
    // but OCR read the re-save differently enough (fingerprints 14 bits apart once each shingle
    // votes once) that only the bodies — the text without the platform's chrome, 0.52 alike —
    // say they are one page.
    TempDir t;
    const std::filesystem::path from = DOSSIER_SOURCE_DIR "/tests/holdout9/inbox/02-政务公开办";
    write(t / "inbox" / "政务公开办" / "年报-平台.png",
          slurp(from / "2019年政府信息公开工作年度报告-平台.png"));
    write(t / "inbox" / "政务公开办" / "年报截图(1).jpg", slurp(from / "年报截图(1).jpg"));
    const json j = build_report(t / "inbox", t / "out", t / "ws", " --include-review");
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["source"] == "政务公开办/年报截图(1).jpg");
    CHECK(j["duplicates"][0]["same_as"] == "政务公开办/年报-平台.png");
    CHECK(j["duplicates"][0]["near"] == true);
}

TEST_CASE("near: two look-alike pages in one unit dated differently are both kept",
          "[pipeline][near][e2e]") {
    // The same template text published each month (a 10月份 and a 9月份 通报: one body once the
    // digits are set aside) is two pieces of evidence. The bundled re-save pair, the JPEG pinned
    // to another date: the same pixels and body, dated apart — not folded.
    TempDir t;
    const std::filesystem::path data = DOSSIER_TEST_DATA "/images";
    write(t / "inbox" / "市财政局" / "预算公开栏目.png", slurp(data / "portal.png"));
    write(t / "inbox" / "市财政局" / "预算公开栏目（9月）.jpg", slurp(data / "portal.jpg"));
    const json before = build_report(t / "inbox", t / "out", t / "ws", " --include-review");
    REQUIRE(before["duplicates"].size() == 1);  // a re-save while both say the same date
    const json kept = file_of(before, "市财政局/预算公开栏目.png");
    REQUIRE(kept["published"].is_string());
    const std::string other = kept["published"] == "2020-09-01" ? "2020-10-01" : "2020-09-01";
    Result pin =
        run(dossier_cmd() + " assign " + q(t / "inbox" / "市财政局" / "预算公开栏目（9月）.jpg") +
            " --date " + other + " --workspace " + q(t / "ws"));
    REQUIRE(pin.code == 0);
    const json j = build_report(t / "inbox", t / "out2", t / "ws", " --include-review");
    CHECK(j["duplicates"].empty());
    CHECK(file_of(j, "市财政局/预算公开栏目（9月）.jpg")["published"] == other);
    CHECK(file_of(j, "市财政局/预算公开栏目.png").is_object());
}
