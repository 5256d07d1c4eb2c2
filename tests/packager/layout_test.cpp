#include <catch2/catch.hpp>

#include "fixture.hpp"
#include "model/encoding.hpp"
#include "packager/layout.hpp"

using namespace dossier;

TEST_CASE("layout: clean_component replaces what Windows forbids", "[packager]") {
    CHECK(layout::clean_component("a<b>c:d\"e/f\\g|h?i*j") == "a_b_c_d_e_f_g_h_i_j");
    CHECK(layout::clean_component("line\nbreak\ttab") == "line_break_tab");
    CHECK(layout::clean_component("trailing. . ") == "trailing");
    CHECK(layout::clean_component("CON") == "CON_");
    CHECK(layout::clean_component("nul.txt") == "nul_.txt");
    CHECK(layout::clean_component("COM1.tar.gz") == "COM1_.tar.gz");
    CHECK(layout::clean_component("...") == "_");
    CHECK(layout::clean_component("正常的名字.pdf") == "正常的名字.pdf");
    // Not UTF-8 (GBK bytes of 中文): decoded, never left invalid.
    const std::string cleaned = layout::clean_component("\xD6\xD0\xCE\xC4.doc");
    CHECK(encoding::is_valid_utf8(cleaned));
    CHECK(cleaned == "中文.doc");
    CHECK(encoding::is_valid_utf8(layout::clean_component("bad\xFF\xFE.txt")));
    // GBK-only mode: an emoji cannot be written in GBK.
    CHECK(layout::clean_component("报告😀.txt", true) == "报告_.txt");
}

TEST_CASE("layout: clean_component drops zero-width and direction controls", "[packager]") {
    CHECK(layout::clean_component("关于\u202Efdp.txt") == "关于fdp.txt");
    CHECK(layout::clean_component("\uFEFF零\u200B宽\u200D.txt") == "零宽.txt");
    CHECK(layout::clean_component("隔离\u2066右\u2069\u202A\u202C.txt") == "隔离右.txt");
    CHECK(layout::clean_component("\u202E") == "_");
    CHECK(layout::clean_component("下一行\u0085控制.txt") == "下一行_控制.txt");
}

TEST_CASE("layout: shorten keeps the extension and character boundaries", "[packager]") {
    std::string name;
    for (int i = 0; i < 100; ++i) name += "长";
    name += ".docx";
    const auto s = layout::shorten(name, 100, 1000);
    CHECK(s.size() <= 100);
    CHECK(s.ends_with(".docx"));
    CHECK(encoding::is_valid_utf8(s));
    CHECK(layout::shorten("short.txt", 100, 100) == "short.txt");
    CHECK(layout::utf16_length("长a") == 2);
}

TEST_CASE("layout: plan places files by indicator, unit, sequence and date", "[packager]") {
    fixture::Fixture fx("layout");
    const auto plan = layout::plan_layout(fx.cat, fx.ledger, false);
    std::map<std::string, std::string> by_source;
    for (const auto& p : plan.placements)
        by_source[fx.ledger.files[static_cast<size_t>(p.file)].source] = p.path;

    CHECK(
        by_source.at("市财政局/IMG_2043.JPG") ==
        "data/01_政务公开/01_决策公开_ _预_/01_重大决策预公开/市财政局/001_20201103_IMG_2043.JPG");
    CHECK(by_source.at("市财政局/关于*政策?.pdf") ==
          "data/01_政务公开/02_政策解读/市财政局/001_20201009_关于_政策_.pdf");
    CHECK(by_source.at("乡镇/说明.txt") ==
          "data/01_政务公开/02_政策解读/未知单位/001_日期不详_说明.txt");
    CHECK(by_source.at("x/CON.txt") == "data/01_政务公开/02_政策解读/CON_/001_日期不详_CON_.txt");
    // Sorted source order: 关于… (U+5173) sorts before 长… (U+957F) → seq 001, 002.
    std::string long_source;
    for (const auto& f : fx.ledger.files)
        if (f.source.ends_with(".docx")) long_source = f.source;
    const auto& long_path = by_source.at(long_source);
    INFO(long_path);
    CHECK(long_path.find("/002_日期不详_长") != std::string::npos);
    const auto file = long_path.substr(long_path.rfind('/') + 1);
    CHECK(file.size() <= 255);
    CHECK(file.ends_with(".docx"));
    CHECK(layout::utf16_length(long_path) <= layout::kMaxPathChars);
    CHECK(by_source.count("乡镇/待定.txt") == 0);  // review, not asked for

    const auto with_review = layout::plan_layout(fx.cat, fx.ledger, true);
    bool found = false;
    for (const auto& p : with_review.placements)
        if (p.path == "data/00_待确认/胜芳镇/001_日期不详_待定.txt") found = true;
    CHECK(found);
}

TEST_CASE("layout: a file without a publication date is named <seq>_日期不详_<name>", "[packager]") {
    fixture::Fixture fx("layout");
    for (const auto& p : layout::plan_layout(fx.cat, fx.ledger, true).placements) {
        const auto& rec = fx.ledger.files[static_cast<size_t>(p.file)];
        INFO(p.path);
        const bool dated = rec.analysis.date.published && rec.analysis.date.published->valid();
        CHECK((p.path.find("_日期不详_") != std::string::npos) == !dated);
        CHECK(p.path.find("00000000") == std::string::npos);
    }
}

TEST_CASE("layout: unit folders that collide after cleaning get _2", "[packager]") {
    fixture::Fixture fx("collide");
    fx.ledger.files[fx.index_of("乡镇/说明.txt")].unit = "a/b";
    fx.ledger.files[fx.index_of("x/CON.txt")].unit = "A_B";
    const auto plan = layout::plan_layout(fx.cat, fx.ledger, false);
    std::set<std::string> dirs;
    for (const auto& p : plan.placements) {
        auto d = p.path.substr(0, p.path.rfind('/'));
        dirs.insert(d.substr(d.rfind('/') + 1));
    }
    CHECK(dirs.count("A_B"));
    CHECK(dirs.count("a_b_2"));
}

TEST_CASE("package: parse_size understands mail limits", "[packager]") {
    CHECK(parse_size("20M") == 20000000);
    CHECK(parse_size("20MB") == 20000000);
    CHECK(parse_size("1.5g") == 1500000000);
    CHECK(parse_size("10MiB") == 10485760);
    CHECK(parse_size("512") == 512);
    CHECK(parse_size("abc") == 0);
    CHECK(parse_size("-5M") == 0);
    CHECK(parse_size("5X") == 0);
}
