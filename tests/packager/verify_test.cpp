#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <zip.h>

#include "fixture.hpp"
#include "packager/package.hpp"
#include "packager/verify.hpp"

using namespace dossier;
using fixture::q;
using fixture::sh;

namespace {

struct Built {
    fixture::Fixture fx;
    fixture::fs::path out;
    fixture::fs::path zip;
    explicit Built(const std::string& tag, bool covered = true)
        : fx(tag, covered), out(fixture::temp_dir(tag + "-out")) {
        auto res = write_package(fx.request(out), fx.ledger);
        REQUIRE(res);
        zip = res->parts[0];
    }
    ~Built() { fixture::fs::remove_all(out); }
};

bool names(const VerifyReport& r, const std::string& member) {
    for (const auto& p : r.problems)
        if (p.severity == VerifyProblem::Severity::damaged &&
            p.message.find(member) != std::string::npos)
            return true;
    return false;
}

// Replaces (or adds) one member with libzip, keeping everything else.
void replace_member(const fixture::fs::path& zip, const std::string& name,
                    const std::string& data) {
    int err = 0;
    zip_t* za = zip_open(zip.c_str(), 0, &err);
    REQUIRE(za);
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    REQUIRE(zip_file_add(za, name.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) >= 0);
    REQUIRE(zip_close(za) == 0);
}

}  // namespace

TEST_CASE("verify: a complete package is valid and complete", "[packager]") {
    Built b("v-ok");
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 0);
    CHECK(r.has_manifest);
    CHECK(r.is_bag);
    CHECK(r.text().find("结论：压缩包完好，材料齐全") != std::string::npos);
    CHECK(nlohmann::json::parse(r.json())["verdict"] == "valid");
}

TEST_CASE("verify: an incomplete package exits 1 and names the indicator", "[packager]") {
    Built b("v-inc", false);
    auto r = verify_package(b.zip);
    CHECK(r.exit_code == 1);
    CHECK(r.text().find("证据不足 1.2 政务公开 / 政策解读（6 分）：只有文件，缺少网页截图") !=
          std::string::npos);
}

TEST_CASE("verify: not a zip at all exits 3", "[packager]") {
    auto dir = fixture::temp_dir("v-nozip");
    fixture::write(dir / "x.zip", "this is plain text, not an archive\n");
    CHECK(verify_package(dir / "x.zip").exit_code == 3);
    CHECK(verify_package(dir / "missing.zip").exit_code == 3);
    fixture::fs::remove_all(dir);
}

TEST_CASE("verify: a flipped byte in a stored member is caught and named", "[packager]") {
    Built b("v-flip");
    std::string bytes = fixture::read(b.zip);
    // The JPEG is stored: its bytes are in the archive as they are.
    const std::string jpg =
        fixture::read(b.fx.ledger.files[b.fx.index_of("市财政局/IMG_2043.JPG")].content_path);
    const auto at = bytes.find(jpg.substr(100, 64));
    REQUIRE(at != std::string::npos);
    bytes[at + 10] = static_cast<char>(bytes[at + 10] ^ 0x01);
    fixture::write(b.zip, bytes);
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 4);
    CHECK(names(r, "001_20201103_IMG_2043.JPG"));
    CHECK(sh("unzip -tq " + q(b.zip)).status != 0);  // a real reader agrees
}

TEST_CASE("verify: a replaced member with a valid CRC is caught by SHA-256", "[packager]") {
    Built b("v-repl");
    replace_member(b.zip, "data/01_政务公开/02_政策解读/未知单位/001_日期不详_说明.txt",
                   "改过的内容\n");
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 4);
    CHECK(names(r, "001_日期不详_说明.txt"));
}

TEST_CASE("verify: a deleted member is caught and named", "[packager]") {
    Built b("v-del");
    int err = 0;
    zip_t* za = zip_open(b.zip.c_str(), 0, &err);
    REQUIRE(za);
    const zip_int64_t idx =
        zip_name_locate(za, "data/01_政务公开/02_政策解读/未知单位/001_日期不详_说明.txt", 0);
    REQUIRE(idx >= 0);
    REQUIRE(zip_delete(za, static_cast<zip_uint64_t>(idx)) == 0);
    REQUIRE(zip_close(za) == 0);
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 4);
    CHECK(names(r, "001_日期不详_说明.txt"));
}

TEST_CASE("verify: an added member is caught and named", "[packager]") {
    Built b("v-add");
    replace_member(b.zip, "data/01_政务公开/02_政策解读/市财政局/999_20201101_混进来的.txt",
                   "extra\n");
    replace_member(b.zip, "readme.txt", "extra\n");
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 4);
    CHECK(names(r, "999_20201101_混进来的.txt"));
    CHECK(names(r, "readme.txt"));
}

TEST_CASE("verify: an edited manifest.json is caught and named", "[packager]") {
    Built b("v-man");
    auto text = sh("unzip -p " + q(b.zip) + " manifest.json").out;
    const auto at = text.find("\"covered\"");
    REQUIRE(at != std::string::npos);
    text = text.substr(0, at) + "\"missing\"" + text.substr(at + 9);
    replace_member(b.zip, "manifest.json", text);
    auto r = verify_package(b.zip);
    INFO(r.text());
    CHECK(r.exit_code == 4);
    CHECK(names(r, "manifest.json"));
}

TEST_CASE("verify: a foreign zip without manifest gets integrity, names and a file list",
          "[packager]") {
    auto dir = fixture::temp_dir("v-foreign");
    fixture::write(dir / "in" / "通知.pdf", "%PDF-1.4 test\n");
    fixture::write(dir / "in" / "bad:name.txt", "x\n");
    REQUIRE(sh("cd " + q(dir / "in") + " && zip -q -r ../unit.zip .").status == 0);
    auto r = verify_package(dir / "unit.zip");
    INFO(r.text());
    CHECK(r.exit_code == 1);
    CHECK_FALSE(r.has_manifest);
    CHECK(std::find(r.files.begin(), r.files.end(), "通知.pdf") != r.files.end());
    CHECK(r.text().find("通知.pdf") != std::string::npos);
    CHECK(r.text().find("bad:name.txt") != std::string::npos);  // not portable to Windows
    fixture::fs::remove_all(dir);
}

TEST_CASE("verify: the dossier binary prints Chinese and returns the exit code", "[packager]") {
    if (!fixture::fs::exists(DOSSIER_BIN)) {
        WARN("dossier binary not built; skipping the CLI check");
        return;
    }
    Built b("v-cli", false);
    auto r = sh(std::string(DOSSIER_BIN) + " verify " + q(b.zip));
    CHECK(r.status == 1);
    CHECK(r.out.find("结论：压缩包完好，但材料不全") != std::string::npos);
    auto j = sh(std::string(DOSSIER_BIN) + " verify --json " + q(b.zip));
    CHECK(j.status == 1);
    CHECK(nlohmann::json::parse(j.out)["verdict"] == "incomplete");
}
