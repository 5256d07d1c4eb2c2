// Finding the bundled data: in-process through data_dir(), and the built binary run from /tmp
// without DOSSIER_DATA and without --catalog.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "model/catalog.hpp"
#include "model/data_paths.hpp"
#include "common/files.hpp"

using namespace dossier;
namespace fs = std::filesystem;

namespace {

// Restores an environment variable when the test ends.
class EnvGuard {
  public:
    explicit EnvGuard(const char* name) : name_(name) {
        if (const char* v = std::getenv(name)) old_ = v;
    }
    ~EnvGuard() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }

  private:
    const char* name_;
    std::optional<std::string> old_;
};

using dossier::test::slurp;

// Runs a shell command; returns its exit status.
int run(const std::string& cmd) {
    int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace

TEST_CASE("data_paths: without DOSSIER_DATA the source tree's manifests are found", "[model]") {
    EnvGuard guard("DOSSIER_DATA");
    ::unsetenv("DOSSIER_DATA");
    fs::path dir = data_dir();
    CHECK(fs::equivalent(dir, fs::path(DOSSIER_SOURCE_DIR) / "manifests"));
    CHECK(fs::is_regular_file(default_catalog_path()));
    Catalog cat = load_catalog(default_catalog_path());
    CHECK(cat.id == "langfang-2020");
}

TEST_CASE("data_paths: DOSSIER_DATA is searched first", "[model]") {
    EnvGuard guard("DOSSIER_DATA");
    test::Scratch scratch("dossier-data");
    const fs::path dir = scratch.path();
    ::setenv("DOSSIER_DATA", dir.c_str(), 1);
    CHECK(data_dir() == dir);
    CHECK(default_catalog_path() == dir / "langfang-2020.yaml");
    CHECK(data_dir_candidates().front() == dir);
    ::setenv("DOSSIER_DATA", (dir / "missing").c_str(), 1);  // a wrong setting falls through
    CHECK(fs::equivalent(data_dir(), fs::path(DOSSIER_SOURCE_DIR) / "manifests"));
}

TEST_CASE("data_paths: the built binary finds its catalog from another directory", "[model]") {
    REQUIRE(fs::is_regular_file(DOSSIER_BIN));  // built by the `dossier` target
    test::Scratch scratch("dossier-cwd");
    const fs::path dir = scratch.path();
    std::string cmd = "cd '" + dir.string() + "' && env -u DOSSIER_DATA '" +
                      std::string(DOSSIER_BIN) + "' catalog --json > out.json 2> err.txt";
    REQUIRE(run(cmd) == 0);
    auto j = nlohmann::json::parse(slurp(dir / "out.json"));  // only JSON on stdout
    CHECK(j["id"] == "langfang-2020");
    CHECK(j["total_points"] == 100);
    REQUIRE(j["indicators"].size() == 8);
    double sum = 0;
    for (const auto& ind : j["indicators"]) {
        CHECK(ind["id"].is_string());
        CHECK(ind["name"].is_string());
        CHECK(ind["points"].is_number());
        CHECK(ind["children"].is_array());
        sum += ind["points"].get<double>();
    }
    CHECK(sum == 100);
    CHECK(j["indicators"][6]["children"][0]["children"][5]["name"] == "政府信息公开平台改版升级");
}

TEST_CASE("data_paths: the binary rejects a bad catalog with exit 3 and file:line", "[model]") {
    REQUIRE(fs::is_regular_file(DOSSIER_BIN));
    test::Scratch scratch("dossier-bad");
    const fs::path dir = scratch.path();
    fs::path bad = fs::path(DOSSIER_TEST_DATA) / "catalogs/bad-total.yaml";
    std::string cmd = "cd '" + dir.string() + "' && '" + std::string(DOSSIER_BIN) +
                      "' catalog --json --catalog '" + bad.string() + "' > out.json 2> err.txt";
    CHECK(run(cmd) == 3);
    CHECK(slurp(dir / "out.json").empty());
    std::string err = slurp(dir / "err.txt");
    INFO(err);
    CHECK(err.find(bad.string() + ":5: ") != std::string::npos);
}
