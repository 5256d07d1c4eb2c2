// `dossier check INBOX [--out DIR]`: the completeness report only. Exit 1 when anything is
// missing/late/weak/needs review, 0 when everything is covered or 另需核实.
#include <iostream>

#include "cli/cli.hpp"
#include "cli/progress.hpp"  // use_color
#include "pipeline/report.hpp"
#include "pipeline/run.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

Command make_check_command() {
    return {"check", "只检查完成情况（缺什么、哪些逾期），不生成报送包",
            [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                auto inbox = std::make_shared<std::string>();
                auto out = std::make_shared<std::string>();
                sub.add_option("INBOX", *inbox, "收件箱文件夹")->required();
                sub.add_option("--out", *out, "把 report.json 和 report.html 写到此目录");
                add_common_options(sub, common);
                sub.footer(
                    "退出码：0 全部已覆盖（或另需核实），1 有缺失/逾期/证据不足/待确认，2 用法错误，"
                    "3 收件箱、输出目录或目录文件有误");
                return [inbox, out, &common]() -> int {
                    Catalog catalog = common.load_catalog();
                    RunConfig cfg = make_run_config(common, catalog, *inbox);
                    if (!out->empty()) require_outside_inbox(*out, cfg.inbox, "输出目录", "--out");
                    RunResult r = run_with_progress(cfg, catalog, common);
                    ReportInput in = report_input(catalog, r, cfg.inbox);
                    if (!out->empty()) {
                        std::error_code ec;
                        std::filesystem::create_directories(*out, ec);
                        if (ec)
                            throw Fatal(kInput, "输出目录无法创建", *out, "请换一个有写权限的目录");
                        write_reports(in, *out);
                    }
                    if (common.json)
                        print_json(report_json(in));
                    else
                        std::cout << report_text(in, use_color());
                    return incomplete(r.assessment) ? kIncomplete : kOk;
                };
            }};
}

}  // namespace dossier
