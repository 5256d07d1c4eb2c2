// Second round (issue 17): integrity. `build` hands over only a package that `verify` accepts,
// whatever happened to the inbox or the workspace since the bytes were last read: a same-size
// edit that keeps the mtime, a damaged blob, a file rewritten during the run, a damaged
// workspace database. Every input is generated here and run through the real `dossier build`.
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <future>
#include <random>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"
#include "model/sha256.hpp"

namespace fs = std::filesystem;
using namespace dossier::test;
using namespace dossier::hostile;
using nlohmann::json;

namespace {

// `dossier build` with the files that need review packaged too (these inputs are short notices
// the classifier is not sure of; what matters here is that their bytes are in the package).
std::string build_cmd(const Layout& L, const std::string& extra = {}) {
    return "cd " + q(L.cwd) + " && " + dossier_cmd() + " build " + q(L.inbox) + " -o " +
           q(L.out) + " --workspace " + q(L.ws) +
           " --as-of 2020-11-20 --settle 0 --jobs 2 --include-review --json " + extra +
           " >/dev/null 2>" + q(L.log);
}

int build_all(const Layout& L) {
    return run(build_cmd(L)).code;
}

// The bytes of the package entry whose manifest source is `source`.
std::string packaged(const Build& b, const std::string& source) {
    std::string path;
    for (const auto& f : b.manifest["files"])
        if (f["source"] == source && !f["path"].is_null()) path = f["path"].get<std::string>();
    REQUIRE(!path.empty());
    int err = 0;
    zip_t* za = zip_open(b.package.c_str(), ZIP_RDONLY, &err);
    REQUIRE(za);
    zip_stat_t st;
    zip_stat_init(&st);
    REQUIRE(zip_stat(za, path.c_str(), 0, &st) == 0);
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen(za, path.c_str(), 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(f);
    zip_discard(za);
    return data;
}

// Rewrites `p` in place (same inode) with `bytes`, then gives it back its old mtime (cp -p).
void rewrite_keeping_mtime(const fs::path& p, const std::string& bytes) {
    struct stat before {};
    REQUIRE(::stat(p.c_str(), &before) == 0);
    {
        std::ofstream out(p, std::ios::binary | std::ios::in | std::ios::out);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, p.c_str(), times, 0) == 0);
    struct stat after {};
    REQUIRE(::stat(p.c_str(), &after) == 0);
    REQUIRE(after.st_ino == before.st_ino);
    REQUIRE(after.st_size == before.st_size);
}

std::string notice(const std::string& tag) {
    return "关于" + tag + "的通知\n发布日期：2020-10-15\n依法公开政府信息，接受社会监督。\n";
}

// A speckled greyscale PNG: scattered dots keep the OCR engine busy for a second or two (1600²:
// ~2 s here), the window in which the inbox is changed "during OCR".
std::string speckle_png(uint32_t w, uint32_t h) {
    std::mt19937 rng(17);
    std::string raw;
    raw.reserve(static_cast<size_t>(w + 1) * h);
    for (uint32_t y = 0; y < h; ++y) {
        raw += '\0';
        for (uint32_t x = 0; x < w; ++x)
            raw += ((x / 3 + y / 3 * 7 + rng() % 60) % 60 == 0) ? '\0' : '\xFF';
    }
    uLongf n = compressBound(static_cast<uLong>(raw.size()));
    std::string z(n, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &n, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 6);
    z.resize(n);
    std::string out("\x89PNG\r\n\x1a\n", 8);
    png_chunk(out, "IHDR", be32(w) + be32(h) + std::string("\x08\x00\x00\x00\x00", 5));
    png_chunk(out, "IDAT", z);
    png_chunk(out, "IEND", "");
    return out;
}

// True once the workspace has recorded the hash of `source` (the scan commits each file's row
// as soon as it has read it).
bool hashed_in_workspace(const fs::path& ws, const std::string& source) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2((ws / "state.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    sqlite3_busy_timeout(db, 200);
    sqlite3_stmt* s = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT sha256 FROM files WHERE source=?1", -1, &s, nullptr) ==
        SQLITE_OK) {
        sqlite3_bind_blob(s, 1, source.data(), static_cast<int>(source.size()), SQLITE_TRANSIENT);
        found = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_bytes(s, 0) == 64;
    }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return found;
}

}  // namespace

TEST_CASE("integrity: a same-size edit that keeps the mtime is packaged with its new content",
          "[hostile][integrity]") {
    Layout L;
    const std::string v1 = notice("版本一");
    const std::string v2 = notice("版本二");
    REQUIRE(v1.size() == v2.size());
    write(L.in("通知.txt"), v1);
    write(L.in("其他.txt"), notice("其他"));
    load(L, build_all(L));

    rewrite_keeping_mtime(L.in("通知.txt"), v2);
    const Snapshot inbox = snapshot(L.inbox);
    Build b = load(L, build_all(L));
    check_verify(b);
    check_accounting(b.report, inbox);
    expect(b.report, u("通知.txt"), Where::files);
    CHECK(packaged(b, u("通知.txt")) == v2);
    for (const auto& f : b.manifest["files"])
        if (f["source"] == u("通知.txt")) CHECK(f["sha256"] == dossier::sha256_hex(v2));
    check_rss();
}

TEST_CASE("integrity: a damaged blob is evicted and rebuilt from the inbox archive",
          "[hostile][integrity]") {
    Layout L;
    const std::string member = notice("压缩包内");
    make_zip(L.in("材料.zip"), {{"内容.txt", member}});
    load(L, build_all(L));

    const fs::path blob = L.ws / "blobs" / dossier::sha256_hex(member).substr(0, 2) /
                          dossier::sha256_hex(member);
    REQUIRE(fs::exists(blob));
    fs::permissions(blob, fs::perms::owner_write, fs::perm_options::add);
    {
        std::fstream f(blob, std::ios::binary | std::ios::in | std::ios::out);
        f.seekp(3);
        f.put('#');
    }
    REQUIRE(slurp(blob) != member);

    Build b = load(L, build_all(L));
    check_verify(b);
    expect(b.report, u("材料.zip!/内容.txt"), Where::files);
    CHECK(packaged(b, u("材料.zip!/内容.txt")) == member);
    CHECK(slurp(blob) == member);  // rebuilt from the archive
    check_rss();
}

TEST_CASE("integrity: a file rewritten shorter during the run is held back, then picked up",
          "[hostile][integrity]") {
    Layout L;
    const std::string v1 = notice("长版本") + std::string(4000, 'x') + "\n";
    const std::string v2 = notice("短版本");
    write(L.in("变动.txt"), v1);
    write(L.in("截图.png"), speckle_png(1600, 1600));
    const std::string source = u("变动.txt");

    // The run reads 变动.txt in its scan, then spends seconds on the image's OCR: once the
    // workspace has recorded the hash, the file is rewritten — after it was read, before it is
    // packaged.
    auto build = std::async(std::launch::async, [&] {
        return run(build_cmd(L)).code;
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!hashed_in_workspace(L.ws, source) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    REQUIRE(hashed_in_workspace(L.ws, source));
    REQUIRE(build.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
    write(L.in("变动.txt"), v2);
    const int code = build.get();

    INFO(slurp(L.log));
    REQUIRE((code == 0 || code == 1));
    Build b = load(L, 0);
    check_verify(b);
    expect(b.report, source, Where::rejected, "文件在处理过程中被修改，已留待下次");
    check_accounting(b.report, snapshot(L.inbox));

    // The next run picks it up with its new content.
    Build again = load(L, build_all(L));
    check_verify(again);
    expect(again.report, source, Where::files);
    CHECK(packaged(again, source) == v2);
    check_rss();
}

TEST_CASE("integrity: a damaged workspace database is moved aside and rebuilt, pins survive",
          "[hostile][integrity]") {
    Layout L;
    write(L.in("通知.txt"), notice("甲"));
    write(L.in("报告.txt"), notice("乙"));
    load(L, build_all(L));
    const std::string assign = dossier_cmd() + " assign " + q(L.in("报告.txt")) + " 4.1 --workspace " +
                               q(L.ws) + " >/dev/null 2>>" + q(L.log);
    REQUIRE(run(assign).code == 0);
    REQUIRE(fs::exists(L.ws / "pins.tsv"));
    Build pinned = load(L, build_all(L));

    // Damage the database: garbage over its pages after the header (what a torn write or a bad
    // sector leaves), with no WAL to repair it.
    for (const char* side : {"state.db-wal", "state.db-shm"}) fs::remove(L.ws / side);
    const auto size = fs::file_size(L.ws / "state.db");
    REQUIRE(size > 4096);
    {
        std::fstream f(L.ws / "state.db", std::ios::binary | std::ios::in | std::ios::out);
        f.seekp(100);
        const std::string junk(size - 100, '\xA5');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }

    const Snapshot inbox = snapshot(L.inbox);
    const int code = build_all(L);
    const std::string log = slurp(L.log);
    Build b = load(L, code);
    INFO(log);
    check_verify(b);
    check_accounting(b.report, inbox);
    bool moved = false;
    for (const auto& e : fs::directory_iterator(L.ws))
        moved |= e.path().filename().string().starts_with("state.db.corrupt-");
    CHECK(moved);
    CHECK_THAT(b.report["notes"].dump(), Catch::Contains("工作区数据库已损坏"));
    // The pin came back from pins.tsv: 报告.txt is still where the assignment put it.
    auto indicator_of = [](const Build& x, const std::string& source) {
        for (const auto& f : x.manifest["files"])
            if (f["source"] == source) return f.value("indicator", json()).dump();
        return std::string("missing");
    };
    CHECK(indicator_of(b, u("报告.txt")) == indicator_of(pinned, u("报告.txt")));
    CHECK(indicator_of(b, u("报告.txt")).find("4.1") != std::string::npos);
    check_rss();
}
