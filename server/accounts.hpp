// The portal's accounts, sessions, login failures and audit log: `<workspace>/portal.db` (SQLite,
// WAL, busy_timeout) — never the pipeline's state.db, whose lock is held during builds, so
// `dossier user …` works while `serve` runs.
//
// Passwords: argon2id through libsodium's crypto_pwhash_str (interactive limits); at most two
// hashes run at once (each takes 64 MiB). Sessions: a 256-bit random id (randombytes_buf) given
// to the client as hex, stored only as its sha256; one CSRF token per session. Login failures are
// kept per account and per address so login can be throttled.
//
// Errors: the constructor throws Fatal(kInput) naming portal.db when it cannot be opened or
// created; the other methods throw Fatal(kInput) on SQLite errors other than "busy" timeouts
// (which SQLite retries for 10 s). Thread-safe: one connection, every call under a mutex.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace dossier {

struct Account {
    std::string name;
    std::string role;  // "unit" or "office"
    std::string unit;  // the unit's catalog name for a unit clerk; "" for the office
    bool disabled = false;
};

struct Session {
    std::string user;
    std::string role;
    std::string unit;
    std::string csrf;
    int64_t created = 0;    // unix seconds
    int64_t last_seen = 0;  // unix seconds
};

struct AuditEntry {
    int64_t time = 0;
    std::string user, action, sha256, object, from;
};

class Accounts {
  public:
    // Opens (creating when missing) `<workspace>/portal.db`; creates the workspace folder.
    explicit Accounts(const std::filesystem::path& workspace);
    ~Accounts();
    Accounts(const Accounts&) = delete;
    Accounts& operator=(const Accounts&) = delete;

    // False when the name is taken. `unit` empty for the office.
    bool add_user(const std::string& name, const std::string& password, const std::string& role,
                  const std::string& unit);
    // False when there is no such user. Changing the password ends the user's sessions.
    bool set_password(const std::string& name, const std::string& password);
    // False when there is no such user. Disabling ends the user's sessions.
    bool disable(const std::string& name);
    std::vector<Account> list();
    std::optional<Account> find(const std::string& name);

    // The account when `password` is right and the account enabled; nullopt otherwise. Runs one
    // argon2id verification whether or not the user exists (no timing difference).
    std::optional<Account> check_password(const std::string& name, const std::string& password);

    // Login failures of the account, and of the address, since `since` (unix seconds).
    int failures_for_account(const std::string& name, int64_t since);
    int failures_for_address(const std::string& address, int64_t since);
    void record_failure(const std::string& name, const std::string& address);

    // A new session for the account; returns the id to give the client (64 hex chars).
    std::string create_session(const Account& account);
    // The session for a client's id when it exists, is younger than `max_age` seconds and was
    // seen within `idle` seconds; its last_seen becomes now. Expired sessions are deleted.
    std::optional<Session> touch_session(const std::string& id, int64_t idle, int64_t max_age);
    void end_session(const std::string& id);

    // Appends one line to the audit log (time = now).
    void audit(const std::string& user, const std::string& action, const std::string& sha256,
               const std::string& object, const std::string& from);
    // The newest `limit` entries, oldest first.
    std::vector<AuditEntry> audit_log(int limit);

  private:
    void exec(const char* sql);
    std::mutex mu_;
    sqlite3* db_ = nullptr;
    std::filesystem::path file_;
};

// Current unix time in seconds.
int64_t unix_now();

// 2×32 random bytes as lowercase hex (libsodium's randombytes_buf).
std::string random_hex32();

}  // namespace dossier
