#include "cli/cli.hpp"

#include <clocale>
#include <iostream>

#include <fmt/core.h>

#include "cli/progress.hpp"

namespace dossier {

void add_common_options(CLI::App& sub, CommonOptions& c) {
    sub.add_option("--catalog", c.catalog, "考核目录 YAML 文件（默认：内置的廊坊市2020年目录）");
    sub.add_option("--workspace", c.workspace,
                   "工作区目录（缓存与状态，默认当前目录下 .dossier/，不可位于收件箱内）");
    sub.add_option("--unit", c.unit, "只处理某一责任单位（如 市财政局）");
    sub.add_option("--as-of", c.as_of,
                   "以哪一天为准计算期限（YYYY-MM-DD，默认今天或 SOURCE_DATE_EPOCH）");
    sub.add_option("--jobs,-j", c.jobs, "并行任务数（默认：CPU 核数）")->check(CLI::Range(1, 256));
    sub.add_option("--settle", c.settle,
                   "文件静置秒数：更新时间不足此值的文件会再确认一次（默认 2）")
        ->check(CLI::Range(0.0, 3600.0));
    sub.add_option("--time-limit", c.time_limit,
                   "每个文件提取文字的时间上限（秒，默认 120）；超时的文件列入拒收并注明原因，"
                   "下次运行会重试")
        ->check(CLI::Range(1, 86400));
    sub.add_flag("--json", c.json, "以 JSON 输出（供脚本使用）");
    sub.add_flag("--quiet,-q", c.quiet, "只输出结果，不输出进度");
}

RunResult run_with_progress(const RunConfig& cfg, const Catalog& catalog,
                            const CommonOptions& common) {
    ProgressPrinter progress(!common.quiet && !common.json);
    RunResult r = run(cfg, catalog, std::ref(progress));
    progress.finish();
    return r;
}

namespace {

const std::vector<Command>& command_table() {
    static const std::vector<Command> table = {
        make_build_command(),   make_check_command(),   make_verify_command(),
        make_extract_command(), make_ingest_command(),  make_watch_command(),
        make_catalog_command(), make_explain_command(), make_assign_command(),
    };
    return table;
}

}  // namespace

int run_cli(int argc, char** argv) {
    // libarchive returns no names at all in the C locale (see docs); we work in UTF-8 everywhere.
    if (!std::setlocale(LC_ALL, "C.UTF-8")) std::setlocale(LC_ALL, "");

    CLI::App app{
        "dossier — "
        "政务公开考核材料整理工具：把收件箱里的证据材料整理成带目录、可校验的报送包，并在截止前指出"
        "缺什么。",
        "dossier"};
    app.set_version_flag("--version,-V", std::string("dossier ") + DOSSIER_VERSION_STRING);
    app.require_subcommand(1);
    app.footer("每个命令都有 --help，例如：dossier build --help");

    CommonOptions common;
    std::function<int()> action;
    for (const Command& cmd : command_table()) {
        CLI::App* sub = app.add_subcommand(cmd.name, cmd.help);
        auto run = cmd.setup(*sub, common);
        sub->callback([&action, run] { action = run; });
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int rc = app.exit(e);
        return rc == 0 ? kOk : kUsage;
    }
    try {
        return action ? action() : kUsage;
    } catch (const Fatal& e) {
        std::cerr << "dossier: error: " << e.what();
        if (!e.file.empty()) std::cerr << " (" << e.file << ")";
        if (!e.hint.empty()) std::cerr << ": " << e.hint;
        std::cerr << "\n";
        return e.code;
    } catch (const std::exception& e) {
        std::cerr << "dossier: error: 内部错误：" << e.what() << "：请把此信息报告给维护者\n";
        return kInput;
    }
}

}  // namespace dossier
