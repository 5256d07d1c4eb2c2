#include <unistd.h>
#include <catch2/catch.hpp>

#include <cstdlib>

#include "extractors/docs_test_util.hpp"
#include "common/files.hpp"

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

TEST_CASE("legacy: an .xls is converted to xlsx with its date cells", "[extractors]") {
    auto r = extract_doc("legacy.xls");
    REQUIRE(r);
    CHECK(r->format == "xls");
    CHECK(r->media_type == "application/vnd.ms-excel");
    REQUIRE(r->pages.size() == 2);
    CHECK(r->pages[0].text.find("1\t霸州市2020年财政预算公开\t2020-11-05\t市财政局") !=
          std::string::npos);
    CHECK(r->pages[1].text.find("发布日期：2020年11月5日") != std::string::npos);
}

TEST_CASE("legacy: a WPS file keeps its own format name", "[extractors]") {
    auto probe = make_probe(dossier::testing::doc_path("legacy.doc"), "通知.wps");
    REQUIRE(probe);
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE(r);
    CHECK(r->format == "wps");
    CHECK(r->kind_reason == "旧版 Office/WPS 文档（wps）");
}

TEST_CASE("legacy: a conversion over the time limit is stopped", "[extractors]") {
    auto probe = make_probe(dossier::testing::doc_path("legacy.doc"), "legacy.doc");
    REQUIRE(probe);
    ExtractContext ctx;
    ctx.options.time_limit = std::chrono::seconds(0);
    auto r = extract_file(*probe, ctx);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason ==
          "旧版 Office/WPS 文件转换超时（超过 0 秒），请另存为 .docx 后重新放入");
}

TEST_CASE("legacy: a password-protected Office file is refused without converting",
          "[extractors]") {
    // An OLE header and a directory naming the EncryptedPackage stream (UTF-16LE), as Office
    // writes for a docx saved with a password.
    std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(504, '\0');
    for (char c : std::string("EncryptedPackage")) bytes += std::string{c, '\0'};
    bytes.append(512, '\0');
    test::Scratch dir("dossier-encrypted");
    const auto path = dir / "encrypted.docx";
    test::write(path, bytes);
    auto probe = make_probe(path, "加密.docx");
    REQUIRE(probe);
    CHECK(probe->sniffed == "ole");
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "文档已加密，需要密码才能打开：请交未加密的版本");
}

TEST_CASE("legacy: a .ppt is converted to pptx and read slide by slide", "[extractors]") {
    auto r = extract_doc("legacy.ppt");
    REQUIRE(r);
    CHECK(r->format == "ppt");
    CHECK(r->media_type == "application/vnd.ms-powerpoint");
    CHECK(r->kind == EvidenceKind::document);
    REQUIRE(r->pages.size() == 2);
    CHECK(r->pages[0].text.find("第一页：2020年政务公开工作要点") != std::string::npos);
    CHECK(r->pages[0].text.find("发布日期：2020年11月5日") != std::string::npos);
    CHECK(r->pages[1].text.find("第二页：政务公开培训安排") != std::string::npos);
}
