// What a document is, not only what it is about: the genre rules come from the catalog (a test
// catalog changes the mapping), a page's breadcrumb is the publisher's own column, the best three
// are kept with their reasons, and on a small adversarial inbox of topic-vs-genre conflicts
// nothing confident is wrong.
#include <catch2/catch.hpp>

#include <algorithm>

#include "analysis/analyse.hpp"
#include "bundled_catalog.hpp"
#include "common/files.hpp"
#include "model/units.hpp"
#include "pipeline/classify.hpp"

using namespace dossier;
using dossier::test::bundled_catalog;

namespace {

struct Classified {
    FileRecord file;
    Classification cls;
};

Classified classify(const Catalog& cat, const std::string& source, const std::string& text) {
    ExtractResult x;
    PageText p;
    p.source = TextSource::text;
    p.text = text;
    x.pages.push_back(p);
    Classified c;
    c.file.source = source;
    c.file.unit = match_unit(cat, source.substr(0, source.find('/'))).unit;
    c.file.analysis = Analyser(cat).run(x, source, Date{2020, 11, 20});
    c.cls = Classifier(cat).classify(c.file, x.full_text());
    return c;
}

Classified classify(const std::string& source, const std::string& text) {
    return classify(bundled_catalog(), source, text);
}

bool has_reason(const std::vector<std::string>& reasons, std::string_view part) {
    return std::any_of(reasons.begin(), reasons.end(), [&](const std::string& r) {
        return r.find(part) != std::string::npos;
    });
}

// A reply to a CPPCC proposal whose whole subject is river pollution (环保 keywords throughout).
const std::string kRiverReply =
    "关于市政协十届四次会议第15号提案的答复\n"
    "霸提复〔2020〕15号\n"
    "张明委员：\n"
    "您提出的《关于加强中亭河黑臭水体治理的提案》收悉，现答复如下：\n"
    "一、黑臭水体治理。我局持续开展污染防治攻坚，大气污染、黑臭水体、面源污染治理同步推进，"
    "生态环境质量持续改善。\n二、下一步将加强环境质量监测，推进垃圾分类和固体废物处置。\n"
    "感谢您对生态环境工作的关心。\n廊坊市生态环境局霸州市分局\n2020年7月10日\n";

}  // namespace

TEST_CASE("classify genre: a proposal reply about river pollution proves the reply, not 环保",
          "[pipeline]") {
    const auto c = classify("廊坊市生态环境局霸州市分局/提案答复.txt", kRiverReply);
    CHECK(c.cls.genre == "提案答复");
    CHECK(c.cls.indicator == "1.5");
    CHECK(has_reason(c.cls.reasons, "文种为“提案答复”"));
    // The best three, best first, each with its reasons; 环保 is among them but not first.
    REQUIRE(c.cls.top.size() == 3);
    CHECK(c.cls.top[0].indicator == "1.5");
    CHECK(c.cls.top[0].score > c.cls.top[1].score);
    CHECK(std::any_of(c.cls.top.begin(), c.cls.top.end(),
                      [](const IndicatorChoice& t) { return t.indicator == "2.1"; }));
    for (const auto& t : c.cls.top) CHECK_FALSE(t.reasons.empty());
}

TEST_CASE("classify genre: the genre rules are catalog data", "[pipeline]") {
    // The bundled catalog, with 提案答复 moved from 1.5 to 6.2: the same letter now goes to 6.2.
    test::Scratch dir;
    std::string yaml = test::slurp(default_catalog_path());
    const auto drop = [&](const std::string& what, const std::string& with) {
        size_t p = yaml.find(what);
        REQUIRE(p != std::string::npos);
        yaml.replace(p, what.size(), with);
    };
    drop("calendars: [calendars/cn-2020.yaml, calendars/cn-2021.yaml]\n", "");
    drop("genres: [提案答复]", "genres: {penalise: [提案答复]}");
    drop("genres: {prove: [依申请答复], penalise:", "genres: {prove: [依申请答复, 提案答复], penalise:");
    test::write(dir / "moved.yaml", yaml);
    const Catalog moved = load_catalog(dir / "moved.yaml");
    const auto c = classify(moved, "廊坊市生态环境局霸州市分局/提案答复.txt", kRiverReply);
    CHECK(c.cls.genre == "提案答复");
    CHECK(c.cls.indicator == "6.2");
    const auto it = std::find_if(c.cls.top.begin(), c.cls.top.end(),
                                 [](const IndicatorChoice& t) { return t.indicator == "1.5"; });
    if (it != c.cls.top.end()) CHECK(has_reason(it->reasons, "通常不证明本项"));
}

TEST_CASE("classify genre: a page's breadcrumb is the publisher's own column", "[pipeline]") {
    // A screenshot's text: the site menu (noise), the breadcrumb, and a body that says little.
    const std::string page =
        "霸州市人民政府\n首页  政务公开  互动交流  办事服务  走进霸州\n"
        "当前位置：首页 > 政府信息公开 > 政策解读\n"
        "关于《霸州市城镇供热管理办法》的说明\n发布时间：2020-06-12\n"
        "办法明确了供热范围、收费方式和服务要求。\n";
    const auto c = classify("市政务公开办/网页截图.txt", page);
    CHECK(c.cls.crumbs == std::vector<std::string>{"政府信息公开", "政策解读"});
    CHECK(c.cls.indicator == "4.1");
    CHECK(has_reason(c.cls.reasons, "网页位置栏目‘政策解读’"));

    // The same page without its breadcrumb line: the column is no longer evidence.
    std::string no_crumbs = page;
    no_crumbs.erase(no_crumbs.find("当前位置"), no_crumbs.find("关于《") - no_crumbs.find("当前位置"));
    const auto d = classify("市政务公开办/网页截图.txt", no_crumbs);
    CHECK(d.cls.crumbs.empty());
    CHECK_FALSE(has_reason(d.cls.reasons, "网页位置栏目"));
}

TEST_CASE("classify genre: nothing confident is wrong on topic-vs-genre conflicts", "[pipeline]") {
    struct Item {
        std::string source, text, truth;
        bool must_be_right;
    };
    const std::vector<Item> inbox = {
        {"廊坊市生态环境局霸州市分局/提案答复.txt", kRiverReply, "1.5", true},
        {"南孟镇/低保公示.txt",
         "南孟镇2020年11月城乡低保新增对象公示\n根据《社会救助暂行办法》，经入户调查、民主评议，"
         "拟将以下家庭纳入最低生活保障：王某（南孟村）、李某（北孟村）。\n公示期为7天，"
         "如有异议请向镇民政办反映。\n特此公示。\n南孟镇人民政府\n2020年11月2日\n",
         "2.6", false},
        {"市民政局/年度报告.txt",
         "霸州市民政局2019年政府信息公开工作年度报告\n一、总体情况\n本年度围绕脱贫攻坚、养老服务、"
         "最低生活保障、疫情防控、垃圾分类、老旧小区改造、义务教育招生等公开政策文件。\n"
         "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
         "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n",
         "5.3", true},
        {"市政务公开办/解读.txt",
         "关于《霸州市大气污染防治攻坚实施方案》的政策解读\n一、出台背景\n为打好污染防治攻坚战，"
         "改善生态环境质量，治理大气污染和黑臭水体……\n二、主要内容\n三、解读机关及联系方式\n",
         "4.1", true},
        {"霸州市人民政府办公室/会议纪要.txt",
         "霸州市人民政府第35次常务会议纪要\n2020年6月18日，市长主持召开市政府常务会议。\n"
         "会议听取了市财政局关于2020年部门预算调整和项目支出、三公经费压减情况的汇报，"
         "会议研究决定：同意预算调整方案。\n参会人员：……\n",
         "1.1", false},
        {"市民政局/依申请答复书.txt",
         "政府信息公开申请答复书\n霸民依复〔2020〕3号\n刘某：\n本机关于2020年8月3日收到您提出的"
         "关于本村低保户名单及最低生活保障资金发放情况的政府信息公开申请，现答复如下：\n"
         "经查，您申请的信息属于公开范围，现予提供。\n",
         "6.2", false},
    };
    int confident_wrong = 0;
    for (const Item& item : inbox) {
        const auto c = classify(item.source, item.text);
        INFO(item.source << " → " << c.cls.indicator << " (" << c.cls.confidence
                         << (c.cls.review ? ", review" : "") << "), genre " << c.cls.genre);
        if (c.cls.indicator != item.truth && !c.cls.review) ++confident_wrong;
        CHECK((c.cls.indicator == item.truth || c.cls.review));
        if (item.must_be_right) CHECK(c.cls.indicator == item.truth);
    }
    CHECK(confident_wrong == 0);
}
