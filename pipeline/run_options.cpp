#include "pipeline/run_options.hpp"

#include <thread>

#include <fmt/format.h>

#include "model/error.hpp"
#include "model/units.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/store.hpp"

namespace dossier {

Catalog RunOptions::load_catalog() const {
    std::filesystem::path file =
        catalog.empty() ? default_catalog_path() : std::filesystem::path(catalog);
    // The loader would report a missing file as a bad line; the clerk only mistyped the path.
    std::error_code ec;
    if (!catalog.empty() && !std::filesystem::is_regular_file(file, ec))
        throw Fatal(kInput, fmt::format("目录文件不存在：{}", file.string()), {},
                    "请检查 --catalog 的路径，或不带 --catalog 使用内置目录");
    try {
        return dossier::load_catalog(file);
    } catch (const CatalogError& e) {
        throw Fatal(kInput, fmt::format("目录文件无效：{}", e.what()), file.string(),
                    "请修正该行后重试，或不带 --catalog 使用内置目录");
    }
}

Date RunOptions::resolved_as_of() const {
    if (!as_of.empty()) {
        auto d = Date::parse_typed(as_of);
        if (!d)
            throw Fatal(kUsage, fmt::format("--as-of 不是有效日期：{}", as_of), {},
                        fmt::format("可以写成 {}", kTypedDateForms));
        return *d;
    }
    if (auto t = source_date_epoch()) return Date::from_unix_shanghai(*t);
    return Date::today_shanghai();
}

std::optional<std::string> RunOptions::resolved_unit(const Catalog& catalog) const {
    if (unit.empty()) return std::nullopt;
    if (auto m = match_unit(catalog, unit); m.unit) return m.unit;
    auto near = nearest_unit_names(catalog, unit);
    if (near.empty())
        throw Fatal(kUsage, fmt::format("找不到单位：{}", unit), {},
                    "用 dossier catalog 查看目录中的单位名称");
    throw Fatal(kUsage, fmt::format("找不到单位：{}：是否指 {}？", unit, fmt::join(near, "、")));
}

int RunOptions::resolved_jobs() const {
    if (jobs > 0) return jobs;
    unsigned n = std::thread::hardware_concurrency();
    return n == 0 ? 2 : static_cast<int>(n);
}

void require_outside_inbox(const std::filesystem::path& path, const std::filesystem::path& inbox,
                           std::string_view what, std::string_view option) {
    if (!path_is_within(path, inbox)) return;
    throw Fatal(kInput, fmt::format("{}不能位于收件箱内（dossier 从不写入收件箱）", what),
                path.string(), fmt::format("请用 {} 指定收件箱以外的目录", option));
}

RunConfig make_run_config(const RunOptions& options, const Catalog& catalog,
                          const std::filesystem::path& inbox) {
    require_inbox(inbox);
    require_outside_inbox(options.workspace, inbox, "工作区", "--workspace");
    RunConfig cfg;
    cfg.inbox = inbox;
    cfg.workspace = options.workspace;
    cfg.unit = options.resolved_unit(catalog);
    cfg.as_of = options.resolved_as_of();
    cfg.jobs = options.resolved_jobs();
    cfg.settle_seconds = options.settle;
    cfg.time_limit = std::chrono::seconds(options.time_limit);
    return cfg;
}

}  // namespace dossier
