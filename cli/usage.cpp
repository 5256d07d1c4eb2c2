#include "cli/usage.hpp"

#include <algorithm>
#include <regex>
#include <sstream>

#include <fmt/core.h>

#include "model/text.hpp"

namespace dossier {

namespace {

// CLI11 names a type by the C++ type (TEXT, INT, FLOAT, …); clerks read 文本, 整数, 数字.
std::string chinese_type(const std::string& t) {
    if (t == "TEXT") return "文本";
    if (t == "INT") return "整数";
    if (t == "UINT") return "非负整数";
    if (t == "FLOAT") return "数字";
    if (t == "NUMBER") return "数字";
    if (t == "BOOLEAN") return "是/否";
    if (t == "FILE") return "文件";
    if (t == "DIR") return "文件夹";
    if (t == "PATH(existing)" || t == "PATH") return "路径";
    return t;
}

// Validators add their own description after a colon: "INT in [1 - 256]" (Range) or
// "{utf-8,gbk}" (IsMember). Say the range in Chinese and list choices with 、.
std::string chinese_validator(const std::string& d) {
    static const std::regex range(R"(^\s*[A-Z]+ in \[(.*) - (.*)\]\s*$)");
    std::smatch m;
    if (std::regex_match(d, m, range)) return fmt::format("{} 至 {}", m[1].str(), m[2].str());
    if (d.size() >= 2 && d.front() == '{' && d.back() == '}') {
        std::string inner = d.substr(1, d.size() - 2);
        std::replace(inner.begin(), inner.end(), ',', ' ');
        std::istringstream in(inner);
        std::string item, out;
        while (in >> item) out += (out.empty() ? "" : "、") + item;
        return "可选 " + out;
    }
    return d;
}

// "TEXT:{utf-8,gbk}" → "文本，可选 utf-8、gbk"; "INT:INT in [1 - 256]" → "整数，1 至 256".
std::string chinese_type_name(const std::string& full) {
    std::string out;
    size_t start = 0;
    while (start <= full.size()) {
        size_t colon = full.find(':', start);
        std::string part = full.substr(start, colon == std::string::npos ? std::string::npos
                                                                          : colon - start);
        if (!part.empty()) {
            out += out.empty() ? chinese_type(part) : "，" + chinese_validator(part);
        }
        if (colon == std::string::npos) break;
        start = colon + 1;
    }
    return out;
}

const CLI::Option* find_option(const CLI::App* app, const std::string& name) {
    if (!app) return nullptr;
    for (const CLI::Option* o : app->get_options()) {
        if (o->get_name() == name || o->check_name(name)) return o;
    }
    return nullptr;
}

std::vector<std::string> long_option_names(const CLI::App* app) {
    std::vector<std::string> names;
    if (!app) return names;
    for (const CLI::Option* o : app->get_options()) {
        if (o->get_group().empty()) continue;  // hidden: not one this command reads
        for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
        for (const std::string& s : o->get_snames()) names.push_back("-" + s);
    }
    return names;
}

std::string after(const std::string& s, const std::string& marker) {
    size_t p = s.find(marker);
    return p == std::string::npos ? std::string() : s.substr(p + marker.size());
}

std::string trim(std::string_view s) {
    return std::string(text::trim(s));
}

// "--jobs" for an option, "INBOX" for a positional: how the option is written on the command line.
std::string display_name(const CLI::Option* o, const std::string& fallback) {
    if (!o) return fallback;
    return o->get_positional() ? o->get_name(true, false) : o->get_name(false, false);
}

std::string unexpected_arguments(const std::string& list, const CLI::App* sub) {
    std::istringstream in(list);
    std::string arg;
    std::vector<std::string> options, extras;
    while (in >> arg) {
        if (arg.size() > 1 && arg[0] == '-') {
            std::string flag = arg.substr(0, arg.find('='));
            std::string near = nearest_name(flag, long_option_names(sub));
            options.push_back(near.empty() ? fmt::format("未知选项 {}", flag)
                                           : fmt::format("未知选项 {}，是否指 {}？", flag, near));
        } else {
            extras.push_back(arg);
        }
    }
    // CLI11 lists the leftovers last first.
    std::reverse(options.begin(), options.end());
    std::reverse(extras.begin(), extras.end());
    std::string out;
    // An unknown option's value shows up as a leftover too: name only the option then.
    if (!options.empty()) {
        for (const std::string& p : options) out += (out.empty() ? "" : "；") + p;
        return out;
    }
    if (extras.empty()) return "命令行里有多余的参数";
    for (const std::string& p : extras) out += (out.empty() ? "" : " ") + p;
    return "多余的参数：" + out;
}

}  // namespace

ChineseFormatter::ChineseFormatter() {
    label("Usage", "用法");
    label("OPTIONS", "选项");
    label("SUBCOMMAND", "命令");
    label("SUBCOMMANDS", "命令");
    label("Positionals", "参数");
    label("REQUIRED", "（必填）");  // written right after the type, no space
    label("Env", "环境变量");
    label("Needs", "需要");
    label("Excludes", "不能与之同用");
    column_width(34);
}

std::string ChineseFormatter::make_option_opts(const CLI::Option* opt) const {
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    std::string out;
    if (opt->get_type_size() != 0) {
        std::string type = chinese_type_name(opt->get_type_name());
        if (!type.empty()) out += " " + type;
        if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
        if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " …";
        if (opt->get_required()) out += get_label("REQUIRED");
    }
    return out;
}

std::string ChineseFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    // CLI11 pads the left column by bytes; a Chinese character is three bytes but two columns
    // wide, so pad by display width instead.
    std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
    const std::string desc = make_option_desc(opt);
    const size_t width = static_cast<size_t>(text::display_columns(name));
    const size_t column = get_column_width();
    std::string out = name;
    if (!desc.empty()) {
        if (width >= column)
            out += "\n" + std::string(column, ' ');
        else
            out += std::string(column - width, ' ');
        out += desc;
    }
    return out + "\n";
}

std::string ChineseFormatter::make_help(const CLI::App* app, std::string name,
                                        CLI::AppFormatMode mode) const {
    // Hidden options form an unnamed group after the shown ones, and the base puts a blank line
    // before it anyway: keep at most one blank line.
    std::string out = CLI::Formatter::make_help(app, std::move(name), mode);
    for (size_t p; (p = out.find("\n\n\n")) != std::string::npos;) out.erase(p, 1);
    return out;
}

std::string ChineseFormatter::make_description(const CLI::App* app) const {
    // The base adds English sentences for required-option counts; we use none of those.
    const std::string& desc = app->get_description();
    return desc.empty() ? std::string() : desc + "\n";
}

std::string nearest_name(std::string_view word, const std::vector<std::string>& candidates) {
    const std::u32string mine = text::code_points(word);
    std::string best;
    size_t best_d = 3;
    for (const std::string& c : candidates) {
        const std::u32string theirs = text::code_points(c);
        const size_t dist = text::edit_distance(mine, theirs);
        if (dist < best_d && dist * 2 < std::max(mine.size(), theirs.size())) {
            best = c;
            best_d = dist;
        }
    }
    return best;
}

std::string usage_error_message(const CLI::ParseError& e, const CLI::App* sub) {
    // Dispatch on the type: CLI11 names some errors after the app that threw them (ExtrasError
    // carries "build"), so get_name() is not the kind.
    const std::string what = e.what();
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        if (what.find("ubcommand") != std::string::npos) return "缺少命令";
        std::string name = trim(what.substr(0, what.find(" is required")));
        const CLI::Option* o = find_option(sub, name);
        std::string desc = o ? o->get_description() : "";
        std::string shown = display_name(o, name);
        return desc.empty() ? fmt::format("缺少 {}", shown)
                            : fmt::format("缺少 {}（{}）", shown, desc.substr(0, desc.find("：")));
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) return unexpected_arguments(after(what, ": "), sub);
    if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        // "Could not convert: --jobs = abc"
        std::string rest = after(what, "Could not convert: ");
        std::string name = trim(rest.substr(0, rest.find(" = ")));
        std::string value = trim(after(rest, " = "));
        const CLI::Option* o = find_option(sub, name);
        std::string type = o ? chinese_type_name(o->get_type_name()) : "";
        return type.empty() ? fmt::format("{} 的值 {} 无效", display_name(o, name), value)
                            : fmt::format("{} 的值 {} 无效：应为{}", display_name(o, name), value,
                                          type);
    }
    if (dynamic_cast<const CLI::ValidationError*>(&e)) {
        // "--name-encoding: x not in {utf-8,gbk}" or "--jobs: Value 0 not in range 1 to 256"
        std::string name = trim(what.substr(0, what.find(": ")));
        std::string msg = after(what, ": ");
        const CLI::Option* o = find_option(sub, name);
        std::smatch m;
        static const std::regex member(R"(^(.*) not in (\{.*\})\s*$)");
        static const std::regex range(R"(^Value (.*) not in range (.*) to (.*?)\s*$)");
        if (std::regex_match(msg, m, member))
            return fmt::format("{} 的值 {} 无效：{}", display_name(o, name), m[1].str(),
                               chinese_validator(m[2].str()));
        // The range check runs before the conversion, so "abc" lands here too.
        std::string type = o ? chinese_type(o->get_type_name().substr(
                                   0, o->get_type_name().find(':')))
                             : "";
        if (std::regex_match(msg, m, range))
            return fmt::format("{} 的值 {} 无效：应为 {} 至 {} 之间的{}", display_name(o, name),
                               m[1].str(), m[2].str(), m[3].str(), type.empty() ? "数" : type);
        return type.empty() ? fmt::format("{} 的值无效", display_name(o, name))
                            : fmt::format("{} 的值无效：应为{}", display_name(o, name), type);
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        std::string name = trim(what.substr(0, what.find(": ")));
        const CLI::Option* o = find_option(sub, name);
        if (o && o->get_type_size() == 0)
            return fmt::format("{} 是开关，不带值", display_name(o, name));
        return fmt::format("{} 后面缺少值", display_name(o, name));
    }
    if (dynamic_cast<const CLI::RequiresError*>(&e) || dynamic_cast<const CLI::ExcludesError*>(&e)) return "这些选项不能这样组合使用";
    return "命令行无法解析";
}

}  // namespace dossier
