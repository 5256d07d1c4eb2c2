// libFuzzer target: the catalog loader (model/catalog.hpp). The input is written as a catalog YAML
// next to a copy of the test calendars (so `calendars: [calendars/test-2020.yaml]` resolves);
// load_catalog must return a Catalog or throw CatalogError — any other exception, crash or
// sanitizer report is a finding. A loaded catalog must be internally consistent (tree indices).
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "fuzz_util.hpp"
#include "model/catalog.hpp"

#ifndef DOSSIER_FUZZ_CALENDARS
#error "DOSSIER_FUZZ_CALENDARS must name tests/data/catalogs/calendars"
#endif

namespace {

void check(const dossier::Catalog& c) {
    const int n = static_cast<int>(c.indicators.size());
    for (int i = 0; i < n; ++i) {
        const auto& ind = c.indicators[static_cast<size_t>(i)];
        if (ind.parent < -1 || ind.parent >= n || ind.parent == i) std::abort();
        for (int ch : ind.children)
            if (ch < 0 || ch >= n || c.indicators[static_cast<size_t>(ch)].parent != i)
                std::abort();
        (void)c.path_of(i);
        if (c.find(ind.id) == nullptr) std::abort();
    }
    (void)c.roots();
    (void)c.leaves();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    std::error_code ec;
    std::filesystem::copy(DOSSIER_FUZZ_CALENDARS, dossier::fuzz::scratch() / "calendars",
                          std::filesystem::copy_options::recursive |
                              std::filesystem::copy_options::overwrite_existing,
                          ec);
    if (ec) std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) return 0;
    auto path = dossier::fuzz::write_input(
        "catalog.yaml", std::string_view(reinterpret_cast<const char*>(data), size));
    try {
        dossier::Catalog c = dossier::load_catalog(path);
        check(c);
    } catch (const dossier::CatalogError&) {
        // the documented outcome for a bad catalog
    }
    return 0;
}
