// `fetch-mail`: new messages of one IMAP folder saved as .eml files into the inbox — an intake
// front end like the portal's uploads: files enter the inbox only through add_to_inbox
// (intake/inbox_writer.hpp), complete and under a safe name.
//
// For each message whose UID is above the last one seen (seen state: UIDVALIDITY + last UID per
// account and folder in `<workspace>/mail.db`, SQLite), in UID order:
//   - larger than max_message_mb (RFC822.SIZE, then the bytes read): skipped with a warning;
//   - fetched with BODY.PEEK[] (flags untouched), its From/Subject/Date decoded with GMime
//     (RFC 2047 in any charset; raw GBK/GB18030 bytes as Chinese clients send them);
//   - already in the inbox (an .eml file with the same sha256 anywhere below it): not saved again;
//   - else written to `<workspace>/mail-tmp/` and added as
//     INBOX/<unit>/邮件/<YYYYMMDD>_<主题>.eml — the unit from mail.yaml's `senders` (address,
//     then domain), else a catalog unit named in the subject (model/unit_mention.hpp), else
//     INBOX/未识别发件人/ with a Chinese warning naming the sender. An existing first-level folder that matches the same
//     unit (e.g. 财政局/ for 市财政局) is used rather than a second one.
//   - then, only when mail.yaml says so, \Seen set (mark_seen) or the message deleted
//     (delete_after); never otherwise.
// The seen state advances after each message, so a run stopped half-way (network, Ctrl-C)
// resumes where it stopped; a changed UIDVALIDITY starts again from the first message with a
// warning (the sha256 check keeps what is already saved from being saved twice).
//
// Errors: Fatal(kInput) for a server that cannot be reached or refuses the login or certificate
// (intake/imap_client.hpp), a workspace that cannot be written, or another fetch holding
// `<workspace>/mail.lock`; a single bad message is a warning and the run goes on.
// Threading: one call at a time per workspace (the lock enforces it across processes).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "intake/mail_config.hpp"
#include "model/catalog.hpp"

namespace dossier {

struct SavedMail {
    std::string path;     // inbox-relative, e.g. 市财政局/邮件/20201103_预算公开.eml
    std::string from;     // the sender's address
    std::string subject;  // decoded
    std::string unit;     // empty for 未识别发件人
    uint64_t uid = 0;
};

struct FetchReport {
    int new_messages = 0;      // UIDs above the last seen
    int already_in_inbox = 0;  // fetched but the same bytes were already there
    int skipped = 0;           // too large or unreadable (each has a warning)
    std::vector<SavedMail> saved;
    std::vector<std::string> warnings;  // Chinese, one line each
};

FetchReport fetch_mail(const MailConfig& config, const std::filesystem::path& inbox,
                       const std::filesystem::path& workspace, const Catalog& catalog);

// What a front end runs every N minutes (watch, later serve): loads `config_file` afresh (so an
// edited mail.yaml or a rotated password applies) and fetches. Throws what both throw.
FetchReport fetch_mail_from(const std::filesystem::path& config_file,
                            const std::filesystem::path& inbox,
                            const std::filesystem::path& workspace, const Catalog& catalog);

// The From address, the decoded Subject and the Date (unix seconds, or 0 when absent) of a
// message's header, decoded with GMime. Exposed for tests.
struct MailHeader {
    std::string from;
    std::string from_name;
    std::string subject;
    int64_t date = 0;
};
MailHeader read_mail_header(const std::string& message);


}  // namespace dossier

namespace dossier {

// The one Chinese line a front end prints for a saved message:
// "已保存：市财政局/邮件/20201103_预算公开.eml（发件人 caizheng@county.gov.cn）".
std::string saved_line(const SavedMail& m);

// The summary line: "收信完成：新邮件 3 封，保存 2 封，已在收件箱 1 封，跳过 0 封".
std::string summary_line(const FetchReport& r);

}  // namespace dossier
