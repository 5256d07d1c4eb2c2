#include <chrono>

#include <catch2/catch.hpp>

#include "extractors/docs_test_util.hpp"
#include "extractors/html.hpp"
#include "extractors/mhtml.hpp"

using namespace dossier;
using dossier::testing::extract_doc;
using dossier::testing::has_meta;

TEST_CASE("html: a GBK page declared gb2312 decodes, keeps blocks as lines and drops scripts",
          "[extractors]") {
    auto r = extract_doc("gbk.html");
    REQUIRE(r);
    CHECK(r->format == "html");
    CHECK(r->kind == EvidenceKind::screenshot);
    CHECK(r->kind_reason == "网页存档");
    CHECK(r->text_source == TextSource::text);
    CHECK(r->title == "霸州市人民政府 - 政策解读");
    CHECK(has_meta(*r, "html:PubDate", "2020-11-05"));
    REQUIRE(r->pages.size() == 1);
    const std::string& t = r->pages[0].text;
    CHECK(t ==
          "首页 > 政策解读\n"
          "《霸州市优化营商环境实施方案》政策解读\n"
          "发布日期：2020年11月5日 来源：市发改局\n"
          "一、制定背景\n"
          "为进一步优化营商环境，“放管服”改革持续深化。\n"
          "责任单位\t市发改局\n"
          "联系电话\t0316-7861234");
    CHECK(r->warnings.empty());
}

TEST_CASE("html: MHTML takes the quoted-printable HTML part and its meta dates", "[extractors]") {
    auto r = extract_doc("page.mhtml");
    REQUIRE(r);
    CHECK(r->kind == EvidenceKind::screenshot);
    CHECK(r->title == "政策解读（存档）");
    // 2020-11-04T17:30:00Z is 2020-11-05 01:30 in Shanghai.
    CHECK(has_meta(*r, "html:article:published_time", "2020-11-05"));
    REQUIRE(r->pages.size() == 1);
    CHECK(r->pages[0].text.find("发布日期：2020年11月5日 来源：市发改局") != std::string::npos);
    CHECK(r->pages[0].text.find("脚本") == std::string::npos);
}

TEST_CASE("html: the tag scanner tolerates broken markup", "[extractors]") {
    HtmlScan s = scan_html(
        "<html><body><p>a < b && c &#x4E2D;&#25991; &unknown; <b>粗体</p><div>未闭合<p>第二段"
        "<script>if (x</script>可见<STYLE>p{}</style><td>格</td><img src=x alt='图'>");
    CHECK(s.text == "a < b && c 中文 &unknown; 粗体\n未闭合\n第二段可见\t格");
    HtmlScan meta = scan_html("<meta charset=\"GBK\"><meta name=pubdate content=2020/11/05>");
    CHECK(meta.meta_charset == "GBK");
    REQUIRE(meta.metas.size() == 1);
    CHECK(meta.metas[0].first == "pubdate");
    CHECK(meta.metas[0].second == "2020/11/05");
}

TEST_CASE("html: MIME transfer decodings", "[extractors]") {
    CHECK(mhtml::decode_quoted_printable("=E5=8F=91=E5=B8=83=\r\n=E6=97=A5=E6=9C=9F a=3Db") ==
          "发布日期 a=b");
    CHECK(mhtml::decode_base64("5Y+R5biD\r\n5pel5pyf") == "发布日期");
    CHECK_FALSE(mhtml::html_part(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\n"
        "Content-Type: image/png\r\n\r\nabc\r\n--x--\r\n"));
    // The boundary is capped: at the cap the page is read, past it the archive has no page.
    const auto archive = [](const std::string& b) {
        return "Content-Type: multipart/related; boundary=\"" + b + "\"\r\n\r\n--" + b +
               "\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>发布日期</p>\r\n--" + b + "--\r\n";
    };
    auto at_cap = mhtml::html_part(archive(std::string(mhtml::kMaxBoundary, 'b')));
    REQUIRE(at_cap);
    CHECK(at_cap->bytes.find("发布日期") != std::string::npos);
    CHECK_FALSE(mhtml::html_part(archive(std::string(mhtml::kMaxBoundary + 1, 'b'))));
}

TEST_CASE("html: character references decode as before and bare '&' stay", "[extractors]") {
    CHECK(decode_html_entities("&amp;&lt;&gt;&#x4e2d;&#20013;&nbsp;&yen;") == "&<>中中 ¥");
    CHECK(decode_html_entities("&amp &unknown; & ; &#; &#xZZ; &") ==
          "&amp &unknown; & ; &#; &#xZZ; &");
    CHECK(decode_html_entities("&#12345678901;x") == "&#12345678901;x");  // too long: kept
    CHECK(decode_html_entities("&#0;&#xD800;") == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("html: 8 MB of bare '&' decode and scan in linear time", "[extractors]") {
    // Every '&' searched the rest of the text for ';' (8 MB: killed at 300 s).
    const std::string amps(8u * 1024 * 1024, '&');
    const auto t0 = std::chrono::steady_clock::now();
    CHECK(decode_html_entities(amps) == amps);
    const HtmlScan scan = scan_html("<p>x" + amps);
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));
    CHECK(scan.text == "x" + amps);
}
