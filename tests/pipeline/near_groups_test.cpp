// Near-duplicate groups for review (issue 19, pipeline/near with analysis/minhash): the body text
// of a page — without its portal chrome — decides, so the same notice on two portals with other
// chrome is one group, pages that only share a township template are not, and the same template
// text with another town's name is one group for review, never folded. The real binary on inboxes
// written here (text pages as a portal's saved text; the bundled screenshot and its JPEG re-save
// for the fold).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "analysis/minhash.hpp"
#include "analysis/simhash.hpp"
#include "report_harness.hpp"

using namespace dossier::test;
using nlohmann::json;

namespace {

// A township's portal: header, menu, breadcrumb, byline, side column and footer.
std::string town_page(const std::string& town, const std::string& title, const std::string& body) {
    return "今天是：2020年11月16日 星期一 欢迎访问霸州市" + town + "人民政府网站 无障碍浏览 | 长者模式\n霸州市" +
           town + "人民政府\n首页 政务公开 政务服务 村务公开 互动交流\n当前位置：首页 > 政务公开 > 通知公告\n" +
           title + "\n发布时间：2020-07-21 来源：霸州市应急管理局 转载：" + town + "党政办\n" + body +
           "\n通知公告\n秋季防火通告\n冬季供暖保障工作安排\n主办：霸州市" + town +
           "人民政府 网站标识码：1310810021 冀ICP备05003321号\n";
}

// A county department's portal: other chrome entirely.
std::string bureau_page(const std::string& title, const std::string& body) {
    return "霸州市应急管理局\n网站首页 | 机构概况 | 应急动态 | 安全生产 | 防灾减灾\n您的位置：网站首页 » "
           "通知公告 » 正文\n" +
           title + "\n日期：2020年07月20日 【字体：大 中 小】 打印本页 关闭窗口\n" + body +
           "\n上一篇：关于开展安全生产月活动的通知\n版权所有：霸州市应急管理局 技术支持：霸州市融媒体中心\n";
}

const std::string kFlood =
    "各村（街）、各站所：\n据气象部门预测，7月下旬我市将进入主汛期。为做好2020年防汛工作，确保人民群众"
    "生命财产安全，现就有关事项通知如下：\n一、落实防汛责任制，7月25日前完成辖区内河道、坑塘隐患排查，"
    "建立隐患台账，逐项明确整改责任人和整改时限。\n二、严格执行汛期24小时值班和领导带班制度，遇有重大汛情"
    "及时报告。\n三、做好防汛物资储备，组织抢险队伍开展演练。\n霸州市应急管理局 2020年7月20日";

// The flood notice as an OCR of a JPEG screenshot reads it: a few characters wrong, spaces, other
// line breaks.
std::string ocred(std::string s) {
    auto swap = [&](const std::string& from, const std::string& to) {
        if (auto at = s.find(from); at != std::string::npos) s.replace(at, from.size(), to);
    };
    swap("气象部门", "气象部门 ");
    swap("主汛期", "主讯期");
    swap("隐患排查", "隐患排 查");
    swap("值班", "值斑");
    swap("物资储备", "物资储各");
    swap("霸州市应急管理局 2020年7月20日", "需州市应急和理局 2020年?月20日");
    swap("，确保人民群众", "，确保人民\n群众");
    return s;
}

const std::string kDibao =
    "根据《社会救助暂行办法》和《河北省最低生活保障审核审批办法》，经村民委员会民主评议、镇政府审核，"
    "拟新增以下家庭为最低生活保障对象，现予公示。公示期为七天，如有异议，请于公示期内向镇民政所反映。"
    "张某某，三口之家，月保障金额一千零二十元；李某某，两口之家，月保障金额六百八十元。";
const std::string kEnrol =
    "为做好二〇二〇年秋季中心小学一年级新生入学工作，现将招生范围、报名时间和所需材料公告如下。"
    "招生对象为二〇一四年九月一日至二〇一五年八月三十一日出生的适龄儿童。报名时请携带户口簿、房产证明"
    "和儿童预防接种证。";
const std::string kTraining =
    "10月29日，镇政府组织各村（街）村务公开专干和镇直站所信息员30余人开展政务公开业务培训。培训解读了"
    "基层政务公开标准目录和村务公开事项目录的填报要求，并现场演示了信息发布流程。";

// One town's 信息公开指南 on the shared template text: only names, offices and numbers differ.
std::string guide(const std::string& town, const std::string& office, const std::string& tel) {
    return "为便于公民、法人和其他组织获取" + town + "政府信息，根据《中华人民共和国政府信息公开条例》，"
           "编制本指南。\n一、主动公开：" + town + "机构职能、规范性文件、财政预决算、村务公开等信息，"
           "在信息公开平台“" + town + "”栏目公开。\n二、依申请公开：受理机构为" + office + "，联系电话" +
           tel + "，通过信函、当面、网络方式申请。\n三、本指南自公布之日起施行。";
}

}  // namespace

TEST_CASE("minhash: chrome lines by wording, Jaccard of 3-shingles survives OCR misreads",
          "[analysis][near]") {
    using namespace dossier;
    CHECK(chrome_line("当前位置：首页 > 政务公开 > 通知公告"));
    CHECK(chrome_line("【字体：大 中 小】 打印本页 关闭窗口"));
    CHECK(chrome_line("网站标识码：1310810021 冀ICP备05003321号"));
    CHECK(chrome_line("发布时间：2020-07-21 来源：霸州市应急管理局"));
    CHECK_FALSE(chrome_line("二、严格执行汛期24小时值班和领导带班制度，遇有重大汛情及时报告。"));
    const auto a = shingle_set(significant_chars(kFlood));
    const auto b = shingle_set(significant_chars(ocred(kFlood)));
    const auto c = shingle_set(significant_chars(kDibao));
    CHECK(jaccard(a, b) > 0.8);
    CHECK(jaccard(a, c) < 0.1);
    CHECK(jaccard(a, a) == 1.0);
    // The MinHash estimate is within a few standard errors of the exact value.
    CHECK(std::abs(minhash_similarity(minhash(a), minhash(b)) - jaccard(a, b)) < 0.15);
    CHECK(minhash_similarity(minhash(a), minhash(c)) < 0.25);
}

TEST_CASE("near groups: a notice re-shared on two portals is one group of two files, pages that "
          "only share the township template are not grouped, the same template text is a group "
          "and never folded",
          "[pipeline][near][e2e]") {
    TempDir t;
    const auto inbox = t / "inbox";
    // The same notice: a township's re-share (OCR-like text) and the bureau's own page.
    write(inbox / "王庄子乡" / "转发防汛通知.txt",
          town_page("王庄子乡", "关于做好2020年主汛期防汛工作的通知（转发）", ocred(kFlood)));
    write(inbox / "市应急管理局" / "防汛工作通知.txt",
          bureau_page("关于做好2020年主汛期防汛工作的通知", kFlood));
    // A third copy: the notice's short lines now recur in three files, and are still its body.
    write(inbox / "康仙庄乡" / "防汛通知.txt",
          town_page("康仙庄乡", "关于做好2020年主汛期防汛工作的通知", kFlood));
    // Three towns' own pages on one template, each with its own article.
    write(inbox / "胜芳镇" / "低保新增对象公示.txt", town_page("胜芳镇", "低保新增对象公示", kDibao));
    write(inbox / "南孟镇" / "秋季招生公告.txt", town_page("南孟镇", "中心小学秋季招生公告", kEnrol));
    write(inbox / "信安镇" / "业务培训.txt", town_page("信安镇", "开展政务公开业务培训", kTraining));
    // Two towns' 信息公开指南: one template text, their own names and numbers (one unit holds both
    // its own and a neighbour's copy: still not folded, the texts differ).
    write(inbox / "东杨庄乡" / "信息公开指南.txt",
          town_page("东杨庄乡", "东杨庄乡政府信息公开指南", guide("东杨庄乡", "乡政府办公室", "0316-7881xxx")));
    write(inbox / "东杨庄乡" / "参考：堂二里镇指南.txt",
          town_page("堂二里镇", "堂二里镇政府信息公开指南", guide("堂二里镇", "党政综合办", "0316-7791xxx")));
    const json j = build_report(inbox, t / "out", t / "ws", " --include-review");

    const json a = file_of(j, "王庄子乡/转发防汛通知.txt"), b = file_of(j, "市应急管理局/防汛工作通知.txt");
    REQUIRE(a.is_object());
    REQUIRE(b.is_object());  // two files, each its unit's evidence
    REQUIRE(a["near_group"].is_string());
    CHECK(a["near_group"] == b["near_group"]);
    CHECK(file_of(j, "康仙庄乡/防汛通知.txt")["near_group"] == a["near_group"]);
    CHECK(a["path"].is_string());
    CHECK(b["path"].is_string());

    for (const char* own : {"胜芳镇/低保新增对象公示.txt", "南孟镇/秋季招生公告.txt", "信安镇/业务培训.txt"}) {
        INFO(own);
        CHECK(file_of(j, own)["near_group"].is_null());
    }

    const json g1 = file_of(j, "东杨庄乡/信息公开指南.txt"), g2 = file_of(j, "东杨庄乡/参考：堂二里镇指南.txt");
    REQUIRE(g1.is_object());
    REQUIRE(g2.is_object());
    REQUIRE(g1["near_group"].is_string());
    CHECK(g1["near_group"] == g2["near_group"]);
    CHECK(g1["near_group"] != a["near_group"]);
    CHECK(j["duplicates"].empty());  // groups are for review; nothing here is folded

    // A warm re-run (texts and fingerprints from the workspace) finds the same groups.
    const json again = build_report(inbox, t / "out2", t / "ws", " --include-review");
    CHECK(file_of(again, "王庄子乡/转发防汛通知.txt")["near_group"] == a["near_group"]);
    CHECK(file_of(again, "东杨庄乡/信息公开指南.txt")["near_group"] == g1["near_group"]);
    CHECK(file_of(again, "胜芳镇/低保新增对象公示.txt")["near_group"].is_null());
}

TEST_CASE("near groups: a re-save within one unit is still folded and the kept image is in no group",
          "[pipeline][near][e2e]") {
    TempDir t;
    const std::filesystem::path data = DOSSIER_TEST_DATA "/images";
    write(t / "inbox" / "岔河集乡" / "政务公开培训.png", slurp(data / "portal.png"));
    write(t / "inbox" / "岔河集乡" / "政务公开培训(1).jpg", slurp(data / "portal.jpg"));
    write(t / "inbox" / "胜芳镇" / "低保新增对象公示.txt", town_page("胜芳镇", "低保新增对象公示", kDibao));
    const json j = build_report(t / "inbox", t / "out", t / "ws", " --include-review");
    REQUIRE(j["duplicates"].size() == 1);
    CHECK(j["duplicates"][0]["source"] == "岔河集乡/政务公开培训(1).jpg");
    CHECK(j["duplicates"][0]["same_as"] == "岔河集乡/政务公开培训.png");
    CHECK(j["duplicates"][0]["near"] == true);
    CHECK(file_of(j, "岔河集乡/政务公开培训(1).jpg").is_null());
    // Alone in files[] now: no group id.
    CHECK(file_of(j, "岔河集乡/政务公开培训.png")["near_group"].is_null());
    CHECK(file_of(j, "胜芳镇/低保新增对象公示.txt")["near_group"].is_null());
}
