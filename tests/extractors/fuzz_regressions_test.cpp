// Replays the inputs that once crashed or broke a property in the libFuzzer targets
// (tests/fuzz/regressions/<target>/, see docs/robustness.md "Fuzzing"), through the same API and
// with the same checks as the fuzz target, in the normal build.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "extractors/extractor.hpp"
#include "extractors/ofd.hpp"
#include "extractors/ooxml.hpp"
#include "fuzz/zip_spec.hpp"
#include "model/encoding.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> regressions(const char* target) {
    std::vector<fs::path> out;
    fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests/fuzz/regressions" / target;
    if (fs::is_directory(dir))
        for (const auto& e : fs::directory_iterator(dir))
            if (e.is_regular_file()) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void check_result(const tl::expected<dossier::ExtractResult, dossier::Error>& r) {
    if (!r) {
        CHECK_FALSE(r.error().reason.empty());
        return;
    }
    for (const auto& p : r->pages) CHECK(dossier::encoding::is_valid_utf8(p.text));
    for (const auto& m : r->meta_dates) CHECK(m.date.valid());
    for (const auto& row : r->rows)
        for (const auto& c : row) {
            CHECK(dossier::encoding::is_valid_utf8(c.header));
            CHECK(dossier::encoding::is_valid_utf8(c.value));
        }
}

}  // namespace

TEST_CASE("ooxml: fuzz regressions give a result or an error with valid UTF-8 text",
          "[extractors]") {
    auto inputs = regressions("ooxml_reader");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& in : inputs) {
        INFO(in.filename().string());
        for (const char* name : {"input.docx", "input.xlsx", "input.pptx"}) {
            fs::path file;
            if (!dossier::fuzz::write_zip_input(name, slurp(in), file)) continue;
            check_result(dossier::extract_ooxml_file(file));
            auto probe = dossier::make_probe(file, name);
            REQUIRE(probe);
            dossier::ExtractContext ctx;
            ctx.options.allow_ocr = false;
            dossier::OoxmlExtractor ex;
            if (ex.bid(*probe) > 0) REQUIRE_NOTHROW(check_result(ex.extract(*probe, ctx)));
        }
    }
}

TEST_CASE("ooxml: invalid UTF-8 in a sheet is escaped, the rest of the text kept", "[extractors]") {
    // The first fuzz finding: one byte 0xAF inside xl/worksheets/sheet2.xml made the page text
    // invalid UTF-8, which the extract stage's JSON cache could not store.
    fs::path file;
    REQUIRE(dossier::fuzz::write_zip_input(
        "bad-byte.xlsx",
        slurp(fs::path(DOSSIER_SOURCE_DIR) /
              "tests/fuzz/regressions/ooxml_reader/invalid-utf8-text"),
        file));
    auto r = dossier::extract_ooxml_file(file);
    REQUIRE(r);
    std::string all = r->full_text();
    CHECK(dossier::encoding::is_valid_utf8(all));
    CHECK(all.find("\\xaf") != std::string::npos);
}

TEST_CASE("ofd: fuzz regressions give a result or an error with valid UTF-8 text", "[extractors]") {
    auto inputs = regressions("ofd_reader");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& in : inputs) {
        INFO(in.filename().string());
        fs::path file;
        if (!dossier::fuzz::write_zip_input("input.ofd", slurp(in), file)) continue;
        auto probe = dossier::make_probe(file, "input.ofd");
        REQUIRE(probe);
        dossier::ExtractContext ctx;
        ctx.options.allow_ocr = false;
        dossier::OfdExtractor ex;
        REQUIRE_NOTHROW(check_result(ex.extract(*probe, ctx)));
    }
}

TEST_CASE("ooxml/ofd: 200,000 nested elements are read without overflowing the stack",
          "[extractors]") {
    // deep-nesting.docx / .ofd: the text walk used to recurse once per level (ASan stack-overflow).
    // The text outside the deep nest still comes through.
    fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests/fuzz/regressions";
    auto docx = dossier::extract_ooxml_file(dir / "ooxml_reader/deep-nesting.docx");
    REQUIRE(docx);
    CHECK(docx->full_text().find("deep") != std::string::npos);

    auto probe = dossier::make_probe(dir / "ofd_reader/deep-nesting.ofd", "deep-nesting.ofd");
    REQUIRE(probe);
    dossier::ExtractContext ctx;
    ctx.options.allow_ocr = false;
    auto ofd = dossier::OfdExtractor{}.extract(*probe, ctx);
    REQUIRE((ofd || !ofd.error().reason.empty()));
}
