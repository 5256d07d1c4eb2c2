#include <catch2/catch.hpp>

#include "model/text.hpp"

using namespace dossier;

TEST_CASE("text: ascii_lower lowers ASCII letters and leaves UTF-8 bytes alone", "[model]") {
    CHECK(text::ascii_lower("IMG_2043.JPG") == "img_2043.jpg");
    CHECK(text::ascii_lower("报告ABC.Pdf") == "报告abc.pdf");
}

TEST_CASE("text: trim removes ASCII white space or the given bytes at both ends only", "[model]") {
    CHECK(text::trim("  a b\t\r\n") == "a b");
    CHECK(text::trim(" \t ").empty());
    CHECK(text::trim("\t发布日期 ", " ") == "\t发布日期");
    CHECK(text::trim("　标题　") == "　标题　");  // ideographic space is not ASCII
}

TEST_CASE("text: iends_with compares the suffix without ASCII case", "[model]") {
    CHECK(text::iends_with("报告.PDF", ".pdf"));
    CHECK(text::iends_with("a.docx", ".DOCX"));
    CHECK_FALSE(text::iends_with("pdf", ".pdf"));
}

TEST_CASE("text: base_name and extension read the last component of an inbox path", "[model]") {
    CHECK(text::base_name("市财政局/a.zip!/b/c.pdf") == "c.pdf");
    CHECK(text::base_name("c.pdf") == "c.pdf");
    CHECK(text::extension("市财政局/报告.PDF") == "pdf");
    CHECK(text::extension("a.b/README") == "");
    CHECK(text::extension("u/.DS_Store") == "");
    CHECK(text::extension("u/x.tar.GZ") == "gz");
}

TEST_CASE("text: display_columns counts a CJK or full-width character as two columns", "[model]") {
    CHECK(text::display_columns("") == 0);
    CHECK(text::display_columns("build") == 5);
    CHECK(text::display_columns("市财政局") == 8);
    CHECK(text::display_columns("２０２０年") == 10);      // full-width digits
    CHECK(text::display_columns("IMG_2043.JPG 南孟镇") == 19);
    CHECK(text::display_columns(std::string("\xff", 1)) == 1);  // a stray byte: one column
}

TEST_CASE("text: edit_distance counts a swapped pair as one edit, in characters not bytes",
          "[model]") {
    using text::code_points;
    using text::edit_distance;
    CHECK(edit_distance(code_points("build"), code_points("build")) == 0);
    CHECK(edit_distance(code_points("biuld"), code_points("build")) == 1);   // swap
    CHECK(edit_distance(code_points("bild"), code_points("build")) == 1);    // drop
    CHECK(edit_distance(code_points("check"), code_points("build")) == 5);
    CHECK(edit_distance(code_points("市财政厅"), code_points("市财政局")) == 1);
    CHECK(edit_distance(code_points(""), code_points("市教育局")) == 4);
    CHECK(code_points("市a").size() == 2);
}

TEST_CASE("text: utf8_of is the inverse of code_points", "[model]") {
    for (std::string s : {"", "文安县财政局", "a·06-15 🙂", "二〇二〇年"})
        CHECK(text::utf8_of(text::code_points(s)) == s);
    CHECK(text::utf8_of(text::code_points(std::string("\xff", 1))) == "\xEF\xBF\xBD");
    CHECK(text::utf8_of(std::u32string(1, char32_t{0x110000})) == "\xEF\xBF\xBD");
}
