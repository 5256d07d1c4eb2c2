// Uploads into the inbox, withdrawals and downloads of originals (design.md §6: POST /api/upload,
// DELETE /api/files/{id}, GET /api/files/{id}/content).
//
// An upload is streamed part by part (httplib's ContentReader: the body is never held in
// memory) into a temporary file under `<workspace>/intake-tmp/` — registered with model/cleanup
// so a signal removes it, and every leftover removed when an UploadStore opens — hashed on the
// fly, checked against the per-file limit while it streams and against the unit's quota (bytes
// of INBOX/<unit>/ plus this upload) once complete, then added through intake's one door
// (add_to_inbox: a safe name, never replacing a file, atomic). A killed server therefore leaves
// nothing partial in the inbox. Each upload is recorded in `<workspace>/portal.db` (table
// `uploads`), which is how a unit may later withdraw only what it uploaded.
//
// Access: every lookup by id (the first 16 hex chars of the sha256) answers "not found" for an
// object of another unit, so the routes answer 404 rather than 403 (no existence oracle).
//
// Errors: UploadStore's constructor throws Fatal(kInput) naming portal.db or intake-tmp when it
// cannot open them. Handlers never throw: they fill the Response (Chinese JSON errors).
// Thread-safe: one SQLite connection under a mutex; handlers may run on any server thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "model/catalog.hpp"

struct sqlite3;

namespace dossier {

struct Snapshot;

struct UploadLimits {
    uint64_t max_file_bytes = uint64_t{200} << 20;    // --max-upload-mb
    uint64_t unit_quota_bytes = uint64_t{4096} << 20;  // --unit-quota-mb
};

// One row of the uploads table.
struct UploadRow {
    int64_t row = 0;
    std::string sha256;
    std::string path;  // inbox-relative, "<unit>/<name>"
    std::string unit, user, address;
    int64_t time = 0;
    bool withdrawn = false;
};

// The `uploads` table of `<workspace>/portal.db` and the temporaries' folder.
class UploadStore {
  public:
    // Opens portal.db (WAL, busy timeout), creates the table when missing, and empties
    // `<workspace>/intake-tmp/` of what a killed server left.
    explicit UploadStore(const std::filesystem::path& workspace);
    ~UploadStore();
    UploadStore(const UploadStore&) = delete;
    UploadStore& operator=(const UploadStore&) = delete;

    const std::filesystem::path& temp_dir() const { return temp_dir_; }
    void record(const UploadRow& row);
    // Rows not withdrawn whose sha256 starts with `id` (16 lowercase hex chars, else none).
    std::vector<UploadRow> find(const std::string& id);
    void mark_withdrawn(int64_t row);

  private:
    std::mutex mu_;
    sqlite3* db_ = nullptr;
    std::filesystem::path temp_dir_;
};

// Who is asking (the auth door's Caller): role "unit" or "office"; `unit` empty for the office.
struct Requester {
    std::string user, role, unit, address;
    bool office() const { return role == "office"; }
};

// What the intake routes need from the portal.
struct IntakeContext {
    std::filesystem::path inbox;
    const Catalog* catalog = nullptr;
    UploadLimits limits;
    UploadStore* store = nullptr;
    // The last completed build (may return null before the first one).
    std::function<std::shared_ptr<const Snapshot>()> snapshot;
    // Appends to the audit log: (user, action, sha256, object, from).
    std::function<void(const std::string&, const std::string&, const std::string&,
                       const std::string&, const std::string&)>
        audit;
    // Asks the builder for a rebuild.
    std::function<void()> rebuild;
    // Held from the quota check until the files are in the inbox, so that two uploads at once
    // cannot both pass the check and together go over the quota.
    std::mutex admit;
};

// POST /api/upload: 201 [{"name","sha256","size"}]; 400 no file or not multipart; 404 a unit
// user naming another unit; 413 over a limit (nothing stored).
void handle_upload(IntakeContext& ctx, const Requester& who, const httplib::Request& req,
                   httplib::Response& res, const httplib::ContentReader& reader);

// DELETE /api/files/{id}: 204; 404 not the caller's; 409 an archive member.
void handle_withdraw(IntakeContext& ctx, const Requester& who, const std::string& id,
                     httplib::Response& res);

// GET /api/files/{id}/content: the original bytes as an attachment with their real type; 404.
void handle_content(IntakeContext& ctx, const Requester& who, const std::string& id,
                    httplib::Response& res);

// A file the caller may see, found by id: where its bytes are, and what it is.
struct FoundFile {
    std::string sha256;
    std::string source;  // inbox-relative ("!/" inside archives)
    std::string unit;
    std::filesystem::path content;  // readable now (inbox file or blob)
};
// The file `id` names when `who` may see it (office: any; unit: its own unit's files and its own
// uploads not yet built); nullopt otherwise — the routes answer 404 for both.
std::optional<FoundFile> find_visible(IntakeContext& ctx, const Requester& who,
                                      const std::string& id);

// RFC 6266 / 5987: `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>`.
std::string attachment_disposition(const std::string& name);

}  // namespace dossier
