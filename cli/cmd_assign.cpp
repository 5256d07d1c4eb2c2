// `dossier assign FILE INDICATOR`: pin a file to an indicator. The pin is stored in the workspace
// by content hash, so it survives re-runs and renames of the same content, and always wins.
#include <ctime>
#include <iostream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "model/sha256.hpp"
#include "cli/cli.hpp"
#include "pipeline/store.hpp"

namespace dossier {

namespace {

bool is_hex(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// FILE as a path on disk, an inbox-relative source known to the workspace, or a sha256 prefix.
FileRow resolve(Store& store, const std::string& file) {
    if (auto row = store.get_file_stat(file); row && !row->sha256.empty()) return *row;
    std::error_code ec;
    if (std::filesystem::is_regular_file(file, ec)) {
        auto d = digest_file(file, 0);
        if (!d) throw Fatal(kInput, d.error().reason, file);
        FileRow row;
        row.source = file;
        row.sha256 = d->sha256;
        return row;
    }
    if (is_hex(file) && file.size() >= 6) {
        std::vector<FileRow> hits;
        for (const auto& src : store.file_sources())
            if (auto row = store.get_file_stat(src); row && row->sha256.starts_with(file))
                hits.push_back(*row);
        if (hits.size() == 1) return hits[0];
        if (hits.size() > 1)
            throw Fatal(kUsage, fmt::format("sha256 前缀 {} 对应 {} 个文件", file, hits.size()), {},
                        "请给出更长的前缀或文件路径");
    }
    throw Fatal(kUsage, "找不到这个文件", file,
                "请给出文件路径、收件箱内的相对路径（先运行一次 build/check）或 sha256 前缀");
}

}  // namespace

Command make_assign_command() {
    return {
        "assign", "人工指定某个文件证明哪个指标（以后每次运行都按此归类）",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto file = std::make_shared<std::string>();
            auto indicator = std::make_shared<std::string>();
            auto remove = std::make_shared<bool>(false);
            sub.add_option("FILE", *file,
                           "文件路径、收件箱内相对路径（如 市财政局/a.png）或 sha256 前缀")
                ->required();
            sub.add_option("INDICATOR", *indicator, "指标编号，如 4.1（见 dossier catalog）");
            sub.add_flag("--remove", *remove, "取消此文件的人工指定");
            add_common_options(sub, common);
            return [=, &common]() -> int {
                if (indicator->empty() && !*remove)
                    throw Fatal(kUsage, fmt::format("没有给出指标编号（{} 要指定到哪个指标）", *file),
                                {}, "写成 dossier assign FILE 指标编号（如 4.1，见 dossier catalog）");
                Catalog catalog = common.load_catalog();
                Store store = Store::open(common.workspace);
                for (const auto& n : store.take_notes()) std::cerr << "警告：" << n << '\n';
                FileRow row = resolve(store, *file);
                if (*remove) {
                    bool had = store.remove_pin(row.sha256);
                    if (common.json)
                        std::cout << nlohmann::ordered_json{{"source", row.source},
                                                            {"sha256", row.sha256},
                                                            {"removed", had}}
                                         .dump(2, ' ', false,
                                               nlohmann::json::error_handler_t::replace)
                                  << "\n";
                    else
                        std::cout << (had ? "已取消人工指定：" : "此文件没有人工指定：")
                                  << row.source << "\n";
                    return kOk;
                }
                const Indicator* ind = catalog.find(*indicator);
                if (indicator->empty() || !ind || !ind->leaf())
                    throw Fatal(kUsage, fmt::format("没有这个末级指标：{}", *indicator), {},
                                "用 dossier catalog 查看指标编号，例如 4.1");
                store.set_pin(
                    {row.sha256, ind->id, row.source, static_cast<int64_t>(std::time(nullptr))});
                if (common.json)
                    std::cout << nlohmann::ordered_json{{"source", row.source},
                                                        {"sha256", row.sha256},
                                                        {"indicator", ind->id},
                                                        {"name", ind->name}}
                                     .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                              << "\n";
                else
                    std::cout << fmt::format(
                        "已指定：{} → {} {}（按内容记录，文件改名后仍然有效）\n", row.source,
                        ind->id, ind->name);
                return kOk;
            };
        }};
}

}  // namespace dossier
