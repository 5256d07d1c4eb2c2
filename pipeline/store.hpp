// The workspace: a directory (default `.dossier/`) holding the content-addressed blob store
// (`blobs/<sha256[0:2]>/<sha256>`, archive members) and a SQLite database (`state.db`, WAL) with
//   files       (source PRIMARY KEY, sha256, size, mtime_ns, inode, unit, type, status, reason)
//               what the last scan saw of every input path, so a re-run can skip re-hashing;
//   stage_cache (sha256, stage, version, data; PRIMARY KEY(sha256, stage, version))
//               stage results keyed by content and stage version: a re-run over unchanged content
//               recomputes nothing, bumping a stage's version recomputes only that stage;
//   pins        (sha256 PRIMARY KEY, indicator, source, created, date, not_evidence, user) a
//               clerk's decisions about one content (pipeline/pins.hpp): its indicator, its
//               publication date ("YYYY-MM-DD" or "unknown"), or "not evidence" with a reason;
//               an empty column is "not pinned" (schema 2 added the last three columns to the
//               schema-1 table in place: old rows keep their indicator pins);
//   fingerprints (sha256 PRIMARY KEY, version, text_hash, text_chars, image_hash) the near-duplicate
//               fingerprints of one content (pipeline/near: SimHash of its text, dHash of its
//               image; NULL when it has none), so a pin's content can be compared with new files
//               after the pinned file has left the inbox. Created on open when missing (no schema
//               bump: an older workspace simply gains the table).
// Pins are also kept in `pins.tsv` (rewritten atomically on every pin change; format in
// docs/robustness.md), the one thing in the workspace that cannot be recomputed from the inbox.
//
// A damaged database (SQLite: not a database, or `PRAGMA quick_check` not "ok") is moved aside
// to `state.db.corrupt-<UTC time>` (with its -wal/-shm) and a fresh one is created; a fresh
// database re-imports `pins.tsv`. Everything else is rebuilt by the run (hashes from the inbox,
// expansions from the archives, stage results recomputed). notes() then carries the warning.
//
// Crash safety: every write is its own transaction (or the caller's Transaction), so the database
// is consistent whenever the process is killed; a re-run finishes the work. An open Store holds an
// exclusive flock on `<workspace>/lock` (a second process gets Fatal(kInput) at once, or after
// `lock_wait` of polling when one is given), and opening one removes what a killed run left in
// `blobs/.tmp/`.
// Threading: a Store is used from ONE thread (the pipeline collects results from its workers and
// writes them from the main thread). Not copyable; movable.
// Errors: opening throws Fatal (kUsage for a workspace inside the inbox, kInput when the workspace
// cannot be created or the database cannot be opened); later SQLite failures throw Fatal(kInput)
// (a full disk or a broken workspace ends the run; bad input files never do).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace dossier {

// One row of `files`.
struct FileRow {
    std::string source;  // inbox-relative, raw bytes, "!/" at archive levels
    std::string sha256;
    uint64_t size = 0;
    int64_t mtime_ns = 0;
    uint64_t inode = 0;
    std::optional<std::string> unit;
    std::string type;    // magic::sniff result
    std::string status;  // "ok", "duplicate", "rejected", "junk", "waiting", "archive"
    std::string reason;  // Chinese, for rejected rows
};

// A clerk's decision about one content (by sha256); each part empty when not pinned.
struct Pin {
    std::string sha256;
    std::string indicator;  // leaf id, or empty
    std::string source;     // the file's source when the pin was last changed
    int64_t created = 0;    // unix seconds of the last change
    std::string date;          // "YYYY-MM-DD", "unknown", or empty
    std::string not_evidence;  // the clerk's reason, or empty
    std::string user;          // who changed it last ("命令行" for the CLI)
};

// The near-duplicate fingerprints of one content (pipeline/near).
struct Fingerprint {
    std::string sha256;
    int version = 0;
    std::optional<uint64_t> text;  // SimHash of the text (analysis/simhash)
    int text_chars = 0;
    std::optional<uint64_t> image;  // dHash of the image (analysis/image_hash)
};

// Counters for tests and the ledger: how often stage results were found or had to be computed.
struct StoreStats {
    int stage_hits = 0;
    int stage_misses = 0;
    int stage_puts = 0;
};

class Store {
  public:
    // Opens (creating when needed) the workspace at `workspace`. When `inbox` is given and the
    // workspace lies inside it (or is it), throws Fatal(kUsage): we never write into the inbox.
    // With a `lock_wait`, a workspace locked by another process is polled for that long before
    // giving up with "工作区正在被另一个 dossier 进程使用（可能正在构建），请稍后再试" (pins);
    // without, the lock fails at once (builds).
    static Store open(const std::filesystem::path& workspace,
                      const std::filesystem::path& inbox = {},
                      std::chrono::milliseconds lock_wait = {});
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path blob_root() const { return dir_ / "blobs"; }
    std::filesystem::path blob_path(const std::string& sha256) const;

    // Stage cache. get_stage counts a hit or a miss in stats().
    std::optional<std::string> get_stage(const std::string& sha256, std::string_view stage,
                                         int version);
    void put_stage(const std::string& sha256, std::string_view stage, int version,
                   std::string_view data);
    // Drops every stage result of `sha256` (its text may have been extracted from bytes that
    // were not that content: a file changed between hashing and extraction).
    void forget_stage(const std::string& sha256);

    // What the last scan recorded for `source`.
    std::optional<FileRow> get_file_stat(const std::string& source);
    // Inserts or replaces the row (one transaction unless inside a Transaction).
    void put_file_stat(const FileRow& row);
    // Every source the files table holds (sorted by bytes).
    std::vector<std::string> file_sources();
    void remove_file_stat(const std::string& source);

    void set_pin(const Pin& pin);
    std::optional<Pin> get_pin(const std::string& sha256);
    bool remove_pin(const std::string& sha256);
    std::vector<Pin> pins();  // sorted by sha256

    // Fingerprints by content; get_fingerprint returns a row of any version (callers check it).
    std::optional<Fingerprint> get_fingerprint(const std::string& sha256);
    void put_fingerprint(const Fingerprint& fp);

    StoreStats& stats() { return stats_; }

    // Warnings from opening (a damaged database moved aside, pins re-imported), Chinese; handed
    // over once.
    std::vector<std::string> take_notes() { return std::move(notes_); }

    // Groups several writes into one transaction (commits in commit(), rolls back when destroyed
    // without it). Not nestable.
    class Transaction {
      public:
        explicit Transaction(Store& s);
        ~Transaction();
        void commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

      private:
        Store* store_;
        bool done_ = false;
    };

  private:
    struct Db;
    explicit Store(std::filesystem::path dir, std::unique_ptr<Db> db);
    std::filesystem::path dir_;
    std::unique_ptr<Db> db_;
    StoreStats stats_;
    std::vector<std::string> notes_;
    void save_pins();    // pins.tsv from the pins table, atomically
    void import_pins();  // pins.tsv into an empty pins table
    void set_pin_row(const Pin& pin);
};

// True when `inner` is `outer` or lies beneath it (after resolving both as far as they exist).
bool path_is_within(const std::filesystem::path& inner, const std::filesystem::path& outer);

}  // namespace dossier
