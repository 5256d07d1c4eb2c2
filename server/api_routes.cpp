// The read side of the API and the build trigger (design.md §6): GET /api/files, /api/status,
// /api/review, /api/build; POST /api/build, /api/pins. Every answer comes from the builder's last
// completed snapshot (never waiting for a build); before the first build completes, lists are
// empty and /api/status answers 503. A unit clerk sees only their own unit: `?unit=` naming
// another unit answers 404.
#include <ctime>

#include <httplib.h>

#include "model/error.hpp"
#include "pipeline/pins.hpp"
#include "server/server.hpp"

namespace dossier {

namespace {

std::string iso_time(int64_t t) {
    if (t == 0) return "";
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    ::gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

nlohmann::json nullable(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

nlohmann::json file_json(const FileEntry& f) {
    return {{"id", f.id},
            {"source", f.source},
            {"unit", nullable(f.unit)},
            {"indicator", nullable(f.indicator)},
            {"confidence", f.confidence},
            {"review", f.review},
            {"published", nullable(f.published)},
            {"date_source", nullable(f.date_source)},
            {"state", f.state},
            {"reason", f.reason}};
}

void get_files(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {});
    if (!c) return;
    auto scope = p.unit_scope(*c, req, res);
    if (!scope) return;
    nlohmann::json out = nlohmann::json::array();
    if (auto snap = p.builder().snapshot())
        for (const FileEntry& f : snap->files)
            if (scope->empty() || f.unit == *scope) out.push_back(file_json(f));
    json_reply(res, 200, out);
}

// The report's indicators narrowed to `unit`'s responsibilities (its own files and share only),
// and a summary recomputed over them.
nlohmann::ordered_json unit_status(const Catalog& catalog, const Snapshot& snap,
                                   const std::string& unit) {
    using ordered_json = nlohmann::ordered_json;
    ordered_json inds = ordered_json::array();
    ordered_json counts = ordered_json::object();
    for (const char* s : {"covered", "weak", "missing", "late", "review", "check"}) counts[s] = 0;
    double total = 0, confirmed = 0, at_risk = 0;
    std::set<std::string> own;
    int files = 0, rejected = 0, duplicates = 0;
    for (const FileEntry& f : snap.files) {
        if (f.unit != unit) continue;
        own.insert(f.source);
        if (f.state == "rejected") ++rejected;
        else if (f.state == "duplicate") ++duplicates;
        else if (f.state != "waiting") ++files;
    }
    const ordered_json& all = snap.report["indicators"];
    for (size_t i = 0; i < all.size() && i < catalog.indicators.size(); ++i) {
        ordered_json ind = all[i];
        ordered_json share = ordered_json::array();
        for (const auto& u : ind["units"])
            if (u["unit"] == unit) share.push_back(u);
        if (share.empty()) continue;
        ind["units"] = share;
        ordered_json mine = ordered_json::array();
        for (const auto& f : ind["files"])
            if (f.is_string() && own.count(f.get<std::string>())) mine.push_back(f);
        ind["files"] = mine;
        if (catalog.indicators[i].leaf()) {
            const std::string status = ind["status"].get<std::string>();
            counts[status] = counts[status].get<int>() + 1;
            const double points = ind["points"].is_number() ? ind["points"].get<double>() : 0;
            total += points;
            if (status == "covered") confirmed += points;
            if (ind["points_at_risk"].is_number()) at_risk += ind["points_at_risk"].get<double>();
        }
        inds.push_back(std::move(ind));
    }
    ordered_json out;
    out["unit"] = unit;
    out["as_of"] = snap.report["as_of"];
    out["deadline"] = snap.report["deadline"];
    out["summary"] = {{"points_total", total},   {"points_confirmed", confirmed},
                      {"points_at_risk", at_risk}, {"indicators", counts},
                      {"files", files},          {"rejected", rejected},
                      {"duplicates", duplicates}};
    out["indicators"] = inds;
    out["built"] = iso_time(snap.finished);
    return out;
}

void get_status(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {});
    if (!c) return;
    auto scope = p.unit_scope(*c, req, res);
    if (!scope) return;
    auto snap = p.builder().snapshot();
    if (!snap) return json_error(res, 503, "首次整理尚未完成，请稍后再试");
    if (!scope->empty()) {
        res.status = 200;
        res.set_content(unit_status(p.catalog(), *snap, *scope).dump(-1, ' ', false,
                                                                      nlohmann::json::error_handler_t::replace),
                        "application/json; charset=utf-8");
        return;
    }
    nlohmann::ordered_json out;
    out["unit"] = nullptr;
    out["as_of"] = snap->report["as_of"];
    out["deadline"] = snap->report["deadline"];
    out["summary"] = snap->report["summary"];
    out["indicators"] = snap->report["indicators"];
    out["built"] = iso_time(snap->finished);
    res.status = 200;
    res.set_content(out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    "application/json; charset=utf-8");
}

nlohmann::json build_json(Portal& p) {
    BuildState s = p.builder().state();
    nlohmann::json packages = nlohmann::json::array();
    if (auto snap = p.builder().snapshot())
        for (const PackageInfo& pkg : snap->packages)
            packages.push_back(
                {{"path", pkg.path}, {"verify_code", pkg.verify_code}, {"verify", pkg.verify}});
    return {{"state", s.state},
            {"builds", s.builds},
            {"last_started", nullable(iso_time(s.last_started))},
            {"last_finished", nullable(iso_time(s.last_finished))},
            {"last_result", nullable(s.last_result)},
            {"packages", packages}};
}

bool is_hex_id(const std::string& s) {
    if (s.size() < 8 || s.size() > 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

// An optional string field: true when absent or a string (copied into `out`).
bool optional_string(const nlohmann::json& body, const char* key,
                     std::optional<std::string>& out) {
    if (!body.contains(key) || body[key].is_null()) return true;
    if (!body[key].is_string()) return false;
    out = body[key].get<std::string>();
    return true;
}

// POST /api/pins {"file": id, "indicator"?, "date"?, "not_evidence"?}: the same pins as
// `dossier assign` (pipeline/pins.hpp apply_pin), then a rebuild.
void post_pin(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {.office = true, .changes = true});
    if (!c) return;
    nlohmann::json body = nlohmann::json::parse(req.body, nullptr, false);
    PinRequest pin;
    if (!body.is_object() || !body["file"].is_string() ||
        !optional_string(body, "indicator", pin.indicator) ||
        !optional_string(body, "date", pin.date) ||
        !optional_string(body, "not_evidence", pin.not_evidence))
        return json_error(res, 400,
                          "请求格式错误：需要 JSON {\"file\": 编号, \"indicator\"?, \"date\"?, "
                          "\"not_evidence\"?}");
    pin.file = body["file"].get<std::string>();
    pin.user = c->user;
    bool known = false;
    if (auto snap = p.builder().snapshot())
        for (const FileEntry& f : snap->files)
            if (is_hex_id(pin.file) && f.sha256.rfind(pin.file, 0) == 0) known = true;
    if (!known) return json_error(res, 404, "未找到该文件");
    std::unique_lock ws(p.builder().workspace_mutex(), std::defer_lock);
    if (!ws.try_lock_for(std::chrono::seconds(60)))
        return json_error(res, 503, "正在整理报送包，请稍后再试");
    PinResult r;
    try {
        r = apply_pin(p.config().run.workspace, p.catalog(), pin);
    } catch (const Fatal& e) {
        return json_error(res, e.code == kUsage ? 400 : 503, e.what());
    }
    ws.unlock();
    p.accounts().audit(c->user, "pin", r.sha256, r.source, client_address(req));
    p.log().info("{} 确认：{}：{}", c->user, r.source, r.message);
    p.builder().request();
    nlohmann::json out = {{"sha256", r.sha256}, {"source", r.source}, {"message", r.message}};
    if (r.pin)
        out["pin"] = {{"indicator", nullable(r.pin->indicator)},
                      {"date", nullable(r.pin->date)},
                      {"not_evidence", nullable(r.pin->not_evidence)},
                      {"user", r.pin->user}};
    json_reply(res, 201, out);
}

}  // namespace

void install_api_routes(Portal& p) {
    httplib::Server& http = p.http();
    http.Get("/api/files", [&p](const httplib::Request& req, httplib::Response& res) {
        get_files(p, req, res);
    });
    http.Get("/api/status", [&p](const httplib::Request& req, httplib::Response& res) {
        get_status(p, req, res);
    });
    http.Get("/api/review", [&p](const httplib::Request& req, httplib::Response& res) {
        if (!p.require(req, res, {.office = true})) return;
        auto snap = p.builder().snapshot();
        json_reply(res, 200, snap ? snap->review : nlohmann::json::array());
    });
    http.Get("/api/build", [&p](const httplib::Request& req, httplib::Response& res) {
        if (!p.require(req, res, {.office = true})) return;
        json_reply(res, 200, build_json(p));
    });
    http.Post("/api/build", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = p.require(req, res, {.office = true, .changes = true});
        if (!c) return;
        p.builder().request();
        p.log().info("{} 请求重新整理", c->user);
        json_reply(res, 202, build_json(p));
    });
    http.Post("/api/pins", [&p](const httplib::Request& req, httplib::Response& res) {
        post_pin(p, req, res);
    });
}

}  // namespace dossier
