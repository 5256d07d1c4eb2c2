// `dossier ingest INBOX`: runs the scan stage and prints the ledger (counts, unit warnings, one
// line per rejected file). Exit 0 even with rejections; 3 when the inbox is missing/unreadable.
#include <iostream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "model/encoding.hpp"
#include "cli/cli.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/store.hpp"

namespace dossier {

namespace {

std::string shown(const std::string& s) {
    return encoding::escape_invalid_utf8(s);
}

nlohmann::json ledger_json(const std::string& inbox, const ScanResult& r) {
    using nlohmann::json;
    json j;
    j["inbox"] = shown(inbox);
    j["counts"] = {{"new", r.stats.new_files},        {"cached", r.stats.cached_files},
                   {"duplicate", r.stats.duplicates}, {"rejected", r.stats.rejected},
                   {"skipped", r.stats.skipped_junk}, {"waiting", r.stats.waiting}};
    j["files"] = json::array();
    for (const auto& f : r.ledger.files) {
        j["files"].push_back({{"source", shown(f.source)},
                              {"sha256", f.sha256},
                              {"size", f.size},
                              {"media_type", f.media_type},
                              {"unit_folder", shown(f.unit_folder)},
                              {"unit", f.unit ? json(*f.unit) : json(nullptr)},
                              {"warnings", f.warnings}});
    }
    j["rejected"] = json::array();
    for (const auto& x : r.ledger.rejected)
        j["rejected"].push_back({{"source", shown(x.source)}, {"reason", x.reason}});
    j["duplicates"] = json::array();
    for (const auto& d : r.ledger.duplicates)
        j["duplicates"].push_back({{"source", shown(d.source)}, {"same_as", shown(d.same_as)}});
    j["waiting"] = json::array();
    for (const auto& w : r.waiting) j["waiting"].push_back(shown(w));
    j["unit_warnings"] = r.unit_warnings;
    return j;
}

}  // namespace

Command make_ingest_command() {
    struct Args {
        std::string inbox;
    };
    auto args = std::make_shared<Args>();
    return {
        "ingest", "扫描收件箱：逐个文件计算校验值、安全展开压缩包、去重，并列出拒收的文件及原因",
        [args](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            sub.add_option("INBOX", args->inbox, "收件箱文件夹（第一层子文件夹为各单位）")
                ->required();
            add_common_options(sub, common);
            return [args, &common] {
                std::filesystem::path inbox(args->inbox);
                require_inbox(inbox);
                require_outside_inbox(common.workspace, inbox, "工作区", "--workspace");
                Catalog catalog = common.load_catalog();
                Store store = Store::open(common.workspace, inbox);
                ScanOptions opt;
                opt.inbox = inbox;
                opt.settle_seconds = common.settle;
                opt.jobs = common.resolved_jobs();
                ScanResult r = scan_inbox(opt, catalog, store);
                if (common.json) {
                    std::cout << ledger_json(args->inbox, r).dump(2) << "\n";
                    return static_cast<int>(kOk);
                }
                const auto& s = r.stats;
                std::cout << fmt::format("收件箱：{}\n", shown(args->inbox));
                std::cout << fmt::format(
                    "新文件 {}，已缓存 {}，重复 {}，拒收 {}（其中系统/临时文件 {}），等待 {}\n",
                    s.new_files, s.cached_files, s.duplicates, s.rejected, s.skipped_junk,
                    s.waiting);
                for (const auto& w : r.unit_warnings) std::cout << "提示：" << w << "\n";
                if (!r.ledger.duplicates.empty() && !common.quiet) {
                    std::cout << "重复文件（只保留一份）：\n";
                    for (const auto& d : r.ledger.duplicates)
                        std::cout << fmt::format("  {} = {}\n", shown(d.source), shown(d.same_as));
                }
                if (!r.ledger.rejected.empty()) {
                    std::cout << "拒收：\n";
                    for (const auto& x : r.ledger.rejected)
                        std::cout << fmt::format("  {} — {}\n", shown(x.source), x.reason);
                }
                return static_cast<int>(kOk);
            };
        }};
}

}  // namespace dossier
