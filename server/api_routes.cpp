// The read side of the API and the build trigger (design.md §6): GET /api/files, /api/status,
// /api/review (paged: ?offset=&limit=), /api/build; POST /api/build, /api/pins (one file or a
// group, or undo), DELETE /api/pins/{id}. Every answer comes from the builder's last
// completed snapshot (never waiting for a build); before the first build completes, lists are
// empty and /api/status answers 503. A unit clerk sees only their own unit: `?unit=` naming
// another unit answers 404.
#include <algorithm>
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

nlohmann::json pin_json(const PinResult& r) {
    nlohmann::json out = {{"sha256", r.sha256}, {"source", r.source}, {"message", r.message}};
    out["pin"] = nullptr;
    if (r.pin)
        out["pin"] = {{"indicator", nullable(r.pin->indicator)},
                      {"date", nullable(r.pin->date)},
                      {"not_evidence", nullable(r.pin->not_evidence)},
                      {"user", r.pin->user}};
    return out;
}

// What one POST /api/pins (or DELETE /api/pins/{id}) asks for.
struct PinCall {
    std::vector<std::string> files;  // ids (sha256 prefixes)
    PinRequest pin;                  // indicator / date / not_evidence (file and user per file)
    bool undo = false;               // take the pin (or `part` of it) away: remove_pin
    std::optional<PinPart> part;
};

constexpr size_t kMaxGroup = 500;  // files one request may pin

// Reads {"file": id | "files": [ids], "indicator"?, "date"?, "not_evidence"?, "undo"?, "part"?};
// nullopt when malformed.
std::optional<PinCall> parse_pin_call(const std::string& text) {
    nlohmann::json body = nlohmann::json::parse(text, nullptr, false);
    PinCall call;
    if (!body.is_object() || !optional_string(body, "indicator", call.pin.indicator) ||
        !optional_string(body, "date", call.pin.date) ||
        !optional_string(body, "not_evidence", call.pin.not_evidence))
        return std::nullopt;
    if (body.contains("file") && body["file"].is_string())
        call.files.push_back(body["file"].get<std::string>());
    if (body.contains("files")) {
        if (!body["files"].is_array() || body["files"].size() > kMaxGroup) return std::nullopt;
        for (const auto& f : body["files"]) {
            if (!f.is_string()) return std::nullopt;
            call.files.push_back(f.get<std::string>());
        }
    }
    if (body.contains("undo")) {
        if (!body["undo"].is_boolean()) return std::nullopt;
        call.undo = body["undo"].get<bool>();
    }
    if (body.contains("part")) {
        if (!body["part"].is_string()) return std::nullopt;
        call.part = parse_pin_part(body["part"].get<std::string>());
        if (!call.part) return std::nullopt;
    }
    if (call.files.empty()) return std::nullopt;
    std::sort(call.files.begin(), call.files.end());
    call.files.erase(std::unique(call.files.begin(), call.files.end()), call.files.end());
    return call;
}

// Applies (or undoes) the pins of `call` for `c`, then a rebuild: one audit line per file.
// Every id must be known to the last build (else 404 naming it, and nothing is pinned).
void run_pin_call(Portal& p, const httplib::Request& req, httplib::Response& res, const Caller& c,
                  PinCall call, bool group) {
    auto snap = p.builder().snapshot();
    for (const std::string& id : call.files) {
        bool known = false;
        if (snap && is_hex_id(id))
            for (const FileEntry& f : snap->files)
                if (f.sha256.rfind(id, 0) == 0) known = true;
        if (!known) return json_error(res, 404, "未找到该文件：" + id);
    }
    std::unique_lock ws(p.builder().workspace_mutex(), std::defer_lock);
    if (!ws.try_lock_for(std::chrono::seconds(60)))
        return json_error(res, 503, "正在整理报送包，请稍后再试");
    std::vector<PinResult> done;
    try {
        for (const std::string& id : call.files) {
            if (call.undo) {
                done.push_back(remove_pin(p.config().run.workspace, id, call.part, c.user));
                continue;
            }
            call.pin.file = id;
            call.pin.user = c.user;
            for (const FileEntry& f : snap->files)  // archive and mail members included
                if (f.sha256.rfind(id, 0) == 0) {
                    call.pin.known_sha256 = f.sha256;
                    call.pin.known_source = f.source;
                    break;
                }
            done.push_back(apply_pin(p.config().run.workspace, p.catalog(), call.pin));
        }
    } catch (const Fatal& e) {
        if (done.empty()) return json_error(res, e.code == kUsage ? 400 : 503, e.what());
        p.log().error("{} 的成组确认中途失败：{}", c.user, e.what());  // the done part stays logged
    }
    ws.unlock();
    nlohmann::json list = nlohmann::json::array();
    for (const PinResult& r : done) {
        if (!call.undo || r.changed)
            p.accounts().audit(c.user, call.undo ? "unpin" : "pin", r.sha256, r.source,
                               client_address(req));
        p.log().info("{} {}：{}", c.user, call.undo ? "撤销确认" : "确认", r.message);
        list.push_back(pin_json(r));
    }
    p.builder().request();
    const int status = call.undo ? 200 : 201;
    if (!group) return json_reply(res, status, list.empty() ? nlohmann::json::object() : list[0]);
    json_reply(res, status, {{"files", list}});
}

// POST /api/pins: the same pins as `dossier assign` (pipeline/pins.hpp apply_pin / remove_pin)
// for one file or a group, then a rebuild.
void post_pin(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {.office = true, .changes = true});
    if (!c) return;
    auto call = parse_pin_call(req.body);
    if (!call)
        return json_error(res, 400,
                          "请求格式错误：需要 JSON {\"file\": 编号 或 \"files\": [编号…], "
                          "\"indicator\"?, \"date\"?, \"not_evidence\"?, \"undo\"?}");
    const bool group = nlohmann::json::parse(req.body, nullptr, false).contains("files");
    run_pin_call(p, req, res, *c, std::move(*call), group);
}

// DELETE /api/pins/{id}[?part=indicator|date|not_evidence]: undo (remove_pin).
void delete_pin(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {.office = true, .changes = true});
    if (!c) return;
    PinCall call;
    call.undo = true;
    call.files.push_back(req.matches[1].str());
    if (req.has_param("part")) {
        call.part = parse_pin_part(req.get_param_value("part"));
        if (!call.part) return json_error(res, 400, "part 只能是 indicator、date 或 not_evidence");
    }
    run_pin_call(p, req, res, *c, std::move(call), false);
}

// A non-negative integer query parameter, `fallback` when absent; nullopt when malformed.
std::optional<size_t> size_param(const httplib::Request& req, const char* key, size_t fallback) {
    if (!req.has_param(key)) return fallback;
    const std::string v = req.get_param_value(key);
    if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return static_cast<size_t>(std::stoul(v));
}

// GET /api/review[?offset=&limit=]: a page of the review queue's cards (server/review.hpp);
// X-Total-Count gives the number of cards in all.
void get_review(Portal& p, const httplib::Request& req, httplib::Response& res) {
    if (!p.require(req, res, {.office = true})) return;
    auto offset = size_param(req, "offset", 0);
    auto limit = size_param(req, "limit", 50);
    if (!offset || !limit || *limit == 0 || *limit > 500)
        return json_error(res, 400, "offset 须为非负整数，limit 须为 1–500 的整数");
    auto snap = p.builder().snapshot();
    const nlohmann::json empty = nlohmann::json::array();
    const nlohmann::json& all = snap ? snap->review : empty;
    nlohmann::json page = nlohmann::json::array();
    for (size_t i = *offset; i < all.size() && page.size() < *limit; ++i) page.push_back(all[i]);
    json_reply(res, 200, page);
    res.set_header("X-Total-Count", std::to_string(all.size()));
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
        get_review(p, req, res);
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
    http.Delete(R"(/api/pins/([^/]+))", [&p](const httplib::Request& req, httplib::Response& res) {
        delete_pin(p, req, res);
    });
}

}  // namespace dossier
