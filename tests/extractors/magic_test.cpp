#include <catch2/catch.hpp>

#include "extractors/docs_test_util.hpp"
#include "extractors/magic.hpp"

using namespace std::literals;
using dossier::testing::doc_path;
using dossier::testing::read_bytes;
namespace magic = dossier::magic;

namespace {
std::string head_of(const std::string& name) {
    return read_bytes(doc_path(name)).substr(0, 65536);
}
}  // namespace

TEST_CASE("magic: recognises image, PDF, archive and executable signatures", "[extractors]") {
    CHECK(magic::sniff("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv) == "png");
    CHECK(magic::sniff("\xFF\xD8\xFF\xE0\0\x10JFIF"sv) == "jpeg");
    CHECK(magic::sniff("GIF89a\x01\0\x01\0"sv) == "gif");
    CHECK(magic::sniff("II*\0\x08\0\0\0"sv) == "tiff");
    CHECK(magic::sniff("MM\0*\0\0\0\x08"sv) == "tiff");
    CHECK(magic::sniff("RIFF\x24\0\0\0WEBPVP8 "sv) == "webp");
    CHECK(magic::sniff("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"sv) == "pdf");
    CHECK(magic::sniff("\r\n%PDF-1.4\n"sv) == "pdf");  // junk before the header is tolerated
    CHECK(magic::sniff("7z\xBC\xAF\x27\x1C\0\x04"sv) == "7z");
    CHECK(magic::sniff("Rar!\x1A\x07\x01\0"sv) == "rar");
    CHECK(magic::sniff("\x1F\x8B\x08\0\0\0\0\0"sv) == "gzip");
    CHECK(magic::sniff("BZh91AY&SY"sv) == "bzip2");
    CHECK(magic::sniff("\xFD"
                       "7zXZ\0\0\x04"sv) == "xz");
    CHECK(magic::sniff("\x28\xB5\x2F\xFD\x24\x05"sv) == "zstd");
    CHECK(magic::sniff("\x04\x22\x4D\x18\x64\x40"sv) == "lz4");
    CHECK(magic::sniff("LZIP\x01\x0C"sv) == "lzip");
    CHECK(magic::sniff("\x1F\x9D\x90\x61"sv) == "compress");
    CHECK(magic::sniff("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"sv) == "ole");
    CHECK(magic::sniff("\x7F"
                       "ELF\x02\x01\x01\0"sv) == "elf");
    CHECK(magic::sniff(""sv) == "empty");
    std::string tar(512, '\0');
    tar.replace(0, 8, "file.txt");
    tar.replace(257, 6, "ustar\0"sv);
    CHECK(magic::sniff(tar) == "tar");
    // A tar or a zip that stores a PDF first holds "%PDF-" in its first KiB: still an archive.
    tar.replace(0, 8, "scan.pdf");
    CHECK(magic::sniff(tar + "%PDF-1.4\n") == "tar");
    std::string zip = "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x08\0\0\0scan.pdf"s;
    CHECK(magic::sniff(zip + "%PDF-1.4\n") == "zip");
}

TEST_CASE("magic: a Windows executable is PE whatever its name", "[extractors]") {
    CHECK(magic::sniff(head_of("invoice.pdf")) == "pe");
    CHECK(magic::describe("pe") == "PE 可执行程序");
    // Text that merely starts with "MZ" is not an executable.
    CHECK(magic::sniff(
              "MZ 开头的普通文本，没有二进制头部。这一行足够长，超过六十四个字节以便检查。"sv) ==
          "text");
}

TEST_CASE("magic: zip-based documents are told apart by their entry names", "[extractors]") {
    CHECK(magic::sniff(head_of("notice.docx")) == "ooxml-docx");
    CHECK(magic::sniff(head_of("table.xlsx")) == "ooxml-xlsx");
    CHECK(magic::sniff(head_of("slides.pptx")) == "ooxml-pptx");
    CHECK(magic::sniff(head_of("notice.ofd")) == "ofd");
    CHECK(magic::sniff(head_of("outline.ofd")) == "ofd");
    // A plain zip: one local header naming readme.txt.
    std::string zip =
        "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x0A\0\0\0readme.txt"s;
    CHECK(magic::sniff(zip) == "zip");
    CHECK(magic::is_archive("zip"));
    CHECK_FALSE(magic::is_archive("ooxml-docx"));
    CHECK_FALSE(magic::is_archive("ofd"));
    CHECK(magic::is_archive("7z"));
}

TEST_CASE("magic: HTML and MHTML are recognised after a BOM, whitespace and comments",
          "[extractors]") {
    CHECK(magic::sniff("\xEF\xBB\xBF  \n<!DOCTYPE html><html>"sv) == "html");
    CHECK(magic::sniff("<!-- saved from url=(0040)http://www.gov.cn/ -->\n<HTML><HEAD>"sv) ==
          "html");
    CHECK(magic::sniff(
              "<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0\">"sv) ==
          "html");
    CHECK(magic::sniff(head_of("gbk.html")) == "html");
    CHECK(magic::sniff(head_of("page.mhtml")) == "mhtml");
    // UTF-16 HTML with BOM.
    std::string u16 = "\xFF\xFE"s;
    for (char c : "<html><body>"s) u16 += std::string{c, '\0'};
    CHECK(magic::sniff(u16) == "html");
}

TEST_CASE("magic: text in UTF-8, GBK, Big5 and UTF-16 is text, binary is not", "[extractors]") {
    CHECK(magic::sniff(head_of("utf8.txt")) == "text");
    CHECK(magic::sniff(head_of("gbk.txt")) == "text");
    CHECK(magic::sniff(head_of("big5.txt")) == "text");
    CHECK(magic::sniff(head_of("utf16.txt")) == "text");
    CHECK(magic::sniff(head_of("binary.txt")) == "unknown");
    // A head cut in the middle of a UTF-8 character is still text.
    CHECK(magic::sniff("发布日期\xE6\x97"sv) == "text");
}

TEST_CASE("magic: descriptions and media types", "[extractors]") {
    CHECK(magic::describe("png") == "PNG 图片");
    CHECK(magic::describe("no-such-type") == "无法识别的数据");
    CHECK(magic::media_type("pdf") == "application/pdf");
    CHECK(magic::media_type("ofd") == "application/ofd");
    CHECK(magic::media_type("ooxml-docx") ==
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    CHECK(magic::media_type("unknown") == "application/octet-stream");
}
