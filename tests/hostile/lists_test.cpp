// Second round of hostile inputs (issue 17), the part about inputs missing from every list, 7z
// archives taken for compression bombs, invisible characters in package names and signals that
// left temporaries behind. Every input is generated here and run through the real binary.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "harness.hpp"

namespace fs = std::filesystem;
using namespace dossier::test;
using namespace dossier::hostile;
using nlohmann::json;

namespace {

// ---- archives written with libarchive ---------------------------------------------------------

struct Entry {
    std::string name;
    std::string data = {};
    bool dir = false;
};

// `format`: "7zip", "raw" (a lone compressed file) or "tar"; `filter`: "", "gzip", "zstd",
// "lz4", "lzip", "compress";
// `options`: libarchive writer options ("7zip:compression=deflate").
void write_archive(const fs::path& path, const std::string& format, const std::string& filter,
                   const std::string& options, const std::vector<Entry>& entries) {
    fs::create_directories(path.parent_path());
    archive* a = archive_write_new();
    if (format == "7zip")
        archive_write_set_format_7zip(a);
    else if (format == "raw")
        archive_write_set_format_raw(a);
    else
        archive_write_set_format_pax_restricted(a);
    if (filter == "gzip") REQUIRE(archive_write_add_filter_gzip(a) == ARCHIVE_OK);
    if (filter == "zstd") REQUIRE(archive_write_add_filter_zstd(a) == ARCHIVE_OK);
    if (filter == "lz4") REQUIRE(archive_write_add_filter_lz4(a) == ARCHIVE_OK);
    if (filter == "lzip") REQUIRE(archive_write_add_filter_lzip(a) == ARCHIVE_OK);
    if (filter == "compress") REQUIRE(archive_write_add_filter_compress(a) == ARCHIVE_OK);
    if (!options.empty()) REQUIRE(archive_write_set_options(a, options.c_str()) == ARCHIVE_OK);
    REQUIRE(archive_write_open_filename(a, path.c_str()) == ARCHIVE_OK);
    for (const auto& t : entries) {
        archive_entry* e = archive_entry_new();
        archive_entry_set_pathname(e, t.name.c_str());
        archive_entry_set_perm(e, t.dir ? 0755 : 0644);
        archive_entry_set_mtime(e, 1586304000, 0);
        archive_entry_set_filetype(e, t.dir ? AE_IFDIR : AE_IFREG);
        if (!t.dir) archive_entry_set_size(e, static_cast<la_int64_t>(t.data.size()));
        REQUIRE(archive_write_header(a, e) == ARCHIVE_OK);
        if (!t.data.empty())
            REQUIRE(archive_write_data(a, t.data.data(), t.data.size()) ==
                    static_cast<la_ssize_t>(t.data.size()));
        archive_entry_free(e);
    }
    REQUIRE(archive_write_close(a) == ARCHIVE_OK);
    archive_write_free(a);
}

std::string random_bytes(size_t n, uint32_t seed) {
    std::mt19937 rng(seed);
    std::string out(n, '\0');
    for (size_t i = 0; i + 4 <= n; i += 4) {
        const uint32_t v = rng();
        std::memcpy(&out[i], &v, 4);
    }
    return out;
}

// An empty zip: the end-of-central-directory record alone (libzip writes no file for no entries).
std::string empty_zip() {
    return std::string("PK\x05\x06", 4) + std::string(18, '\0');
}

bool have_7z() {
    return run("command -v 7z >/dev/null 2>&1").code == 0;
}

// `dossier ingest INBOX --json`.
json ingest(const Layout& L) {
    Result r = run(dossier_cmd() + " ingest " + q(L.inbox) + " --workspace " +
                   q(L.t / "ws-ingest") + " --settle 0 --json 2>" + q(L.log));
    INFO(slurp(L.log));
    REQUIRE(r.code == 0);
    return json::parse(r.out);
}

// `dossier build … --include-review`, so that every accepted file is packaged.
Build build_all(const Layout& L) {
    int code = run("cd " + q(L.cwd) + " && " + dossier_cmd() + " build " + q(L.inbox) + " -o " +
                   q(L.out) + " --workspace " + q(L.ws) +
                   " --as-of 2020-11-20 --settle 0 --jobs 2 --include-review --json >/dev/null 2>" +
                   q(L.log))
                   .code;
    return load(L, code);
}

bool reason_has(const json& j, const std::string& source, const std::string& part) {
    const json* e = find(j, "rejected", source);
    return e && (*e)["reason"].get<std::string>().find(part) != std::string::npos;
}

// ---- a child we can signal --------------------------------------------------------------------

// Starts the binary with `args` (argv[1…]), TMPDIR set to `tmpdir`, output to `log`.
pid_t spawn_dossier(const std::vector<std::string>& args, const fs::path& tmpdir,
                    const fs::path& log) {
    std::vector<std::string> all{DOSSIER_BIN};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::setenv("TMPDIR", tmpdir.c_str(), 1);
        int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd >= 0) ::dup2(fd, 1), ::dup2(fd, 2);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    return pid;
}

// Polls `ready` every millisecond until it holds (true) or the child ends or 60 s pass (false).
bool wait_for(pid_t pid, const std::function<bool()>& ready) {
    for (auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
         std::chrono::steady_clock::now() < end;) {
        if (ready()) return true;
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

// Sends `sig` once `ready` holds, then waits for the child; true when the signal ended it.
bool signal_when(pid_t pid, int sig, const std::function<bool()>& ready) {
    const bool caught = wait_for(pid, ready);
    INFO("the temporary appeared before the child ended: " << caught);
    REQUIRE(caught);
    ::kill(pid, sig);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    INFO("status " << status);
    return WIFSIGNALED(status) && WTERMSIG(status) == sig;
}

bool has_entry_starting(const fs::path& dir, const std::string& prefix) {
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename().string().rfind(prefix, 0) == 0) return true;
    return false;
}

std::vector<std::string> leftovers(const fs::path& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        out.push_back(it->path().string());
    return out;
}

// A zip nobody packaged with dossier (no manifest.json): a text and `mib` MiB of stored zeros,
// so that reading it takes long enough to be interrupted.
void make_foreign_zip(const fs::path& path, uint32_t mib) {
    make_raw_zip(path, {stored_member("说明.txt", doc_text("foreign")),
                        stored_member("大文件.bin", std::string(size_t{mib} << 20, '\0'))});
}

}  // namespace

TEST_CASE("lists: lz4, lzip and .Z archives open like the others, and an archive that stores a "
          "PDF first is still an archive",
          "[hostile]") {
    Layout L;
    write_archive(L.in("材料.tar.lz4"), "tar", "lz4", "", {{"通知.txt", doc_text("lz4")}});
    write_archive(L.in("报告.txt.lz"), "raw", "lzip", "", {{"报告.txt", doc_text("lzip")}});
    write_archive(L.in("旧材料.tar.Z"), "tar", "compress", "", {{"说明.txt", doc_text("compress")}});
    const std::string pdf = "%PDF-1.4\n% 扫描件（内容不完整）\n";
    write_archive(L.in("扫描件.tar"), "tar", "", "",
                  {{"扫描件.pdf", pdf}, {"目录.txt", doc_text("tar after pdf")}});
    make_raw_zip(L.in("扫描件.zip"),
                 {stored_member("扫描件.pdf", pdf), stored_member("目录.txt", doc_text("zip after pdf"))});
    const Snapshot before = snapshot(L.inbox);

    Build b = build_all(L);
    dump(b.report);
    for (const json* j : {&b.report, &b.manifest}) {
        check_accounting(*j, before);
        expect(*j, u("材料.tar.lz4!/通知.txt"), Where::files);
        expect(*j, u("报告.txt.lz!/报告.txt"), Where::files);
        expect(*j, u("旧材料.tar.Z!/说明.txt"), Where::files);
        expect(*j, u("扫描件.tar!/目录.txt"), Where::files);
        expect(*j, u("扫描件.zip!/目录.txt"), Where::files);
        for (const char* outer : {"扫描件.tar", "扫描件.zip"})
            CHECK(find(*j, "rejected", u(outer)) == nullptr);
    }
    check_verify(b);
}

TEST_CASE("lists: empty archives and lone compressed files are each listed", "[hostile]") {
    Layout L;
    write(L.in("empty.zip"), empty_zip());
    write_archive(L.in("empty.7z"), "7zip", "", "", {});
    write_archive(L.in("empty.tar.gz"), "tar", "gzip", "", {});
    write_archive(L.in("dironly.tar"), "tar", "", "", {{"folder/", "", true}});
    write_archive(L.in("z.pdf.gz"), "raw", "gzip", "", {{"z.pdf", std::string(65536, '\0')}});
    write_archive(L.in("通知.txt.gz"), "raw", "gzip", "", {{"通知.txt", doc_text("gz")}});
    write_archive(L.in("报告.txt.zst"), "raw", "zstd", "", {{"报告.txt", doc_text("zstd")}});
    make_zip(L.in("outer.zip"), {{"说明.txt", doc_text("outer")}, {"inner.zip", empty_zip()}});
    const Snapshot before = snapshot(L.inbox);

    Build b = build_all(L);
    dump(b.report);
    check_rss();
    for (const json* j : {&b.report, &b.manifest}) {
        check_accounting(*j, before);
        for (const char* empty : {"empty.zip", "empty.7z", "empty.tar.gz", "dironly.tar"})
            expect(*j, u(empty), Where::rejected, "压缩包为空");
        expect(*j, u("outer.zip!/inner.zip"), Where::rejected, "压缩包为空");
        expect(*j, u("outer.zip!/说明.txt"), Where::files);
        CHECK(find(*j, "rejected", u("outer.zip")) == nullptr);
        expect(*j, u("z.pdf.gz!/z.pdf"), Where::rejected);
        expect(*j, u("通知.txt.gz!/通知.txt"), Where::files);
        expect(*j, u("报告.txt.zst!/报告.txt"), Where::files);
    }
    check_verify(b);

    const json in = ingest(L);
    check_accounting(in, before);
    CHECK(in["counts"]["rejected"].get<int>() >= 5);
}

TEST_CASE("lists: 7z archives of incompressible data are read, and 7z bombs still stopped",
          "[hostile]") {
    Layout L;
    const std::string r = random_bytes(10u << 20, 17);
    std::vector<std::string> names;
    for (const char* method : {"store", "deflate"}) {
        const std::string name = std::string("lib-") + method + ".7z";
        write_archive(L.in(name), "7zip", "", std::string("7zip:compression=") + method,
                      {{"r.bin", r}, {"s.txt", doc_text(name)}});
        names.push_back(name);
    }
    if (have_7z()) {  // the report's own commands: copy, solid and non-solid (p7zip-full)
        const fs::path src = L.t / "src";
        write(src / "r.bin", r);
        for (const auto& [name, opts] : std::vector<std::pair<std::string, std::string>>{
                 {"copy.7z", "-m0=copy"}, {"solid.7z", "-ms=on"}, {"nonsolid.7z", "-ms=off"}}) {
            write(src / "s.txt", doc_text(name));
            REQUIRE(run("cd " + q(src) + " && 7z a " + opts + " " + q(L.in(name)) +
                        " r.bin s.txt >/dev/null 2>&1")
                        .code == 0);
            names.push_back(name);
        }
    } else {
        WARN("7z (p7zip-full) not installed: only libarchive-written 7z archives tested");
    }
    // A real 7z bomb: 48 MiB of zeros deflated to ~50 KB, then a text after it.
    write_archive(L.in("bomb.7z"), "7zip", "", "7zip:compression=deflate",
                  {{"zeros.bin", std::string(48u << 20, '\0')}, {"after.txt", doc_text("7z")}});
    const Snapshot before = snapshot(L.inbox);

    Build b = load(L, run_build(L, 0));
    dump(b.report);
    check_rss();
    check_accounting(b.report, before);
    check_accounting(b.manifest, before);
    for (const auto& name : names) {
        INFO(name);
        expect(b.report, u(name + "!/s.txt"), Where::files);
        CHECK_FALSE(reason_has(b.report, u(name + "!/r.bin"), "压缩比"));
        CHECK(find(b.report, "rejected", u(name)) == nullptr);
    }
    expect(b.report, u("bomb.7z!/zeros.bin"), Where::rejected, "压缩比异常");
    expect(b.report, u("bomb.7z"), Where::rejected, "疑似压缩炸弹");
}

TEST_CASE("lists: invisible and direction controls are kept in source, not in package names",
          "[hostile]") {
    Layout L;
    // "关于<U+202E>fdp.txt" shows as "关于txt.pdf"; the others hide characters in the name.
    const std::vector<std::string> names = {"关于\u202Efdp.txt",        "零\u200B宽\u200D字符.txt",
                                            "\uFEFF开头.txt",           "隔离\u2066右\u2069.txt",
                                            "嵌入\u202B反向\u202C.txt", "下一行\u0085控制.txt"};
    for (size_t i = 0; i < names.size(); ++i)
        write(L.in(names[i]), doc_text("bidi " + std::to_string(i)));
    write(L.in("普通名称.txt"), doc_text("plain name"));
    const Snapshot before = snapshot(L.inbox);

    Build b = build_all(L);
    dump(b.report);
    check_accounting(b.manifest, before);
    check_package_paths(b.manifest);
    check_verify(b);
    const std::vector<std::string> hidden = {"\u202E", "\u200B", "\u200D", "\uFEFF", "\u2066",
                                             "\u2069", "\u202B", "\u202C", "\u0085"};
    for (const auto& name : names) {
        INFO(name);
        const json* f = find(b.manifest, "files", u(name));
        REQUIRE(f);
        REQUIRE((*f)["path"].is_string());
        const std::string path = (*f)["path"].get<std::string>();
        INFO(path);
        for (const auto& h : hidden) CHECK(path.find(h) == std::string::npos);
        CHECK_THAT((*f)["warnings"].dump(), Catch::Contains("控制字符"));
    }
    const json* plain = find(b.manifest, "files", u("普通名称.txt"));
    REQUIRE(plain);
    CHECK_THAT((*plain)["warnings"].dump(), !Catch::Contains("控制字符"));
    const json* rlo = find(b.manifest, "files", u(names[0]));
    CHECK_THAT((*rlo)["path"].get<std::string>(), Catch::EndsWith("关于fdp.txt"));
}

TEST_CASE("lists: a signal during verify of a foreign zip leaves no temporary folder",
          "[hostile]") {
    Layout L;
    const fs::path zip = L.t / "foreign.zip", tmp = L.t / "tmp";
    make_foreign_zip(zip, 64);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        INFO("signal " << sig);
        fs::create_directories(tmp);
        pid_t pid = spawn_dossier({"verify", zip.string()}, tmp, L.log);
        CHECK(signal_when(pid, sig, [&] { return has_entry_starting(tmp, "dossier-verify"); }));
        INFO(slurp(L.log));
        CHECK(leftovers(tmp) == std::vector<std::string>{});
        fs::remove_all(tmp);
    }
}

TEST_CASE("lists: SIGTERM during build leaves no temporary file in OUT, the workspace or TMPDIR",
          "[hostile]") {
    Layout L;
    const fs::path tmp = L.t / "tmp";
    fs::create_directories(tmp);
    make_foreign_zip(L.in("大压缩包.zip"), 96);
    write(L.in("通知.txt"), doc_text("signal during build"));
    const fs::path blob_tmp = L.ws / "blobs" / ".tmp";
    pid_t pid = spawn_dossier({"build", L.inbox.string(), "-o", L.out.string(), "--workspace",
                               L.ws.string(), "--settle", "0", "--jobs", "2"},
                              tmp, L.log);
    CHECK(signal_when(pid, SIGTERM, [&] { return !leftovers(blob_tmp).empty(); }));
    INFO(slurp(L.log));
    CHECK(leftovers(blob_tmp) == std::vector<std::string>{});
    CHECK(leftovers(tmp) == std::vector<std::string>{});
    CHECK_FALSE(has_entry_starting(L.out, "."));
}
