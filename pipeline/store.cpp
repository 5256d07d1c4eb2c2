#include "pipeline/store.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>
#include <fstream>
#include <map>
#include <system_error>
#include <thread>

#include <fmt/core.h>
#include <sqlite3.h>

#include "extractors/blob_writer.hpp"
#include "model/error.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

struct DbClose {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
struct StmtFinalize {
    void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

// Bumped when the tables change shape. Schema 1 is upgraded in place (the pins table gains its
// date, not_evidence and user columns); any other older workspace drops its caches.
constexpr int kSchemaVersion = 2;

const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS files (
  source   BLOB PRIMARY KEY,
  sha256   TEXT NOT NULL,
  size     INTEGER NOT NULL,
  mtime_ns INTEGER NOT NULL,
  inode    INTEGER NOT NULL,
  unit     TEXT,
  type     TEXT NOT NULL,
  status   TEXT NOT NULL,
  reason   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS stage_cache (
  sha256  TEXT NOT NULL,
  stage   TEXT NOT NULL,
  version INTEGER NOT NULL,
  data    BLOB NOT NULL,
  PRIMARY KEY (sha256, stage, version)
);
CREATE TABLE IF NOT EXISTS pins (
  sha256       TEXT PRIMARY KEY,
  indicator    TEXT NOT NULL,
  source       BLOB NOT NULL,
  created      INTEGER NOT NULL,
  date         TEXT NOT NULL DEFAULT '',
  not_evidence TEXT NOT NULL DEFAULT '',
  user         TEXT NOT NULL DEFAULT ''
);
)SQL";

// Added without a schema bump: created on every open when missing.
const char* kFingerprintSchema = R"SQL(
CREATE TABLE IF NOT EXISTS fingerprints (
  sha256     TEXT PRIMARY KEY,
  version    INTEGER NOT NULL,
  text_hash  INTEGER,
  text_chars INTEGER NOT NULL DEFAULT 0,
  image_hash INTEGER
);
)SQL";

// The columns schema 2 added to the pins table (ALTERed into a schema-1 table).
constexpr const char* kPinColumns[] = {"date", "not_evidence", "user"};

fs::path normal_abs(const fs::path& p) {
    std::error_code ec;
    fs::path a = fs::weakly_canonical(fs::absolute(p, ec), ec);
    if (ec) a = fs::absolute(p).lexically_normal();
    return a;
}

}  // namespace

struct Store::Db {
    // An exclusive flock on <workspace>/lock, held while the Store is open: one process per
    // workspace (declared before `db`, so it is released after the database is closed).
    struct Lock {
        int fd = -1;
        ~Lock() {
            if (fd >= 0) ::close(fd);
        }
    } lock;
    std::unique_ptr<sqlite3, DbClose> db;
    std::map<std::string, StmtPtr, std::less<>> stmts;
    bool in_tx = false;

    [[noreturn]] void fail(std::string_view what) const {
        throw Fatal(
            kInput, fmt::format("工作区数据库出错：{}（{}）", what, sqlite3_errmsg(db.get())),
            sqlite3_db_filename(db.get(), "main") ? sqlite3_db_filename(db.get(), "main") : "",
            "检查磁盘空间与权限；必要时删除工作区目录后重新运行");
    }

    void exec(const char* sql) {
        char* err = nullptr;
        if (sqlite3_exec(db.get(), sql, nullptr, nullptr, &err) != SQLITE_OK) {
            std::string msg = err ? err : "?";
            sqlite3_free(err);
            throw Fatal(kInput, fmt::format("工作区数据库出错：{}", msg), {},
                        "检查磁盘空间与权限；必要时删除工作区目录后重新运行");
        }
    }

    // A cached prepared statement, reset and with bindings cleared.
    sqlite3_stmt* prepare(std::string_view sql) {
        auto it = stmts.find(sql);
        if (it == stmts.end()) {
            sqlite3_stmt* s = nullptr;
            if (sqlite3_prepare_v3(db.get(), sql.data(), static_cast<int>(sql.size()),
                                   SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
                fail("准备语句失败");
            it = stmts.emplace(std::string(sql), StmtPtr(s)).first;
        }
        sqlite3_reset(it->second.get());
        sqlite3_clear_bindings(it->second.get());
        return it->second.get();
    }

    void bind(sqlite3_stmt* s, int i, std::string_view v, bool blob = false) {
        int rc = blob
                     ? sqlite3_bind_blob64(s, i, v.data(), v.size(), SQLITE_TRANSIENT)
                     : sqlite3_bind_text64(s, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
        if (rc != SQLITE_OK) fail("绑定参数失败");
    }
    void bind(sqlite3_stmt* s, int i, int64_t v) {
        if (sqlite3_bind_int64(s, i, v) != SQLITE_OK) fail("绑定参数失败");
    }
    void step_done(sqlite3_stmt* s) {
        int rc = sqlite3_step(s);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) fail("写入失败");
        sqlite3_reset(s);
    }
    bool open_file(const fs::path& file);
    // WAL, pragmas and the tables; true when the database was new (or an older shape, dropped).
    bool prepare_schema() {
        exec("PRAGMA journal_mode=WAL");
        // NORMAL in WAL mode: a commit survives a killed process (not a power cut), and per-file
        // commits stay cheap (no fsync each).
        exec("PRAGMA synchronous=NORMAL");
        exec("PRAGMA foreign_keys=ON");
        sqlite3_stmt* v = prepare("PRAGMA user_version");
        int version = sqlite3_step(v) == SQLITE_ROW ? sqlite3_column_int(v, 0) : 0;
        sqlite3_reset(v);
        exec(kFingerprintSchema);
        if (version == kSchemaVersion) return false;
        exec("BEGIN IMMEDIATE");
        if (version != 0 && version != 1)
            exec("DROP TABLE IF EXISTS files; DROP TABLE IF EXISTS stage_cache;");
        exec(kSchema);
        add_pin_columns();
        exec(fmt::format("PRAGMA user_version={}", kSchemaVersion).c_str());
        exec("COMMIT");
        return version == 0;
    }
    // A pins table from before schema 2 (or a newer binary's) gets the columns it lacks.
    void add_pin_columns() {
        std::vector<std::string> have;
        sqlite3_stmt* info = prepare("PRAGMA table_info(pins)");
        while (sqlite3_step(info) == SQLITE_ROW) have.push_back(column(info, 1));
        sqlite3_reset(info);
        for (const char* c : kPinColumns)
            if (std::find(have.begin(), have.end(), c) == have.end())
                exec(fmt::format("ALTER TABLE pins ADD COLUMN {} TEXT NOT NULL DEFAULT ''", c)
                         .c_str());
    }
    static std::string column(sqlite3_stmt* s, int i) {
        const void* p = sqlite3_column_blob(s, i);
        int n = sqlite3_column_bytes(s, i);
        return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
    }
};

bool path_is_within(const fs::path& inner, const fs::path& outer) {
    fs::path i = normal_abs(inner), o = normal_abs(outer);
    auto [oi, ii] = std::mismatch(o.begin(), o.end(), i.begin(), i.end());
    // Trailing empty component ("dir/") is not a difference.
    while (oi != o.end() && oi->empty()) ++oi;
    return oi == o.end();
}

namespace {

// Whether the database opened is usable: false when SQLite calls it damaged (not a database, or a
// quick_check that is not "ok"); other errors (permissions, a full disk) surface later as Fatal.
bool healthy(sqlite3* db) {
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &raw, nullptr);
    StmtPtr s(raw);
    if (rc == SQLITE_OK) rc = sqlite3_step(s.get());
    if (rc == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(s.get(), 0);
        return text && std::string_view(reinterpret_cast<const char*>(text)) == "ok";
    }
    const int code = sqlite3_errcode(db) & 0xff;
    return code != SQLITE_CORRUPT && code != SQLITE_NOTADB;
}

// "20261205-101500": when a damaged database was moved aside (UTC).
std::string utc_stamp() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%d-%H%M%S", &tm);
    return buf;
}

// Moves state.db (and its -wal/-shm) to state.db.corrupt-<time>; returns the warning.
std::string move_aside(const fs::path& workspace) {
    const std::string stamp = utc_stamp();
    const std::string aside = "state.db.corrupt-" + stamp;
    std::error_code ec;
    fs::rename(workspace / "state.db", workspace / aside, ec);
    if (ec)
        throw Fatal(kInput, "工作区数据库已损坏，且无法移开：" + ec.message(),
                    (workspace / "state.db").string(), "检查权限，或删除该文件后重试");
    for (const char* side : {"-wal", "-shm"}) {
        std::error_code e2;
        if (fs::exists(workspace / (std::string("state.db") + side), e2))
            fs::rename(workspace / (std::string("state.db") + side),
                       workspace / (std::string("state.db") + side + ".corrupt-" + stamp), e2);
    }
    return fmt::format("工作区数据库已损坏，已移到 {} 并重新建立（文件重新读取，提取结果重新计算）",
                       aside);
}

}  // namespace

// Opens `file` into db.db; false when it is damaged (closed again then).
bool Store::Db::open_file(const fs::path& file) {
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(file.c_str(), &raw,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    db.reset(raw);
    if (rc != SQLITE_OK)
        throw Fatal(kInput, "无法打开工作区数据库", file.string(), "检查权限，或删除该文件后重试");
    sqlite3_busy_timeout(raw, 10000);
    if (healthy(raw)) return true;
    stmts.clear();
    db.reset();
    return false;
}

Store::Store(fs::path dir, std::unique_ptr<Db> db) : dir_(std::move(dir)), db_(std::move(db)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

namespace {

// Takes the exclusive flock on `fd`: at once, or polling for up to `wait` (then the pin message).
void take_lock(int fd, const fs::path& workspace, std::chrono::milliseconds wait) {
    const auto until = std::chrono::steady_clock::now() + wait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (wait.count() <= 0)
            throw Fatal(kInput,
                        "工作区正被另一个 dossier 进程使用：" + normal_abs(workspace).string(), {},
                        "等那个进程结束后再运行，或用 --workspace 指定其他工作区");
        if (std::chrono::steady_clock::now() >= until)
            throw Fatal(kInput, "工作区正在被另一个 dossier 进程使用（可能正在构建），请稍后再试",
                        normal_abs(workspace).string());
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

}  // namespace

Store Store::open(const fs::path& workspace, const fs::path& inbox,
                  std::chrono::milliseconds lock_wait) {
    if (!inbox.empty() && path_is_within(workspace, inbox))
        throw Fatal(kInput, "工作区不能位于收件箱内（dossier 从不写入收件箱）", workspace.string(),
                    "请用 --workspace 指定收件箱以外的目录");
    std::error_code ec;
    fs::create_directories(workspace / "blobs", ec);
    if (ec)
        throw Fatal(kInput, "无法创建工作区目录", workspace.string(),
                    "检查权限，或用 --workspace 指定其他目录");
    auto db = std::make_unique<Db>();
    const fs::path lock = workspace / "lock";
    db->lock.fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (db->lock.fd < 0)
        throw Fatal(kInput, "无法创建工作区锁文件", lock.string(),
                    "检查权限，或用 --workspace 指定其他目录");
    take_lock(db->lock.fd, workspace, lock_wait);
    // Nobody else uses the workspace now: temp files under blobs/.tmp are a killed run's leftovers.
    for (fs::directory_iterator it(workspace / "blobs" / ".tmp", ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code rm;
        fs::remove(it->path(), rm);
    }
    ec.clear();
    const fs::path file = workspace / "state.db";
    std::vector<std::string> notes;
    if (!db->open_file(file)) {
        notes.push_back(move_aside(workspace));
        if (!db->open_file(file))
            throw Fatal(kInput, "无法重建工作区数据库", file.string(),
                        "检查磁盘空间与权限，或用 --workspace 指定其他目录");
    }
    const bool fresh = db->prepare_schema();
    Store store(normal_abs(workspace), std::move(db));
    store.notes_ = std::move(notes);
    if (fresh) store.import_pins();
    return store;
}

fs::path Store::blob_path(const std::string& sha256) const {
    return dossier::blob_path(blob_root(), sha256);
}

std::optional<std::string> Store::get_stage(const std::string& sha256, std::string_view stage,
                                            int version) {
    sqlite3_stmt* s =
        db_->prepare("SELECT data FROM stage_cache WHERE sha256=?1 AND stage=?2 AND version=?3");
    db_->bind(s, 1, sha256);
    db_->bind(s, 2, stage);
    db_->bind(s, 3, version);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        std::string out = Db::column(s, 0);
        sqlite3_reset(s);
        ++stats_.stage_hits;
        return out;
    }
    if (rc != SQLITE_DONE) db_->fail("读取缓存失败");
    sqlite3_reset(s);
    ++stats_.stage_misses;
    return std::nullopt;
}

void Store::put_stage(const std::string& sha256, std::string_view stage, int version,
                      std::string_view data) {
    sqlite3_stmt* s = db_->prepare(
        "INSERT OR REPLACE INTO stage_cache(sha256, stage, version, data) VALUES(?1, ?2, ?3, ?4)");
    db_->bind(s, 1, sha256);
    db_->bind(s, 2, stage);
    db_->bind(s, 3, version);
    db_->bind(s, 4, data, true);
    db_->step_done(s);
    ++stats_.stage_puts;
}

std::optional<Fingerprint> Store::get_fingerprint(const std::string& sha256) {
    sqlite3_stmt* s = db_->prepare(
        "SELECT version, text_hash, text_chars, image_hash FROM fingerprints WHERE sha256=?1");
    db_->bind(s, 1, sha256);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE) db_->fail("读取指纹失败");
        sqlite3_reset(s);
        return std::nullopt;
    }
    Fingerprint fp;
    fp.sha256 = sha256;
    fp.version = sqlite3_column_int(s, 0);
    if (sqlite3_column_type(s, 1) != SQLITE_NULL)
        fp.text = static_cast<uint64_t>(sqlite3_column_int64(s, 1));
    fp.text_chars = sqlite3_column_int(s, 2);
    if (sqlite3_column_type(s, 3) != SQLITE_NULL)
        fp.image = static_cast<uint64_t>(sqlite3_column_int64(s, 3));
    sqlite3_reset(s);
    return fp;
}

void Store::put_fingerprint(const Fingerprint& fp) {
    sqlite3_stmt* s = db_->prepare(
        "INSERT OR REPLACE INTO fingerprints(sha256, version, text_hash, text_chars, image_hash) "
        "VALUES(?1, ?2, ?3, ?4, ?5)");
    db_->bind(s, 1, fp.sha256);
    db_->bind(s, 2, static_cast<int64_t>(fp.version));
    if (fp.text) db_->bind(s, 3, static_cast<int64_t>(*fp.text));
    db_->bind(s, 4, static_cast<int64_t>(fp.text_chars));
    if (fp.image) db_->bind(s, 5, static_cast<int64_t>(*fp.image));
    db_->step_done(s);
}

void Store::forget_stage(const std::string& sha256) {
    sqlite3_stmt* s = db_->prepare("DELETE FROM stage_cache WHERE sha256=?1");
    db_->bind(s, 1, sha256);
    db_->step_done(s);
}

std::optional<FileRow> Store::get_file_stat(const std::string& source) {
    sqlite3_stmt* s = db_->prepare(
        "SELECT sha256, size, mtime_ns, inode, unit, type, status, reason FROM files WHERE "
        "source=?1");
    db_->bind(s, 1, source, true);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE) db_->fail("读取文件记录失败");
        sqlite3_reset(s);
        return std::nullopt;
    }
    FileRow r;
    r.source = source;
    r.sha256 = Db::column(s, 0);
    r.size = static_cast<uint64_t>(sqlite3_column_int64(s, 1));
    r.mtime_ns = sqlite3_column_int64(s, 2);
    r.inode = static_cast<uint64_t>(sqlite3_column_int64(s, 3));
    if (sqlite3_column_type(s, 4) != SQLITE_NULL) r.unit = Db::column(s, 4);
    r.type = Db::column(s, 5);
    r.status = Db::column(s, 6);
    r.reason = Db::column(s, 7);
    sqlite3_reset(s);
    return r;
}

void Store::put_file_stat(const FileRow& r) {
    sqlite3_stmt* s = db_->prepare(
        "INSERT OR REPLACE INTO files(source, sha256, size, mtime_ns, inode, unit, type, status, "
        "reason) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    db_->bind(s, 1, r.source, true);
    db_->bind(s, 2, r.sha256);
    db_->bind(s, 3, static_cast<int64_t>(r.size));
    db_->bind(s, 4, r.mtime_ns);
    db_->bind(s, 5, static_cast<int64_t>(r.inode));
    if (r.unit) db_->bind(s, 6, *r.unit);  // left NULL otherwise (bindings were cleared)
    db_->bind(s, 7, r.type);
    db_->bind(s, 8, r.status);
    db_->bind(s, 9, r.reason);
    db_->step_done(s);
}

std::vector<std::string> Store::file_sources() {
    sqlite3_stmt* s = db_->prepare("SELECT source FROM files ORDER BY source");
    std::vector<std::string> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) out.push_back(Db::column(s, 0));
    if (rc != SQLITE_DONE) db_->fail("读取文件记录失败");
    sqlite3_reset(s);
    return out;
}

void Store::remove_file_stat(const std::string& source) {
    sqlite3_stmt* s = db_->prepare("DELETE FROM files WHERE source=?1");
    db_->bind(s, 1, source, true);
    db_->step_done(s);
}

namespace {

constexpr const char* kPinsFile = "pins.tsv";
// Schema-1 files have the first four fields only; they still import (the rest empty).
constexpr const char* kPinsHeader =
    "# dossier pins: sha256<TAB>indicator<TAB>created<TAB>source<TAB>date<TAB>not_evidence<TAB>"
    "user\n";

// A source in one TSV field: backslash, tab, CR and LF escaped.
std::string tsv_escape(std::string_view v) {
    std::string out;
    for (char c : v) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

// Writes `text` to `file` through a temporary and a rename: a reader sees the old or the new file,
// never a half-written one.
bool write_file_atomically(const fs::path& file, std::string_view text) {
    const fs::path tmp = file.string() + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return false;
    size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) break;
        done += static_cast<size_t>(n);
    }
    const bool ok = done == text.size() && ::fsync(fd) == 0;
    ::close(fd);
    std::error_code ec;
    if (ok) fs::rename(tmp, file, ec);
    if (!ok || ec) fs::remove(tmp, ec);
    return ok && !ec;
}

std::string tsv_unescape(std::string_view v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '\\' || i + 1 == v.size()) {
            out += v[i];
            continue;
        }
        const char n = v[++i];
        out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
    }
    return out;
}

}  // namespace

void Store::save_pins() {
    std::string text = kPinsHeader;
    for (const Pin& p : pins())
        text += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\n", p.sha256, tsv_escape(p.indicator),
                            p.created, tsv_escape(p.source), tsv_escape(p.date),
                            tsv_escape(p.not_evidence), tsv_escape(p.user));
    const fs::path file = dir_ / kPinsFile;
    if (!write_file_atomically(file, text))
        throw Fatal(kInput, "无法写入指定记录文件", file.string(), "检查磁盘空间与权限");
}

void Store::import_pins() {
    std::ifstream in(dir_ / kPinsFile, std::ios::binary);
    if (!in) return;
    int n = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string_view> f;
        for (size_t b = 0, e; b <= line.size(); b = e + 1) {
            e = std::min(line.find('\t', b), line.size());
            f.emplace_back(line.data() + b, e - b);
        }
        if (f.size() < 4 || f[0].size() != 64) continue;  // a damaged line is skipped
        Pin p;
        p.sha256 = std::string(f[0]);
        p.indicator = tsv_unescape(f[1]);
        p.source = tsv_unescape(f[3]);
        p.created = std::atoll(std::string(f[2]).c_str());
        if (f.size() > 4) p.date = tsv_unescape(f[4]);
        if (f.size() > 5) p.not_evidence = tsv_unescape(f[5]);
        if (f.size() > 6) p.user = tsv_unescape(f[6]);
        set_pin_row(p);
        ++n;
    }
    if (n > 0) notes_.push_back(fmt::format("已从 {} 恢复 {} 个指定（dossier assign）", kPinsFile, n));
}

void Store::set_pin(const Pin& pin) {
    set_pin_row(pin);
    save_pins();
}

void Store::set_pin_row(const Pin& pin) {
    sqlite3_stmt* s = db_->prepare(
        "INSERT OR REPLACE INTO pins(sha256, indicator, source, created, date, not_evidence, user) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    db_->bind(s, 1, pin.sha256);
    db_->bind(s, 2, pin.indicator);
    db_->bind(s, 3, pin.source, true);
    db_->bind(s, 4, pin.created ? pin.created : static_cast<int64_t>(std::time(nullptr)));
    db_->bind(s, 5, pin.date);
    db_->bind(s, 6, pin.not_evidence);
    db_->bind(s, 7, pin.user);
    db_->step_done(s);
}

std::optional<Pin> Store::get_pin(const std::string& sha256) {
    sqlite3_stmt* s = db_->prepare(
        "SELECT indicator, source, created, date, not_evidence, user FROM pins WHERE sha256=?1");
    db_->bind(s, 1, sha256);
    int rc = sqlite3_step(s);
    if (rc != SQLITE_ROW) {
        if (rc != SQLITE_DONE) db_->fail("读取指定失败");
        sqlite3_reset(s);
        return std::nullopt;
    }
    Pin p{sha256,           Db::column(s, 0), Db::column(s, 1), sqlite3_column_int64(s, 2),
          Db::column(s, 3), Db::column(s, 4), Db::column(s, 5)};
    sqlite3_reset(s);
    return p;
}

bool Store::remove_pin(const std::string& sha256) {
    sqlite3_stmt* s = db_->prepare("DELETE FROM pins WHERE sha256=?1");
    db_->bind(s, 1, sha256);
    db_->step_done(s);
    const bool removed = sqlite3_changes(db_->db.get()) > 0;
    if (removed) save_pins();
    return removed;
}

std::vector<Pin> Store::pins() {
    sqlite3_stmt* s = db_->prepare(
        "SELECT sha256, indicator, source, created, date, not_evidence, user FROM pins ORDER BY "
        "sha256");
    std::vector<Pin> out;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        out.push_back({Db::column(s, 0), Db::column(s, 1), Db::column(s, 2),
                       sqlite3_column_int64(s, 3), Db::column(s, 4), Db::column(s, 5),
                       Db::column(s, 6)});
    if (rc != SQLITE_DONE) db_->fail("读取指定失败");
    sqlite3_reset(s);
    return out;
}

Store::Transaction::Transaction(Store& s) : store_(&s) {
    store_->db_->exec("BEGIN IMMEDIATE");
    store_->db_->in_tx = true;
}

Store::Transaction::~Transaction() {
    if (!done_) {
        sqlite3_exec(store_->db_->db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
        store_->db_->in_tx = false;
    }
}

void Store::Transaction::commit() {
    store_->db_->exec("COMMIT");
    store_->db_->in_tx = false;
    done_ = true;
}

}  // namespace dossier
