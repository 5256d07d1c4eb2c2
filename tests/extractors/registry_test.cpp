#include <unistd.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extractors/docs_test_util.hpp"
#include "common/files.hpp"

using namespace dossier;
using dossier::testing::doc_path;

namespace {
std::string chosen(const std::string& file, const std::string& name) {
    auto probe = make_probe(doc_path(file), name);
    REQUIRE(probe);
    const Extractor* e = choose_extractor(*probe);
    return e ? std::string(e->name()) : std::string("(none)");
}

// One file with the given bytes, in its own scratch folder.
struct TempFile {
    dossier::test::Scratch dir{"dossier-registry"};
    std::filesystem::path path = dir / "file";
    explicit TempFile(const std::string& bytes) { dossier::test::write(path, bytes); }
};
}  // namespace

TEST_CASE("registry: each document format goes to its extractor by content", "[extractors]") {
    CHECK(chosen("notice.docx", "notice.docx") == "ooxml");
    CHECK(chosen("notice.docx", "附件1.zip") == "ooxml");  // content wins over the name
    CHECK(chosen("table.xlsx", "table.xlsx") == "ooxml");
    CHECK(chosen("notice.ofd", "notice.ofd") == "ofd");
    CHECK(chosen("gbk.html", "page.htm") == "html");
    CHECK(chosen("page.mhtml", "page.mht") == "html");
    CHECK(chosen("gbk.txt", "说明.txt") == "text");
    CHECK(chosen("legacy.doc", "legacy.doc") == "legacy_office");
    CHECK(chosen("invoice.pdf", "invoice.pdf") == "(none)");
}

TEST_CASE("registry: a PE executable named .pdf is refused as not a PDF", "[extractors]") {
    auto probe = make_probe(doc_path("invoice.pdf"), "发票.pdf");
    REQUIRE(probe);
    CHECK(probe->sniffed == "pe");
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "不是 PDF 文件（看起来是：PE 可执行程序）");

    auto bare = make_probe(doc_path("invoice.pdf"), "setup.exe");
    REQUIRE(bare);
    auto r2 = extract_file(*bare, ctx);
    REQUIRE_FALSE(r2);
    CHECK(r2.error().reason == "无法识别的文件类型（看起来是：PE 可执行程序）");
}

TEST_CASE("registry: empty and unreadable files are errors, not crashes", "[extractors]") {
    TempFile empty("");
    auto probe = make_probe(empty.path, "空.docx");
    REQUIRE(probe);
    CHECK(probe->sniffed == "empty");
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE_FALSE(r);
    CHECK(r.error().reason == "空文件（0 字节）");

    auto missing = make_probe(doc_path("no-such-file.pdf"), "no-such-file.pdf");
    REQUIRE_FALSE(missing);
    CHECK(missing.error().reason.find("无法读取文件") == 0);
}

TEST_CASE("registry: extract_file fills format, media type, page count and kind", "[extractors]") {
    auto probe = make_probe(doc_path("gbk.txt"), "gbk.txt");
    REQUIRE(probe);
    CHECK(probe->size == std::filesystem::file_size(doc_path("gbk.txt")));
    CHECK(probe->head.size() == probe->size);
    ExtractContext ctx;
    auto r = extract_file(*probe, ctx);
    REQUIRE(r);
    CHECK(r->format == "text");
    CHECK(r->media_type == "text/plain");
    CHECK(r->page_count == 1);
    CHECK(r->kind == EvidenceKind::document);
    CHECK(r->full_text().find("发布日期：2020年11月5日") != std::string::npos);
}

TEST_CASE("registry: the table lists every extractor once", "[extractors]") {
    std::vector<std::string> names;
    for (const auto& e : extractors()) names.emplace_back(e->name());
    for (const char* n : {"ooxml", "ofd", "legacy_office", "html", "text"})
        CHECK(std::count(names.begin(), names.end(), n) == 1);
#if __has_include("extractors/pdf.hpp")
    CHECK(std::count(names.begin(), names.end(), "pdf") == 1);
#endif
#if __has_include("extractors/image.hpp")
    CHECK(std::count(names.begin(), names.end(), "image") == 1);
#endif
}
