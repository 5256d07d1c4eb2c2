// `dossier fetch-mail --config mail.yaml INBOX`: saves the new messages of the office mailbox as
// .eml files into the inbox (intake/mail_fetch.hpp), one line per saved message on stdout,
// warnings on stderr. Exit 0 even when single messages were skipped (each is named); 3 when the
// inbox, the workspace or mail.yaml is unusable or the server cannot be reached or logged into.
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "intake/mail_fetch.hpp"
#include "pipeline/scan.hpp"

namespace dossier {

namespace {

nlohmann::json report_json(const FetchReport& r) {
    nlohmann::json j;
    j["new"] = r.new_messages;
    j["already_in_inbox"] = r.already_in_inbox;
    j["skipped"] = r.skipped;
    j["saved"] = nlohmann::json::array();
    for (const auto& m : r.saved)
        j["saved"].push_back({{"path", m.path},
                              {"from", m.from},
                              {"subject", m.subject},
                              {"unit", m.unit.empty() ? nlohmann::json(nullptr) : nlohmann::json(m.unit)},
                              {"uid", m.uid}});
    j["warnings"] = r.warnings;
    return j;
}

}  // namespace

Command make_fetch_mail_command() {
    struct Args {
        std::string inbox, config;
    };
    auto args = std::make_shared<Args>();
    return {
        "fetch-mail",
        "收取单位邮箱的新邮件，按发件单位存为收件箱中的 .eml（只读：默认不标记已读、不删除）",
        [args](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            sub.add_option("--config", args->config,
                           "邮箱配置文件 mail.yaml（服务器、用户、密码文件、发件人→单位；"
                           "写法见 docs/mail-fetch.md）")
                ->required();
            sub.add_option("INBOX", args->inbox, "收件箱文件夹（邮件存入 <单位>/邮件/）")->required();
            add_common_options(sub, common);
            return [args, &common]() -> int {
                std::filesystem::path inbox = args->inbox;
                require_inbox(inbox);
                require_outside_inbox(common.workspace, inbox, "工作区", "--workspace");
                Catalog catalog = common.load_catalog();
                FetchReport r = fetch_mail_from(args->config, inbox, common.workspace, catalog);
                if (common.json) {
                    print_json(report_json(r));
                    return kOk;
                }
                if (!common.quiet)
                    for (const auto& m : r.saved) std::cout << saved_line(m) << '\n';
                for (const auto& w : r.warnings) std::cerr << "dossier: 警告：" << w << '\n';
                std::cout << summary_line(r) << '\n';
                return kOk;
            };
        }};
}

}  // namespace dossier
