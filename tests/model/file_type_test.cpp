#include <catch2/catch.hpp>

#include <iterator>
#include <set>
#include <string>

#include "model/file_type.hpp"

using namespace dossier;

namespace {

// Every name extractors/magic.hpp says sniff() returns.
const char* const kSniffedIds[] = {
    "png",        "jpeg",       "gif",   "bmp",  "tiff", "webp", "pdf",   "zip",    "ooxml-docx",
    "ooxml-xlsx", "ooxml-pptx", "ofd",   "7z",   "rar",  "gzip", "bzip2", "xz",     "zstd", "lz4",
    "lzip",       "compress",   "tar",   "ole",        "html",       "mhtml", "eml",  "text", "pe",   "elf",  "empty", "unknown"};

template <class Pred>
std::set<std::string> ids_where(Pred pred) {
    std::set<std::string> ids;
    for (const auto& t : file_type::all())
        if (pred(t)) ids.emplace(t.id);
    return ids;
}

}  // namespace

TEST_CASE("file_type: every sniffed id has exactly one row with a label and a media type",
          "[model]") {
    for (const char* id : kSniffedIds) {
        INFO(id);
        const file_type::FileType* t = file_type::find(id);
        REQUIRE(t != nullptr);
        CHECK(t->id == id);
        CHECK_FALSE(t->label.empty());
        CHECK_FALSE(t->media_type.empty());
    }
    CHECK(file_type::all().size() == std::size(kSniffedIds));
    CHECK(file_type::find("") == nullptr);
    CHECK(file_type::find("heic") == nullptr);
}

TEST_CASE("file_type: labels and media types are the ones reasons and manifests show", "[model]") {
    CHECK(file_type::label_of("pe") == "PE 可执行程序");
    CHECK(file_type::label_of("png") == "PNG 图片");
    CHECK(file_type::label_of("ooxml-docx") == "Word 文档（.docx）");
    CHECK(file_type::label_of("no-such-type") == "无法识别的数据");
    CHECK(file_type::label_of("") == "无法识别的数据");
    CHECK(file_type::media_type_of("pdf") == "application/pdf");
    CHECK(file_type::media_type_of("mhtml") == "multipart/related");
    CHECK(file_type::media_type_of("empty") == "application/octet-stream");
    CHECK(file_type::media_type_of("no-such-type") == "application/octet-stream");
    CHECK(file_type::with_media_type("image/jpeg")->id == "jpeg");
    CHECK(file_type::with_media_type("application/msword") == nullptr);
}

TEST_CASE("file_type: an extension maps to its type and to what it promises", "[model]") {
    auto jpg = file_type::by_extension("jpg");
    REQUIRE(jpg.type != nullptr);
    CHECK(jpg.type->id == "jpeg");
    CHECK(jpg.extension->claim == "图片");
    CHECK(jpg.extension->checked_as == "JPEG 图片");

    auto et = file_type::by_extension("et");
    REQUIRE(et.type != nullptr);
    CHECK(et.type->id == "ole");
    CHECK(et.extension->claim == "WPS 表格");
    CHECK(et.extension->also_fits == "ooxml-xlsx");

    // Archives are named by the scan but never checked by the registry.
    auto rar = file_type::by_extension("rar");
    REQUIRE(rar.type != nullptr);
    CHECK(rar.extension->claim == "压缩包");
    CHECK(rar.extension->checked_as.empty());

    CHECK(file_type::by_extension("JPG").type == nullptr);  // callers lower the extension
    CHECK(file_type::by_extension("exe").type == nullptr);
    CHECK(file_type::by_extension("").type == nullptr);
}

TEST_CASE("file_type: every extension is listed once", "[model]") {
    std::set<std::string_view> seen;
    for (const auto& t : file_type::all())
        for (const auto& e : t.extensions) {
            INFO(e.name);
            CHECK(seen.insert(e.name).second);
            CHECK(file_type::by_extension(e.name).type == &t);
        }
}

TEST_CASE("file_type: claimed_extension reads the last name, dot-files included", "[model]") {
    CHECK(file_type::claimed_extension("市财政局/报告.PDF") == "pdf");
    CHECK(file_type::claimed_extension("a.zip!/b/c.tar.GZ") == "gz");
    CHECK(file_type::claimed_extension("u/.pdf") == "pdf");
    CHECK(file_type::claimed_extension("a.b/README") == "");
}

TEST_CASE("file_type: containers are exactly the archives and mails the scan stage expands", "[model]") {
    CHECK(ids_where([](const auto& t) { return t.container; }) ==
          std::set<std::string>{"zip", "7z", "rar", "tar", "gzip", "bzip2", "xz", "zstd", "lz4",
                                "lzip", "compress", "eml"});
    // OOXML and OFD are zips, but documents.
    CHECK_FALSE(file_type::find("ooxml-docx")->container);
    CHECK_FALSE(file_type::find("ofd")->container);
}

TEST_CASE("file_type: the zip writer stores compressed types and deflates the rest", "[model]") {
    CHECK(ids_where([](const auto& t) { return t.compressed; }) ==
          std::set<std::string>{"png", "jpeg", "gif", "webp", "pdf", "zip", "ooxml-docx",
                                "ooxml-xlsx", "ooxml-pptx", "ofd", "7z", "rar", "gzip", "bzip2",
                                "xz", "zstd", "lz4", "lzip", "compress"});
    std::set<std::string> stored_ext;
    for (const auto& t : file_type::all())
        if (t.compressed)
            for (const auto& e : t.extensions) stored_ext.emplace(e.name);
    CHECK(stored_ext == std::set<std::string>{"jpg", "jpeg", "png", "gif", "webp", "pdf", "zip",
                                              "7z", "rar", "gz", "bz2", "xz", "tgz", "zst", "tzst", "lz4", "lz", "z", "docx", "xlsx",
                                              "pptx", "ofd"});
}

TEST_CASE("file_type: images and PDF need OCR, nothing else", "[model]") {
    CHECK(ids_where([](const auto& t) { return t.needs_ocr; }) ==
          std::set<std::string>{"png", "jpeg", "gif", "bmp", "tiff", "webp", "pdf"});
}

TEST_CASE("file_type: every type has a size cap, and a file over it is refused in Chinese",
          "[model]") {
    for (const auto& t : file_type::all()) {
        INFO(t.id);
        CHECK(t.max_size >= 50 * file_type::kMiB);
    }
    const uint64_t gb15 = 1536 * file_type::kMiB;
    CHECK(file_type::size_refusal("png", gb15) ==
          "文件过大（1.5 GB），超过图片上限 200 MB，已拒绝：请压缩或拆分后重新提交");
    CHECK(file_type::size_refusal("png", 200 * file_type::kMiB).empty());
    CHECK(file_type::size_refusal("text", 51 * file_type::kMiB).find("超过文本文件上限 50 MB") !=
          std::string::npos);
    CHECK(file_type::size_refusal("ole", gb15).find("超过旧版 Office/WPS 文档上限") !=
          std::string::npos);
    CHECK(file_type::size_refusal("no-such-type", gb15).empty());
    CHECK(file_type::human_size(900 * 1024) == "900 KB");
    CHECK(file_type::human_size(2048 * file_type::kMiB) == "2 GB");
}
