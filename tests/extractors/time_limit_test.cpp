// Every extractor gives up at the per-file time limit (ExtractOptions::time_limit) with a reason a
// clerk understands, and a file inside the limit is unaffected. A limit of 0 s has passed before
// the first unit of work, so these tests do not depend on the machine's speed.
#include <catch2/catch.hpp>

#include "extractors/docs_test_util.hpp"
#include "extractors/ocr_engine.hpp"

using namespace dossier;
using dossier::testing::doc_path;

namespace {

tl::expected<ExtractResult, Error> extract_with_limit(const std::filesystem::path& path,
                                                      std::chrono::seconds limit,
                                                      OcrEngine* ocr = nullptr) {
    auto probe = make_probe(path, path.filename().string());
    REQUIRE(probe);
    ExtractContext ctx;
    ctx.ocr = ocr;
    ctx.options.time_limit = limit;
    return extract_file(*probe, ctx);
}

std::filesystem::path data(const std::string& rel) {
    return std::filesystem::path(DOSSIER_TEST_DATA) / rel;
}

}  // namespace

TEST_CASE("time limit: OOXML, OFD, HTML, MHTML and text files are given up with a reason",
          "[extractors]") {
    const std::string reason = "处理超过 0 秒仍未完成，已放弃（文件可能过大或已损坏）";
    for (const char* name : {"notice.docx", "table.xlsx", "slides.pptx", "notice.ofd", "gbk.html",
                             "page.mhtml", "utf8.txt", "gbk.txt"}) {
        INFO(name);
        auto r = extract_with_limit(doc_path(name), std::chrono::seconds(0));
        REQUIRE_FALSE(r);
        CHECK(r.error().reason == reason);
    }
}

TEST_CASE("time limit: images and PDFs stop at the limit too", "[extractors]") {
    auto engine = OcrEngine::create();
    REQUIRE(engine);
    auto image =
        extract_with_limit(data("images/portal.png"), std::chrono::seconds(0), engine->get());
    REQUIRE_FALSE(image);
    CHECK(image.error().reason == "文字识别超时（超过单个文件的时间上限），已放弃");

    auto pdf = extract_with_limit(data("pdf/text.pdf"), std::chrono::seconds(0), engine->get());
    REQUIRE_FALSE(pdf);
    CHECK(pdf.error().reason.find("PDF 处理超时（第 1 页") == 0);
}

TEST_CASE("time limit: the limit is per file, not per worker", "[extractors]") {
    // One context reused for several files, as a worker thread does: each file gets a fresh
    // deadline, so an earlier file's time does not count against the next.
    ExtractContext ctx;
    ctx.options.time_limit = std::chrono::seconds(60);
    for (const char* name : {"notice.docx", "notice.ofd", "utf8.txt"}) {
        INFO(name);
        auto probe = make_probe(doc_path(name), name);
        REQUIRE(probe);
        auto r = extract_file(*probe, ctx);
        REQUIRE(r);
        CHECK_FALSE(r->pages.empty());
    }
    CHECK(ctx.deadline.at() > Deadline::Clock::now());
}
