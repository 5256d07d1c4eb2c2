// The portal's HTML pages: see pages.hpp. Data come from the builder's last snapshot; every
// value reaches the HTML through mustache's escaping {{…}} (the one {{{body}}} is the output of
// another template).
#include "server/pages.hpp"

#include <cctype>
#include <optional>
#include <set>
#include <stdexcept>

#include <httplib.h>
#include <kainjow/mustache.hpp>

#include "server/assets.hpp"
#include "server/server.hpp"

namespace dossier {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;

std::string asset_text(const std::string& name) {
    auto bytes = asset(name);
    if (!bytes) throw std::logic_error("missing embedded asset " + name);
    return std::string(*bytes);
}

std::string render(const std::string& name, const data& d) {
    mustache tmpl{asset_text(name)};
    if (!tmpl.is_valid()) throw std::logic_error(name + ": " + tmpl.error_message());
    return tmpl.render(d);
}

// A string for a mustache section: false when empty, so {{^x}} shows the fallback.
data opt(const std::string& s) {
    return s.empty() ? data(false) : data(s);
}

void send_page(httplib::Response& res, int status, const std::string& title,
               const std::string& script, const std::optional<Caller>& who,
               const std::string& body) {
    data d;
    d.set("title", title);
    d.set("script", script);
    d.set("body", body);
    d.set("signed_in", who.has_value());
    if (who) {
        d.set("user", who->user);
        d.set("role_label", who->office() ? std::string("办公室") : who->unit);
    }
    d.set("office", who.has_value() && who->office());
    res.status = status;
    res.set_header("Cache-Control", "no-store");
    res.set_content(render("layout.html", d), "text/html; charset=utf-8");
}

void not_found(httplib::Response& res, const std::optional<Caller>& who) {
    send_page(res, 404, "未找到", "home.js", who, render("notfound.html", data{}));
}

void see_other(httplib::Response& res, const std::string& where) {
    res.headers.erase("Content-Type");  // left by require()'s JSON 401
    res.set_content("<!doctype html><meta charset=\"utf-8\"><a href=\"" + where + "\">继续</a>",
                    "text/html; charset=utf-8");
    res.status = 303;
    res.set_header("Location", where);
}

const char* state_label(const std::string& state) {
    if (state == "packaged") return "已收录";
    if (state == "review") return "待确认";
    if (state == "rejected") return "拒收";
    if (state == "duplicate") return "重复";
    return "处理中";
}

// The part of an inbox-relative source shown to people: without the unit's folder.
std::string shown_name(const std::string& source) {
    const size_t slash = source.find('/');
    return slash == std::string::npos ? source : source.substr(slash + 1);
}

// `only`: one indicator's files (the dashboard's matrix links here), or "" for all.
data file_rows(const Catalog& catalog, const Snapshot& snap, const std::string& unit,
               const std::string& only, int& count) {
    data rows{data::type::list};
    count = 0;
    for (const FileEntry& f : snap.files) {
        if (f.unit != unit || (!only.empty() && f.indicator != only)) continue;
        ++count;
        const bool inside = f.source.find("!/") != std::string::npos;
        const Indicator* ind = f.indicator.empty() ? nullptr : catalog.find(f.indicator);
        data row;
        row.set("id", f.id);
        row.set("name", shown_name(f.source));
        row.set("inside", inside);
        row.set("indicator", opt(f.indicator));
        row.set("indicator_name", ind ? ind->name : std::string());
        row.set("date", opt(f.published));
        row.set("state", f.state);
        row.set("state_label", std::string(state_label(f.state)));
        row.set("reason", opt(f.state == "rejected" || f.state == "duplicate" ? f.reason : ""));
        row.set("withdrawable", !inside);
        rows.push_back(row);
    }
    return rows;
}

// The unit's leaf responsibilities as the report judged them, with what is still missing.
data duty_rows(const Catalog& catalog, const Snapshot& snap, const std::string& unit, int& count,
               int& done) {
    data rows{data::type::list};
    count = done = 0;
    const auto& all = snap.report["indicators"];
    for (size_t i = 0; i < all.size() && i < catalog.indicators.size(); ++i) {
        if (!catalog.indicators[i].leaf()) continue;
        const auto& ind = all[i];
        bool mine = false, has_evidence = false;
        for (const auto& u : ind["units"])
            if (u["unit"] == unit) {
                mine = true;
                has_evidence = has_evidence || u["has_evidence"] == true;
            }
        if (!mine) continue;
        const std::string status = ind["status"].get<std::string>();
        ++count;
        if (status == "covered") ++done;
        // The indicator's reasons, and whether this unit's own share is still empty (another
        // unit's files may be what the verdict is about).
        data missing{data::type::list};
        const bool others = status != "missing" && !has_evidence;
        if (others) missing.push_back(data("本单位尚未提交材料（其他责任单位已有）"));
        if (status != "covered" && !others)
            for (const auto& r : ind["reasons"])
                if (r.is_string()) missing.push_back(data(r.get<std::string>()));
        if (status == "missing" && ind["reasons"].empty()) missing.push_back(data("尚无材料"));
        data row;
        row.set("id", catalog.indicators[i].id);
        row.set("name", catalog.indicators[i].name);
        row.set("status", status);
        row.set("label", ind["label"].is_string() ? ind["label"].get<std::string>() : status);
        row.set("missing", missing);
        rows.push_back(row);
    }
    return rows;
}

void set_deadline(data& d, const std::shared_ptr<const Snapshot>& snap) {
    d.set("built", snap != nullptr);
    d.set("has_days", false);
    d.set("overdue", false);
    d.set("deadline_text", std::string());
    if (!snap) return;
    const auto& dl = snap->report["deadline"];
    if (dl.is_object() && dl["workdays_left"].is_number_integer()) {
        const long long left = dl["workdays_left"].get<long long>();
        d.set("has_days", left >= 0);
        d.set("overdue", left < 0);
        d.set("days_left", std::to_string(left));
    }
    if (dl.is_object() && dl["text"].is_string())
        d.set("deadline_text", dl["text"].get<std::string>());
}

void unit_home(Portal& p, const Caller& who, const std::string& unit, httplib::Response& res,
               const std::string& only = "") {
    auto snap = p.builder().snapshot();
    data d;
    d.set("unit", unit);
    d.set("unit_url", unit_url(unit));
    d.set("only", opt(only));
    d.set("office", who.office());
    set_deadline(d, snap);
    int files = 0, duties = 0, done = 0;
    data file_list{data::type::list}, duty_list{data::type::list};
    if (snap) {
        file_list = file_rows(p.catalog(), *snap, unit, only, files);
        duty_list = duty_rows(p.catalog(), *snap, unit, duties, done);
    }
    d.set("files", file_list);
    d.set("has_files", files > 0);
    d.set("files_count", std::to_string(files));
    d.set("duties", duty_list);
    d.set("duties_count", std::to_string(duties));
    d.set("duties_done", std::to_string(done));
    send_page(res, 200, unit, "home.js", who, render("home.html", d));
}

// The units the office can pick: the catalog's (not groups) and any other the inbox holds.
std::vector<std::string> known_units(const Portal& p, const Snapshot* snap) {
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const Unit& u : p.catalog().units)
        if (!u.group && seen.insert(u.name).second) names.push_back(u.name);
    if (snap)
        for (const FileEntry& f : snap->files)
            if (!f.unit.empty() && seen.insert(f.unit).second) names.push_back(f.unit);
    return names;
}

void unit_list(Portal& p, const Caller& who, httplib::Response& res) {
    auto snap = p.builder().snapshot();
    data d;
    set_deadline(d, snap);
    data list{data::type::list};
    for (const std::string& name : known_units(p, snap.get())) {
        int files = 0, review = 0, rejected = 0;
        if (snap)
            for (const FileEntry& f : snap->files) {
                if (f.unit != name) continue;
                ++files;
                review += f.state == "review";
                rejected += f.state == "rejected";
            }
        data row;
        row.set("name", name);
        row.set("url", unit_url(name));
        row.set("files", std::to_string(files));
        row.set("review", std::to_string(review));
        row.set("rejected", std::to_string(rejected));
        list.push_back(row);
    }
    d.set("units", list);
    send_page(res, 200, "各单位材料", "home.js", who, render("units.html", d));
}

// The review queue's page (office): the cards come from /api/review through review.js; the
// template carries the catalog's leaves for the type-ahead.
void review_page(Portal& p, const Caller& who, httplib::Response& res) {
    data d;
    d.set("built", p.builder().snapshot() != nullptr);
    data leaves{data::type::list};
    for (const Indicator& ind : p.catalog().indicators) {
        if (!ind.leaf()) continue;
        data row;
        row.set("id", ind.id);
        row.set("name", ind.name);
        leaves.push_back(row);
    }
    d.set("indicators", leaves);
    send_page(res, 200, "待确认材料", "review.js", who, render("review.html", d));
}

// The signed-in caller, or nullopt after a redirect to /login (no session).
std::optional<Caller> page_caller(Portal& p, const httplib::Request& req, httplib::Response& res) {
    auto c = p.require(req, res, {});
    if (!c) see_other(res, "/login");
    return c;
}

void serve_asset(const std::string& name, httplib::Response& res) {
    const bool css = name.size() > 4 && name.compare(name.size() - 4, 4, ".css") == 0;
    const bool js = name.size() > 3 && name.compare(name.size() - 3, 3, ".js") == 0;
    const bool svg = name.size() > 4 && name.compare(name.size() - 4, 4, ".svg") == 0;
    auto bytes = asset(name);
    if (!bytes || (!css && !js && !svg)) return json_error(res, 404, "未找到");
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::string(*bytes), css  ? "text/css; charset=utf-8"
                                         : js ? "text/javascript; charset=utf-8"
                                              : "image/svg+xml");
}

}  // namespace

std::string unit_url(const std::string& name) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : name) {
        if (std::isalnum(c) && c < 0x80)
            out += static_cast<char>(c);
        else if (c == '-' || c == '.' || c == '_' || c == '~')
            out += static_cast<char>(c);
        else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

void send_html_page(httplib::Response& res, int status, const std::string& title,
                    const std::string& script, const std::optional<Caller>& who,
                    const std::string& body) {
    send_page(res, status, title, script, who, body);
}

std::optional<Caller> office_page_caller(Portal& p, const httplib::Request& req,
                                         httplib::Response& res) {
    auto c = page_caller(p, req, res);
    if (c && !c->office()) {
        not_found(res, c);
        return std::nullopt;
    }
    return c;
}

void install_page_routes(Portal& p) {
    httplib::Server& http = p.http();
    http.Get("/login", [&p](const httplib::Request& req, httplib::Response& res) {
        const std::string id = session_cookie(req);
        if (id.size() == 64 &&
            p.accounts().touch_session(id, p.config().session_idle, p.config().session_max))
            return see_other(res, "/");
        send_page(res, 200, "登录", "login.js", std::nullopt, render("login.html", data{}));
    });
    http.Get("/", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = page_caller(p, req, res);
        if (!c) return;
        if (c->office()) return unit_list(p, *c, res);
        unit_home(p, *c, c->unit, res);
    });
    http.Get(R"(/unit/([^/]+))", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = page_caller(p, req, res);
        if (!c) return;
        const std::string unit = req.matches[1].str();
        const std::string only = req.get_param_value("indicator");
        if (!c->office()) {
            if (unit != c->unit) return not_found(res, c);
            return unit_home(p, *c, unit, res, only);
        }
        auto snap = p.builder().snapshot();
        for (const std::string& known : known_units(p, snap.get()))
            if (known == unit) return unit_home(p, *c, unit, res, only);
        not_found(res, c);
    });
    http.Get("/review", [&p](const httplib::Request& req, httplib::Response& res) {
        auto c = page_caller(p, req, res);
        if (!c) return;
        if (!c->office()) return not_found(res, c);
        review_page(p, *c, res);
    });
    http.Get(R"(/assets/([A-Za-z0-9._-]+))",
             [](const httplib::Request& req, httplib::Response& res) {
                 serve_asset(req.matches[1].str(), res);
             });
}

}  // namespace dossier
