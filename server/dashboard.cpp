// The office's dashboard and package pages: see dashboard.hpp. The figures come from the last
// snapshot's report (report.json as the build wrote it) and the catalog; the charts are
// packager/svg_chart's, drawn from the same input.
#include "server/dashboard.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <httplib.h>
#include <kainjow/mustache.hpp>

#include "packager/svg_chart.hpp"
#include "packager/zip_member.hpp"
#include "server/assets.hpp"
#include "server/pages.hpp"
#include "server/server.hpp"
#include "server/upload.hpp"

namespace dossier {

namespace {

using kainjow::mustache::data;
using kainjow::mustache::mustache;
using ordered_json = nlohmann::ordered_json;

constexpr const char* kDocumentCsp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'";
constexpr uint64_t kMaxMember = uint64_t{64} << 20;  // bytes of a package member read to serve it

Status status_of(const std::string& s) {
    for (Status st : {Status::covered, Status::weak, Status::missing, Status::late, Status::review,
                      Status::check})
        if (s == to_string(st)) return st;
    return Status::missing;
}

std::string str(const ordered_json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

double num(const ordered_json& j, const char* key) {
    return j.contains(key) && j[key].is_number() ? j[key].get<double>() : 0.0;
}

std::string points(double p) {
    return fmt::format("{:g}", p);
}

std::string iso_time(int64_t t) {
    if (t == 0) return "";
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    ::gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

// The chart input of a snapshot: each indicator's status and unit shares from report.json.
ChartInput chart_input_of(const Catalog& catalog, const Snapshot& snap) {
    ChartInput in;
    in.catalog = &catalog;
    const ordered_json& inds = snap.report["indicators"];
    for (size_t i = 0; i < catalog.indicators.size(); ++i) {
        const bool have = inds.is_array() && i < inds.size();
        in.status.push_back(have ? status_of(str(inds[i], "status")) : Status::missing);
        std::vector<UnitShare> shares;
        if (have && inds[i].contains("units"))
            for (const auto& u : inds[i]["units"])
                shares.push_back({str(u, "unit"), u.value("has_evidence", false)});
        in.units.push_back(std::move(shares));
    }
    return in;
}

// What each unit still owes: leaves it answers for that are missing, late or weak.
std::map<std::string, std::vector<ChaseItem>> chase_items(const Catalog& catalog,
                                                          const Snapshot& snap) {
    std::map<std::string, std::vector<ChaseItem>> out;
    const ordered_json& inds = snap.report["indicators"];
    for (size_t i = 0; i < catalog.indicators.size() && i < inds.size(); ++i) {
        const Indicator& ind = catalog.indicators[i];
        const std::string status = str(inds[i], "status");
        if (!ind.leaf() || (status != "missing" && status != "late" && status != "weak")) continue;
        for (const auto& u : inds[i]["units"]) {
            std::vector<std::string> why;
            // A missing leaf's reasons say it already; otherwise say whose share is empty.
            if (!u.value("has_evidence", false) && status != "missing")
                why.push_back("本单位尚未提交材料");
            for (const auto& r : inds[i]["reasons"]) {
                if (!r.is_string()) continue;
                const std::string text = r.get<std::string>();
                if (std::find(why.begin(), why.end(), text) == why.end()) why.push_back(text);
            }
            if (why.empty()) why.push_back("尚无材料");
            std::string reason;
            for (const auto& w : why) reason += (reason.empty() ? "" : "；") + w;
            out[str(u, "unit")].push_back(
                {ind.id, ind.name, status, label_zh(status_of(status)), reason});
        }
    }
    return out;
}

}  // namespace

std::string chase_message(const Catalog& catalog, const ordered_json& report,
                          const std::string& unit, const std::vector<ChaseItem>& items) {
    const ordered_json& dl = report["deadline"];
    const long long left = dl.contains("workdays_left") && dl["workdays_left"].is_number_integer()
                               ? dl["workdays_left"].get<long long>()
                               : 0;
    std::string m = unit + "：\n";
    m += fmt::format("根据《{}》的要求，贵单位负责的以下 {} 项指标材料尚未齐全：\n", catalog.title,
                     items.size());
    for (size_t i = 0; i < items.size(); ++i)
        m += fmt::format("{}. {} {}（{}：{}）\n", i + 1, items[i].id, items[i].name,
                         items[i].label, items[i].reason);
    const std::string end = str(dl, "window_end");
    if (left >= 0)
        m += fmt::format("报送截止日期为 {}，截至 {} 还剩 {} 个工作日。请尽快通过政务公开材料门户"
                         "上传补充材料。\n",
                         end, str(report, "as_of"), left);
    else
        m += fmt::format("报送截止日期 {} 已过（截至 {} 已逾期 {} 个工作日），请立即通过政务公开"
                         "材料门户补交。\n",
                         end, str(report, "as_of"), -left);
    m += catalog.source_organization.empty() ? std::string("政务公开工作办公室")
                                             : catalog.source_organization;
    return m + "\n" + str(report, "as_of") + "\n";
}

ordered_json dashboard_json(const Catalog& catalog, const Snapshot& snap) {
    const ordered_json& report = snap.report;
    const ordered_json& sum = report["summary"];
    const ChartInput in = chart_input_of(catalog, snap);
    ordered_json out;
    out["built"] = iso_time(snap.finished);
    out["as_of"] = report["as_of"];
    out["deadline"] = report["deadline"];
    out["score"] = {{"points_total", num(sum, "points_total")},
                    {"points_confirmed", num(sum, "points_confirmed")},
                    {"points_at_risk", num(sum, "points_at_risk")}};
    out["indicators"] = sum.contains("indicators") ? sum["indicators"] : ordered_json::object();
    ordered_json coverage = ordered_json::array();
    for (const StatusRow& r : coverage_rows(in)) {
        ordered_json counts = ordered_json::object();
        for (Status s : {Status::covered, Status::weak, Status::late, Status::review,
                         Status::missing, Status::check})
            counts[to_string(s)] = r.counts[static_cast<size_t>(s)];
        coverage.push_back({{"id", r.id}, {"name", r.label}, {"counts", counts}});
    }
    out["coverage"] = coverage;
    std::map<std::string, int> files;
    for (const FileEntry& f : snap.files)
        if (f.state == "packaged" || f.state == "review") ++files[f.unit];
    ordered_json units = ordered_json::array();
    const auto progress = unit_progress(in);
    for (const UnitProgress& u : progress)
        units.push_back({{"unit", u.unit}, {"covered", u.covered}, {"evidence", u.evidence},
                         {"total", u.total}, {"files", files[u.unit]}});
    out["units"] = units;
    ordered_json matrix = ordered_json::array();
    for (const UnitProgress& u : progress) {
        ordered_json cells = ordered_json::array();
        for (size_t i = 0; i < catalog.indicators.size(); ++i)
            for (const UnitShare& s : in.units[i])
                if (s.unit == u.unit && catalog.indicators[i].leaf())
                    cells.push_back({{"id", catalog.indicators[i].id},
                                     {"status", to_string(in.status[i])},
                                     {"has_evidence", s.has_evidence}});
        matrix.push_back({{"unit", u.unit}, {"cells", cells}});
    }
    out["matrix"] = matrix;
    ordered_json chase = ordered_json::array();
    // The units with the most gaps first (then by name: the map's order, kept by stable_sort).
    const auto owed = chase_items(catalog, snap);
    std::vector<std::pair<std::string, std::vector<ChaseItem>>> by_count(owed.begin(), owed.end());
    std::stable_sort(by_count.begin(), by_count.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    for (const auto& [unit, items] : by_count) {
        ordered_json missing = ordered_json::array();
        for (const ChaseItem& it : items)
            missing.push_back({{"id", it.id}, {"name", it.name}, {"status", it.status},
                               {"label", it.label}, {"reason", it.reason}});
        chase.push_back({{"unit", unit}, {"missing", missing},
                         {"message", chase_message(catalog, report, unit, items)}});
    }
    out["chase"] = chase;
    return out;
}

namespace {

std::string render(const std::string& name, const data& d) {
    auto bytes = asset(name);
    if (!bytes) throw std::logic_error("missing embedded asset " + name);
    mustache tmpl{std::string(*bytes)};
    if (!tmpl.is_valid()) throw std::logic_error(name + ": " + tmpl.error_message());
    return tmpl.render(d);
}

void set_days(data& d, const ordered_json& report) {
    const ordered_json& dl = report["deadline"];
    const bool known = dl.is_object() && dl["workdays_left"].is_number_integer();
    const long long left = known ? dl["workdays_left"].get<long long>() : 0;
    d.set("has_days", known && left >= 0);
    d.set("overdue", known && left < 0);
    d.set("days_left", std::to_string(left));
    d.set("deadline_text", str(dl, "text"));
}

data chase_rows(const ordered_json& chase) {
    data rows{data::type::list};
    bool first = true;
    for (const auto& c : chase) {
        data items{data::type::list};
        for (const auto& m : c["missing"]) {
            data item;
            for (const char* k : {"id", "name", "status", "label", "reason"}) item.set(k, str(m, k));
            items.push_back(item);
        }
        data row;
        row.set("unit", str(c, "unit"));
        row.set("count", std::to_string(c["missing"].size()));
        row.set("missing", items);
        row.set("message", str(c, "message"));
        row.set("open", first);
        first = false;
        rows.push_back(row);
    }
    return rows;
}

// The dashboard of one snapshot, computed once: its JSON (as sent) and the page's body. A new
// snapshot replaces it; readers hold the shared_ptr, so a swap never frees what is being sent.
struct Rendered {
    std::shared_ptr<const Snapshot> snap;
    std::string json;
    std::string body;
};

std::string dashboard_body(Portal& p, const Snapshot& snap, const ordered_json& j) {
    data d;
    d.set("built", true);
    set_days(d, snap.report);
    d.set("confirmed", points(j["score"]["points_confirmed"].get<double>()));
    d.set("at_risk", points(j["score"]["points_at_risk"].get<double>()));
    d.set("total", points(j["score"]["points_total"].get<double>()));
    data counts{data::type::list};
    for (Status s : {Status::covered, Status::weak, Status::late, Status::review, Status::missing,
                     Status::check}) {
        data c;
        c.set("status", std::string(to_string(s)));
        c.set("label", std::string(label_zh(s)));
        c.set("n", std::to_string(j["indicators"].value(to_string(s), 0)));
        counts.push_back(c);
    }
    d.set("counts", counts);
    const ChartInput in = chart_input_of(p.catalog(), snap);
    d.set("coverage_svg", coverage_chart(coverage_rows(in)));
    d.set("completion_svg", completion_chart(unit_progress(in)));
    d.set("matrix_svg", matrix_chart(in, [](const std::string& unit, const std::string& id) {
              return "/unit/" + unit_url(unit) + "?indicator=" + unit_url(id);
          }));
    d.set("chase", chase_rows(j["chase"]));
    d.set("chase_count", std::to_string(j["chase"].size()));
    d.set("built_at", iso_time(snap.finished));
    return render("dashboard.html", d);
}

class DashboardCache {
  public:
    // The dashboard of the builder's last snapshot (null before the first build).
    std::shared_ptr<const Rendered> get(Portal& p) {
        auto snap = p.builder().snapshot();
        if (!snap) return nullptr;
        {
            std::lock_guard lock(mu_);
            if (last_ && last_->snap == snap) return last_;
        }
        auto r = std::make_shared<Rendered>();
        r->snap = snap;
        const ordered_json j = dashboard_json(p.catalog(), *snap);
        r->json = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        r->body = dashboard_body(p, *snap, j);
        std::lock_guard lock(mu_);
        if (!last_ || last_->snap->finished <= snap->finished) last_ = r;
        return r;
    }

  private:
    std::mutex mu_;
    std::shared_ptr<const Rendered> last_;
};

void dashboard_page(Portal& p, DashboardCache& cache, const Caller& who, httplib::Response& res) {
    auto r = cache.get(p);
    std::string body = r ? r->body : std::string();
    if (!r) {
        data d;
        d.set("built", false);
        d.set("has_days", false);
        d.set("overdue", false);
        body = render("dashboard.html", d);
    }
    send_html_page(res, 200, "总览", "dashboard.js", who, body);
}

std::string state_label(const std::string& s) {
    if (s == "building") return "正在整理";
    if (s == "pending") return "即将整理";
    return "空闲";
}

std::string size_text(uintmax_t bytes) {
    if (bytes >= (1u << 20)) return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1 << 20));
    return fmt::format("{:.1f} KB", static_cast<double>(bytes) / 1024);
}

void package_page(Portal& p, const Caller& who, httplib::Response& res) {
    auto snap = p.builder().snapshot();
    const BuildState st = p.builder().state();
    data d;
    d.set("state", st.state);
    d.set("state_label", state_label(st.state));
    d.set("builds", std::to_string(st.builds));
    d.set("last_finished", st.last_finished ? iso_time(st.last_finished) : std::string("—"));
    d.set("failed", !st.last_result.empty() && st.last_result != "ok");
    d.set("last_result", st.last_result);
    d.set("built", snap != nullptr);
    data rows{data::type::list};
    if (snap)
        for (const PackageInfo& pkg : snap->packages) {
            const std::filesystem::path path(pkg.path);
            std::error_code ec;
            const auto size = std::filesystem::file_size(path, ec);
            data row;
            row.set("name", path.filename().string());
            row.set("url", unit_url(path.filename().string()));
            row.set("size", ec ? std::string("—") : size_text(size));
            row.set("verify", pkg.verify);
            row.set("verify_class", std::string(pkg.verify_code == 0   ? "covered"
                                                : pkg.verify_code == 1 ? "weak"
                                                                       : "missing"));
            row.set("verify_label", std::string(pkg.verify_code == 0   ? "完整有效"
                                                : pkg.verify_code == 1 ? "有效但不完整"
                                                                       : "已损坏"));
            rows.push_back(row);
        }
    d.set("packages", rows);
    d.set("has_packages", snap && !snap->packages.empty());
    send_html_page(res, 200, "报送包", "dashboard.js", who, render("package.html", d));
}

// The package of the last build named `name` (its file name), or "" when there is none.
std::string package_path(Portal& p, const std::string& name) {
    auto snap = p.builder().snapshot();
    if (!snap) return {};
    for (const PackageInfo& pkg : snap->packages)
        if (std::filesystem::path(pkg.path).filename().string() == name) return pkg.path;
    return {};
}

void send_document(httplib::Response& res, std::string html) {
    res.set_header("Content-Security-Policy", kDocumentCsp);
    res.set_header("Cache-Control", "no-store");
    res.set_content(std::move(html), "text/html; charset=utf-8");
}

void send_zip(const std::string& path, httplib::Response& res) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return json_error(res, 404, "未找到");
    auto file = std::shared_ptr<int>(new int(fd), [](int* f) {
        ::close(*f);
        delete f;
    });
    struct stat st {};
    ::fstat(fd, &st);
    res.set_header("Content-Disposition",
                   attachment_disposition(std::filesystem::path(path).filename().string()));
    res.set_content_provider(static_cast<size_t>(st.st_size), "application/zip",
                             [file](size_t offset, size_t length, httplib::DataSink& sink) {
                                 std::string buf(std::min<size_t>(length, 1 << 16), '\0');
                                 const ssize_t n = ::pread(*file, buf.data(), buf.size(),
                                                           static_cast<off_t>(offset));
                                 if (n <= 0) return false;
                                 sink.write(buf.data(), static_cast<size_t>(n));
                                 return true;
                             });
}

void view_member(Portal& p, const std::string& zip, const std::string& member,
                 httplib::Response& res) {
    const std::string path = package_path(p, zip);
    auto bytes = path.empty() ? std::nullopt : read_zip_member(path, member, kMaxMember);
    if (!bytes) return json_error(res, 404, "未找到");
    if (member == "index.html") return send_document(res, std::move(*bytes));
    // Anything else the index links to (the evidence files): an attachment, never rendered here.
    res.set_header("Content-Disposition",
                   attachment_disposition(member.substr(member.find_last_of('/') + 1)));
    res.set_content(std::move(*bytes), "application/octet-stream");
}

}  // namespace

void install_dashboard_routes(Portal& p) {
    httplib::Server& http = p.http();
    auto cache = std::make_shared<DashboardCache>();
    http.Get("/api/dashboard", [&p, cache](const httplib::Request& req, httplib::Response& res) {
        if (!p.require(req, res, {.office = true})) return;
        auto r = cache->get(p);
        if (!r) return json_error(res, 503, "首次整理尚未完成，请稍后再试");
        res.status = 200;
        res.set_content(r->json, "application/json; charset=utf-8");
    });
    http.Get("/dashboard", [&p, cache](const httplib::Request& req, httplib::Response& res) {
        if (auto c = office_page_caller(p, req, res)) dashboard_page(p, *cache, *c, res);
    });
    http.Get("/package", [&p](const httplib::Request& req, httplib::Response& res) {
        if (auto c = office_page_caller(p, req, res)) package_page(p, *c, res);
    });
    http.Get("/package/report.html", [&p](const httplib::Request& req, httplib::Response& res) {
        if (!p.require(req, res, {.office = true})) return;
        std::ifstream in(*p.config().run.out / "report.html", std::ios::binary);
        if (!in || !p.builder().snapshot()) return json_error(res, 404, "未找到");
        send_document(res, std::string(std::istreambuf_iterator<char>(in), {}));
    });
    http.Get(R"(/package/view/([^/]+)/(.+))",
             [&p](const httplib::Request& req, httplib::Response& res) {
                 if (!p.require(req, res, {.office = true})) return;
                 view_member(p, req.matches[1].str(), req.matches[2].str(), res);
             });
    http.Get(R"(/package/download/([^/]+))",
             [&p](const httplib::Request& req, httplib::Response& res) {
                 if (!p.require(req, res, {.office = true})) return;
                 const std::string path = package_path(p, req.matches[1].str());
                 if (path.empty()) return json_error(res, 404, "未找到");
                 send_zip(path, res);
             });
}

}  // namespace dossier
