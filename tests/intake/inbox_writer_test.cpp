// intake/inbox_writer: hostile names become safe ones, and files enter the inbox whole, under a
// free name, never replacing another — on one filesystem or across two.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <fmt/core.h>

#include "common/files.hpp"
#include "intake/inbox_writer.hpp"
#include "model/error.hpp"

namespace fs = std::filesystem;
using namespace dossier;

namespace {

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

bool valid_utf8_prefix_cut(const std::string& s) {
    // Ends on a whole character: the last lead byte's sequence is complete.
    size_t i = s.size();
    size_t cont = 0;
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i, ++cont;
    if (i == 0) return cont == 0;
    const auto lead = static_cast<unsigned char>(s[i - 1]);
    const size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return cont + 1 == len;
}

}  // namespace

TEST_CASE("inbox_writer: path parts are dropped, only the last name stays", "[intake]") {
    CHECK(sanitize_file_name("../../etc/passwd") == "passwd");
    CHECK(sanitize_file_name("/etc/shadow") == "shadow");
    CHECK(sanitize_file_name("C:\\Users\\x\\报告.docx") == "报告.docx");
    CHECK(sanitize_file_name("..\\..\\evil.exe") == "evil.exe");
    CHECK(sanitize_file_name("dir/") == "dir");
    CHECK(sanitize_file_name("../") == "文件");
    CHECK(sanitize_file_name("..", "上传文件") == "上传文件");
    CHECK(sanitize_file_name("", "上传文件") == "上传文件");
    CHECK(sanitize_file_name("/") == "文件");
}

TEST_CASE("inbox_writer: NUL, controls and bidi or invisible characters are removed",
          "[intake]") {
    CHECK(sanitize_file_name(std::string("a\0b.txt", 7)) == "ab.txt");
    CHECK(sanitize_file_name("关于\u202Efdp.exe") == "关于fdp.exe");
    CHECK(sanitize_file_name("a\u200Bb\u2066c\u2069\uFEFF.pdf") == "abc.pdf");
    CHECK(sanitize_file_name("line\nbreak\r\t\x7F.txt") == "linebreak.txt");
    CHECK(sanitize_file_name("c1\xC2\x85.txt") == "c1.txt");  // U+0085 NEL
    CHECK(sanitize_file_name("\u202E") == "文件");
    // Invalid UTF-8 is replaced, never passed on.
    const std::string bad = sanitize_file_name("\xB2\xC6.txt");
    CHECK(bad == "\uFFFD\uFFFD.txt");
}

TEST_CASE("inbox_writer: leading dots, trailing dots and spaces, reserved names", "[intake]") {
    CHECK(sanitize_file_name(".bashrc") == "bashrc");
    CHECK(sanitize_file_name("...hidden.txt") == "hidden.txt");
    CHECK(sanitize_file_name("  报告.pdf  ") == "报告.pdf");
    CHECK(sanitize_file_name("name. . .") == "name");
    CHECK(sanitize_file_name("CON") == "_CON");
    CHECK(sanitize_file_name("con.txt") == "_con.txt");
    CHECK(sanitize_file_name("Lpt9.tar.gz") == "_Lpt9.tar.gz");
    CHECK(sanitize_file_name("nul") == "_nul");
    CHECK(sanitize_file_name("COM10.txt") == "COM10.txt");
    CHECK(sanitize_file_name("console.txt") == "console.txt");
}

TEST_CASE("inbox_writer: names are NFC", "[intake]") {
    // "é" as e + combining acute (NFD, as macOS sends it) → U+00E9.
    CHECK(sanitize_file_name("caf\x65\xCC\x81.txt") == "caf\xC3\xA9.txt");
    // Hangul jamo compose too.
    CHECK(sanitize_file_name("\u1100\u1161.txt") == "\uAC00.txt");
}

TEST_CASE("inbox_writer: 300-byte CJK names are cut at a character boundary keeping the "
          "extension", "[intake]") {
    std::string longname;
    while (longname.size() < 300) longname += "关于政务公开";  // 18 bytes each
    const std::string s = sanitize_file_name(longname + ".docx");
    CHECK(s.size() <= 200);
    CHECK(s.size() > 190);
    CHECK(s.ends_with(".docx"));
    CHECK(valid_utf8_prefix_cut(s.substr(0, s.size() - 5)));
    CHECK(s.starts_with("关于政务公开"));
    // No extension, or an absurd one: cut too.
    const std::string noext = sanitize_file_name(longname);
    CHECK(noext.size() <= 200);
    CHECK(valid_utf8_prefix_cut(noext));
    const std::string longext = sanitize_file_name("a." + longname);
    CHECK(longext.size() <= 200);
    CHECK(valid_utf8_prefix_cut(longext));
    // A short name is left alone.
    CHECK(sanitize_file_name("2024年预算公开.pdf") == "2024年预算公开.pdf");
}

TEST_CASE("inbox_writer: files are added whole, clashes get (2), nothing is overwritten",
          "[intake]") {
    test::Scratch d;
    const fs::path inbox = d / "inbox" / "市财政局";
    test::write(d / "t1", "first");
    test::write(d / "t2", "second");
    test::write(d / "t3", "third");
    const fs::path a = add_to_inbox(d / "t1", inbox, "报告.pdf");
    const fs::path b = add_to_inbox(d / "t2", inbox, "报告.pdf");
    const fs::path c = add_to_inbox(d / "t3", inbox, "报告.pdf");
    CHECK(a == inbox / "报告.pdf");
    CHECK(b == inbox / "报告 (2).pdf");
    CHECK(c == inbox / "报告 (3).pdf");
    CHECK(test::slurp(a) == "first");
    CHECK(test::slurp(b) == "second");
    CHECK(test::slurp(c) == "third");
    CHECK_FALSE(fs::exists(d / "t1"));
    CHECK_FALSE(fs::exists(d / "t2"));
    test::write(d / "t4", "no extension");
    CHECK(add_to_inbox(d / "t4", inbox, "说明") == inbox / "说明");
    test::write(d / "t5", "no extension 2");
    CHECK(add_to_inbox(d / "t5", inbox, "说明") == inbox / "说明 (2)");
    CHECK(names_in(inbox).size() == 5);
}

TEST_CASE("inbox_writer: concurrent adds of one name keep every file", "[intake]") {
    test::Scratch d;
    const fs::path inbox = d / "inbox" / "u";
    constexpr int kN = 8;
    for (int i = 0; i < kN; ++i) test::write(d / fmt::format("t{}", i), std::to_string(i));
    std::vector<std::thread> ts;
    for (int i = 0; i < kN; ++i)
        ts.emplace_back([&, i] { add_to_inbox(d / fmt::format("t{}", i), inbox, "同名.txt"); });
    for (auto& t : ts) t.join();
    std::vector<std::string> contents;
    for (const auto& n : names_in(inbox)) contents.push_back(test::slurp(inbox / n));
    std::sort(contents.begin(), contents.end());
    REQUIRE(contents.size() == kN);
    for (int i = 0; i < kN; ++i) CHECK(contents[i] == std::to_string(i));
}

TEST_CASE("inbox_writer: an unwritable inbox is a Fatal naming the folder", "[intake]") {
    if (::geteuid() == 0) {
        WARN("skipped: root ignores permissions");
        return;
    }
    test::Scratch d;
    fs::create_directories(d / "ro");
    fs::permissions(d / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    test::write(d / "t", "x");
    try {
        add_to_inbox(d / "t", d / "ro" / "u", "a.txt");
        FAIL("no error");
    } catch (const Fatal& f) {
        CHECK(f.code == kInput);
        CHECK(f.file.find("ro") != std::string::npos);
    }
    fs::permissions(d / "ro", fs::perms::owner_all);
}

TEST_CASE("inbox_writer: across filesystems the file appears whole, no temporary stays",
          "[intake]") {
    struct stat a {}, b {};
    if (::stat("/dev/shm", &a) != 0 || ::stat(fs::temp_directory_path().c_str(), &b) != 0 ||
        a.st_dev == b.st_dev) {
        WARN("skipped: /dev/shm and the temp folder are one filesystem here, nothing to cross");
        return;
    }
    test::Scratch d;
    const fs::path temp = "/dev/shm/dossier-intake-test-" + std::to_string(::getpid());
    const std::string bytes(300000, 'x');
    test::write(temp, bytes);
    const fs::path inbox = d / "inbox" / "市财政局";
    const fs::path got = add_to_inbox(temp, inbox, "跨盘.bin");
    CHECK(got == inbox / "跨盘.bin");
    CHECK(test::slurp(got) == bytes);
    CHECK_FALSE(fs::exists(temp));
    CHECK(names_in(inbox) == std::vector<std::string>{"跨盘.bin"});
    test::write(temp, "again");
    CHECK(add_to_inbox(temp, inbox, "跨盘.bin") == inbox / "跨盘 (2).bin");
    CHECK(names_in(inbox).size() == 2);
}

TEST_CASE("inbox_writer: leftovers of a dead writer are removed, a live one's kept",
          "[intake]") {
    test::Scratch d;
    const fs::path inbox = d / "inbox";
    test::write(inbox / "u" / ".dossier-intake-999999999-AbCdEf", "dead writer");
    const std::string mine = ".dossier-intake-" + std::to_string(::getpid()) + "-XyZ123";
    test::write(inbox / "u" / mine, "live writer");
    test::write(inbox / "u" / "报告.pdf", "kept");
    CHECK(clean_intake_leftovers(inbox) == 1);
    CHECK(names_in(inbox / "u") == std::vector<std::string>{mine, "报告.pdf"});
    CHECK(clean_intake_leftovers(d / "missing") == 0);
}
