#include <catch2/catch.hpp>

#include "model/encoding.hpp"

using namespace dossier;

TEST_CASE("encoding: validates UTF-8 strictly", "[model]") {
    CHECK(encoding::is_valid_utf8(""));
    CHECK(encoding::is_valid_utf8("abc"));
    CHECK(encoding::is_valid_utf8("财政局/通知.pdf"));
    CHECK(encoding::is_valid_utf8("\xF0\x9F\x98\x80"));        // emoji, 4 bytes
    CHECK_FALSE(encoding::is_valid_utf8("\xB2\xC6\xD5\xFE"));  // 财政 in GBK
    CHECK_FALSE(encoding::is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(encoding::is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(encoding::is_valid_utf8("\xE8\xB4"));          // truncated
    CHECK_FALSE(encoding::is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

TEST_CASE("encoding: converts GB18030, Big5 and UTF-16 to UTF-8", "[model]") {
    CHECK(encoding::to_utf8("\xB2\xC6\xD5\xFE\xBE\xD6", "GB18030") == std::string("财政局"));
    CHECK(encoding::to_utf8("\xB2\xC6\xD5\xFE\xBE\xD6", "GBK") == std::string("财政局"));
    CHECK(encoding::to_utf8("\xB0\x5D\xAC\x46", "Big5") == std::string("財政"));
    CHECK(encoding::to_utf8(std::string("\xFF\xFE\x22\x8d", 4), "UTF-16LE") == std::string("财"));
    CHECK(encoding::to_utf8("", "GB18030") == std::string());
    CHECK_FALSE(encoding::to_utf8("abc", "no-such-charset").has_value());
    CHECK_FALSE(encoding::to_utf8("\xB2\xC6\xFF", "GB18030").has_value());  // 0xFF never valid
}

TEST_CASE("encoding: escapes only the bytes that are not UTF-8", "[model]") {
    CHECK(encoding::escape_invalid_utf8("通知.pdf") == "通知.pdf");
    CHECK(encoding::escape_invalid_utf8("a\xB2"
                                        "b") == "a\\xb2b");
    CHECK(encoding::escape_invalid_utf8("\xE8\xB4") == "\\xe8\\xb4");
    CHECK(encoding::escape_invalid_utf8("新\xFF闻") == "新\\xff闻");
}

TEST_CASE("encoding: names are UTF-8, else GB18030, else escaped", "[model]") {
    bool decoded = true;
    CHECK(encoding::name_to_utf8("政务公开/通知.pdf", &decoded) == "政务公开/通知.pdf");
    CHECK_FALSE(decoded);
    CHECK(encoding::name_to_utf8("\xD5\xFE\xCE\xF1\xB9\xAB\xBF\xAA/a.txt", &decoded) ==
          "政务公开/a.txt");
    CHECK(decoded);
    CHECK(encoding::name_to_utf8("x\xFF.txt", &decoded) == "x\\xff.txt");
    CHECK_FALSE(decoded);
    CHECK(encoding::name_to_utf8("plain") == "plain");
}

TEST_CASE("encoding: invisible_controls names each hidden or direction control once", "[model]") {
    CHECK(encoding::invisible_controls("关于\u202Efdp\u202E.txt") == "U+202E");
    CHECK(encoding::invisible_controls("a\u200Bb\nc\uFEFF") == "U+200B、U+000A、U+FEFF");
    CHECK(encoding::invisible_controls("普通名称.txt").empty());
    CHECK(encoding::invisible_controls("bad\xFF\xFE.txt").empty());
    CHECK(encoding::is_format_control(0x2067));
    CHECK_FALSE(encoding::is_format_control(0x0A));
    CHECK(encoding::is_invisible_control(0x9F));
    CHECK_FALSE(encoding::is_invisible_control(0x4E2D));
}
