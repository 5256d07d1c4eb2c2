// The mail account `fetch-mail` reads (mail.yaml, docs/mail-fetch.md), loaded once and passed
// down immutable. The password is read here — from `password_file` (refused unless only its owner
// may read it: mode & 077 == 0) or from the environment variable `password_env` — never from the
// command line and never from mail.yaml itself.
//
// Errors: load_mail_config throws Fatal(kInput) with one Chinese line "mail.yaml:LINE: reason"
// for a missing or unreadable file, bad YAML, an unknown key, a wrong type, a missing host/user,
// both or neither password sources, a password file others may read, an unset environment
// variable, a ca_file that does not exist. Thread-safe (no shared state).
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace dossier {

struct MailConfig {
    std::filesystem::path file;  // where it was loaded from (for messages)
    std::string host;
    int port = 993;
    std::string user;
    std::string password;  // resolved from password_file / password_env
    std::string folder = "INBOX";
    std::filesystem::path ca_file;  // empty = the system's trusted CAs
    // Lower-cased "name@domain" or "@domain" → unit name as written in mail.yaml.
    std::map<std::string, std::string> senders;
    bool mark_seen = false;     // set \Seen on fetched messages (default: never touch flags)
    bool delete_after = false;  // flag \Deleted and UID EXPUNGE fetched messages
    double max_message_mb = 50;
    int timeout_seconds = 120;  // per IMAP command (connect: 30 s at most)

    // "user@host:port/folder", the key of the seen state in mail.db.
    std::string account_key() const;
};

MailConfig load_mail_config(const std::filesystem::path& file);

// The unit mail.yaml maps `address` (any case) to: the exact address first, then its domain
// ("@xx.gov.cn"), then a parent domain ("@gov.cn" for "a@xx.gov.cn"); empty when none.
std::string unit_for_sender(const MailConfig& config, const std::string& address);

}  // namespace dossier
