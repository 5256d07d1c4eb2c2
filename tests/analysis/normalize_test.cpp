#include <catch2/catch.hpp>

#include "analysis/normalize.hpp"

using namespace dossier;

TEST_CASE("normalize: full-width ASCII becomes half-width", "[pipeline]") {
    CHECK(normalize_text("２０２０年１１月３日　１０：２３") == "2020年11月3日 10:23");
    CHECK(normalize_text("ＡＢＣ（１）") == "ABC(1)");
}

TEST_CASE("normalize: quotes and brackets are unified", "[pipeline]") {
    CHECK(normalize_text("“六稳”‘六保’") == "\"六稳\"'六保'");
    CHECK(normalize_text("霸政办〔2020〕3号【2019】") == "霸政办[2020]3号[2019]");
}

TEST_CASE("normalize: OCR spaces between CJK characters are dropped, layout gaps kept",
          "[pipeline]") {
    CHECK(normalize_text("政 务 公 开") == "政务公开");
    CHECK(normalize_text("关于 2020 年 政务 公开") == "关于 2020 年政务公开");
    CHECK(normalize_text("2020年11月3日 10:23") == "2020年11月3日 10:23");
    CHECK(normalize_text("2020-11-03 10:23") == "2020-11-03 10:23");
    CHECK(normalize_text("情况     2020-04-14") == "情况     2020-04-14");
    CHECK(normalize_text("a b") == "a b");
    CHECK(normalize_text("行一\r\n行二") == "行一\n行二");
    // A tab is a spreadsheet's cell boundary, never OCR noise (holdout14's 移交清单: "接收人：马建国
    // \t日期：" became "马建国日期", and its date a 建国日期).
    CHECK(normalize_text("接收人：马建国\t日期：\t2020-06-30") == "接收人:马建国\t日期:\t2020-06-30");
}

TEST_CASE("normalize: offsets map back to the original text", "[pipeline]") {
    const std::string in = "政 务　公开：２０";
    const auto n = normalize_with_map(in);
    CHECK(n.text == "政务公开:20");
    REQUIRE(n.to_original.size() == n.text.size() + 1);
    const size_t colon = n.text.find(':');
    CHECK(in.substr(n.original_offset(colon), 3) == "：");
    const size_t kai = n.text.find("开");
    CHECK(in.substr(n.original_offset(kai), 3) == "开");
    CHECK(n.original_offset(n.text.size()) == in.size());
}

TEST_CASE("normalize: invalid UTF-8 passes through", "[pipeline]") {
    const std::string in = std::string("ab\xff") + "公开";
    CHECK(normalize_text(in) == in);
}
