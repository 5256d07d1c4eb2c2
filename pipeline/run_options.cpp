#include "pipeline/run_options.hpp"

#include <thread>

#include <fmt/core.h>

#include "model/error.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

Catalog RunOptions::load_catalog() const {
    std::filesystem::path file =
        catalog.empty() ? default_catalog_path() : std::filesystem::path(catalog);
    try {
        return dossier::load_catalog(file);
    } catch (const CatalogError& e) {
        throw Fatal(kInput, fmt::format("目录文件无效：{}", e.what()), file.string(),
                    "请修正该行后重试，或不带 --catalog 使用内置目录");
    }
}

Date RunOptions::resolved_as_of() const {
    if (!as_of.empty()) {
        auto d = Date::parse_iso(as_of);
        if (!d)
            throw Fatal(kUsage, fmt::format("--as-of 不是有效日期：{}", as_of), {},
                        "格式为 YYYY-MM-DD，例如 2020-11-20");
        return *d;
    }
    if (auto t = source_date_epoch()) return Date::from_unix_shanghai(*t);
    return Date::today_shanghai();
}

int RunOptions::resolved_jobs() const {
    if (jobs > 0) return jobs;
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 2 : static_cast<int>(n);
}

RunConfig make_run_config(const RunOptions& options, const std::filesystem::path& inbox) {
    require_inbox(inbox);
    RunConfig cfg;
    cfg.inbox = inbox;
    cfg.workspace = options.workspace;
    if (!options.unit.empty()) cfg.unit = options.unit;
    cfg.as_of = options.resolved_as_of();
    cfg.jobs = options.resolved_jobs();
    cfg.settle_seconds = options.settle;
    cfg.time_limit = std::chrono::seconds(options.time_limit);
    return cfg;
}

}  // namespace dossier
