#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <thread>

#include "model/sha256.hpp"
#include "model/catalog.hpp"
#include "model/error.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/store.hpp"
#include "common/files.hpp"

namespace fs = std::filesystem;
using namespace dossier;

namespace {


// Archives made by tests/data/ingest/make_archives.py, once per process.
const fs::path& archives() {
    static test::Scratch dir;
    static bool made = [] {
        std::string cmd =
            "python3 '" DOSSIER_TEST_DATA "/ingest/make_archives.py' '" + dir.path().string() + "'";
        return std::system(cmd.c_str()) == 0;
    }();
    REQUIRE(made);
    return dir.path();
}

const Catalog& catalog() {
    static const Catalog c = load_catalog(default_catalog_path());
    return c;
}

// Signature and IHDR without its CRC: 29 bytes (the count must match the literal, which has
// embedded NULs, or the string reads past it).
const std::string kPng =
    std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x02\0\0\0", 29);
const std::string kPdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
std::string pe_bytes() {
    std::string b(256, '\0');
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3C] = static_cast<char>(0x80);
    b.replace(0x80, 4, std::string("PE\0\0", 4));
    return b;
}

// A small inbox with one of everything the scanner must handle.
void make_inbox(const fs::path& in) {
    test::write(in / "霸州市财政局" / "预算公开.pdf", kPdf);
    test::write(in / "财政局" / "通知.txt", "财政局的通知，别名文件夹\n");
    test::write(in / "南孟镇" / "公开栏.txt", "乡镇文件\n");
    test::write(in / "财政" / "x.txt", "未知单位的文件\n");
    test::write(in / "根目录文件.txt", "放在收件箱根目录\n");
    test::write(in / "市财政局" / ".DS_Store", "junk");
    test::write(in / "市财政局" / "Thumbs.db", "junk");
    test::write(in / "市财政局" / "~$报告.docx", "lock");
    test::write(in / "市财政局" / "__MACOSX" / "._a.txt", "apple");
    test::write(in / "市财政局" / "报告.pdf", pe_bytes());
    test::write(in / "市财政局" / "photo.jpg", kPng);
    test::write(in / "市财政局" / "IMG_1234.png", kPng + "dup");
    test::write(in / "市财政局" / "政府信息公开栏截图.png", kPng + "dup");
    test::write(in / "市财政局" / "关于公开的通知 - 副本.txt", "same text\n");
    test::write(in / "市财政局" / "关于公开的通知.txt", "same text\n");
    test::write(in / "市财政局" / std::string("\xB2\xC6.txt"), "GBK-named file on disk\n");
    test::write(in / "市财政局" / "empty.txt", "");
    fs::create_directories(in / "市财政局" / "压缩包");
    for (const char* a : {"gbk.zip", "outer.zip", "deep4.zip", "unsafe.zip", "encrypted.zip"})
        fs::copy_file(archives() / a, in / "市财政局" / "压缩包" / a);
}

const FileRecord* file(const Ledger& l, std::string_view source) {
    for (const auto& f : l.files)
        if (f.source == source) return &f;
    return nullptr;
}
std::string rejected(const Ledger& l, std::string_view source) {
    for (const auto& r : l.rejected)
        if (r.source == source) return r.reason;
    return {};
}
std::string same_as(const Ledger& l, std::string_view source) {
    for (const auto& d : l.duplicates)
        if (d.source == source) return d.same_as;
    return {};
}

ScanOptions options(const fs::path& inbox) {
    ScanOptions o;
    o.inbox = inbox;
    o.settle_seconds = 0;
    o.jobs = 2;
    return o;
}

// Every path under `root` with its bytes' digest and mtime.
std::map<std::string, std::string> fingerprint(const fs::path& root) {
    std::map<std::string, std::string> out;
    for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
         ++it) {
        struct stat st {};
        ::lstat(it->path().c_str(), &st);
        std::string v = std::to_string(st.st_mtim.tv_sec) + "." +
                        std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_mode);
        if (it->is_regular_file()) v += ":" + digest_file(it->path())->sha256;
        out[fs::relative(it->path(), root).native()] = v;
    }
    return out;
}

}  // namespace

TEST_CASE("scan: units come from the first folder level through aliases", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws", d.path() / "inbox");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    const Ledger& L = r.ledger;
    REQUIRE(file(L, "霸州市财政局/预算公开.pdf"));
    CHECK(file(L, "霸州市财政局/预算公开.pdf")->unit == std::optional<std::string>("市财政局"));
    CHECK(file(L, "霸州市财政局/预算公开.pdf")->unit_folder == "霸州市财政局");
    CHECK(file(L, "财政局/通知.txt")->unit == std::optional<std::string>("市财政局"));
    CHECK(file(L, "南孟镇/公开栏.txt")->unit == std::optional<std::string>("南孟镇"));
    REQUIRE(file(L, "财政/x.txt"));
    CHECK_FALSE(file(L, "财政/x.txt")->unit);
    CHECK_FALSE(file(L, "财政/x.txt")->warnings.empty());
    REQUIRE(file(L, "根目录文件.txt"));
    CHECK_FALSE(file(L, "根目录文件.txt")->unit);
    CHECK(file(L, "根目录文件.txt")->unit_folder.empty());
    REQUIRE(r.unit_warnings.size() == 1);
    CHECK_THAT(r.unit_warnings[0], Catch::StartsWith("未知单位文件夹「财政」：是否指 市财政局"));
}

TEST_CASE("scan: junk is listed as rejected and counted", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    for (const char* j : {"市财政局/.DS_Store", "市财政局/Thumbs.db", "市财政局/~$报告.docx",
                          "市财政局/__MACOSX/._a.txt"}) {
        INFO(j);
        CHECK(rejected(r.ledger, j) == "系统/临时文件，已忽略");
    }
    CHECK(r.ledger.skipped_junk == 4);
    CHECK(r.stats.skipped_junk == 4);
    CHECK(is_junk_path("a/__MACOSX/b.txt"));
    CHECK(is_junk_path("x/.git/config"));
    CHECK(is_junk_path("dir/report.tmp"));
    CHECK_FALSE(is_junk_path("dir/report.txt"));
    CHECK_FALSE(is_junk_path("git/a.txt"));
}

TEST_CASE("scan: the type comes from the content, not the extension", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(rejected(r.ledger, "市财政局/报告.pdf") ==
          "不是PDF 文件（实际是：PE 可执行程序），已拒绝");
    REQUIRE(file(r.ledger, "市财政局/photo.jpg"));
    CHECK(file(r.ledger, "市财政局/photo.jpg")->media_type == "image/png");
    CHECK(file(r.ledger, "霸州市财政局/预算公开.pdf")->media_type == "application/pdf");
    CHECK_THAT(rejected(r.ledger, "市财政局/empty.txt"), Catch::Contains("空文件"));
}

TEST_CASE("scan: identical content keeps the most descriptive name", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(file(r.ledger, "市财政局/政府信息公开栏截图.png"));
    CHECK(same_as(r.ledger, "市财政局/IMG_1234.png") == "市财政局/政府信息公开栏截图.png");
    CHECK(same_as(r.ledger, "市财政局/关于公开的通知 - 副本.txt") == "市财政局/关于公开的通知.txt");
    CHECK(is_generic_name("IMG_20201103_101010.jpg"));
    CHECK(is_generic_name("微信图片_20201103.jpg"));
    CHECK(is_generic_name("Screenshot_2020-11-03.png"));
    CHECK(is_generic_name("截屏2020-11-03.png"));
    CHECK(is_generic_name("通知(2).pdf"));
    CHECK(is_generic_name("DSC01234.JPG"));
    CHECK(is_generic_name("report copy.pdf"));
    CHECK_FALSE(is_generic_name("关于印发政务公开要点的通知.pdf"));
    CHECK(more_descriptive("u/短名.pdf", "u/长一些的名字.pdf"));
    CHECK(more_descriptive("a/x.pdf", "b/x.pdf"));
}

TEST_CASE("scan: archives are expanded safely with GBK names, nesting and refusals", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    const Ledger& L = r.ledger;
    const std::string z = "市财政局/压缩包/";
    const FileRecord* g = file(L, z + "gbk.zip!/政务公开/通知.txt");
    REQUIRE(g);
    CHECK(g->unit == std::optional<std::string>("市财政局"));
    CHECK(g->content_path == store.blob_path(g->sha256).string());
    CHECK(fs::exists(g->content_path));
    CHECK_THAT(g->warnings.front(), Catch::Contains("GBK"));
    // Nested: zip → zip → tar.gz (depth 3) is read; the fourth level is refused.
    CHECK(file(L, z + "outer.zip!/top.txt"));
    CHECK(file(L, z + "outer.zip!/inner.zip!/inner.txt"));
    CHECK(file(L, z + "outer.zip!/inner.zip!/d/deep.tar.gz!/leaf.txt"));
    CHECK(file(L, z + "deep4.zip!/l2.zip!/l3.zip!/l3.txt"));
    CHECK_THAT(rejected(L, z + "deep4.zip!/l2.zip!/l3.zip!/l4.zip"),
               Catch::Contains("嵌套超过 3 层"));
    CHECK_FALSE(rejected(L, z + "deep4.zip").empty());
    // Refusals inside archives, and the archive itself with a summary.
    CHECK(rejected(L, z + "unsafe.zip!/../../evil.txt") == "路径越界（../），已拒绝");
    CHECK(file(L, z + "unsafe.zip!/good/ok.txt"));
    CHECK_THAT(rejected(L, z + "unsafe.zip"), Catch::Contains("路径越界"));
    CHECK(rejected(L, z + "encrypted.zip!/secret.txt") == "加密（有密码）：请交未加密的副本");
    CHECK(file(L, z + "encrypted.zip!/plain.txt"));
    // A complete archive is accounted for by its members only.
    CHECK(rejected(L, z + "gbk.zip").empty());
    CHECK_FALSE(file(L, z + "gbk.zip"));
    // Raw bytes that are not UTF-8 stay raw in the source.
    CHECK(file(L, std::string("市财政局/\xB2\xC6.txt")));
}

TEST_CASE("scan: every input path is accounted for and files are sorted", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    std::set<std::string> accounted;
    for (const auto& f : r.ledger.files) accounted.insert(f.source);
    for (const auto& f : r.ledger.duplicates) accounted.insert(f.source);
    for (const auto& f : r.ledger.rejected) accounted.insert(f.source);
    for (auto it = fs::recursive_directory_iterator(d.path() / "inbox");
         it != fs::recursive_directory_iterator(); ++it) {
        if (!it->is_regular_file()) continue;
        std::string rel = fs::relative(it->path(), d.path() / "inbox").native();
        bool found = accounted.count(rel) > 0;
        // An archive read completely is accounted for through its members.
        if (!found)
            found = std::any_of(accounted.begin(), accounted.end(),
                                [&](const std::string& s) { return s.rfind(rel + "!/", 0) == 0; });
        INFO(rel);
        CHECK(found);
    }
    CHECK(std::is_sorted(r.ledger.files.begin(), r.ledger.files.end(),
                         [](const auto& a, const auto& b) { return a.source < b.source; }));
}

TEST_CASE("scan: the inbox is never modified", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    auto before = fingerprint(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    scan_inbox(options(d.path() / "inbox"), catalog(), store);
    scan_inbox(options(d.path() / "inbox"), catalog(), store);
    auto after = fingerprint(d.path() / "inbox");
    CHECK(before == after);
    CHECK(before.size() > 20);
}

TEST_CASE("scan: a second run over an unchanged inbox recomputes nothing", "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    Store store = Store::open(d.path() / "ws");
    ScanResult first = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(first.stats.hashed > 0);
    CHECK(first.stats.archives_read >= 5);
    store.stats() = {};
    ScanResult second = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(second.stats.hashed == 0);
    CHECK(second.stats.archives_read == 0);
    CHECK(second.stats.archives_cached == 5);
    CHECK(second.stats.new_files == 0);
    CHECK(second.stats.cached_files == static_cast<int>(first.ledger.files.size()));
    CHECK(store.stats().stage_misses == 0);
    CHECK(store.stats().stage_puts == 0);
    REQUIRE(second.ledger.files.size() == first.ledger.files.size());
    for (size_t i = 0; i < first.ledger.files.size(); ++i) {
        CHECK(second.ledger.files[i].source == first.ledger.files[i].source);
        CHECK(second.ledger.files[i].sha256 == first.ledger.files[i].sha256);
    }
    CHECK(second.ledger.rejected.size() == first.ledger.rejected.size());
    CHECK(second.ledger.duplicates.size() == first.ledger.duplicates.size());

    // Changing one file re-hashes only that file.
    test::write(d.path() / "inbox" / "财政局" / "通知.txt", "changed content\n");
    ScanResult third = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(third.stats.hashed == 1);
    CHECK(third.stats.new_files == 1);
}

namespace {

// A clock that never sleeps: sleep_for advances it and lets the test act "during" the wait
// (append to a file, as a writer still copying it would).
struct FakeClock final : Clock {
    int64_t now = 1'700'000'000'000'000'000;
    std::function<void()> during_sleep;
    std::chrono::nanoseconds slept{0};
    int64_t now_ns() override { return now; }
    void sleep_for(std::chrono::nanoseconds d) override {
        slept += d;
        now += d.count();
        if (during_sleep) during_sleep();
    }
};

// Sets a file's mtime to `ns` on the fake clock (seconds precision is plenty here).
void set_mtime(const fs::path& p, int64_t ns) {
    struct timespec t[2] = {{static_cast<time_t>(ns / 1'000'000'000), ns % 1'000'000'000},
                            {static_cast<time_t>(ns / 1'000'000'000), ns % 1'000'000'000}};
    ::utimensat(AT_FDCWD, p.c_str(), t, 0);
}

}  // namespace

TEST_CASE("scan: a file still being written is rejected after the one settling wait",
          "[pipeline]") {
    test::Scratch d;
    fs::path in = d.path() / "inbox";
    const fs::path old = in / "市财政局" / "old.txt", growing = in / "市财政局" / "growing.txt";
    test::write(old, "old\n");
    test::write(growing, "start\n");
    FakeClock clock;
    set_mtime(old, clock.now - 3'600'000'000'000);
    set_mtime(growing, clock.now - 200'000'000);  // written 0.2 s ago
    clock.during_sleep = [&] { std::ofstream(growing, std::ios::app) << "more\n"; };
    Store store = Store::open(d.path() / "ws");
    ScanOptions o = options(in);
    o.settle_seconds = 1.0;
    o.clock = &clock;
    ScanResult r = scan_inbox(o, catalog(), store);
    CHECK(rejected(r.ledger, "市财政局/growing.txt") == "文件仍在写入，本次未处理");
    CHECK(file(r.ledger, "市财政局/old.txt"));
    // One wait, until the youngest file is `settle` old.
    CHECK(clock.slept == std::chrono::milliseconds(800));
    CHECK(r.stats.settle_wait_seconds == Approx(0.8));

    // Once old, no wait at all.
    clock.during_sleep = nullptr;
    clock.slept = {};
    set_mtime(growing, clock.now - 3'600'000'000'000);
    ScanResult later = scan_inbox(o, catalog(), store);
    CHECK(later.stats.settle_wait_seconds == 0);
    CHECK(clock.slept.count() == 0);
    CHECK(file(later.ledger, "市财政局/growing.txt"));
}

TEST_CASE("scan: a young file that does not change during the wait is taken", "[pipeline]") {
    test::Scratch d;
    fs::path in = d.path() / "inbox";
    test::write(in / "u" / "copied.txt", "copied a moment ago\n");
    FakeClock clock;
    set_mtime(in / "u" / "copied.txt", clock.now - 500'000'000);
    Store store = Store::open(d.path() / "ws");
    ScanOptions o = options(in);
    o.settle_seconds = 2.0;
    o.clock = &clock;
    ScanResult r = scan_inbox(o, catalog(), store);
    CHECK(clock.slept == std::chrono::milliseconds(1500));
    CHECK(file(r.ledger, "u/copied.txt"));
    CHECK(r.ledger.rejected.empty());
}

TEST_CASE("scan: unsettled files wait for the next cycle in watch mode", "[pipeline]") {
    test::Scratch d;
    fs::path in = d.path() / "inbox";
    const fs::path growing = in / "u" / "growing.txt";
    test::write(growing, "start\n");
    FakeClock clock;
    set_mtime(growing, clock.now);
    clock.during_sleep = [&] { std::ofstream(growing, std::ios::app) << "more\n"; };
    Store store = Store::open(d.path() / "ws");
    ScanOptions o = options(in);
    o.settle_seconds = 1.0;
    o.defer_unsettled = true;
    o.clock = &clock;
    ScanResult r = scan_inbox(o, catalog(), store);
    CHECK(r.waiting == std::vector<std::string>{"u/growing.txt"});
    CHECK(r.stats.waiting == 1);
    CHECK(rejected(r.ledger, "u/growing.txt").empty());
    CHECK_FALSE(file(r.ledger, "u/growing.txt"));
}

TEST_CASE("scan: unreadable files and symlinks are rejected with a reason", "[pipeline]") {
    test::Scratch d;
    fs::path in = d.path() / "inbox";
    test::write(in / "u" / "ok.txt", "ok\n");
    test::write(in / "u" / "secret.txt", "secret\n");
    fs::create_symlink("/etc/hostname", in / "u" / "link.txt");
    ::chmod((in / "u" / "secret.txt").c_str(), 0);
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(in), catalog(), store);
    CHECK_THAT(rejected(r.ledger, "u/link.txt"), Catch::Contains("符号链接"));
    CHECK(file(r.ledger, "u/ok.txt"));
    if (::geteuid() != 0) {
        CHECK(rejected(r.ledger, "u/secret.txt") == "无法读取（权限不足）");
    } else {
        // root reads everything: the permission refusal cannot be provoked here.
        CHECK(file(r.ledger, "u/secret.txt"));
    }
}

TEST_CASE("scan: a missing inbox is a Fatal with exit code 3", "[pipeline]") {
    test::Scratch d;
    Store store = Store::open(d.path() / "ws");
    try {
        scan_inbox(options(d.path() / "no-such-inbox"), catalog(), store);
        FAIL("no Fatal");
    } catch (const Fatal& e) {
        CHECK(e.code == kInput);
    }
}

namespace {
std::string run_capture(const std::string& cmd, int* rc) {
    std::string out;
    FILE* p = ::popen(cmd.c_str(), "r");
    REQUIRE(p);
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int status = ::pclose(p);
    *rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}
}  // namespace

TEST_CASE("ingest: prints the ledger and exits 0 with rejections, 3 without an inbox",
          "[pipeline]") {
    test::Scratch d;
    make_inbox(d.path() / "inbox");
    std::string base = std::string("cd '") + d.path().string() + "' && '" DOSSIER_BIN "' ingest ";
    int rc = -1;
    std::string out = run_capture(base + "inbox --settle 0 2>&1", &rc);
    CHECK(rc == 0);
    CHECK_THAT(out, Catch::Contains("拒收"));
    CHECK_THAT(
        out, Catch::Contains("市财政局/报告.pdf — 不是PDF 文件（实际是：PE 可执行程序），已拒绝"));
    CHECK(fs::exists(d.path() / ".dossier" / "state.db"));
    std::string json = run_capture(base + "inbox --settle 0 --json", &rc);
    CHECK(rc == 0);
    CHECK_THAT(json, Catch::Contains("\"cached\""));
    CHECK_THAT(json, Catch::Contains("\\\\xb2\\\\xc6.txt"));  // invalid UTF-8 escaped at output
    run_capture(base + "missing-inbox 2>&1", &rc);
    CHECK(rc == 3);
    CHECK_FALSE(fs::exists(d.path() / "missing-inbox"));
    run_capture(base + "inbox --workspace inbox/.ws 2>&1", &rc);
    CHECK(rc == 3);  // design.md §4: a workspace inside the inbox is exit 3
    CHECK_FALSE(fs::exists(d.path() / "inbox" / ".ws"));
}

TEST_CASE("ingest: a run killed part-way is finished by the next run", "[pipeline]") {
    test::Scratch d;
    fs::path in = d.path() / "inbox";
    for (int u = 0; u < 4; ++u)
        for (int i = 0; i < 400; ++i)
            test::write(in / ("单位" + std::to_string(u)) / ("文件" + std::to_string(i) + ".txt"),
                "content " + std::to_string(u) + "/" + std::to_string(i % 350) + "\n");
    fs::copy_file(archives() / "outer.zip", in / "单位0" / "outer.zip");
    const std::string bin = DOSSIER_BIN;
    for (int delay_ms : {30, 120, 300}) {
        INFO("killed after " << delay_ms << " ms");
        fs::path ws = d.path() / ("ws" + std::to_string(delay_ms));
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, 1);
            ::dup2(null, 2);
            ::execl(bin.c_str(), bin.c_str(), "ingest", in.c_str(), "--workspace", ws.c_str(),
                    "--settle", "0", "--jobs", "2", static_cast<char*>(nullptr));
            ::_exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        int rc = -1;
        std::string resumed =
            run_capture("'" + bin + "' ingest '" + in.string() + "' --workspace '" + ws.string() +
                            "' --settle 0 --json",
                        &rc);
        REQUIRE(rc == 0);
        std::string fresh = run_capture("'" + bin + "' ingest '" + in.string() + "' --workspace '" +
                                            (d.path() / "fresh").string() + "' --settle 0 --json",
                                        &rc);
        REQUIRE(rc == 0);
        // Same ledger apart from the new/cached split.
        auto strip = [](std::string s) {
            size_t a = s.find("\"counts\""), b = s.find('}', a);
            return s.erase(a, b - a);
        };
        CHECK(strip(resumed) == strip(fresh));
        CHECK_THAT(resumed, Catch::Contains("outer.zip!/inner.zip!/inner.txt"));
        fs::remove_all(d.path() / "fresh");
    }
}

TEST_CASE("scan: intake's hidden temporaries are passed over silently", "[pipeline]") {
    test::Scratch d;
    test::write(d / "inbox/市财政局/通知.txt", "通知\n");
    test::write(d / "inbox/市财政局/.dossier-intake-123-AbCdEf", "half a copy");
    Store store = Store::open(d.path() / "ws");
    ScanResult r = scan_inbox(options(d.path() / "inbox"), catalog(), store);
    CHECK(r.ledger.files.size() == 1);
    CHECK(r.ledger.rejected.empty());
    CHECK(r.ledger.skipped_junk == 0);
}
