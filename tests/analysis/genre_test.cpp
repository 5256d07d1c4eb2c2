// Genres come from the catalog (a test catalog changes the outcome), the bundled catalog's genres
// recognise the usual 文种 from titles, 文号 and formulas, the loader rejects bad genre data with
// file:line, and breadcrumbs are read from the breadcrumb line only.
#include <catch2/catch.hpp>

#include <string>

#include "analysis/crumbs.hpp"
#include "analysis/genre.hpp"
#include "bundled_catalog.hpp"
#include "common/files.hpp"
#include "model/catalog.hpp"
#include "model/genres.hpp"

using namespace dossier;
using dossier::test::bundled_catalog;

namespace {

// A small valid catalog with `genres_yaml` at the top level and `links` as leaf 1.1's genres.
std::string small_catalog(const std::string& genres_yaml, const std::string& links) {
    return "id: t\ntitle: 测试目录\nyear: 2020\ntotal_points: 2\n"
           "assessment_period: {start: 2020-01-01, end: 2020-12-31}\n"
           "submission_window: {start: 2020-11-23, end: 2020-11-27}\n"
           "units:\n  - name: 市政务公开办\n" +
           genres_yaml +
           "indicators:\n"
           "  - id: \"1\"\n    name: 甲\n    points: 2\n    children:\n"
           "      - id: \"1.1\"\n        name: 乙\n        points: 1\n        method: 查阅资料\n"
           "        units: [市政务公开办]\n        keywords: [乙事项]\n" +
           (links.empty() ? "" : "        genres: " + links + "\n") +
           "      - id: \"1.2\"\n        name: 丙\n        points: 1\n        method: 查阅资料\n"
           "        units: [市政务公开办]\n        keywords: [丙事项]\n";
}

// Loads `yaml` as a catalog (validating it) and returns its genre rules.
GenreRules load_text(const test::Scratch& dir, const std::string& yaml) {
    test::write(dir / "catalog.yaml", yaml);
    load_catalog(dir / "catalog.yaml");
    return load_genre_rules(dir / "catalog.yaml");
}

std::string load_error(const test::Scratch& dir, const std::string& yaml) {
    try {
        load_text(dir, yaml);
    } catch (const CatalogError& e) {
        return e.what();
    }
    return "(loaded without error)";
}

GenreGuess bundled(std::string_view title, std::string_view text, std::string_view name = "") {
    static const GenreDetector detector(load_genre_rules(bundled_catalog().file));
    return detector.detect(title, name, text);
}

}  // namespace

TEST_CASE("genre: the patterns are the catalog's, so another catalog decides otherwise",
          "[analysis]") {
    test::Scratch dir;
    const std::string text = "各村：\n现将有关事项通知如下。\n特此通知。\n";
    const GenreRules a = load_text(
        dir, small_catalog("genres:\n  - id: 通知\n    formulas: ['现将.{0,30}通知如下', '特此通知']\n",
                           "[通知]"));
    REQUIRE(a.genres.size() == 1);
    REQUIRE(a.links.count("1.1") == 1);
    REQUIRE(a.links.at("1.1").size() == 1);
    CHECK(a.links.at("1.1")[0].genre == "通知");
    CHECK(a.links.at("1.1")[0].effect == GenreLink::Effect::prove);
    CHECK(a.links.count("1.2") == 0);
    GenreGuess g = GenreDetector(a).detect("关于开展检查的安排", "", text);
    CHECK(g.id == "通知");
    CHECK(g.confidence == Approx(0.75));  // two formulas: 1 - 0.5 × 0.5
    REQUIRE(g.why.size() == 2);
    CHECK(g.why[1] == "含‘特此通知’");

    // The same text under a catalog whose 通知 is recognised by its title only: no genre.
    const GenreRules b = load_text(
        dir, small_catalog("genres:\n  - id: 通知\n    title: ['的通知$']\n",
                           "{boost: [通知], penalise: []}"));
    CHECK(b.links.at("1.1")[0].effect == GenreLink::Effect::boost);
    CHECK(GenreDetector(b).detect("关于开展检查的安排", "", text).id.empty());
    CHECK(GenreDetector(b).detect("关于开展检查的通知", "", text).id == "通知");
    // A title pattern also reads the file name (without its extension), with less weight.
    GenreGuess by_name = GenreDetector(b).detect("", "关于开展检查的通知", text);
    CHECK(by_name.id == "通知");
    CHECK(by_name.confidence == Approx(0.6));
}

TEST_CASE("genre: the loader rejects bad genre data naming file and line", "[analysis]") {
    test::Scratch dir;
    // An invalid regular expression: reported at the pattern's line (11: after seven top-level
    // lines, the unit, `genres:` and the genre's id).
    std::string err = load_error(dir, small_catalog("genres:\n  - id: 公示\n    title: ['公示(']\n", ""));
    CHECK(err.find("catalog.yaml:11:") != std::string::npos);
    CHECK(err.find("不是有效的正则表达式") != std::string::npos);
    // An indicator naming an undefined genre.
    err = load_error(dir, small_catalog("genres:\n  - id: 公示\n    title: ['公示']\n", "[公告]"));
    CHECK(err.find("未定义的文种“公告”") != std::string::npos);
    CHECK(err.find("catalog.yaml:") != std::string::npos);
    // A genre without any pattern, an unknown effect.
    err = load_error(dir, small_catalog("genres:\n  - id: 公示\n", ""));
    CHECK(err.find("没有任何识别规则") != std::string::npos);
    err = load_error(dir, small_catalog("genres:\n  - id: 公示\n    title: ['公示']\n",
                                        "{proves: [公示]}"));
    CHECK(err.find("未知字段“proves”") != std::string::npos);
}

TEST_CASE("genre: the bundled catalog recognises the usual document genres", "[analysis]") {
    CHECK(bundled("关于市政协十届四次会议第15号提案的答复",
                  "张委员：\n您提出的《关于加强中亭河污染治理的提案》收悉，现答复如下：")
              .id == "提案答复");
    CHECK(bundled("政府信息公开申请答复书",
                  "霸政公开依复〔2020〕6号\n王某某：\n本机关于2020年5月6日收到您提出的关于拆迁补偿的"
                  "政府信息公开申请，现答复如下：")
              .id == "依申请答复");
    CHECK(bundled("霸州市民政局2019年政府信息公开工作年度报告",
                  "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况")
              .id == "年度报告");
    GenreGuess g = bundled("南孟镇2020年11月城乡低保新增对象公示",
                           "经村民代表评议、镇审核，拟新增低保对象如下：……\n公示期为7天。");
    CHECK(g.id == "公示");
    CHECK(g.confidence > 0.8);
    // A 文号 and the notice formulas, without a telling title.
    g = bundled("", "霸政办发〔2020〕12号\n各乡镇人民政府：\n现将《工作要点》印发给你们，通知如下。\n特此通知。");
    CHECK(g.id == "通知");
    CHECK(bundled("关于《霸州市大气污染防治实施方案》的政策解读", "一、出台背景\n二、主要内容").id ==
          "解读");
    CHECK(bundled("", "天气晴。", "随手拍.jpg").id.empty());
    // A review decision quotes the reply it reviews; a reply names review and suit as remedies.
    CHECK(bundled("行政复议决定书",
                  "霸政复决字〔2020〕第9号\n申请人：周某\n被申请人：霸州市司法局\n申请人不服被申请人"
                  "作出的《政府信息公开申请答复书》，申请行政复议。\n经审理查明：被申请人依据《中华人民"
                  "共和国政府信息公开条例》第十五条作出不予公开答复。\n本机关决定：维持。")
              .id == "复议诉讼");
    CHECK(bundled("政府信息公开申请答复书",
                  "霸司公开依复〔2020〕3号\n王某某：\n本机关收到您提出的政府信息公开申请，现答复如下："
                  "……\n如不服本答复，可在收到之日起60日内申请行政复议，或6个月内提起行政诉讼。")
              .id == "依申请答复");
    // The application form page proves the channel is open, not a reply.
    CHECK(bundled("政府信息公开申请",
                  "依据《中华人民共和国政府信息公开条例》，您可以向各行政机关申请获取政府信息。\n申请人\n"
                  "证件号码\n联系电话\n申请内容\n受理机关\n申请须知 进度查询")
              .id == "申请表单");
    CHECK(bundled("", "政府信息公开申请\n申请人\n联系电话\n申请内容\n获取方式\n首页 办事 资讯 我的").id ==
          "申请表单");
    // An issue of the gazette (its title is the masthead and issue line, analysis/title.cpp).
    CHECK(bundled("霸州市人民政府公报 2020年第2期（总第14期）",
                  "霸州市人民政府公报\n2020年第2期（总第14期）\n霸州市人民政府办公室编印\n目 录\n"
                  "霸州市人民政府关于印发霸州市养老服务体系建设实施意见的通知……2\n")
              .id == "政府公报");
    // A 公众号's history groups its posts under full dates, each alone on its line; a portal's
    // list page ends each title with its date — a list, not an account's posts.
    GenreGuess history = bundled("", "霸州发布\n霸州市人民政府新闻办公室官方公众号\n2020年11月18日\n"
                                     "霸州这些地方供暖管网完成改造\n秋冬季防火提示\n2020年11月16日\n"
                                     "我市召开秋冬季大气污染防治推进会\n2020年11月13日\n第三届温泉文化节开幕\n"
                                     "2020年11月11日\n关于调整部分公交线路的通告\n");
    CHECK(history.id == "账号动态");
    REQUIRE(!history.why.empty());
    CHECK(history.why.back() == "含‘2020年11月18日…’");  // one line of the match, not the list
    CHECK(bundled("", "通知公告\n霸州这些地方供暖管网完成改造 2020年11月18日\n秋冬季防火提示 2020年11月16日\n"
                      "大气污染防治推进会 2020年11月13日\n温泉文化节开幕 2020年11月11日\n")
              .id.empty());
    // A notice that only mentions the gazette is a notice.
    CHECK(bundled("关于做好2020年政府公报编印工作的通知",
                  "霸政办字〔2020〕8号\n各部门：\n现将政府公报编印工作通知如下。\n特此通知。")
              .id == "通知");
}

TEST_CASE("genre: an envelope (关于印发《…》的通知) is of the genre of the document it carries",
          "[analysis]") {
    const std::string text = "各乡镇、各部门：\n现将《规范》印发给你们，请认真贯彻执行。\n特此通知。";
    // A rule sent with a notice is a rule: 6.2 (replies) penalises it, 5.2 (rules) is boosted.
    GenreGuess g = bundled("霸州市人民政府办公室关于印发霸州市政府信息公开申请办理工作规范的通知", text);
    CHECK(g.id == "制度");
    REQUIRE(!g.why.empty());
    CHECK(g.why[0] == "所印发的《霸州市政府信息公开申请办理工作规范》含‘规范’");
    CHECK(bundled("关于印发《霸州市政务公开工作实施方案》的通知", text).id == "方案");
    // A carried document whose name shows no genre of its own: the envelope stays a 通知.
    CHECK(bundled("关于印发2020年政务公开工作要点的通知", text).id == "通知");
    CHECK(bundled("关于转发廊坊市人民政府办公室关于做好政务公开工作的通知的通知", text).id == "通知");

    // `carries` is catalog data: without it, the same title is a 通知.
    test::Scratch dir;
    const std::string genres =
        "genres:\n  - id: 制度\n    title: ['规范$']\n"
        "  - id: 通知\n    title: ['的通知$']\n";
    const GenreRules plain = load_text(dir, small_catalog(genres, ""));
    CHECK(GenreDetector(plain).detect("关于印发办理规范的通知", "", text).id == "通知");
    const GenreRules carrying =
        load_text(dir, small_catalog(genres + "    carries: ['印发(.{2,40})的通知$']\n", ""));
    CHECK(GenreDetector(carrying).detect("关于印发办理规范的通知", "", text).id == "制度");
    // A pattern without exactly one capturing group is refused, with its line.
    const std::string err = load_error(
        dir, small_catalog(genres + "    carries: ['印发.{2,40}的通知$']\n", ""));
    CHECK(err.find("catalog.yaml:") != std::string::npos);
    CHECK(err.find("应恰有一个捕获组") != std::string::npos);
}

TEST_CASE("crumbs: the breadcrumb line, its separators and OCR noise", "[analysis]") {
    CHECK(find_crumbs("霸州市人民政府\n当前位置：首页 > 政府信息公开 > 政策解读\n标题") ==
          std::vector<std::string>{"首页", "政府信息公开", "政策解读"});
    CHECK(find_crumbs("您的位置: 首页＞信息公开＞法定主动公开内容＞年度报告") ==
          std::vector<std::string>{"首页", "信息公开", "法定主动公开内容", "年度报告"});
    CHECK(find_crumbs("首页 » 政务公开 » 重点领域 » 社会救助 » 正文") ==
          std::vector<std::string>{"首页", "政务公开", "重点领域", "社会救助"});
    CHECK(find_crumbs("当前位直 首页 / 政府信息公开 / 依申请公开") ==
          std::vector<std::string>{"首页", "政府信息公开", "依申请公开"});
    // The site menu is not a breadcrumb.
    CHECK(find_crumbs("首页  政务公开  政策解读  互动交流  办事服务\n正文").empty());
    // The article title glued on by OCR ends the list.
    CHECK(find_crumbs("当前位置：首页>政策解读>关于印发霸州市二〇二〇年城镇老旧小区改造工作实施方案的通知的政策解读") ==
          std::vector<std::string>{"首页", "政策解读"});
    CHECK(evidence_crumbs({"首页", "政府信息公开", "政策解读"}) ==
          std::vector<std::string>{"政府信息公开", "政策解读"});
    CHECK(evidence_crumbs({"首页", "政策解读"}) == std::vector<std::string>{"政策解读"});
    CHECK(evidence_crumbs({"政策解读"}) == std::vector<std::string>{"政策解读"});
}
