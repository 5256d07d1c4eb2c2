#include <catch2/catch.hpp>

#include <archive.h>
#include <archive_entry.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "extractors/archive_reader.hpp"
#include "extractors/blob_writer.hpp"
#include "model/sha256.hpp"
#include "common/files.hpp"

namespace fs = std::filesystem;
using namespace dossier;

namespace {

// The archives are made once per test process by tests/data/ingest/make_archives.py and removed
// when the process ends.
struct Fixtures {
    test::Scratch scratch{"dossier-archive"};
    fs::path dir = scratch.path();
    Fixtures() {
        std::string cmd =
            "python3 '" DOSSIER_TEST_DATA "/ingest/make_archives.py' '" + dir.string() + "'";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("make_archives.py failed");
    }
};

const fs::path& fixtures() {
    static const Fixtures f;
    return f.dir;
}

const ArchiveMember* member(const ArchiveListing& l, std::string_view name) {
    for (const auto& m : l.members)
        if (m.name == name) return &m;
    return nullptr;
}

std::string refusal(const ArchiveListing& l, std::string_view name) {
    for (const auto& r : l.refused)
        if (r.name == name) return r.reason;
    return {};
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

size_t tmp_files(const fs::path& root) {
    std::error_code ec;
    if (!fs::exists(root / ".tmp")) return 0;
    return static_cast<size_t>(
        std::distance(fs::directory_iterator(root / ".tmp", ec), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("archive_reader: decodes GBK member names and keeps UTF-8 ones", "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "gbk.zip", blobs.path());
    REQUIRE(l);
    CHECK(l->incomplete.empty());
    REQUIRE(l->members.size() == 3);
    const ArchiveMember* m = member(*l, "政务公开/通知.txt");
    REQUIRE(m);
    CHECK(m->name_decoded);
    CHECK(slurp(m->blob) == "关于政务公开的通知\n");
    CHECK(m->sha256 == sha256_hex("关于政务公开的通知\n"));
    CHECK(m->blob == blob_path(blobs.path(), m->sha256));
    REQUIRE(member(*l, "预算公开表.txt"));
    const ArchiveMember* u = member(*l, "解读材料.txt");
    REQUIRE(u);
    CHECK_FALSE(u->name_decoded);
}

TEST_CASE("archive_reader: rejects entries that escape the root and links, keeps the rest",
          "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "unsafe.zip", blobs.path());
    REQUIRE(l);
    CHECK(member(*l, "good/ok.txt"));
    CHECK(member(*l, "good/also.txt"));
    CHECK(l->members.size() == 2);
    CHECK(refusal(*l, "../../evil.txt") == "路径越界（../），已拒绝");
    CHECK(refusal(*l, "ok/../../x.txt") == "路径越界（../），已拒绝");
    CHECK(refusal(*l, "/abs.txt") == "路径越界（../），已拒绝");
    CHECK_THAT(refusal(*l, "link-out"), Catch::Contains("符号链接"));
    CHECK_THAT(l->incomplete, Catch::Contains("3 个条目路径越界"));
    // Nothing was written outside the blob store.
    CHECK_FALSE(fs::exists(blobs.path().parent_path() / "evil.txt"));
}

TEST_CASE("archive_reader: refuses hard links, symlinks and device entries in tarballs",
          "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "special.tar", blobs.path());
    REQUIRE(l);
    REQUIRE(l->members.size() == 1);
    CHECK(l->members[0].name == "dir/regular.txt");
    CHECK_THAT(refusal(*l, "dir/hard"), Catch::Contains("硬链接"));
    CHECK_THAT(refusal(*l, "dir/sym"), Catch::Contains("符号链接"));
    CHECK_THAT(refusal(*l, "dir/null"), Catch::Contains("设备或特殊文件"));
    CHECK_FALSE(l->incomplete.empty());
}

TEST_CASE("archive_reader: refuses encrypted entries and still reads the plain ones",
          "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "encrypted.zip", blobs.path());
    REQUIRE(l);
    CHECK(refusal(*l, "secret.txt") == "加密（有密码）：请交未加密的副本");
    const ArchiveMember* m = member(*l, "plain.txt");
    REQUIRE(m);
    CHECK(slurp(m->blob) == "plain\n");
    CHECK_THAT(l->incomplete, Catch::Contains("加密"));
}

TEST_CASE("archive_reader: a 7z with encrypted headers is refused as a whole", "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "headers-encrypted.7z", blobs.path());
    REQUIRE_FALSE(l);
    CHECK_THAT(l.error().reason, Catch::Contains("加密"));
}

TEST_CASE("archive_reader: a zip bomb stops at the ratio limit with bounded memory",
          "[extractors]") {
    test::Scratch blobs;
    struct rusage before {};
    getrusage(RUSAGE_SELF, &before);
    auto l = read_archive(fixtures() / "bomb.zip", blobs.path());
    struct rusage after {};
    getrusage(RUSAGE_SELF, &after);
    REQUIRE(l);
    CHECK(l->members.empty());
    CHECK_THAT(refusal(*l, "zeros.bin"), Catch::Contains("压缩比异常"));
    CHECK_THAT(l->incomplete, Catch::Contains("压缩炸弹"));
    CHECK(tmp_files(blobs.path()) == 0);  // the partial member was removed
    // Peak RSS grew by far less than the 1 GiB the member would inflate to.
    CHECK(after.ru_maxrss - before.ru_maxrss < 64 * 1024);  // KiB
}

TEST_CASE("archive_reader: a zip bomb stops at the total-bytes limit before decompressing",
          "[extractors]") {
    test::Scratch blobs;
    ArchiveReadOptions opt;
    opt.limits.max_total_bytes = 16ull << 20;
    opt.limits.max_ratio = 1e12;
    auto l = read_archive(fixtures() / "bomb.zip", blobs.path(), opt);
    REQUIRE(l);
    CHECK(l->members.empty());
    CHECK_THAT(refusal(*l, "zeros.bin"), Catch::Contains("超过大小上限（16 MB）"));
    CHECK_THAT(l->incomplete, Catch::Contains("总大小超过上限"));
}

TEST_CASE("archive_reader: the running byte count stops members whose size is unknown",
          "[extractors]") {
    // The bomb's member is read until the limit; with a tiny limit and a plain tarball the count
    // made while reading (not the declared size) is what stops it.
    test::Scratch blobs;
    ArchiveReadOptions opt;
    opt.limits.max_total_bytes = 8;  // a.txt (6 bytes) fits, b.txt (5 more) does not
    auto l = read_archive(fixtures() / "set.tar", blobs.path(), opt);
    REQUIRE(l);
    CHECK(l->members.size() == 1);
    CHECK_FALSE(l->incomplete.empty());
    CHECK(tmp_files(blobs.path()) == 0);
}

TEST_CASE("archive_reader: limits the number of entries", "[extractors]") {
    test::Scratch blobs;
    ArchiveReadOptions opt;
    opt.limits.max_entries = 1;
    auto l = read_archive(fixtures() / "gbk.zip", blobs.path(), opt);
    REQUIRE(l);
    CHECK(l->members.size() == 1);
    CHECK_THAT(l->incomplete, Catch::Contains("条目数超过上限（1 个）"));
}

TEST_CASE("archive_reader: a truncated zip gives what was read and says it is damaged",
          "[extractors]") {
    test::Scratch blobs;
    auto l = read_archive(fixtures() / "truncated.zip", blobs.path());
    REQUIRE(l);
    CHECK(l->members.size() >= 1);
    CHECK(l->members.size() < 4);
    CHECK_THAT(l->incomplete, Catch::Contains("未能完整读取"));
    CHECK(tmp_files(blobs.path()) == 0);
}

TEST_CASE("archive_reader: reads tar, tar.gz, tar.bz2, tar.xz, 7z and a lone .gz", "[extractors]") {
    test::Scratch blobs;
    for (const char* name : {"set.tar", "set.tar.gz", "set.tar.bz2", "set.tar.xz"}) {
        INFO(name);
        auto l = read_archive(fixtures() / name, blobs.path());
        REQUIRE(l);
        CHECK(l->incomplete.empty());
        REQUIRE(l->members.size() == 2);
        CHECK(l->members[0].name == "docs/a.txt");
        CHECK(slurp(l->members[1].blob) == "beta\n");
    }
    auto z = read_archive(fixtures() / "set.7z", blobs.path());
    REQUIRE(z);
    REQUIRE(z->members.size() == 1);
    CHECK(z->members[0].name == "图片/说明.txt");
    ArchiveReadOptions opt;
    opt.name_hint = "report.txt.gz";
    auto g = read_archive(fixtures() / "report.txt.gz", blobs.path(), opt);
    REQUIRE(g);
    REQUIRE(g->members.size() == 1);
    CHECK(g->members[0].name == "report.txt");
    CHECK(slurp(g->members[0].blob) == "报告正文\n");
}

namespace {

// One archive written with libarchive: `format` "raw" (a lone compressed file) or "7zip".
void write_archive(const fs::path& path, bool raw, const char* options,
                   const std::vector<std::pair<std::string, std::string>>& entries) {
    archive* a = archive_write_new();
    if (raw) {
        archive_write_set_format_raw(a);
        archive_write_add_filter_gzip(a);
    } else {
        archive_write_set_format_7zip(a);
    }
    if (options) REQUIRE(archive_write_set_options(a, options) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(a, path.c_str()) == ARCHIVE_OK);
    for (const auto& [name, data] : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, static_cast<la_int64_t>(data.size()));
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        archive_write_data(a, data.data(), data.size());
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

}  // namespace

TEST_CASE("archive_reader: compressed zeros are one member unless the name says tarball",
          "[extractors]") {
    test::Scratch blobs;
    const fs::path gz = blobs.path() / "zeros.gz";
    write_archive(gz, true, nullptr, {{"z.pdf", std::string(65536, '\0')}});
    ArchiveReadOptions opt;
    opt.name_hint = "z.pdf.gz";
    auto lone = read_archive(gz, blobs.path(), opt);
    REQUIRE(lone);
    REQUIRE(lone->members.size() == 1);
    CHECK(lone->members[0].name == "z.pdf");
    CHECK(lone->members[0].size == 65536);
    opt.name_hint = "空.tar.gz";
    auto tarball = read_archive(gz, blobs.path(), opt);
    REQUIRE(tarball);
    CHECK(tarball->members.empty());
    CHECK(tarball->refused.empty());
    CHECK(tarball->incomplete.empty());
}

TEST_CASE("archive_reader: a 7z of incompressible bytes is not a bomb, a 7z of zeros is",
          "[extractors]") {
    test::Scratch blobs;
    std::mt19937 rng(7);
    std::string noise(9u << 20, '\0');
    for (char& c : noise) c = static_cast<char>(rng());
    const fs::path stored = blobs.path() / "stored.7z", bomb = blobs.path() / "bomb.7z";
    write_archive(stored, false, "7zip:compression=store", {{"r.bin", noise}, {"s.txt", "说明\n"}});
    auto l = read_archive(stored, blobs.path());
    REQUIRE(l);
    CHECK(l->refused.empty());
    CHECK(l->incomplete.empty());
    CHECK(l->members.size() == 2);
    write_archive(bomb, false, "7zip:compression=deflate",
                  {{"zeros.bin", std::string(32u << 20, '\0')}, {"after.txt", "x\n"}});
    auto b = read_archive(bomb, blobs.path());
    REQUIRE(b);
    CHECK_THAT(refusal(*b, "zeros.bin"), Catch::Contains("压缩比异常"));
    CHECK_FALSE(b->incomplete.empty());
}

TEST_CASE("archive_reader: a file that is not an archive is an error, not a crash",
          "[extractors]") {
    test::Scratch blobs;
    fs::path f = blobs.path() / "not.zip";
    std::ofstream(f) << "just some text, not a zip at all\n";
    auto l = read_archive(f, blobs.path());
    REQUIRE_FALSE(l);
    CHECK_FALSE(l.error().reason.empty());
    auto missing = read_archive(blobs.path() / "missing.zip", blobs.path());
    CHECK_FALSE(missing);
}

TEST_CASE("archive_reader: the skip predicate lists junk without reading it", "[extractors]") {
    test::Scratch blobs;
    ArchiveReadOptions opt;
    opt.skip = [](std::string_view n) { return n.find("预算") != std::string_view::npos; };
    auto l = read_archive(fixtures() / "gbk.zip", blobs.path(), opt);
    REQUIRE(l);
    CHECK(l->members.size() == 2);
    REQUIRE(l->skipped.size() == 1);
    CHECK(l->skipped[0] == "预算公开表.txt");
}

TEST_CASE("archive_reader: escapes_root catches every escape form", "[extractors]") {
    CHECK(escapes_root("../a"));
    CHECK(escapes_root("a/../../b"));
    CHECK(escapes_root("a\\..\\b"));
    CHECK(escapes_root("/etc/passwd"));
    CHECK(escapes_root("C:evil"));
    CHECK(escapes_root(".."));
    CHECK_FALSE(escapes_root("a/..b/c"));
    CHECK_FALSE(escapes_root("a..txt"));
    CHECK_FALSE(escapes_root("dir/file.txt"));
}

TEST_CASE("sha256: digest_file hashes the bytes and keeps the head", "[extractors]") {
    test::Scratch d;
    fs::path f = d.path() / "x.bin";
    std::string data(200000, 'x');
    std::ofstream(f, std::ios::binary) << data;
    auto r = digest_file(f, 100);
    REQUIRE(r);
    CHECK(r->sha256 == sha256_hex(data));
    CHECK(r->size == data.size());
    CHECK(r->head == std::string(100, 'x'));
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    auto gone = digest_file(d.path() / "gone");
    REQUIRE_FALSE(gone);
    CHECK(gone.error().reason == "文件在处理过程中被删除或移动");
}
