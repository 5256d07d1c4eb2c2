#include <catch2/catch.hpp>

#include <cstdlib>

#include "extractors/docs_test_util.hpp"

using namespace dossier;
using dossier::testing::extract_doc;

TEST_CASE("legacy: a .doc is converted with LibreOffice and read as OOXML", "[extractors]") {
    auto r = extract_doc("legacy.doc");
    REQUIRE(r);
    CHECK(r->format == "doc");
    CHECK(r->media_type == "application/msword");
    CHECK(r->kind == EvidenceKind::document);
    REQUIRE(r->pages.size() == 1);
    const std::string& t = r->pages[0].text;
    CHECK(t.find("关于做好2020年政务公开工作的通知") != std::string::npos);
    CHECK(t.find("发布日期：2020年11月5日") != std::string::npos);
    CHECK(t.find("1\t财政预决算\t市财政局") != std::string::npos);
    REQUIRE_FALSE(r->warnings.empty());
    CHECK(r->warnings.back() == "已用 LibreOffice 转换为 .docx 后提取");
}

TEST_CASE("legacy: without LibreOffice the clerk is told to save as .docx", "[extractors]") {
    std::string saved = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", "/nonexistent-dossier-test", 1);
    auto r = extract_doc("legacy.doc");
    setenv("PATH", saved.c_str(), 1);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "旧版 Office/WPS 格式，请另存为 .docx 后重新放入");
}
