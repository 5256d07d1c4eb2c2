// Learning from confirmations (issue 19, pipeline/similar): real runs of the pipeline on inboxes
// made here (text files), pins made through the one door (apply_pin), a real workspace.
#include <catch2/catch.hpp>

#include "analysis/simhash.hpp"
#include "bundled_catalog.hpp"
#include "common/files.hpp"
#include "pipeline/pins.hpp"
#include "pipeline/run.hpp"

using namespace dossier;
using namespace dossier::test;

namespace {

// A policy interpretation by its content: 4.1 for the classifier.
const std::string kInterpretation =
    "《霸州市老旧小区改造实施方案》政策解读\n发布时间：2020-09-20\n"
    "一、出台背景。为做好政策解读工作，现对实施方案解读如下。\n"
    "二、主要内容。解读政策文件的目标任务和保障措施，明确改造范围、改造内容和资金来源。\n"
    "三、保障措施。各部门加强组织领导，按时完成改造任务，接受群众监督。\n";

struct Fixture {
    Scratch dir;
    std::filesystem::path inbox = dir / "inbox", ws = dir / "ws";

    RunResult check() const {
        RunConfig cfg;
        cfg.inbox = inbox;
        cfg.workspace = ws;
        cfg.as_of = *Date::parse_iso("2020-11-20");
        cfg.settle_seconds = 0;
        return run(cfg, bundled_catalog());
    }
    void pin(const std::string& source, const std::string& indicator) const {
        PinRequest req;
        req.file = source;
        req.indicator = indicator;
        apply_pin(ws, bundled_catalog(), req);
    }
};

const FileRecord* file_of(const RunResult& r, const std::string& source) {
    for (const FileRecord& f : r.ledger.files)
        if (f.source == source) return &f;
    return nullptr;
}

int bits_apart(const std::string& a, const std::string& b) {
    return hamming(text_simhash(a)->hash, text_simhash(b)->hash);
}

}  // namespace

TEST_CASE("similar: a pin on one member of a near-duplicate group confirms the group",
          "[pipeline][similar]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    std::string reshared = kInterpretation;  // re-shared with other line breaks
    for (size_t p = reshared.find('\n'); p != std::string::npos; p = reshared.find('\n', p + 4))
        reshared.replace(p, 1, "  \n\n");
    write(fx.inbox / "胜芳镇" / "转发解读.txt", reshared);
    RunResult before = fx.check();
    const FileRecord* copy = file_of(before, "胜芳镇/转发解读.txt");
    REQUIRE(copy);
    CHECK(copy->cls.indicator == "4.1");
    REQUIRE(copy->near_group);
    CHECK(file_of(before, "市政务公开办/解读.txt")->near_group == copy->near_group);

    fx.pin("市政务公开办/解读.txt", "4.3");
    RunResult after = fx.check();
    copy = file_of(after, "胜芳镇/转发解读.txt");
    REQUIRE(copy);
    CHECK(copy->cls.indicator == "4.3");
    CHECK_FALSE(copy->cls.pinned);
    CHECK_FALSE(copy->cls.review);
    CHECK(copy->cls.confidence >= 0.9);
    CHECK(copy->cls.similar_to == "市政务公开办/解读.txt");
    REQUIRE_FALSE(copy->cls.reasons.empty());
    CHECK(copy->cls.reasons[0].starts_with("与已确认的《"));
    CHECK(copy->cls.reasons[0].ends_with("》相似"));
    CHECK(copy->cls.runner_up == "4.1");
}

TEST_CASE("similar: a pin changes the mapping of a similar new file in the next run, even after "
          "the pinned file has left the inbox",
          "[pipeline][similar]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    REQUIRE(file_of(fx.check(), "市政务公开办/解读.txt")->cls.indicator == "4.1");
    fx.pin("市政务公开办/解读.txt", "4.3");
    std::filesystem::remove(fx.inbox / "市政务公开办" / "解读.txt");

    // Very similar (the same text re-typed, full-width digits, one line): the pinned indicator,
    // confident.
    std::string retyped = kInterpretation;
    retyped.replace(retyped.find("2020-09-20"), 10, "２０２０-０９-２０");
    std::erase(retyped, '\n');
    REQUIRE(bits_apart(retyped, kInterpretation) <= 3);
    // Only fairly similar (a paragraph added): the pinned indicator, for review.
    const std::string longer =
        kInterpretation + "四、解读机构：市住房和城乡建设局。\n";
    const int d = bits_apart(longer, kInterpretation);
    REQUIRE(d > 3);
    REQUIRE(d <= 10);
    write(fx.inbox / "南孟镇" / "政策解读.txt", retyped);
    write(fx.inbox / "市融媒体中心" / "解读（补充）.txt", longer);
    // Something else entirely keeps its own mapping.
    write(fx.inbox / "市财政局" / "预算公开.txt",
          "霸州市财政局2020年部门预算公开\n根据预算法，现将2020年部门预算及“三公”经费预算公开如下。\n");
    const RunResult r = fx.check();

    const FileRecord* sure = file_of(r, "南孟镇/政策解读.txt");
    REQUIRE(sure);
    CHECK(sure->cls.indicator == "4.3");
    CHECK_FALSE(sure->cls.review);
    CHECK(sure->cls.confidence >= 0.9);
    CHECK(sure->cls.similar_to == "市政务公开办/解读.txt");  // as the pin recorded it
    REQUIRE(sure->cls.reasons.size() >= 2);
    CHECK(sure->cls.reasons[0] == "与已确认的《解读.txt》相似");

    const FileRecord* fair = file_of(r, "市融媒体中心/解读（补充）.txt");
    REQUIRE(fair);
    CHECK(fair->cls.indicator == "4.3");
    CHECK(fair->cls.review);
    CHECK(fair->cls.confidence < 0.8);
    CHECK(fair->cls.reasons[0] == "与已确认的《解读.txt》相似");

    const FileRecord* other = file_of(r, "市财政局/预算公开.txt");
    REQUIRE(other);
    CHECK(other->cls.similar_to.empty());
    CHECK(other->cls.indicator != "4.3");

    // The same again on a re-run (stored in the workspace, nothing depends on order).
    const RunResult again = fx.check();
    CHECK(file_of(again, "南孟镇/政策解读.txt")->cls.reasons == sure->cls.reasons);
    CHECK(file_of(again, "市融媒体中心/解读（补充）.txt")->cls.confidence == fair->cls.confidence);
}

TEST_CASE("similar: a pin confirms a member grouped only by its body text under review when its "
          "own content pointed elsewhere",
          "[pipeline][similar]") {
    Fixture fx;
    write(fx.inbox / "市政务公开办" / "解读.txt", kInterpretation);
    // The same article re-shared by a town's portal: its own menu, byline and footer around it,
    // one sentence of its own — the same body, not a copy of the file.
    const std::string reshared =
        "首页 | 政务公开 | 政务服务 | 互动交流 | 走进胜芳\n当前位置：首页 > 政务公开 > 转载\n" +
        kInterpretation +
        "四、其他。本镇将结合实际认真抓好落实，镇政府办公室负责解释。\n"
        "主办单位：霸州市胜芳镇人民政府  网站标识码 1310810001  冀ICP备05001234号\n";
    REQUIRE(bits_apart(kInterpretation, reshared) > 3);  // not a near-copy by its fingerprint
    write(fx.inbox / "胜芳镇" / "转载.txt", reshared);
    RunResult before = fx.check();
    const FileRecord* town = file_of(before, "胜芳镇/转载.txt");
    REQUIRE(town);
    REQUIRE(town->near_group);
    CHECK(file_of(before, "市政务公开办/解读.txt")->near_group == town->near_group);
    CHECK(town->cls.indicator == "4.1");

    fx.pin("市政务公开办/解读.txt", "4.3");
    RunResult after = fx.check();
    town = file_of(after, "胜芳镇/转载.txt");
    REQUIRE(town);
    CHECK(town->cls.indicator == "4.3");  // it takes the pinned indicator …
    CHECK(town->cls.review);              // … but a person confirms it: its own evidence said 4.1
    CHECK(town->cls.confidence < 0.8);
    CHECK(town->cls.similar_to == "市政务公开办/解读.txt");

    // Agreeing with the pin, the same member is confirmed.
    fx.pin("市政务公开办/解读.txt", "4.1");
    RunResult agreed = fx.check();
    town = file_of(agreed, "胜芳镇/转载.txt");
    REQUIRE(town);
    CHECK(town->cls.indicator == "4.1");
    CHECK_FALSE(town->cls.review);
}
