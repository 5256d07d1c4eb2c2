// The classifier on the bundled catalog, with the real analyser: content first, names and titles
// weigh more than body text, thin evidence waits for review, pins always win.
#include <catch2/catch.hpp>

#include <algorithm>

#include "bundled_catalog.hpp"
#include "model/units.hpp"
#include "analysis/analyse.hpp"
#include "pipeline/classify.hpp"

using namespace dossier;
using dossier::test::bundled_catalog;

namespace {

// A text file at `source` (unit = its first folder, matched as the pipeline does).
struct Classified {
    FileRecord file;
    Classification cls;
    std::vector<IndicatorScore> scores;
};

Classified classify(const std::string& source, const std::string& text, ClassifyConfig config = {},
                    const std::string* pin = nullptr) {
    const Catalog& cat = bundled_catalog();
    ExtractResult x;
    PageText p;
    p.source = TextSource::text;
    p.text = text;
    x.pages.push_back(p);
    Classified c;
    c.file.source = source;
    c.file.unit = match_unit(cat, source.substr(0, source.find('/'))).unit;
    c.file.analysis = Analyser(cat).run(x, source, Date{2020, 11, 20});
    c.cls = Classifier(cat, config).classify(c.file, x.full_text(), pin, &c.scores);
    return c;
}

bool has_reason(const Classification& c, std::string_view start) {
    return std::any_of(c.reasons.begin(), c.reasons.end(),
                       [&](const std::string& r) { return r.starts_with(start); });
}

}  // namespace

TEST_CASE("classify: content decides even when the folder belongs to another unit", "[pipeline]") {
    // Filed by the finance bureau, but it is the county's policy-interpretation page (4.1).
    const auto c = classify("市财政局/新建文档.txt",
                            "关于《霸州市老旧小区改造实施方案》的政策解读\n"
                            "为做好政策解读工作，现就实施方案的出台背景、主要内容解读如下。\n"
                            "一、出台背景\n二、主要内容\n三、解读机关及联系方式\n");
    CHECK(c.cls.indicator == "4.1");  // (whether it is sure enough to skip review is calibration's)
    CHECK(has_reason(c.cls, "标题含"));
    CHECK(c.cls.confidence > 0.5);
    REQUIRE(c.scores.size() > 1);
    CHECK(c.scores[0].score > c.scores[1].score);
}

TEST_CASE("classify: one stray keyword in the body is thin evidence and waits for review",
          "[pipeline]") {
    // A drug-inspection notice: only 投诉举报 (a 6.3 keyword) links it to any indicator.
    const auto c = classify("市市场监督管理局/药品抽检信息公告.txt",
                            "2020年第三季度药品质量抽检信息公告\n"
                            "本季度共抽检药品120批次，合格118批次。\n"
                            "对不合格产品已依法处置。欢迎社会各界投诉举报。\n");
    CHECK(c.cls.review);
    CHECK(has_reason(c.cls, "证据单薄"));
    REQUIRE_FALSE(c.scores.empty());
    CHECK(c.scores[0].keywords <= 1);
    CHECK_FALSE(c.scores[0].named);
}

TEST_CASE("classify: the review threshold is configurable", "[pipeline]") {
    const std::string text =
        "霸州市人民政府信息公开指南\n本指南说明公开的范围、公开方式，"
        "依申请公开的受理机构和办理流程。\n";
    const auto normal = classify("市政务公开办/指南.txt", text);
    CHECK(normal.cls.indicator == "5.1");
    CHECK_FALSE(normal.cls.review);
    ClassifyConfig strict;
    strict.review_threshold = 1.0;  // a calibrated confidence can exceed 0.99
    const auto checked = classify("市政务公开办/指南.txt", text, strict);
    CHECK(checked.cls.indicator == "5.1");
    CHECK(checked.cls.review);
    CHECK(has_reason(checked.cls, "置信度"));
}

TEST_CASE("classify: a pin wins with full confidence and keeps the content's choice as runner-up",
          "[pipeline]") {
    const std::string pin = "8.2";
    const auto c =
        classify("市政务公开办/指南.txt",
                 "霸州市人民政府信息公开指南\n公开的范围、公开方式、受理机构。\n", {}, &pin);
    CHECK(c.cls.indicator == "8.2");
    CHECK(c.cls.pinned);
    CHECK_FALSE(c.cls.review);
    CHECK(c.cls.confidence == 1.0);
    CHECK(c.cls.runner_up == "5.1");
}

TEST_CASE("classify: the county's 26-domain catalog is 3.1 although its name says 基层",
          "[pipeline]") {
    // 标准目录 inside 基层政务公开标准目录 no longer counts twice for 3.2.
    const auto c =
        classify("市政务公开办/霸州市基层政务公开标准目录.txt",
                 "霸州市基层政务公开标准目录（26个试点领域）\n"
                 "序号\t领域\t公开事项\t公开主体\n1\t重大建设项目\t批准服务信息\t市发展和改革局\n");
    CHECK(c.cls.indicator == "3.1");
}

TEST_CASE("classify: a township's 基层政务公开标准目录 that cites the 26 domains is 3.2",
          "[pipeline]") {
    // 基层政务公开标准目录 names both levels' directories; the township decides, not the 26
    // domains its preface cites.
    const auto c = classify("东杨庄乡/目录截图.txt",
                            "东杨庄乡基层政务公开标准目录\n根据《霸州市全面推进基层政务公开标准化规范化"
                            "工作实施方案》要求，东杨庄乡对照国务院部门制定的26个试点领域标准指引，"
                            "编制了基层政务公开标准目录和村务公开事项标准目录。\n"
                            "序号\t公开事项\t公开时限\n1\t城乡最低生活保障\t20个工作日\n");
    CHECK(c.cls.indicator == "3.2");
}

TEST_CASE("classify: the county's column 基层政务公开标准目录 listing its 26 domains is 3.1",
          "[pipeline]") {
    const auto c = classify("市政务公开办/标准目录栏目.txt",
                            "当前位置：首页 > 政务公开 > 基层政务公开标准目录\n基层政务公开标准目录\n"
                            "按照国务院办公厅要求，我市编制完成26个试点领域政务公开事项标准目录，"
                            "点击领域名称查看。\n· 城乡规划领域政务公开事项标准目录 2020-10-30\n"
                            "· 重大建设项目领域政务公开事项标准目录 2020-10-30\n"
                            "· 义务教育领域政务公开事项标准目录 2020-10-28\n");
    CHECK(c.cls.indicator == "3.1");
}

TEST_CASE("classify: a feasibility study's approval is a major project's 批准结果 (2.10)",
          "[pipeline]") {
    // No word of the leaf's own name: the approval of a 可行性研究报告 or an 初步设计 is what 2.10
    // calls 批准结果.
    const auto c = classify("市行政审批局/扫描件0023.txt",
                            "霸州市行政审批局\n霸审批投资〔2020〕63号\n"
                            "关于霸州市污水处理厂提标改造工程可行性研究报告的批复\n"
                            "霸州市住房和城乡建设局：\n你局《关于霸州市污水处理厂提标改造工程可行性研究"
                            "报告的请示》收悉。经研究，批复如下：\n一、原则同意该工程。\n"
                            "二、项目总投资18960万元。\n三、请据此开展初步设计等工作。\n"
                            "霸州市行政审批局\n二〇二〇年五月二十七日\n");
    CHECK(c.cls.indicator == "2.10");
}
