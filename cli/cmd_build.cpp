// `dossier build INBOX -o OUT`: the main job. Always writes the package(s) and both reports and
// exits 0; 3 only for a missing/unreadable inbox, an unwritable OUT or a bad catalog.
#include <unistd.h>

#include <iostream>

#include <fmt/core.h>

#include "packager/package.hpp"
#include "cli/cli.hpp"
#include "cli/progress.hpp"  // use_color
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

namespace {

struct BuildArgs {
    std::string inbox;
    std::string out;
    bool include_review = false;
    std::string split;
    std::string name_encoding = "utf-8";
};

void prepare_out(const std::filesystem::path& out) {
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec || ::access(out.c_str(), W_OK) != 0)
        throw Fatal(kInput, "输出目录无法写入", out.string(), "请换一个有写权限的目录（-o）");
}

}  // namespace

Command make_build_command() {
    return {"build", "整理收件箱，生成报送包（zip）和完成情况报告（report.json、report.html）",
            [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                auto args = std::make_shared<BuildArgs>();
                sub.add_option("INBOX", args->inbox, "收件箱文件夹：第一层子文件夹是报送单位")
                    ->required();
                sub.add_option("-o,--out", args->out, "输出目录：报送包和报告写到这里")->required();
                sub.add_flag("--include-review", args->include_review,
                             "把需人工确认的材料也放进包（data/00_待确认/）");
                sub.add_option("--split", args->split, "分卷大小上限，例如 20M（邮件附件限制）");
                sub.add_option("--name-encoding", args->name_encoding,
                               "包内文件名编码：utf-8（默认）或 gbk（老版 Windows 工具）")
                    ->check(CLI::IsMember({"utf-8", "gbk"}));
                add_common_options(sub, common);
                sub.footer("例：dossier build samples/inbox -o out --as-of 2020-11-20");
                return [args, &common]() -> int {
                    Catalog catalog = common.load_catalog();
                    RunConfig cfg = make_run_config(common, catalog, args->inbox);
                    cfg.out = args->out;
                    require_outside_inbox(*cfg.out, cfg.inbox, "输出目录", "-o");
                    prepare_out(*cfg.out);
                    cfg.include_review = args->include_review;
                    cfg.name_encoding = args->name_encoding;
                    if (!args->split.empty()) {
                        uint64_t size = parse_size(args->split);
                        if (size == 0)
                            throw Fatal(kUsage, fmt::format("--split 大小无效：{}", args->split),
                                        {}, "例如 20M、500K、1G");
                        cfg.split_bytes = size;
                    }
                    RunResult r = run_with_progress(cfg, catalog, common);
                    ReportInput in = report_input(catalog, r, cfg.inbox);
                    for (const auto& p : r.packages)
                        in.package_paths.push_back(p.filename().string());
                    write_reports(in, *cfg.out);
                    if (common.json) {
                        auto j = report_json(in);
                        j["run"] = {{"files", r.stats.files},
                                    {"extracted", r.stats.extracted},
                                    {"cached", r.stats.extract_cached},
                                    {"ocr_pages", r.stats.ocr_pages},
                                    {"seconds", r.stats.seconds},
                                    {"near_seconds", r.stats.near_seconds},
                                    {"similar_seconds", r.stats.similar_seconds}};
                        print_json(j);
                        return kOk;
                    }
                    if (common.quiet) {
                        std::cout << quiet_summary(report_text(in, false));
                        for (const auto& p : r.packages)
                            std::cout << "报送包：" << p.string() << "\n";
                        std::cout << "报告：" << (*cfg.out / "report.html").string() << "\n";
                        return kOk;
                    }
                    std::cout << report_text(in, use_color());
                    std::cout << "\n报送包：\n";
                    for (const auto& p : r.packages) std::cout << "  " << p.string() << "\n";
                    std::cout << "报告：\n  " << (*cfg.out / "report.html").string() << "\n  "
                              << (*cfg.out / "report.json").string() << "\n";
                    return kOk;
                };
            }};
}

}  // namespace dossier
