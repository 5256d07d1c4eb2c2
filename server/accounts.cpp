#include "server/accounts.hpp"

#include <sodium.h>
#include <sqlite3.h>

#include <chrono>
#include <semaphore>

#include "model/error.hpp"
#include "model/sha256.hpp"

namespace dossier {

namespace {

// Two argon2id computations at a time at most: each takes 64 MiB and a core for ~0.1–0.5 s.
std::counting_semaphore<2> g_hashing{2};

struct HashSlot {
    HashSlot() { g_hashing.acquire(); }
    ~HashSlot() { g_hashing.release(); }
};

// One prepared statement, finalized at scope end; bind by position from 1.
class Stmt {
  public:
    Stmt(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &st_, nullptr) != SQLITE_OK)
            throw Fatal(kInput, std::string("门户账户数据库出错：") + sqlite3_errmsg(db));
    }
    ~Stmt() { sqlite3_finalize(st_); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    Stmt& bind(int i, const std::string& s) {
        sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt& bind(int i, int64_t v) {
        sqlite3_bind_int64(st_, i, v);
        return *this;
    }
    // True while a row is available.
    bool step() {
        int rc = sqlite3_step(st_);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw Fatal(kInput, std::string("门户账户数据库出错：") + sqlite3_errmsg(db_));
    }
    std::string text(int col) {
        auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st_, col));
        return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(st_, col))) : "";
    }
    int64_t integer(int col) { return sqlite3_column_int64(st_, col); }

  private:
    sqlite3* db_;
    sqlite3_stmt* st_ = nullptr;
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS users(
  name TEXT PRIMARY KEY, hash TEXT NOT NULL, role TEXT NOT NULL, unit TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS sessions(
  id_hash TEXT PRIMARY KEY, user TEXT NOT NULL, csrf TEXT NOT NULL,
  created INTEGER NOT NULL, last_seen INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS login_failures(account TEXT NOT NULL, address TEXT NOT NULL,
  time INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS login_failures_account ON login_failures(account, time);
CREATE INDEX IF NOT EXISTS login_failures_address ON login_failures(address, time);
CREATE TABLE IF NOT EXISTS audit(time INTEGER NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
  sha256 TEXT NOT NULL, object TEXT NOT NULL, address TEXT NOT NULL);
)sql";

std::string hash_password(const std::string& password) {
    if (sodium_init() < 0) throw Fatal(kInput, "无法初始化密码库（libsodium）");
    char out[crypto_pwhash_STRBYTES];
    HashSlot slot;
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Fatal(kInput, "计算密码散列时内存不足");
    return out;
}

}  // namespace

int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string random_hex32() {
    if (sodium_init() < 0) throw Fatal(kInput, "无法初始化密码库（libsodium）");
    unsigned char buf[32];
    randombytes_buf(buf, sizeof buf);
    char hex[65];
    sodium_bin2hex(hex, sizeof hex, buf, sizeof buf);
    return hex;
}

Accounts::Accounts(const std::filesystem::path& workspace) : file_(workspace / "portal.db") {
    std::error_code ec;
    std::filesystem::create_directories(workspace, ec);
    if (sqlite3_open_v2(file_.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw Fatal(kInput, "无法打开门户账户数据库", file_.string(), "请检查 --workspace 是否可写");
    }
    sqlite3_busy_timeout(db_, 10000);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec(kSchema);
}

Accounts::~Accounts() {
    sqlite3_close(db_);
}

void Accounts::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown";
        sqlite3_free(err);
        throw Fatal(kInput, "门户账户数据库出错：" + msg, file_.string());
    }
}

bool Accounts::add_user(const std::string& name, const std::string& password,
                        const std::string& role, const std::string& unit) {
    const std::string hash = hash_password(password);
    std::lock_guard lock(mu_);
    Stmt st(db_, "INSERT OR IGNORE INTO users(name, hash, role, unit) VALUES(?, ?, ?, ?)");
    st.bind(1, name).bind(2, hash).bind(3, role).bind(4, unit).step();
    return sqlite3_changes(db_) == 1;
}

bool Accounts::set_password(const std::string& name, const std::string& password) {
    const std::string hash = hash_password(password);
    std::lock_guard lock(mu_);
    Stmt st(db_, "UPDATE users SET hash = ? WHERE name = ?");
    st.bind(1, hash).bind(2, name).step();
    if (sqlite3_changes(db_) != 1) return false;
    Stmt end(db_, "DELETE FROM sessions WHERE user = ?");
    end.bind(1, name).step();
    return true;
}

bool Accounts::disable(const std::string& name) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "UPDATE users SET disabled = 1 WHERE name = ?");
    st.bind(1, name).step();
    if (sqlite3_changes(db_) != 1) return false;
    Stmt end(db_, "DELETE FROM sessions WHERE user = ?");
    end.bind(1, name).step();
    return true;
}

std::vector<Account> Accounts::list() {
    std::lock_guard lock(mu_);
    std::vector<Account> out;
    Stmt st(db_, "SELECT name, role, unit, disabled FROM users ORDER BY name");
    while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.integer(3) != 0});
    return out;
}

std::optional<Account> Accounts::find(const std::string& name) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "SELECT name, role, unit, disabled FROM users WHERE name = ?");
    st.bind(1, name);
    if (!st.step()) return std::nullopt;
    return Account{st.text(0), st.text(1), st.text(2), st.integer(3) != 0};
}

std::optional<Account> Accounts::check_password(const std::string& name,
                                                const std::string& password) {
    // A fixed hash for unknown users, so a miss costs the same time as a wrong password.
    static const std::string dummy = hash_password(random_hex32());
    std::string hash;
    std::optional<Account> account;
    {
        std::lock_guard lock(mu_);
        Stmt st(db_, "SELECT name, role, unit, disabled, hash FROM users WHERE name = ?");
        st.bind(1, name);
        if (st.step()) {
            account = Account{st.text(0), st.text(1), st.text(2), st.integer(3) != 0};
            hash = st.text(4);
        }
    }
    const std::string& against = account ? hash : dummy;
    bool ok;
    {
        HashSlot slot;
        ok = crypto_pwhash_str_verify(against.c_str(), password.data(), password.size()) == 0;
    }
    if (!ok || !account || account->disabled) return std::nullopt;
    return account;
}

int Accounts::failures_for_account(const std::string& name, int64_t since) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "SELECT count(*) FROM login_failures WHERE account = ? AND time >= ?");
    st.bind(1, name).bind(2, since).step();
    return static_cast<int>(st.integer(0));
}

int Accounts::failures_for_address(const std::string& address, int64_t since) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "SELECT count(*) FROM login_failures WHERE address = ? AND time >= ?");
    st.bind(1, address).bind(2, since).step();
    return static_cast<int>(st.integer(0));
}

void Accounts::record_failure(const std::string& name, const std::string& address) {
    std::lock_guard lock(mu_);
    const int64_t now = unix_now();
    // Failures older than a day are of no further use.
    Stmt old(db_, "DELETE FROM login_failures WHERE time < ?");
    old.bind(1, now - 86400).step();
    Stmt st(db_, "INSERT INTO login_failures(account, address, time) VALUES(?, ?, ?)");
    st.bind(1, name).bind(2, address).bind(3, now).step();
}

std::string Accounts::create_session(const Account& account) {
    const std::string id = random_hex32();
    const int64_t now = unix_now();
    std::lock_guard lock(mu_);
    Stmt st(db_,
            "INSERT INTO sessions(id_hash, user, csrf, created, last_seen) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, sha256_hex(id)).bind(2, account.name).bind(3, random_hex32()).bind(4, now);
    st.bind(5, now).step();
    return id;
}

std::optional<Session> Accounts::touch_session(const std::string& id, int64_t idle,
                                               int64_t max_age) {
    const int64_t now = unix_now();
    std::lock_guard lock(mu_);
    Stmt old(db_, "DELETE FROM sessions WHERE last_seen < ? OR created < ?");
    old.bind(1, now - idle).bind(2, now - max_age).step();
    std::optional<Session> found;
    {
        Stmt st(db_,
                "SELECT s.user, u.role, u.unit, s.csrf, s.created, s.last_seen FROM sessions s "
                "JOIN users u ON u.name = s.user WHERE s.id_hash = ? AND u.disabled = 0");
        st.bind(1, sha256_hex(id));
        if (st.step()) found = Session{st.text(0), st.text(1), st.text(2), st.text(3), st.integer(4), now};
    }
    if (!found) return std::nullopt;
    Session s = *found;
    Stmt seen(db_, "UPDATE sessions SET last_seen = ? WHERE id_hash = ?");
    seen.bind(1, now).bind(2, sha256_hex(id)).step();
    return s;
}

void Accounts::end_session(const std::string& id) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "DELETE FROM sessions WHERE id_hash = ?");
    st.bind(1, sha256_hex(id)).step();
}

void Accounts::audit(const std::string& user, const std::string& action,
                     const std::string& sha256, const std::string& object,
                     const std::string& from) {
    std::lock_guard lock(mu_);
    Stmt st(db_,
            "INSERT INTO audit(time, user, action, sha256, object, address) VALUES(?, ?, ?, ?, ?, ?)");
    st.bind(1, unix_now()).bind(2, user).bind(3, action).bind(4, sha256).bind(5, object);
    st.bind(6, from).step();
}

std::vector<AuditEntry> Accounts::audit_log(int limit) {
    std::lock_guard lock(mu_);
    Stmt st(db_,
            "SELECT time, user, action, sha256, object, address FROM "
            "(SELECT rowid AS r, * FROM audit ORDER BY rowid DESC LIMIT ?) ORDER BY r");
    st.bind(1, static_cast<int64_t>(limit));
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

}  // namespace dossier
