// Placeholder until the loader lands.
#include "model/catalog.hpp"

namespace dossier {
Catalog load_catalog(const std::filesystem::path& file) {
    throw CatalogError(file.string() + ":1: 尚未实现");
}
std::filesystem::path default_catalog_path() { return "manifests/langfang-2020.yaml"; }
}  // namespace dossier
