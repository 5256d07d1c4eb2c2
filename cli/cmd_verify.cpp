// `dossier verify PACKAGE.zip [--catalog FILE] [--json] [--no-map]`: integrity and completeness of
// a package (ours or anyone's). Exit 0 valid and complete, 1 valid but incomplete, 3 not a zip,
// 4 damaged. A foreign zip (no manifest.json) also gets what the pipeline would map its files to:
// it is run through scan → validate in a temporary inbox and workspace, and nothing is packaged.
#include <iostream>
#include <memory>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "model/temp_dir.hpp"
#include "packager/verify.hpp"
#include "cli/cli.hpp"
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

// The pipeline's view of a foreign archive: the archive alone in a temporary inbox (hard link,
// else a copy; never a write next to the original), a temporary workspace, no OUT.
RunResult map_archive(const fs::path& zip, const Catalog& catalog, const CommonOptions& common,
                      const TempDir& scratch) {
    const fs::path inbox = scratch.path() / "inbox";
    fs::create_directories(inbox);
    const fs::path linked = inbox / zip.filename();
    std::error_code ec;
    fs::create_hard_link(zip, linked, ec);
    if (ec) fs::copy_file(zip, linked, ec);
    if (ec) throw Fatal(kInput, "无法读取压缩包", zip.string(), "请检查路径和权限");
    RunConfig cfg = make_run_config(common, catalog, inbox);
    cfg.workspace = scratch.path() / "workspace";
    cfg.settle_seconds = 0;
    return run(cfg, catalog);
}

// "市财政局.zip!/a/b.png" → "a/b.png": member paths as the clerk sees them inside the zip.
std::string member_of(const std::string& source) {
    size_t p = source.find("!/");
    return p == std::string::npos ? source : source.substr(p + 2);
}

nlohmann::json mapping_json(const RunResult& r, const Catalog& catalog) {
    nlohmann::json files = nlohmann::json::array(), rejected = nlohmann::json::array();
    for (const auto& f : r.ledger.files) {
        const Indicator* ind = catalog.find(f.cls.indicator);
        const auto& published = f.analysis.date.published;
        files.push_back(
            {{"member", member_of(f.source)},
             {"indicator", f.cls.indicator.empty() ? nullptr : nlohmann::json(f.cls.indicator)},
             {"indicator_name", ind ? nlohmann::json(ind->name) : nullptr},
             {"confidence", f.cls.confidence},
             {"review", f.cls.review},
             {"published", published ? nlohmann::json(published->iso()) : nullptr},
             {"unit", f.unit ? nlohmann::json(*f.unit) : nullptr}});
    }
    for (const auto& x : r.ledger.rejected)
        rejected.push_back({{"member", member_of(x.source)}, {"reason", x.reason}});
    for (const auto& d : r.ledger.duplicates)
        rejected.push_back({{"member", member_of(d.source)},
                            {"reason", "与 " + member_of(d.same_as) + " 内容相同"}});
    int leaves = 0;
    const auto counts = status_counts(report_input(catalog, r));
    for (const auto& [status, n] : counts) leaves += n;
    const int covered = counts.count(Status::covered) ? counts.at(Status::covered) : 0;
    return {{"files", files},
            {"rejected", rejected},
            {"indicators_covered", covered},
            {"indicators_total", leaves},
            {"points_confirmed", r.assessment.points_confirmed},
            {"points_total", r.assessment.points_total}};
}

std::string mapping_text(const nlohmann::json& m, size_t max_lines = 40) {
    std::string out = "若交给 dossier 整理（未生成报送包），压缩包内的文件将归入：\n";
    size_t shown = 0, total = m["files"].size() + m["rejected"].size();
    for (const auto& f : m["files"]) {
        if (shown++ >= max_lines) break;
        std::string where = f["indicator"].is_null() ? std::string("未能归类")
                                                     : f["indicator"].get<std::string>() + " " +
                                                           f["indicator_name"].get<std::string>();
        std::string detail = fmt::format("置信度 {:.2f}", f["confidence"].get<double>());
        if (!f["published"].is_null()) detail += "，" + f["published"].get<std::string>();
        if (!f["unit"].is_null()) detail += "，" + f["unit"].get<std::string>();
        out += fmt::format("  {} → {}（{}）{}\n", f["member"].get<std::string>(), where, detail,
                           f["review"].get<bool>() ? " 待确认" : "");
    }
    for (const auto& x : m["rejected"]) {
        if (shown++ >= max_lines) break;
        out += fmt::format("  {} → 不收：{}\n", x["member"].get<std::string>(),
                           x["reason"].get<std::string>());
    }
    if (total > max_lines)
        out += fmt::format("  ……另有 {} 项未列出（用 --json 查看全部）\n", total - max_lines);
    out += fmt::format("按此归类：{} / {} 项指标已覆盖，可确认 {:g} / {:g} 分。\n",
                       m["indicators_covered"].get<int>(), m["indicators_total"].get<int>(),
                       m["points_confirmed"].get<double>(), m["points_total"].get<double>());
    return out;
}

}  // namespace

Command make_verify_command() {
    return {
        "verify",
        "检查报送包：是否完好（CRC、SHA-256、清单）、文件名能否在各系统正常显示、材料是否齐全",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto package = std::make_shared<std::string>();
            auto no_map = std::make_shared<bool>(false);
            sub.add_option("PACKAGE", *package, "报送包（.zip；分卷时给任一卷即可）")->required();
            sub.add_flag("--no-map", *no_map,
                         "他人的压缩包（无 manifest.json）只查完整性和文件名，"
                         "不再列出各文件会归入哪项指标（归类要提取文字，图片需 OCR，较慢）");
            add_common_options(sub, common);
            sub.footer(
                "退出码：0 完好且齐全，1 完好但不齐全（或无 manifest.json 无法判断），2 用法错误，3 不是 zip "
                "文件，4 已损坏或被改动");
            return [package, no_map, &common] {
                std::unique_ptr<Catalog> catalog;
                if (!common.catalog.empty())
                    catalog = std::make_unique<Catalog>(common.load_catalog());
                const VerifyReport report = verify_package(*package, catalog.get());
                std::optional<nlohmann::json> mapping;
                if (!report.has_manifest && report.exit_code != 3 && !*no_map) {
                    if (!catalog) catalog = std::make_unique<Catalog>(common.load_catalog());
                    TempDir scratch("dossier-verify");
                    if (scratch.path().empty())
                        throw Fatal(kInput, "无法创建临时目录",
                                    std::filesystem::temp_directory_path().string());
                    mapping =
                        mapping_json(map_archive(*package, *catalog, common, scratch), *catalog);
                }
                if (common.json) {
                    auto j = nlohmann::ordered_json::parse(report.json());
                    if (mapping) j["mapping"] = *mapping;
                    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                              << "\n";
                } else {
                    std::cout << report.text();
                    if (mapping) std::cout << "\n" << mapping_text(*mapping);
                }
                return report.exit_code;
            };
        }};
}

}  // namespace dossier
