#include "cli/cli.hpp"

#include <algorithm>
#include <clocale>
#include <iostream>
#include <sstream>

#include <fmt/core.h>

#include "cli/log.hpp"
#include "cli/progress.hpp"
#include "cli/signals.hpp"
#include "cli/usage.hpp"

namespace dossier {

namespace {

// Which common options each command reads (so its --help lists only those).
enum CommonOption : unsigned {
    kCatalogOpt = 1u << 0,
    kWorkspaceOpt = 1u << 1,
    kUnitOpt = 1u << 2,
    kAsOfOpt = 1u << 3,
    kJobsOpt = 1u << 4,
    kSettleOpt = 1u << 5,
    kTimeLimitOpt = 1u << 6,
    kJsonOpt = 1u << 7,
    kQuietOpt = 1u << 8,
    kVerboseOpt = 1u << 9,
    kAllOpts = 0x3ffu,
};

// Commands not listed here get them all. Kept in this one table (rather than at each command's
// call) so the commands' own files stay as they are.
unsigned common_options_of(const std::string& command) {
    if (command == "catalog") return kCatalogOpt | kJsonOpt;
    if (command == "assign") return kCatalogOpt | kWorkspaceOpt | kJsonOpt;
    if (command == "extract") return kCatalogOpt | kAsOfOpt | kTimeLimitOpt | kJsonOpt;
    if (command == "ingest") return kCatalogOpt | kWorkspaceOpt | kJobsOpt | kSettleOpt | kJsonOpt | kQuietOpt;
    if (command == "verify")
        return kCatalogOpt | kWorkspaceOpt | kAsOfOpt | kJobsOpt | kTimeLimitOpt | kJsonOpt;
    if (command == "explain") return kAllOpts & ~kVerboseOpt;
    if (command == "serve") return kAllOpts & ~(kUnitOpt | kJsonOpt | kQuietOpt);
    if (command == "user") return kCatalogOpt | kWorkspaceOpt | kJsonOpt;
    if (command == "fetch-mail") return kCatalogOpt | kWorkspaceOpt | kJsonOpt | kQuietOpt;
    return kAllOpts;
}

// What each exit code means for one command, shown at the end of its --help (check and verify
// state their own).
std::string exit_codes_of(const std::string& command) {
    const char* input = "3 收件箱、输出目录、目录文件或工作区不可用";
    if (command == "catalog") return "退出码：0 成功，2 用法错误，3 目录文件无法读取";
    if (command == "extract") return "退出码：0 成功，2 用法错误，3 文件或目录文件无法读取";
    if (command == "fetch-mail")
        return "退出码：0 成功（个别邮件跳过时也是 0，原因逐条列出），2 用法错误，3 收件箱、工作区或"
               "邮箱配置不可用，或无法连接、登录邮件服务器";
    if (command == "watch") return fmt::format("退出码：0 按 Ctrl+C 正常结束，2 用法错误，{}", input);
    if (command == "serve")
        return fmt::format("退出码：0 按 Ctrl+C 或收到 SIGTERM 后正常结束，2 用法错误，{}；"
                           "端口被占用或证书无法载入也是 3", input);
    return fmt::format("退出码：0 成功，2 用法错误，{}", input);
}

}  // namespace

void add_common_options(CLI::App& sub, CommonOptions& c) {
    // Every command accepts all of them, so scripts can pass one set of common options to each
    // command; the ones a command does not read are left out of its --help (an empty group hides
    // an option in CLI11).
    const unsigned used = common_options_of(sub.get_name());
    auto shown = [used](CLI::Option* o, unsigned bit) {
        if (!(used & bit)) o->group("");
        return o;
    };
    shown(sub.add_option("--catalog", c.catalog,
                         "考核目录 YAML 文件（默认：内置的廊坊市2020年目录）"),
          kCatalogOpt);
    shown(sub.add_option("--workspace", c.workspace,
                         "工作区目录（缓存与状态，默认当前目录下 .dossier/，不可位于收件箱内）"),
          kWorkspaceOpt);
    shown(sub.add_option("--unit", c.unit, "只处理某一责任单位（如 市财政局）"), kUnitOpt);
    shown(sub.add_option("--as-of", c.as_of,
                         "以哪一天为准计算期限（YYYY-MM-DD，默认今天或 SOURCE_DATE_EPOCH）"),
          kAsOfOpt);
    shown(sub.add_option("--jobs,-j", c.jobs, "并行任务数（默认：CPU 核数）"), kJobsOpt)
        ->check(CLI::Range(1, 256));
    shown(sub.add_option("--settle", c.settle,
                         "文件静置秒数：更新时间不足此值的文件会再确认一次（默认 2）"),
          kSettleOpt)
        ->check(CLI::Range(0.0, 3600.0));
    shown(sub.add_option("--time-limit", c.time_limit,
                         "每个文件提取文字、分析各自的时间上限（秒，默认 120）；"
                         "超时的文件列入拒收并注明原因，下次运行会重试"),
          kTimeLimitOpt)
        ->check(CLI::Range(1, 86400));
    shown(sub.add_flag("--json", c.json, "以 JSON 输出（供脚本使用）"), kJsonOpt);
    shown(sub.add_flag("--quiet,-q", c.quiet, "只输出结果摘要，不输出进度"), kQuietOpt);
    shown(sub.add_flag("--verbose,-v", c.verbose,
                       "输出详细日志（带时间和级别）：新提取与取自缓存的文件数、OCR 页数、耗时"),
          kVerboseOpt);
}

RunResult run_with_progress(const RunConfig& cfg, const Catalog& catalog,
                            const CommonOptions& common) {
    ProgressPrinter progress(!common.quiet && !common.json);
    RunResult r = run(cfg, catalog, std::ref(progress));
    progress.finish();
    if (common.verbose) log_run_details(*make_log("dossier", true, stderr), r);
    return r;
}

std::string quiet_summary(const std::string& report_text) {
    std::string out, line;
    std::istringstream in(report_text);
    while (std::getline(in, line)) {
        if (line.rfind("可确认", 0) == 0 || line.rfind("指标：", 0) == 0 || line.rfind("材料：", 0) == 0)
            out += line + "\n";
        if (line.rfind("【", 0) == 0) break;  // the details start here
    }
    return out;
}

namespace {

const std::vector<Command>& command_table() {
    static const std::vector<Command> table = {
        make_build_command(),   make_check_command(),   make_verify_command(),
        make_extract_command(), make_ingest_command(),  make_watch_command(),
        make_catalog_command(), make_explain_command(), make_assign_command(),
        make_serve_command(),   make_user_command(),   make_fetch_mail_command(),
    };
    return table;
}

std::vector<std::string> command_names() {
    std::vector<std::string> names;
    for (const Command& cmd : command_table()) names.emplace_back(cmd.name);
    return names;
}

int usage_error(const std::string& message, const std::string& help_hint) {
    std::cerr << "dossier: 错误：" << message << "（用法见 " << help_hint << "）\n";
    return kUsage;
}

// The command the user typed: the first argument that is not an option (the top level has only
// --help and --version, neither of which takes a value). Empty when there is none.
std::string typed_command(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--") return i + 1 < argc ? argv[i + 1] : "";
        if (!a.empty() && a[0] != '-') return a;
    }
    return {};
}

}  // namespace

int run_cli(int argc, char** argv) {
    // libarchive returns no names at all in the C locale (see docs); we work in UTF-8 everywhere.
    if (!std::setlocale(LC_ALL, "C.UTF-8")) std::setlocale(LC_ALL, "");
    install_signal_cleanup();

    CLI::App app{
        "dossier — "
        "政务公开考核材料整理工具：把收件箱里的证据材料整理成带目录、可校验的报送包，并在截止前指出"
        "缺什么。",
        "dossier"};
    // Set before the commands are added: each copies the formatter, the option group and the help
    // flag from the top level when it is created.
    app.formatter(std::make_shared<ChineseFormatter>());
    app.option_defaults()->group(kOptionGroup);
    app.set_help_flag("-h,--help", "显示本帮助并退出");
    app.set_version_flag("--version,-V", std::string("dossier ") + DOSSIER_VERSION_STRING,
                         "显示版本号并退出");
    app.require_subcommand(1);
    app.footer("每个命令都有 --help，例如：dossier build --help");

    CommonOptions common;
    std::function<int()> action;
    for (const Command& cmd : command_table()) {
        CLI::App* sub = app.add_subcommand(cmd.name, cmd.help);
        sub->group(kCommandGroup);
        // The help flag is made with the command, before option_defaults reach it.
        if (CLI::Option* help = sub->get_help_ptr()) help->group(kOptionGroup);
        auto run = cmd.setup(*sub, common);
        sub->callback([&action, run] { action = run; });
        // Every command's help ends with what its exit codes mean (verify states its own).
        std::string footer = sub->get_footer();
        if (footer == app.get_footer()) footer.clear();  // inherited from the top level
        if (footer.find("退出码") == std::string::npos)
            sub->footer(footer.empty() ? exit_codes_of(cmd.name)
                                       : footer + "\n" + exit_codes_of(cmd.name));
        // A command's own subcommands (`user add`, …): the same help group and exit codes.
        for (CLI::App* nested : sub->get_subcommands({})) {
            if (CLI::Option* help = nested->get_help_ptr()) help->group(kOptionGroup);
            if (nested->get_footer().find("退出码") == std::string::npos)
                nested->footer(exit_codes_of(cmd.name));
        }
    }

    // CLI11 reports a misspelt command only as "A subcommand is required": name it and the
    // nearest command ourselves.
    const std::string typed = typed_command(argc, argv);
    const std::vector<std::string> names = command_names();
    if (!typed.empty() && std::find(names.begin(), names.end(), typed) == names.end()) {
        std::string near = nearest_name(typed, names);
        std::string list;
        for (const std::string& n : names) list += (list.empty() ? "" : "、") + n;
        return usage_error(near.empty() ? fmt::format("未知命令 {}：可用的命令有 {}", typed, list)
                                        : fmt::format("未知命令 {}，是否指 {}？", typed, near),
                           "dossier --help");
    }

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e) == 0 ? kOk : kUsage;
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e) == 0 ? kOk : kUsage;
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e) == 0 ? kOk : kUsage;
    } catch (const CLI::ParseError& e) {
        const CLI::App* sub = typed.empty() ? nullptr : app.get_subcommand(typed);
        if (typed.empty())
            return usage_error(fmt::format("缺少命令：可用的命令有 {}", [&] {
                                   std::string list;
                                   for (const std::string& n : names)
                                       list += (list.empty() ? "" : "、") + n;
                                   return list;
                               }()),
                               "dossier --help");
        return usage_error(usage_error_message(e, sub), "dossier " + typed + " --help");
    }
    try {
        return action ? action() : kUsage;
    } catch (const Fatal& e) {
        std::cerr << "dossier: 错误：" << e.what();
        if (!e.file.empty()) std::cerr << "（" << e.file << "）";
        if (!e.hint.empty()) std::cerr << "：" << e.hint;
        std::cerr << "\n";
        return e.code;
    } catch (const std::exception& e) {
        std::cerr << "dossier: 内部错误：" << e.what() << "：请把此信息报告给维护者\n";
        return kInput;
    }
}

}  // namespace dossier
