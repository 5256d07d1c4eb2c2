#include "model/data_paths.hpp"

#include <cstdlib>
#include <system_error>

#include "model/catalog.hpp"

#ifndef DOSSIER_SOURCE_DATA_DIR
#define DOSSIER_SOURCE_DATA_DIR ""
#endif
#ifndef DOSSIER_INSTALL_DATA_DIR
#define DOSSIER_INSTALL_DATA_DIR ""
#endif

namespace dossier {

namespace {
constexpr const char* kDefaultCatalog = "langfang-2020.yaml";

bool is_dir(const std::filesystem::path& p) {
    std::error_code ec;
    return std::filesystem::is_directory(p, ec);
}

bool has_catalog(const std::filesystem::path& dir) {
    std::error_code ec;
    return std::filesystem::is_regular_file(dir / kDefaultCatalog, ec);
}
}  // namespace

std::vector<std::filesystem::path> data_dir_candidates() {
    std::vector<std::filesystem::path> out;
    if (const char* env = std::getenv("DOSSIER_DATA"); env && *env) out.emplace_back(env);
    std::error_code ec;
    // /proc/self/exe resolves symlinks, so a binary linked into ~/bin still finds its own tree.
    auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec && !exe.empty()) out.push_back(exe.parent_path().parent_path() / "share" / "dossier");
    if (*DOSSIER_SOURCE_DATA_DIR) out.emplace_back(DOSSIER_SOURCE_DATA_DIR);
    if (*DOSSIER_INSTALL_DATA_DIR) out.emplace_back(DOSSIER_INSTALL_DATA_DIR);
    return out;
}

std::filesystem::path data_dir() {
    const char* env = std::getenv("DOSSIER_DATA");
    bool env_set = env && *env;
    auto candidates = data_dir_candidates();
    for (size_t i = 0; i < candidates.size(); ++i) {
        const auto& c = candidates[i];
        if (i == 0 && env_set) {
            if (is_dir(c)) return c;
            continue;
        }
        if (has_catalog(c)) return c;
    }
    if (*DOSSIER_SOURCE_DATA_DIR) return DOSSIER_SOURCE_DATA_DIR;
    return candidates.empty() ? std::filesystem::path("manifests") : candidates.front();
}

std::filesystem::path default_catalog_path() {
    return data_dir() / kDefaultCatalog;
}

}  // namespace dossier
