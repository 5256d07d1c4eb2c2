// Uploads, withdrawals and downloads (see upload.hpp). The request body flows from httplib's
// multipart parser straight into temporaries in the workspace; only a complete, checked upload
// is handed to intake's add_to_inbox.
#include "server/upload.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "extractors/magic.hpp"
#include "intake/inbox_writer.hpp"
#include "model/cleanup.hpp"
#include "model/error.hpp"
#include "model/file_type.hpp"
#include "model/sha256.hpp"
#include "model/units.hpp"
#include "server/builder.hpp"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace dossier {
namespace {

constexpr const char* kFallbackName = "上传文件";

void send_error(httplib::Response& res, int status, const std::string& message) {
    res.status = status;
    res.set_content(json{{"error", message}}.dump(), "application/json; charset=utf-8");
}

int64_t now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool is_hex_id(const std::string& id) {
    if (id.size() != 16) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// Bytes of the regular files below `dir` (0 when it does not exist).
uint64_t folder_bytes(const fs::path& dir) {
    uint64_t total = 0;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code e2;
        if (it->is_regular_file(e2) && !it->is_symlink(e2)) total += it->file_size(e2);
    }
    return total;
}

// A path below `root` from an inbox-relative one, or empty when it would leave `root`.
fs::path inside(const fs::path& root, const std::string& rel) {
    const fs::path r = fs::path(rel).lexically_normal();
    if (rel.empty() || r.is_absolute() || *r.begin() == "..") return {};
    return root / r;
}

}  // namespace

// ---- the uploads table ----

UploadStore::UploadStore(const fs::path& workspace) : temp_dir_(workspace / "intake-tmp") {
    std::error_code ec;
    fs::create_directories(temp_dir_, ec);
    if (ec)
        throw Fatal(kInput, "无法创建上传临时文件夹：" + ec.message(), temp_dir_.string());
    // What a killed server left half-written: nothing in here outlives a process.
    for (const auto& e : fs::directory_iterator(temp_dir_, ec)) fs::remove_all(e.path(), ec);
    const fs::path file = workspace / "portal.db";
    if (sqlite3_open_v2(file.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db_);
        throw Fatal(kInput, "无法打开门户数据库", file.string());
    }
    sqlite3_busy_timeout(db_, 10000);
    const char* sql =
        "PRAGMA journal_mode=WAL;"
        "CREATE TABLE IF NOT EXISTS uploads (row INTEGER PRIMARY KEY, sha256 TEXT NOT NULL,"
        " path TEXT NOT NULL, unit TEXT NOT NULL, user TEXT NOT NULL, time INTEGER NOT NULL,"
        " address TEXT NOT NULL, withdrawn INTEGER NOT NULL DEFAULT 0);"
        "CREATE INDEX IF NOT EXISTS uploads_sha256 ON uploads(sha256);";
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::string what = err ? err : "";
        sqlite3_free(err);
        sqlite3_close(db_);
        throw Fatal(kInput, "门户数据库无法写入：" + what, file.string());
    }
}

UploadStore::~UploadStore() { sqlite3_close(db_); }

namespace {
struct Stmt {
    sqlite3_stmt* s = nullptr;
    Stmt(sqlite3* db, const char* sql) {
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            throw Fatal(kInput, std::string("门户数据库错误：") + sqlite3_errmsg(db), "portal.db");
    }
    ~Stmt() { sqlite3_finalize(s); }
    void text(int i, const std::string& v) {
        sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    }
    std::string col(int i) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        return t ? std::string(t, static_cast<size_t>(sqlite3_column_bytes(s, i))) : "";
    }
};
}  // namespace

void UploadStore::record(const UploadRow& r) {
    std::lock_guard lock(mu_);
    Stmt st(db_,
            "INSERT INTO uploads(sha256, path, unit, user, time, address) VALUES(?,?,?,?,?,?)");
    st.text(1, r.sha256);
    st.text(2, r.path);
    st.text(3, r.unit);
    st.text(4, r.user);
    sqlite3_bind_int64(st.s, 5, r.time);
    st.text(6, r.address);
    if (sqlite3_step(st.s) != SQLITE_DONE)
        throw Fatal(kInput, std::string("门户数据库错误：") + sqlite3_errmsg(db_), "portal.db");
}

std::vector<UploadRow> UploadStore::find(const std::string& id) {
    std::vector<UploadRow> out;
    if (!is_hex_id(id)) return out;
    std::lock_guard lock(mu_);
    Stmt st(db_,
            "SELECT row, sha256, path, unit, user, time, address FROM uploads"
            " WHERE substr(sha256, 1, 16) = ? AND withdrawn = 0 ORDER BY row");
    st.text(1, id);
    while (sqlite3_step(st.s) == SQLITE_ROW)
        out.push_back({sqlite3_column_int64(st.s, 0), st.col(1), st.col(2), st.col(3), st.col(4),
                       st.col(6), sqlite3_column_int64(st.s, 5), false});
    return out;
}

void UploadStore::mark_withdrawn(int64_t row) {
    std::lock_guard lock(mu_);
    Stmt st(db_, "UPDATE uploads SET withdrawn = 1 WHERE row = ?");
    sqlite3_bind_int64(st.s, 1, row);
    sqlite3_step(st.s);
}

// ---- POST /api/upload ----

namespace {

// One `file` part being received into its temporary.
struct Part {
    std::string filename;
    fs::path temp;
    int fd = -1;
    Sha256 sha;
    uint64_t size = 0;
};

// Everything one upload request received; removes its temporaries unless they were moved.
struct Receipt {
    std::vector<std::unique_ptr<Part>> files;
    std::string unit_field;
    Part* current = nullptr;   // the file part receiving data, or null
    std::string* field = nullptr;  // the small text field receiving data, or null
    std::string too_big;       // the name of a file over the per-file limit
    std::string failure;       // a write error (Chinese)
    uint64_t total = 0;

    ~Receipt() {
        for (auto& p : files) {
            if (p->fd >= 0) ::close(p->fd);
            if (!p->temp.empty()) cleanup::remove(p->temp);
        }
    }
    bool failed() const { return !too_big.empty() || !failure.empty(); }
};

bool open_part(Receipt& r, const fs::path& dir, const std::string& filename) {
    auto p = std::make_unique<Part>();
    p->filename = filename;
    std::string tmpl = (dir / "up-XXXXXX").string();
    p->fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (p->fd < 0) {
        r.failure = "服务器无法保存上传的文件（临时文件夹不可写）";
        return false;
    }
    p->temp = tmpl;
    cleanup::track(p->temp);
    ::fchmod(p->fd, 0644);  // mkstemp's 0600 would hide the file from the office's other tools
    r.current = p.get();
    r.files.push_back(std::move(p));
    return true;
}

// Receives one chunk of the current part. Past a limit the rest of the body is still read (and
// dropped), so the client gets the 413 instead of a broken connection.
bool receive(Receipt& r, const UploadLimits& lim, const char* data, size_t n) {
    if (r.field) {
        if (r.field->size() + n <= 1024) r.field->append(data, n);
        return true;
    }
    if (!r.current || r.failed()) return true;
    Part& p = *r.current;
    p.size += n;
    r.total += n;
    if (p.size > lim.max_file_bytes) {
        r.too_big = p.filename;
        return true;
    }
    for (size_t done = 0; done < n;) {
        const ssize_t w = ::write(p.fd, data + done, n - done);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) {
            r.failure = "服务器无法保存上传的文件（磁盘已满或不可写）";
            return true;
        }
        done += static_cast<size_t>(w);
    }
    p.sha.update(data, n);
    return true;
}

// The unit folder this upload goes to, or an error already written to `res`.
std::optional<std::string> target_unit(IntakeContext& ctx, const Requester& who,
                                       const std::string& field, httplib::Response& res) {
    if (!who.office()) {
        if (!field.empty() && match_unit(*ctx.catalog, field).unit != who.unit) {
            send_error(res, 404, "未找到该单位");
            return std::nullopt;
        }
        return who.unit;
    }
    if (field.empty()) {
        send_error(res, 400, "请指定上传到哪个单位（表单字段 unit）");
        return std::nullopt;
    }
    auto m = match_unit(*ctx.catalog, field);
    if (!m.unit) {
        send_error(res, 400, fmt::format("单位“{}”不在指标目录中", field));
        return std::nullopt;
    }
    return *m.unit;
}

// 413 when this upload would take the unit's inbox folder over its quota.
bool over_quota(IntakeContext& ctx, const std::string& unit, const Receipt& r,
                httplib::Response& res) {
    const uint64_t have = folder_bytes(ctx.inbox / unit);
    if (have + r.total <= ctx.limits.unit_quota_bytes) return false;
    send_error(res, 413,
               fmt::format("单位“{}”的上传总量将超过上限 {}（已有 {}，本次 {}），文件未保存：请先撤回不需要的文件",
                           unit, file_type::human_size(ctx.limits.unit_quota_bytes),
                           file_type::human_size(have), file_type::human_size(r.total)));
    return true;
}

// Moves every received file into INBOX/<unit>/ and records it; the 201 body.
json store_files(IntakeContext& ctx, const Requester& who, const std::string& unit, Receipt& r) {
    json out = json::array();
    for (auto& p : r.files) {
        ::fsync(p->fd);
        ::close(p->fd);
        p->fd = -1;
        const std::string sha = p->sha.hex_final();
        const fs::path temp = p->temp;
        const fs::path stored =
            add_to_inbox(temp, ctx.inbox / unit, sanitize_file_name(p->filename, kFallbackName));
        cleanup::forget(temp);
        p->temp.clear();
        const std::string name = stored.filename().string();
        const std::string rel = unit + "/" + name;
        ctx.store->record({0, sha, rel, unit, who.user, who.address, now_seconds(), false});
        if (ctx.audit) ctx.audit(who.user, "upload", sha, rel, who.address);
        out.push_back({{"name", name}, {"sha256", sha}, {"size", p->size}});
    }
    return out;
}

}  // namespace

void handle_upload(IntakeContext& ctx, const Requester& who, const httplib::Request& req,
                   httplib::Response& res, const httplib::ContentReader& reader) {
    if (!req.is_multipart_form_data()) {
        reader([](const char*, size_t) { return true; });  // keeps the connection in step
        send_error(res, 400, "上传须使用 multipart/form-data，文件放在字段 file 中");
        return;
    }
    Receipt r;
    const bool read_ok = reader(
        [&](const httplib::MultipartFormData& part) {
            r.current = nullptr;
            r.field = nullptr;
            if (part.name == "unit") r.field = &r.unit_field;
            else if (part.name == "file" && !r.failed())
                open_part(r, ctx.store->temp_dir(), part.filename);
            return true;
        },
        [&](const char* data, size_t n) { return receive(r, ctx.limits, data, n); });
    if (!read_ok && res.status == 413)  // httplib's own cap on a request body
        return send_error(res, 413, "上传内容超过服务器单次请求上限，未保存：请分批上传");
    if (!read_ok) return send_error(res, 400, "上传未完成：请求内容不完整或格式有误");
    if (!r.too_big.empty())
        return send_error(res, 413,
                          fmt::format("文件“{}”超过单个文件上限 {}，未保存：请压缩或拆分后再上传",
                                      sanitize_file_name(r.too_big, kFallbackName),
                                      file_type::human_size(ctx.limits.max_file_bytes)));
    if (!r.failure.empty()) return send_error(res, 500, r.failure);
    if (r.files.empty()) return send_error(res, 400, "没有收到文件（表单字段 file）");
    const auto unit = target_unit(ctx, who, r.unit_field, res);
    if (!unit) return;
    try {
        json out;
        {
            std::lock_guard lock(ctx.admit);
            if (over_quota(ctx, *unit, r, res)) return;
            out = store_files(ctx, who, *unit, r);
        }
        if (ctx.rebuild) ctx.rebuild();
        res.status = 201;
        res.set_content(out.dump(), "application/json; charset=utf-8");
    } catch (const Fatal& f) {
        if (ctx.rebuild) ctx.rebuild();  // files stored before the failure count
        send_error(res, 500, std::string(f.what()) + "（" + f.file + "）");
    }
}

// ---- lookups by id ----

namespace {

bool may_see(const Requester& who, const std::string& unit) {
    return who.office() || (!who.unit.empty() && unit == who.unit);
}

// True when `p` is a regular file whose content is `sha256` (it may have been replaced since).
bool holds(const fs::path& p, const std::string& sha256) {
    auto d = digest_file(p, 0);
    return d && d->sha256 == sha256;
}

const FileEntry* snapshot_entry(const Snapshot* snap, const Requester& who, const std::string& id,
                                bool members) {
    if (!snap) return nullptr;
    for (const auto& f : snap->files) {
        if (f.id != id || f.content_path.empty() || !may_see(who, f.unit)) continue;
        if ((f.source.find("!/") != std::string::npos) == members) return &f;
    }
    return nullptr;
}

}  // namespace

std::optional<FoundFile> find_visible(IntakeContext& ctx, const Requester& who,
                                      const std::string& id) {
    if (!is_hex_id(id)) return std::nullopt;
    auto snap = ctx.snapshot ? ctx.snapshot() : nullptr;
    for (bool members : {false, true})
        if (const FileEntry* f = snapshot_entry(snap.get(), who, id, members))
            return FoundFile{f->sha256, f->source, f->unit, f->content_path};
    // Uploaded since the last build.
    for (const auto& row : ctx.store->find(id)) {
        if (!may_see(who, row.unit)) continue;
        const fs::path p = inside(ctx.inbox, row.path);
        if (!p.empty() && holds(p, row.sha256)) return FoundFile{row.sha256, row.path, row.unit, p};
    }
    return std::nullopt;
}

// ---- DELETE /api/files/{id} ----

namespace {

// Unlinks the caller's own uploads of `id` still in the inbox; how many left.
int withdraw_uploads(IntakeContext& ctx, const Requester& who, const std::string& id) {
    int removed = 0;
    for (const auto& row : ctx.store->find(id)) {
        if (!may_see(who, row.unit)) continue;
        const fs::path p = inside(ctx.inbox, row.path);
        bool gone = p.empty() || !fs::exists(p);  // removed by hand: nothing left to withdraw
        if (!gone && holds(p, row.sha256) && ::unlink(p.c_str()) == 0) {
            ++removed;
            gone = true;
            if (ctx.audit) ctx.audit(who.user, "withdraw", row.sha256, row.path, who.address);
        }
        if (gone) ctx.store->mark_withdrawn(row.row);
    }
    return removed;
}

// The office may take out any inbox file (not only uploads): the snapshot names it.
int withdraw_inbox_file(IntakeContext& ctx, const Requester& who, const std::string& id) {
    if (!who.office() || !ctx.snapshot) return 0;
    auto snap = ctx.snapshot();
    int removed = 0;
    if (!snap) return 0;
    for (const auto& f : snap->files) {
        if (f.id != id || f.source.find("!/") != std::string::npos) continue;
        const fs::path p = inside(ctx.inbox, f.source);
        if (!p.empty() && holds(p, f.sha256) && ::unlink(p.c_str()) == 0) {
            ++removed;
            if (ctx.audit) ctx.audit(who.user, "withdraw", f.sha256, f.source, who.address);
        }
    }
    return removed;
}

}  // namespace

void handle_withdraw(IntakeContext& ctx, const Requester& who, const std::string& id,
                     httplib::Response& res) {
    if (!is_hex_id(id)) return send_error(res, 404, "未找到该文件");
    int removed = withdraw_uploads(ctx, who, id);
    if (removed == 0) removed = withdraw_inbox_file(ctx, who, id);
    if (removed > 0) {
        if (ctx.rebuild) ctx.rebuild();
        res.status = 204;
        return;
    }
    auto snap = ctx.snapshot ? ctx.snapshot() : nullptr;
    if (const FileEntry* m = snapshot_entry(snap.get(), who, id, true)) {
        const std::string archive = m->source.substr(0, m->source.find("!/"));
        return send_error(res, 409,
                          fmt::format("该文件在压缩包“{}”内，不能单独撤回：请撤回整个压缩包",
                                      archive));
    }
    send_error(res, 404, "未找到该文件");
}

// ---- GET /api/files/{id}/content ----

std::string attachment_disposition(const std::string& name) {
    std::string ascii, pct;
    for (unsigned char c : name) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                           (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
        ascii += plain ? static_cast<char>(c) : '_';
        pct += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
    }
    return fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}", ascii, pct);
}

void handle_content(IntakeContext& ctx, const Requester& who, const std::string& id,
                    httplib::Response& res) {
    auto f = find_visible(ctx, who, id);
    const int fd = f ? ::open(f->content.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW) : -1;
    if (fd < 0) return send_error(res, 404, "未找到该文件");
    auto file = std::shared_ptr<int>(new int(fd), [](int* p) {
        ::close(*p);
        delete p;
    });
    std::string head(4096, '\0');
    const ssize_t got = ::pread(fd, head.data(), head.size(), 0);
    head.resize(got > 0 ? static_cast<size_t>(got) : 0);
    const std::string type = magic::media_type(magic::sniff(head));
    const std::string name = f->source.substr(f->source.find_last_of('/') + 1);
    struct stat st {};
    ::fstat(fd, &st);
    res.set_header("Content-Disposition", attachment_disposition(name));
    res.set_content_provider(
        static_cast<size_t>(st.st_size), type,
        [file](size_t offset, size_t length, httplib::DataSink& sink) {
            std::string buf(std::min<size_t>(length, 1 << 16), '\0');
            const ssize_t n = ::pread(*file, buf.data(), buf.size(), static_cast<off_t>(offset));
            if (n <= 0) return false;
            sink.write(buf.data(), static_cast<size_t>(n));
            return true;
        });
}

}  // namespace dossier
