// Loading mail.yaml: every problem is one Chinese line naming file:line, like the catalog's.
#include "intake/mail_config.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#include <fmt/core.h>
#include <yaml-cpp/yaml.h>

#include "model/error.hpp"

namespace dossier {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

class Loader {
  public:
    explicit Loader(std::filesystem::path file) : file_(std::move(file)) {}

    [[noreturn]] void fail(const YAML::Mark& mark, const std::string& why) const {
        int line = mark.is_null() ? 1 : mark.line + 1;
        throw Fatal(kInput, fmt::format("{}:{}: {}", file_.string(), line, why), {},
                    "邮箱配置的写法见 docs/mail-fetch.md");
    }

    template <class T>
    T scalar(const YAML::Node& n, const std::string& key, const char* expected) const {
        if (!n.IsScalar()) fail(n.Mark(), fmt::format("{} 应为{}", key, expected));
        try {
            return n.as<T>();
        } catch (const YAML::Exception&) {
            fail(n.Mark(), fmt::format("{} 应为{}，而不是“{}”", key, expected, n.Scalar()));
        }
    }

    std::filesystem::path path_of(const YAML::Node& n, const std::string& key) const {
        std::filesystem::path p = scalar<std::string>(n, key, "文件路径");
        if (p.is_relative()) p = file_.parent_path() / p;  // relative to mail.yaml
        return p;
    }

    std::string password_from_file(const YAML::Node& n) const {
        std::filesystem::path p = path_of(n, "password_file");
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0)
            fail(n.Mark(), fmt::format("密码文件 {} 不存在或无法访问", p.string()));
        if ((st.st_mode & 077) != 0)
            fail(n.Mark(), fmt::format("密码文件 {} 的权限为 {:04o}，其他用户也能读取；请执行 "
                                       "chmod 600 {}，只允许其所有者读取",
                                       p.string(), st.st_mode & 07777, p.string()));
        std::ifstream in(p, std::ios::binary);
        std::string s{std::istreambuf_iterator<char>(in), {}};
        if (!in && !in.eof()) fail(n.Mark(), fmt::format("无法读取密码文件 {}", p.string()));
        s = s.substr(0, s.find('\n'));
        if (!s.empty() && s.back() == '\r') s.pop_back();
        if (s.empty()) fail(n.Mark(), fmt::format("密码文件 {} 是空的", p.string()));
        return s;
    }

    std::string password_from_env(const YAML::Node& n) const {
        std::string name = scalar<std::string>(n, "password_env", "环境变量名");
        const char* v = std::getenv(name.c_str());
        if (!v || !*v) fail(n.Mark(), fmt::format("环境变量 {} 未设置或为空（password_env）", name));
        return v;
    }

    void senders(const YAML::Node& n, MailConfig& c) const {
        if (!n.IsMap()) fail(n.Mark(), "senders 应为“发件人地址或 @域名: 单位”的映射");
        for (const auto& kv : n) {
            std::string key = lower(scalar<std::string>(kv.first, "senders 的键", "邮箱地址或 @域名"));
            std::string unit = scalar<std::string>(kv.second, "senders 的单位", "单位名称");
            if (key.find('@') == std::string::npos) key = "@" + key;  // a bare domain
            if (key == "@" || unit.empty())
                fail(kv.first.Mark(), "senders 的每一项应为“地址或 @域名: 单位”，不能为空");
            if (unit.find_first_of("/\\") != std::string::npos || unit == "." || unit == "..")
                fail(kv.second.Mark(), fmt::format("单位名称“{}”不能含 / 或 \\", unit));
            c.senders[key] = unit;
        }
    }

    MailConfig load() {
        std::ifstream probe(file_);
        if (!probe) throw Fatal(kInput, "无法读取邮箱配置文件", file_.string(), "检查 --config 的路径");
        YAML::Node root;
        try {
            root = YAML::LoadFile(file_.string());
        } catch (const YAML::ParserException& e) {
            fail(e.mark, "YAML 格式错误：" + e.msg);
        }
        if (!root.IsMap()) fail(root.Mark(), "邮箱配置应为键值映射（host、user、password_file …）");
        MailConfig c;
        c.file = file_;
        // Optional: assigning to a YAML::Node writes into the node it refers to, it does not rebind.
        std::optional<YAML::Node> pw_file, pw_env;
        for (const auto& kv : root) {
            std::string key = scalar<std::string>(kv.first, "键", "文字");
            const YAML::Node& v = kv.second;
            if (key == "host") c.host = scalar<std::string>(v, key, "服务器地址");
            else if (key == "port") c.port = scalar<int>(v, key, "端口号");
            else if (key == "user") c.user = scalar<std::string>(v, key, "用户名");
            else if (key == "password_file") pw_file.emplace(v);
            else if (key == "password_env") pw_env.emplace(v);
            else if (key == "folder") c.folder = scalar<std::string>(v, key, "文件夹名");
            else if (key == "ca_file") c.ca_file = path_of(v, key);
            else if (key == "senders") senders(v, c);
            else if (key == "mark_seen") c.mark_seen = scalar<bool>(v, key, " true 或 false");
            else if (key == "delete_after") c.delete_after = scalar<bool>(v, key, " true 或 false");
            else if (key == "max_message_mb") c.max_message_mb = scalar<double>(v, key, "数字");
            else if (key == "timeout_seconds") c.timeout_seconds = scalar<int>(v, key, "整数");
            else if (key == "password")
                fail(kv.first.Mark(), "不接受明文密码：请改用 password_file（仅所有者可读的文件）"
                                      "或 password_env（环境变量名）");
            else
                fail(kv.first.Mark(), fmt::format("未知的设置“{}”", key));
        }
        check(root, c, pw_file, pw_env);
        return c;
    }

    void check(const YAML::Node& root, MailConfig& c, const std::optional<YAML::Node>& pw_file,
               const std::optional<YAML::Node>& pw_env) const {
        if (c.host.empty()) fail(root.Mark(), "缺少 host（邮件服务器地址）");
        if (c.user.empty()) fail(root.Mark(), "缺少 user（邮箱用户名）");
        if (c.port <= 0 || c.port > 65535) fail(root["port"].Mark(), "port 应在 1–65535 之间");
        if (c.folder.empty()) fail(root["folder"].Mark(), "folder 不能为空");
        if (!(c.max_message_mb > 0)) fail(root["max_message_mb"].Mark(), "max_message_mb 应大于 0");
        if (c.timeout_seconds <= 0) fail(root["timeout_seconds"].Mark(), "timeout_seconds 应大于 0");
        if (!c.ca_file.empty() && !std::filesystem::is_regular_file(c.ca_file))
            fail(root["ca_file"].Mark(), fmt::format("ca_file {} 不存在", c.ca_file.string()));
        if (pw_file && pw_env)
            fail(pw_env->Mark(), "password_file 与 password_env 只能二选一");
        if (!pw_file && !pw_env)
            fail(root.Mark(), "缺少密码来源：请设置 password_file（仅所有者可读的文件）或 "
                              "password_env（环境变量名）");
        c.password = pw_file ? password_from_file(*pw_file) : password_from_env(*pw_env);
    }

  private:
    std::filesystem::path file_;
};

}  // namespace

std::string MailConfig::account_key() const {
    return fmt::format("{}@{}:{}/{}", user, host, port, folder);
}

MailConfig load_mail_config(const std::filesystem::path& file) {
    return Loader(file).load();
}

std::string unit_for_sender(const MailConfig& config, const std::string& address) {
    std::string a = lower(address);
    if (auto it = config.senders.find(a); it != config.senders.end()) return it->second;
    auto at = a.rfind('@');
    if (at == std::string::npos) return {};
    // The domain, then each parent domain: @xx.gov.cn, @gov.cn (never the bare TLD).
    for (std::string d = a.substr(at + 1); d.find('.') != std::string::npos;
         d = d.substr(d.find('.') + 1)) {
        if (auto it = config.senders.find("@" + d); it != config.senders.end()) return it->second;
    }
    return {};
}

}  // namespace dossier
