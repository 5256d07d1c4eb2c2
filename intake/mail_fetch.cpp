// fetch-mail's steps: lock the workspace's mail state, list the folder, then fetch, decode,
// place and record each new message in UID order (contract in the header).
#include "intake/mail_fetch.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <fstream>
#include <mutex>

#include <fmt/core.h>
#include <gmime/gmime.h>

#include "intake/imap_client.hpp"
#include "intake/inbox_writer.hpp"
#include "model/error.hpp"
#include "model/sha256.hpp"
#include "model/unit_mention.hpp"
#include "model/units.hpp"

namespace dossier {

namespace {

constexpr const char* kUnknownSender = "未识别发件人";
constexpr const char* kMailFolder = "邮件";

// The seen state and a log of what each message became, in <workspace>/mail.db.
class MailState {
  public:
    explicit MailState(const std::filesystem::path& workspace) {
        std::filesystem::path file = workspace / "mail.db";
        if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            throw Fatal(kInput, "无法打开收信记录数据库", file.string(), "检查工作区的权限和磁盘空间");
        sqlite3_busy_timeout(db_, 5000);
        exec("PRAGMA journal_mode=WAL");
        exec("CREATE TABLE IF NOT EXISTS seen(account TEXT PRIMARY KEY, uidvalidity INTEGER NOT "
             "NULL, last_uid INTEGER NOT NULL)");
        exec("CREATE TABLE IF NOT EXISTS messages(account TEXT NOT NULL, uidvalidity INTEGER NOT "
             "NULL, uid INTEGER NOT NULL, sha256 TEXT, outcome TEXT NOT NULL, saved_as TEXT, "
             "fetched_at INTEGER NOT NULL, PRIMARY KEY(account, uidvalidity, uid))");
    }
    ~MailState() { sqlite3_close(db_); }
    MailState(const MailState&) = delete;
    MailState& operator=(const MailState&) = delete;

    struct Seen {
        uint64_t uidvalidity = 0, last_uid = 0;
    };
    std::optional<Seen> seen(const std::string& account) {
        Stmt s(db_, "SELECT uidvalidity, last_uid FROM seen WHERE account = ?");
        sqlite3_bind_text(s.st, 1, account.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(s.st) != SQLITE_ROW) return std::nullopt;
        return Seen{static_cast<uint64_t>(sqlite3_column_int64(s.st, 0)),
                    static_cast<uint64_t>(sqlite3_column_int64(s.st, 1))};
    }
    // Records one message's outcome and moves the seen state past it, in one transaction.
    void record(const std::string& account, uint64_t uidvalidity, uint64_t uid,
                const std::string& sha256, const std::string& outcome, const std::string& saved_as) {
        exec("BEGIN IMMEDIATE");
        Stmt m(db_, "INSERT OR REPLACE INTO messages VALUES (?, ?, ?, ?, ?, ?, ?)");
        sqlite3_bind_text(m.st, 1, account.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m.st, 2, static_cast<int64_t>(uidvalidity));
        sqlite3_bind_int64(m.st, 3, static_cast<int64_t>(uid));
        sqlite3_bind_text(m.st, 4, sha256.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m.st, 5, outcome.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m.st, 6, saved_as.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m.st, 7, static_cast<int64_t>(std::time(nullptr)));
        step(m);
        set_seen(account, uidvalidity, uid);
        exec("COMMIT");
    }
    void set_seen(const std::string& account, uint64_t uidvalidity, uint64_t last_uid) {
        Stmt s(db_, "INSERT OR REPLACE INTO seen VALUES (?, ?, ?)");
        sqlite3_bind_text(s.st, 1, account.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(s.st, 2, static_cast<int64_t>(uidvalidity));
        sqlite3_bind_int64(s.st, 3, static_cast<int64_t>(last_uid));
        step(s);
    }

  private:
    struct Stmt {
        Stmt(sqlite3* db, const char* sql) {
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
                throw Fatal(kInput, fmt::format("收信记录数据库出错：{}", sqlite3_errmsg(db)));
        }
        ~Stmt() { sqlite3_finalize(st); }
        sqlite3_stmt* st = nullptr;
    };
    void step(Stmt& s) {
        if (sqlite3_step(s.st) != SQLITE_DONE)
            throw Fatal(kInput, fmt::format("无法写入收信记录数据库：{}", sqlite3_errmsg(db_)));
    }
    void exec(const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string e = err ? err : "";
            sqlite3_free(err);
            throw Fatal(kInput, "无法写入收信记录数据库：" + e);
        }
    }
    sqlite3* db_ = nullptr;
};

// An exclusive flock on <workspace>/mail.lock for the whole fetch.
class MailLock {
  public:
    explicit MailLock(const std::filesystem::path& workspace) {
        std::filesystem::path file = workspace / "mail.lock";
        fd_ = ::open(file.c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        if (fd_ < 0) throw Fatal(kInput, "无法在工作区创建收信锁文件", file.string());
        if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd_);
            throw Fatal(kInput, "另一个 dossier 正在为此工作区收取邮件", workspace.string(),
                        "等它结束后再试");
        }
    }
    ~MailLock() { ::close(fd_); }
    MailLock(const MailLock&) = delete;
    MailLock& operator=(const MailLock&) = delete;

  private:
    int fd_ = -1;
};

// The header block of a message (up to the first empty line, at most 1 MB) — all GMime needs.
std::string header_block(const std::string& message) {
    size_t end = message.find("\r\n\r\n");
    size_t lf = message.find("\n\n");
    end = std::min(end == std::string::npos ? message.size() : end + 4,
                   lf == std::string::npos ? message.size() : lf + 2);
    return message.substr(0, std::min<size_t>(end, 1u << 20));
}

// YYYYMMDD of unix time `t` in China Standard Time (UTC+8; the offices are all there).
std::string china_day(int64_t t) {
    std::time_t shifted = static_cast<std::time_t>(t + 8 * 3600);
    std::tm tm{};
    ::gmtime_r(&shifted, &tm);
    return fmt::format("{:04}{:02}{:02}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

// An .eml file below `inbox` with exactly these bytes (same size, then same sha256), if any.
std::optional<std::filesystem::path> same_eml_in(const std::filesystem::path& inbox,
                                                 uint64_t size, const std::string& sha256) {
    namespace fs = std::filesystem;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(inbox, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
        std::string ext = it->path().extension().string();
        for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext != ".eml" || it->file_size(ec) != size) continue;
        auto d = digest_file(it->path(), 0);
        if (d && d->sha256 == sha256) return it->path();
    }
    return std::nullopt;
}

// The first-level inbox folder for `unit`: one that match_unit gives the same unit, preferring
// the exact name; else the unit's own (sanitised) name.
std::string unit_folder(const std::filesystem::path& inbox, const Catalog& catalog,
                        const std::string& unit) {
    std::string exact = sanitize_file_name(unit, "单位");
    std::error_code ec;
    if (std::filesystem::is_directory(inbox / exact, ec)) return exact;
    for (const auto& e : std::filesystem::directory_iterator(inbox, ec)) {
        if (!e.is_directory(ec) || e.is_symlink(ec)) continue;
        std::string name = e.path().filename().string();
        if (match_unit(catalog, name).unit == unit) return name;
    }
    return exact;
}

// Where a message goes: the unit and its folder below the inbox (unit empty → 未识别发件人).
struct Placement {
    std::string unit;
    std::filesystem::path dir;  // inbox-relative
};

Placement place(const MailConfig& cfg, const Catalog& catalog, const std::filesystem::path& inbox,
                const MailHeader& h) {
    std::string unit = unit_for_sender(cfg, h.from);
    if (!unit.empty()) unit = match_unit(catalog, unit).unit.value_or(unit);
    if (unit.empty()) unit = unit_named_in(catalog, h.subject).value_or("");
    if (unit.empty()) return {{}, kUnknownSender};
    return {unit, std::filesystem::path(unit_folder(inbox, catalog, unit)) / kMailFolder};
}

// Writes `bytes` to a new file in `dir` (flushed and closed) and returns its path.
std::filesystem::path write_temp(const std::filesystem::path& dir, uint64_t uid,
                                 const std::string& bytes) {
    std::filesystem::create_directories(dir);
    std::filesystem::path p = dir / fmt::format("{}-{}.eml.part", ::getpid(), uid);
    int fd = ::open(p.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644);
    if (fd < 0) throw Fatal(kInput, "无法在工作区写入临时文件", p.string(), "检查磁盘空间和权限");
    size_t off = 0;
    while (off < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + off, bytes.size() - off);
        if (n <= 0) {
            ::close(fd);
            std::filesystem::remove(p);
            throw Fatal(kInput, "无法在工作区写入临时文件", p.string(), "检查磁盘空间");
        }
        off += static_cast<size_t>(n);
    }
    bool ok = ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok) throw Fatal(kInput, "无法在工作区写入临时文件", p.string(), "检查磁盘空间");
    return p;
}

// The subject as the file name's stem: path separators kept visible as "_" (sanitize_file_name
// would otherwise keep only what follows the last one, losing the date and most of the subject).
std::string subject_for_name(std::string s) {
    for (auto& c : s)
        if (c == '/' || c == '\\') c = '_';
    return s.empty() ? "无主题" : s;
}

std::string shown_subject(const std::string& s) {
    return s.empty() ? "（无主题）" : s;
}

struct Run {
    const MailConfig& cfg;
    const std::filesystem::path& inbox;
    const std::filesystem::path& workspace;
    const Catalog& catalog;
    MailState& state;
    ImapSession& imap;
    uint64_t uidvalidity = 0;
    FetchReport report;

    void skip(uint64_t uid, const std::string& outcome, const std::string& warning) {
        report.skipped++;
        report.warnings.push_back(warning);
        state.record(cfg.account_key(), uidvalidity, uid, "", outcome, "");
    }

    // One message: fetch, decode, place, save (or find it already saved), record.
    void one(uint64_t uid, uint64_t max_bytes) {
        auto bytes = imap.fetch(uid, max_bytes);
        if (!bytes) return skip(uid, "unreadable", fmt::format("邮件 UID {}：{}", uid, bytes.error()));
        MailHeader h = read_mail_header(*bytes);
        std::string sha = sha256_hex(*bytes);
        if (auto there = same_eml_in(inbox, bytes->size(), sha)) {
            report.already_in_inbox++;
            state.record(cfg.account_key(), uidvalidity, uid, sha, "already_in_inbox",
                         std::filesystem::relative(*there, inbox).string());
        } else {
            Placement p = place(cfg, catalog, inbox, h);
            std::string name = sanitize_file_name(
                fmt::format("{}_{}.eml", china_day(h.date ? h.date : std::time(nullptr)),
                            subject_for_name(h.subject)),
                "邮件.eml");
            auto temp = write_temp(workspace / "mail-tmp", uid, *bytes);
            auto final = add_to_inbox(temp, inbox / p.dir, name);
            std::string rel = (p.dir / final.filename()).string();
            if (p.unit.empty())
                report.warnings.push_back(fmt::format(
                    "未识别发件人 {}（主题：{}），邮件已存入 {}；请在 mail.yaml 的 senders 中写明其单位",
                    h.from.empty() ? "（无发件人）" : h.from, shown_subject(h.subject), rel));
            report.saved.push_back({rel, h.from, h.subject, p.unit, uid});
            state.record(cfg.account_key(), uidvalidity, uid, sha, "saved", rel);
        }
        if (cfg.delete_after) imap.remove(uid);
        else if (cfg.mark_seen) imap.mark_seen(uid);
    }
};

void clean_temp(const std::filesystem::path& dir) {
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.path().extension() == ".part") std::filesystem::remove(e.path(), ec);
}

}  // namespace

MailHeader read_mail_header(const std::string& message) {
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
    MailHeader h;
    std::string head = header_block(message);
    GMimeParserOptions* opts = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
    const char* fallback[] = {"UTF-8", "GB18030", nullptr};
    g_mime_parser_options_set_fallback_charsets(opts, fallback);
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(head.data(), head.size());
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    GMimeMessage* msg = g_mime_parser_construct_message(parser, opts);
    g_object_unref(parser);
    if (msg) {
        if (const char* s = g_mime_message_get_subject(msg)) h.subject = s;
        InternetAddressList* from = g_mime_message_get_from(msg);
        for (int i = 0; from && i < internet_address_list_length(from); ++i) {
            InternetAddress* a = internet_address_list_get_address(from, i);
            if (!INTERNET_ADDRESS_IS_MAILBOX(a)) continue;
            if (const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(a)))
                h.from = addr;
            if (const char* name = internet_address_get_name(a)) h.from_name = name;
            break;
        }
        if (GDateTime* d = g_mime_message_get_date(msg)) h.date = g_date_time_to_unix(d);
        g_object_unref(msg);
    }
    g_mime_parser_options_free(opts);
    // Subjects fold over lines; a file name wants one line.
    for (auto& c : h.subject)
        if (c == '\r' || c == '\n' || c == '\t') c = ' ';
    return h;
}

FetchReport fetch_mail(const MailConfig& config, const std::filesystem::path& inbox,
                       const std::filesystem::path& workspace, const Catalog& catalog) {
    std::error_code ec;
    std::filesystem::create_directories(workspace, ec);
    if (ec) throw Fatal(kInput, "无法创建工作区", workspace.string(), "检查 --workspace 和权限");
    MailLock lock(workspace);
    MailState state(workspace);
    clean_temp(workspace / "mail-tmp");
    ImapSession imap(config);
    ImapSession::Folder folder = imap.open();
    Run run{config, inbox, workspace, catalog, state, imap, folder.uidvalidity, {}};

    uint64_t after = 0;
    if (auto seen = state.seen(config.account_key())) {
        if (seen->uidvalidity == folder.uidvalidity)
            after = seen->last_uid;
        else
            run.report.warnings.push_back(fmt::format(
                "邮箱文件夹 {} 的 UIDVALIDITY 已变化（{} → {}），将重新检查全部邮件；"
                "已在收件箱中的邮件不会重复保存",
                config.folder, seen->uidvalidity, folder.uidvalidity));
    }
    std::vector<uint64_t> fresh = imap.uids_above(after, folder);
    run.report.new_messages = static_cast<int>(fresh.size());
    if (fresh.empty()) {
        state.set_seen(config.account_key(), folder.uidvalidity, after);
        return run.report;
    }
    const auto max_bytes = static_cast<uint64_t>(config.max_message_mb * 1024 * 1024);
    auto sizes = imap.sizes(fresh);
    for (uint64_t uid : fresh) {
        auto it = sizes.find(uid);
        if (it != sizes.end() && it->second > max_bytes) {
            run.skip(uid, "too_large",
                     fmt::format("邮件 UID {} 有 {:.1f} MB，超过 max_message_mb（{:g} MB），未下载",
                                 uid, it->second / 1048576.0, config.max_message_mb));
            continue;
        }
        run.one(uid, max_bytes);
    }
    return run.report;
}

FetchReport fetch_mail_from(const std::filesystem::path& config_file,
                            const std::filesystem::path& inbox,
                            const std::filesystem::path& workspace, const Catalog& catalog) {
    return fetch_mail(load_mail_config(config_file), inbox, workspace, catalog);
}

}  // namespace dossier

namespace dossier {

std::string saved_line(const SavedMail& m) {
    return fmt::format("已保存：{}（发件人 {}）", m.path, m.from.empty() ? "未知" : m.from);
}

std::string summary_line(const FetchReport& r) {
    return fmt::format("收信完成：新邮件 {} 封，保存 {} 封，已在收件箱 {} 封，跳过 {} 封",
                       r.new_messages, r.saved.size(), r.already_in_inbox, r.skipped);
}

}  // namespace dossier
