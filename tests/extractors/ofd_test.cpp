#include <catch2/catch.hpp>

#include "extractors/docs_test_util.hpp"

using namespace dossier;
using dossier::testing::extract_doc;
using dossier::testing::has_meta;

TEST_CASE("ofd: pages, template layers and split runs come out in reading order", "[extractors]") {
    auto r = extract_doc("notice.ofd");
    REQUIRE(r);
    CHECK(r->format == "ofd");
    CHECK(r->media_type == "application/ofd");
    CHECK(r->kind == EvidenceKind::document);
    CHECK(r->text_source == TextSource::text);
    REQUIRE(r->pages.size() == 2);
    CHECK(r->page_count == 2);
    CHECK(r->pages[0].text ==
          "霸州市人民政府文件\n"
          "霸州市人民政府关于公开2020年重点工作的通知\n"
          "各乡镇人民政府，市政府各部门：\n"
          "现将有关事项通知如下。\n"
          "发布日期：2020年11月5日\n"
          "霸州市人民政府办公室印发");
    CHECK(r->pages[1].text ==
          "霸州市人民政府文件\n"
          "一、财政预决算信息按时公开。\n"
          "二、重大建设项目信息及时更新。\n"
          "霸州市人民政府办公室印发");
}

TEST_CASE("ofd: DocInfo gives the title and metadata dates", "[extractors]") {
    auto r = extract_doc("notice.ofd");
    REQUIRE(r);
    CHECK(r->title == "霸州市人民政府关于公开2020年重点工作的通知");
    CHECK(has_meta(*r, "ofd:CreationDate", "2020-11-05"));
    CHECK(has_meta(*r, "ofd:ModDate", "2020-11-06"));
}

TEST_CASE("ofd: text only as outlines is reported, not invented", "[extractors]") {
    auto r = extract_doc("outline.ofd");
    REQUIRE(r);
    CHECK(r->text_source == TextSource::none);
    REQUIRE(r->pages.size() == 1);
    CHECK(r->pages[0].text.empty());
    REQUIRE(r->warnings.size() == 1);
    CHECK(r->warnings[0] == "此 OFD 文字为轮廓，无法提取");
}

TEST_CASE("ofd: a missing part is an error naming the part", "[extractors]") {
    auto r = extract_doc("missing_part.ofd");
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "OFD 文件不完整（缺少 Doc_0/Pages/Page_1/Content.xml）");
}
