// The intake routes (design.md §6): POST /api/upload, DELETE /api/files/{id},
// GET /api/files/{id}/content and /thumbnail. Each goes through Portal::require first (session,
// CSRF and Origin for the state-changing two), then server/upload or server/thumbnail.
#include <httplib.h>

#include <memory>
#include <set>

#include "intake/inbox_writer.hpp"
#include "server/server.hpp"
#include "server/thumbnail.hpp"
#include "server/upload.hpp"

namespace fs = std::filesystem;

namespace dossier {
namespace {

// The id path parameter: anything but 16 lowercase hex chars finds nothing (404 below).
constexpr const char* kFileRoute = R"(/api/files/([^/]+))";

Requester requester(const Caller& c, const httplib::Request& req) {
    return {c.user, c.role, c.unit, client_address(req)};
}

// Drains a body nobody will read, so the connection stays in step (the answer is already set).
void discard_body(const httplib::Request& req, const httplib::ContentReader& reader) {
    if (req.is_multipart_form_data())
        reader([](const httplib::MultipartFormData&) { return true; },
               [](const char*, size_t) { return true; });
    else
        reader([](const char*, size_t) { return true; });
}

// What the last build knows of the numbers in content `sha256`: found in any file record with
// that content, none, or unknown (not read yet).
ThumbnailSource::Sensitivity sensitivity_of(const Snapshot* snap, const std::string& sha256) {
    if (!snap) return ThumbnailSource::kUnknown;
    std::set<std::string> flagged;
    if (snap->report.contains("sensitive"))
        for (const auto& s : snap->report["sensitive"]) {
            const std::string w = s.value("warning", "");
            if (w.starts_with("含身份证号码") || w.starts_with("含手机号码") ||
                w.starts_with("含疑似银行卡号"))
                flagged.insert(s.value("source", ""));
        }
    bool read = false;
    for (const auto& f : snap->files) {
        if (f.sha256 != sha256 || (f.state != "packaged" && f.state != "review")) continue;
        if (flagged.count(f.source)) return ThumbnailSource::kFound;
        read = true;
    }
    return read ? ThumbnailSource::kNone : ThumbnailSource::kUnknown;
}

}  // namespace

void install_intake_routes(Portal& p) {
    const fs::path workspace = p.config().run.workspace;
    auto store = std::make_shared<UploadStore>(workspace);  // empties intake-tmp/
    clean_intake_leftovers(p.config().run.inbox);
    // Half-written thumbnails of a killed server (thumbnail_png writes "<name>.part…" aside).
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(workspace / "thumbs", ec))
        if (e.path().filename().string().find(".part") != std::string::npos)
            fs::remove(e.path(), ec);
    auto ctx = std::make_shared<IntakeContext>();
    ctx->inbox = p.config().run.inbox;
    ctx->catalog = &p.catalog();
    ctx->limits = {p.config().max_upload, p.config().unit_quota};
    ctx->store = store.get();
    ctx->snapshot = [&p] { return p.builder().snapshot(); };
    ctx->audit = [&p](const std::string& user, const std::string& action, const std::string& sha,
                      const std::string& object, const std::string& from) {
        p.accounts().audit(user, action, sha, object, from);
    };
    ctx->rebuild = [&p] { p.builder().request(); };
    httplib::Server& http = p.http();

    http.Post("/api/upload", [&p, ctx, store](const httplib::Request& req, httplib::Response& res,
                                              const httplib::ContentReader& reader) {
        auto c = p.require(req, res, {.changes = true});
        if (!c) return discard_body(req, reader);
        handle_upload(*ctx, requester(*c, req), req, res, reader);
        if (res.status == 201) p.log().info("{} 上传了文件（{}）", c->user, res.body);
    });
    http.Delete(kFileRoute, [&p, ctx](const httplib::Request& req, httplib::Response& res) {
        auto c = p.require(req, res, {.changes = true});
        if (!c) return;
        handle_withdraw(*ctx, requester(*c, req), req.matches[1], res);
        if (res.status == 204) p.log().info("{} 撤回了文件 {}", c->user, req.matches[1].str());
    });
    http.Get(std::string(kFileRoute) + "/content",
             [&p, ctx](const httplib::Request& req, httplib::Response& res) {
                 auto c = p.require(req, res, {});
                 if (!c) return;
                 handle_content(*ctx, requester(*c, req), req.matches[1], res);
             });
    http.Get(std::string(kFileRoute) + "/thumbnail",
             [&p, ctx, workspace](const httplib::Request& req, httplib::Response& res) {
                 auto c = p.require(req, res, {});
                 if (!c) return;
                 auto f = find_visible(*ctx, requester(*c, req), req.matches[1]);
                 if (!f) return json_error(res, 404, "未找到该文件");
                 auto snap = p.builder().snapshot();
                 ThumbnailSource src{f->content, f->sha256,
                                     f->source.substr(f->source.find_last_of('/') + 1),
                                     sensitivity_of(snap.get(), f->sha256)};
                 if (req.get_param_value("size") == "large") src.width = kLargeWidth;
                 const std::string png = thumbnail_png(
                     workspace / "thumbs", src, p.config().run.time_limit);
                 if (png.empty()) return json_error(res, 500, "无法生成缩略图");
                 res.set_content(png, "image/png");
             });
}

}  // namespace dossier
