// The bundled catalog (manifests/langfang-2020.yaml), loaded once per test program.
#pragma once

#include <filesystem>

#include "model/catalog.hpp"

namespace dossier::test {

inline const Catalog& bundled_catalog() {
    static const Catalog cat =
        load_catalog(std::filesystem::path(DOSSIER_SOURCE_DIR) / "manifests/langfang-2020.yaml");
    return cat;
}

}  // namespace dossier::test
