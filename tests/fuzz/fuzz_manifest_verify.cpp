// libFuzzer target: the package verifier (packager/verify.hpp), i.e. the manifest.json / BagIt /
// zip-integrity parser behind `dossier verify`. The input is a raw zip or a zip spec (zip_spec.hpp:
// members manifest.json, bagit.txt, manifest-sha256.txt, data/... written by the fuzzer), verified
// without and with a small catalog. Properties: verify_package never throws; the exit code is one
// of 0, 1, 3, 4; text() and json() never throw and are valid UTF-8; json() parses back.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "fuzz_util.hpp"
#include "model/catalog.hpp"
#include "model/encoding.hpp"
#include "packager/verify.hpp"
#include "zip_spec.hpp"

#ifndef DOSSIER_FUZZ_CATALOG
#error "DOSSIER_FUZZ_CATALOG must name tests/data/catalogs/good-minimal.yaml"
#endif

namespace {

std::unique_ptr<dossier::Catalog> g_catalog;

void check(const dossier::VerifyReport& r) {
    if (r.exit_code != 0 && r.exit_code != 1 && r.exit_code != 3 && r.exit_code != 4) std::abort();
    std::string t = r.text();
    if (!dossier::encoding::is_valid_utf8(t)) std::abort();
    std::string j = r.json();
    if (!dossier::encoding::is_valid_utf8(j)) std::abort();
    if (!nlohmann::json::accept(j)) std::abort();
    for (const auto& p : r.problems)
        if (p.message.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    try {
        g_catalog = std::make_unique<dossier::Catalog>(dossier::load_catalog(DOSSIER_FUZZ_CATALOG));
    } catch (const dossier::CatalogError&) {
        std::abort();  // the harness cannot run without its catalog
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 1024 * 1024) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::filesystem::path path;
    if (!dossier::fuzz::write_zip_input("test-minimal.zip", in, path)) return 0;
    check(dossier::verify_package(path, nullptr));
    check(dossier::verify_package(path, g_catalog.get()));
    return 0;
}
