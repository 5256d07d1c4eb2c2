#include <catch2/catch.hpp>

#include "extractors/charset.hpp"
#include "extractors/docs_test_util.hpp"

using namespace dossier;
using dossier::testing::extract_doc;

namespace {
const std::string kExpected =
    "关于公开2020年政府信息公开工作年度报告的通知\n"
    "各单位：现将年度报告予以公开，请及时查阅。\n"
    "发布日期：2020年11月5日\n";
}

TEST_CASE("text: GBK with CRLF line ends is decoded and normalised", "[extractors]") {
    auto r = extract_doc("gbk.txt");
    REQUIRE(r);
    CHECK(r->format == "text");
    CHECK(r->kind == EvidenceKind::document);
    CHECK(r->text_source == TextSource::text);
    REQUIRE(r->pages.size() == 1);
    CHECK(r->pages[0].text == kExpected);
    CHECK(r->kind_reason == "纯文本文件（GB18030 编码）");
    CHECK(r->warnings.empty());
}

TEST_CASE("text: UTF-8 and UTF-16 with BOM", "[extractors]") {
    auto u8 = extract_doc("utf8.txt");
    REQUIRE(u8);
    CHECK(u8->pages[0].text == kExpected);
    auto u16 = extract_doc("utf16.txt");
    REQUIRE(u16);
    CHECK(u16->pages[0].text == kExpected);
    CHECK(u16->kind_reason == "纯文本文件（UTF-16LE 编码）");
}

TEST_CASE("text: Big5 is told from GBK", "[extractors]") {
    auto r = extract_doc("big5.txt");
    REQUIRE(r);
    CHECK(r->pages[0].text.find("關於公開2020年政府資訊公開工作年度報告的通知") == 0);
    CHECK(r->pages[0].text.find("發布日期：2020年11月5日") != std::string::npos);
}

TEST_CASE("text: binary content named .txt is refused", "[extractors]") {
    auto r = extract_doc("binary.txt");
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "无法识别文本编码");
}

TEST_CASE("text: charset labels and a lossy fallback", "[extractors]") {
    CHECK(charset::canonical("gb2312") == "GB18030");
    CHECK(charset::canonical(" GBK ") == "GB18030");
    CHECK(charset::canonical("utf8") == "UTF-8");
    CHECK(charset::canonical("BIG5") == "Big5");
    CHECK(charset::canonical("no-such-charset-xyz").empty());
    // GBK text with one damaged byte (0x80 is never a GB18030 lead byte): kept as GB18030 with
    // a replacement character, not re-read as Big5 or windows-1252.
    auto d = charset::decode(
        "\xB7\xA2\xB2\xBC\xC8\xD5\xC6\xDA\xA3\xBA"
        "2020\xC4\xEA"
        "11\xD4\xC2"
        "5\xC8\xD5\x80 abc");
    REQUIRE(d);
    CHECK(d->lossy);
    CHECK(d->charset == "GB18030");
    CHECK(d->text.find("发布日期：2020年11月5日") == 0);
    CHECK_FALSE(charset::decode(std::string("a\0b", 3)));
}
