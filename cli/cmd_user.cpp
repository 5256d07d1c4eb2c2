// `dossier user add|passwd|disable|list|log`: the portal's accounts and its audit log, in
// `<workspace>/portal.db` (server/accounts). Works while `serve` runs: portal.db is not the
// pipeline's state.db, so no build lock is involved.
//
// Passwords: `--password-stdin` reads one line (the newline stripped); otherwise the password is
// asked twice on the terminal with echo off. At least 12 and at most 128 characters (OWASP ASVS
// 2.1.1/2.1.2). `--unit` accepts any unit the catalog knows, townships included, matched as the
// common --unit is (aliases, 霸州市 prefix, …), with the nearest names on a miss.
#include <termios.h>
#include <unistd.h>

#include <ctime>
#include <iostream>

#include <fmt/core.h>

#include "cli/cli.hpp"
#include "server/accounts.hpp"

namespace dossier {

namespace {

struct UserArgs {
    std::string name, unit;
    bool office = false;
    bool password_stdin = false;
    int limit = 50;
    CLI::App *add = nullptr, *passwd = nullptr, *disable = nullptr, *list = nullptr,
             *log = nullptr;
};

size_t utf8_chars(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string read_line_stdin() {
    std::string line;
    if (!std::getline(std::cin, line)) throw Fatal(kUsage, "没有从标准输入读到密码");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::string prompt_hidden(const char* prompt) {
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    std::cerr << prompt << std::flush;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    const bool ok = static_cast<bool>(std::getline(std::cin, line));
    ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << "\n";
    if (!ok) throw Fatal(kUsage, "没有读到密码");
    return line;
}

std::string new_password(bool from_stdin) {
    std::string pw;
    if (from_stdin) {
        pw = read_line_stdin();
    } else {
        if (!::isatty(STDIN_FILENO))
            throw Fatal(kUsage, "不在终端中运行时请用 --password-stdin 从标准输入提供密码");
        pw = prompt_hidden("新密码：");
        if (prompt_hidden("再输入一次：") != pw) throw Fatal(kUsage, "两次输入的密码不一致");
    }
    const size_t n = utf8_chars(pw);
    if (n < 12 || n > 128) throw Fatal(kUsage, "密码须为 12 至 128 个字符");
    return pw;
}

void check_user_name(const std::string& name) {
    bool bad = name.empty() || name.size() > 64;
    for (unsigned char c : name)
        if (c < 0x20 || c == 0x7f || c == ' ') bad = true;
    if (bad) throw Fatal(kUsage, "用户名须为 1 至 64 字节，不含空格或控制字符", name);
}

std::string local_time(int64_t t) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    ::localtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &tm);
    return buf;
}

const char* action_zh(const std::string& action) {
    if (action == "login") return "登录";
    if (action == "login_failed") return "登录失败";
    if (action == "logout") return "退出";
    if (action == "upload") return "上传";
    if (action == "withdraw") return "撤回";
    if (action == "pin") return "确认";
    if (action == "unpin") return "撤销确认";
    return nullptr;
}

int add_user(const UserArgs& a, const CommonOptions& common) {
    check_user_name(a.name);
    if (a.office == !a.unit.empty()) throw Fatal(kUsage, "请给出 --unit 单位 或 --office 之一");
    std::string unit;
    if (!a.office) {
        RunOptions o;
        o.unit = a.unit;
        unit = *o.resolved_unit(common.load_catalog());
    }
    Accounts acc(common.workspace);
    if (acc.find(a.name)) throw Fatal(kUsage, "用户已存在", a.name, "改密码用 dossier user passwd");
    const std::string pw = new_password(a.password_stdin);
    if (!acc.add_user(a.name, pw, a.office ? "office" : "unit", unit))
        throw Fatal(kUsage, "用户已存在", a.name);
    std::cout << fmt::format("已添加用户 {}（{}）\n", a.name, a.office ? "办公室" : "单位：" + unit);
    return kOk;
}

int list_users(const CommonOptions& common) {
    Accounts acc(common.workspace);
    auto users = acc.list();
    if (common.json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& u : users)
            j.push_back({{"user", u.name}, {"role", u.role}, {"unit", u.unit}, {"disabled", u.disabled}});
        print_json(j);
        return kOk;
    }
    if (users.empty()) std::cout << "还没有用户：用 dossier user add 添加\n";
    for (const auto& u : users)
        std::cout << fmt::format("{}\t{}{}\n", u.name, u.role == "office" ? "办公室" : u.unit,
                                 u.disabled ? "\t（已停用）" : "");
    return kOk;
}

int show_log(const UserArgs& a, const CommonOptions& common) {
    Accounts acc(common.workspace);
    auto log = acc.audit_log(a.limit);
    if (common.json) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& e : log)
            j.push_back({{"time", e.time}, {"user", e.user}, {"action", e.action},
                         {"sha256", e.sha256}, {"object", e.object}, {"from", e.from}});
        print_json(j);
        return kOk;
    }
    for (const auto& e : log) {
        const char* zh = action_zh(e.action);
        std::cout << fmt::format("{}  {}  {}", local_time(e.time), e.user, zh ? zh : e.action.c_str());
        if (!e.object.empty()) std::cout << "  " << e.object;
        if (!e.sha256.empty()) std::cout << "  " << e.sha256.substr(0, 16);
        std::cout << "  来自 " << e.from << "\n";
    }
    return kOk;
}

int run_user(const UserArgs& a, const CommonOptions& common) {
    if (a.add->parsed()) return add_user(a, common);
    if (a.list->parsed()) return list_users(common);
    if (a.log->parsed()) return show_log(a, common);
    Accounts acc(common.workspace);
    if (!acc.find(a.name)) throw Fatal(kUsage, "没有这个用户", a.name, "用 dossier user list 查看");
    if (a.passwd->parsed()) {
        acc.set_password(a.name, new_password(a.password_stdin));
        std::cout << fmt::format("已修改 {} 的密码；其已登录的会话均已失效\n", a.name);
    } else {
        acc.disable(a.name);
        std::cout << fmt::format("已停用用户 {}；其已登录的会话均已失效\n", a.name);
    }
    return kOk;
}

}  // namespace

Command make_user_command() {
    return {"user", "管理门户账户：添加、改密码、停用、列出，查看审计日志（门户运行时也可用）",
            [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                auto a = std::make_shared<UserArgs>();
                sub.require_subcommand(1, 1);
                a->add = sub.add_subcommand("add", "添加账户（单位用户或办公室用户）");
                a->add->add_option("NAME", a->name, "用户名")->required();
                a->add->add_option("--unit", a->unit, "所属单位（目录中的单位名或乡镇名）");
                a->add->add_flag("--office", a->office, "办公室用户：可查看全部单位、确认归类、整理");
                a->passwd = sub.add_subcommand("passwd", "修改密码（该用户已登录的会话失效）");
                a->passwd->add_option("NAME", a->name, "用户名")->required();
                for (CLI::App* s : {a->add, a->passwd})
                    s->add_flag("--password-stdin", a->password_stdin,
                                "从标准输入读一行作为密码（不提示、不回显）");
                a->disable = sub.add_subcommand("disable", "停用账户（其会话立即失效）");
                a->disable->add_option("NAME", a->name, "用户名")->required();
                a->list = sub.add_subcommand("list", "列出账户");
                a->log = sub.add_subcommand("log", "显示审计日志（登录、上传、撤回、确认）");
                a->log->add_option("--limit", a->limit, "显示最近多少条（默认 50）")
                    ->check(CLI::Range(1, 1000000));
                for (CLI::App* s : {a->add, a->passwd, a->disable, a->list, a->log})
                    s->fallthrough();
                add_common_options(sub, common);
                return [a, &common]() -> int { return run_user(*a, common); };
            }};
}

}  // namespace dossier
