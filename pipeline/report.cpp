#include "pipeline/report.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <system_error>

#include <fmt/core.h>
#include <fmt/ranges.h>

#include "model/cleanup.hpp"
#include "model/encoding.hpp"
#include "model/record_json.hpp"
#include "packager/html_index.hpp"

namespace dossier {

using nlohmann::ordered_json;

namespace {

std::string points_str(double p) {
    if (p == static_cast<long>(p)) return fmt::format("{}", static_cast<long>(p));
    return fmt::format("{:.1f}", p);
}

std::string deadline_line(const Catalog& cat, const Assessment& a) {
    if (a.workdays_left >= 0)
        return fmt::format("报送截止 {}（报送期 {} 至 {}），截至 {} 还剩 {} 个工作日",
                           cat.window_end.iso(), cat.window_start.iso(), cat.window_end.iso(),
                           a.as_of.iso(), a.workdays_left);
    return fmt::format("报送截止 {} 已过，截至 {} 已逾期 {} 个工作日", cat.window_end.iso(),
                       a.as_of.iso(), -a.workdays_left);
}

std::string path_str(const Catalog& cat, size_t idx) {
    return fmt::format("{}", fmt::join(cat.path_of(static_cast<int>(idx)), " › "));
}

// Leaves that count for this assessment (per-unit: the unit's responsibilities).
bool leaf_counts(const Catalog& cat, const Assessment& a, size_t idx) {
    const Indicator& ind = cat.indicators[idx];
    if (!ind.leaf()) return false;
    if (!a.unit) return true;
    const Verdict& v = a.verdicts[idx];
    return std::any_of(v.units.begin(), v.units.end(),
                       [&](const UnitShare& s) { return s.unit == *a.unit; }) ||
           std::find(ind.units.begin(), ind.units.end(), *a.unit) != ind.units.end() ||
           !v.files.empty();
}

// Points at risk over the leaves that count for this assessment.
double points_at_risk(const Catalog& cat, const Assessment& a) {
    double sum = 0;
    for (size_t i = 0; i < cat.indicators.size(); ++i)
        if (leaf_counts(cat, a, i)) sum += a.verdicts[i].points_at_risk;
    return sum;
}

}  // namespace

ReportInput report_input(const Catalog& catalog, const RunResult& r,
                         const std::filesystem::path& inbox) {
    std::error_code ec;
    std::filesystem::path abs = inbox.empty() ? inbox : std::filesystem::absolute(inbox, ec);
    return {&catalog, &r, {}, ec ? inbox : abs.lexically_normal()};
}

std::map<Status, int> status_counts(const ReportInput& in) {
    std::map<Status, int> counts;
    const auto& cat = *in.catalog;
    const Assessment& a = in.run->assessment;
    for (size_t i = 0; i < cat.indicators.size(); ++i)
        if (leaf_counts(cat, a, i)) ++counts[a.verdicts[i].status];
    return counts;
}

bool incomplete(const Assessment& a) {
    for (const Verdict& v : a.verdicts)
        if (v.status == Status::missing || v.status == Status::late || v.status == Status::weak ||
            v.status == Status::review)
            return true;
    return false;
}

ordered_json report_json(const ReportInput& in) {
    const Catalog& cat = *in.catalog;
    const Assessment& a = in.run->assessment;
    const Ledger& l = in.run->ledger;
    ordered_json j;
    j["schema"] = "dossier.report/1";
    j["catalog"] = {{"id", cat.id}, {"title", cat.title}, {"total_points", cat.total_points}};
    j["as_of"] = a.as_of.iso();
    j["unit"] = a.unit ? ordered_json(*a.unit) : ordered_json(nullptr);
    j["deadline"] = {{"window_start", cat.window_start.iso()},
                     {"window_end", cat.window_end.iso()},
                     {"workdays_left", a.workdays_left},
                     {"text", deadline_line(cat, a)}};
    ordered_json counts = ordered_json::object();
    for (Status s : {Status::covered, Status::weak, Status::missing, Status::late, Status::review,
                     Status::check})
        counts[to_string(s)] = 0;
    for (const auto& [s, n] : status_counts(in)) counts[to_string(s)] = n;
    const double at_risk = points_at_risk(cat, a);
    j["summary"] = {{"points_total", a.points_total},    {"points_confirmed", a.points_confirmed},
                    {"points_at_risk", at_risk},         {"indicators", counts},
                    {"files", l.files.size()},           {"rejected", l.rejected.size()},
                    {"duplicates", l.duplicates.size()}, {"skipped_junk", l.skipped_junk}};
    ordered_json inds = ordered_json::array();
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        const Verdict& v = a.verdicts[i];
        ordered_json units = ordered_json::array();
        for (const auto& u : v.units)
            units.push_back({{"unit", u.unit}, {"has_evidence", u.has_evidence}});
        ordered_json files = ordered_json::array();
        if (ind.leaf())
            for (int f : v.files) files.push_back(encoding::escape_invalid_utf8(l.files[f].source));
        j["indicators"].push_back({{"id", ind.id},
                                   {"path", cat.path_of(static_cast<int>(i))},
                                   {"points", ind.points},
                                   {"status", to_string(v.status)},
                                   {"label", label_zh(v.status)},
                                   {"points_at_risk", v.points_at_risk},
                                   {"reasons", v.reasons},
                                   {"units", units},
                                   {"files", files}});
    }
    for (const FileRecord& f : l.files) {
        j["files"].push_back(
            {{"source", encoding::escape_invalid_utf8(f.source)},
             {"unit", f.unit ? ordered_json(*f.unit) : ordered_json(nullptr)},
             {"indicator",
              f.cls.indicator.empty() ? ordered_json(nullptr) : ordered_json(f.cls.indicator)},
             {"secondary", f.cls.secondary},
             {"confidence", f.cls.confidence},
             {"review", f.cls.review},
             {"reasons", f.cls.reasons},
             {"evidence_kind", to_string(f.kind)},
             {"published", f.analysis.date.published
                               ? ordered_json(f.analysis.date.published->iso())
                               : ordered_json(nullptr)},
             {"date_source", f.analysis.date.source},
             {"date_review", f.analysis.date.review},
             {"date_confidence", f.analysis.date.confidence},
             {"date_hint", f.analysis.date.hint ? ordered_json(f.analysis.date.hint->iso())
                                                : ordered_json(nullptr)},
             {"near_group", f.near_group ? ordered_json(*f.near_group) : ordered_json(nullptr)},
             {"genre", f.cls.genre},
             {"path", f.archive_path ? ordered_json(*f.archive_path) : ordered_json(nullptr)},
             {"warnings", f.warnings},
             {"mail", mail_json(f.mail)}});
    }
    if (!j.contains("files")) j["files"] = ordered_json::array();
    ordered_json sens = ordered_json::array();
    for (const FileRecord& f : l.files)
        for (const auto& w : f.analysis.warnings)
            sens.push_back({{"source", encoding::escape_invalid_utf8(f.source)}, {"warning", w}});
    j["sensitive"] = sens;
    ordered_json rej = ordered_json::array();
    for (const auto& r : l.rejected)
        rej.push_back({{"source", encoding::escape_invalid_utf8(r.source)}, {"reason", r.reason}});
    j["rejected"] = rej;
    ordered_json dup = ordered_json::array();
    for (const auto& d : l.duplicates)
        dup.push_back({{"source", encoding::escape_invalid_utf8(d.source)},
                       {"same_as", encoding::escape_invalid_utf8(d.same_as)},
                       {"near", d.near}});
    j["duplicates"] = dup;
    j["notes"] = in.run->notes;
    j["packages"] = in.package_paths;
    return j;
}

std::string report_text(const ReportInput& in, bool color) {
    const Catalog& cat = *in.catalog;
    const Assessment& a = in.run->assessment;
    const Ledger& l = in.run->ledger;
    auto paint = [&](std::string_view code, const std::string& s) {
        return color ? fmt::format("\033[{}m{}\033[0m", code, s) : s;
    };
    auto status_color = [](Status s) -> std::string_view {
        switch (s) {
            case Status::covered:
                return "32";
            case Status::check:
                return "36";
            case Status::weak:
            case Status::review:
                return "33";
            default:
                return "31";
        }
    };
    std::string out;
    out += paint("1", fmt::format("{}{}", cat.title, a.unit ? "（" + *a.unit + "）" : "")) + "\n";
    const double at_risk = points_at_risk(cat, a);
    out += fmt::format("可确认 {} / {} 分，存在风险 {} 分\n", points_str(a.points_confirmed),
                       points_str(a.points_total), points_str(at_risk));
    auto counts = status_counts(in);
    std::string cs;
    for (Status s : {Status::covered, Status::weak, Status::missing, Status::late, Status::review,
                     Status::check})
        cs += fmt::format("{}{} {}", cs.empty() ? "" : "  ", label_zh(s), counts[s]);
    out += "指标：" + cs + "\n";
    out += deadline_line(cat, a) + "\n";
    out += fmt::format("材料：已收录 {} 个，重复 {} 个，拒收 {} 个{}\n", l.files.size(),
                       l.duplicates.size(), l.rejected.size(),
                       l.skipped_junk > 0
                           ? fmt::format("（其中系统/临时文件 {} 个）", l.skipped_junk)
                           : std::string());
    if (a.unit && l.files.empty()) out += fmt::format("{} 没有交来任何材料\n", *a.unit);

    for (Status s : {Status::missing, Status::late, Status::weak, Status::review}) {
        std::string block;
        for (size_t i = 0; i < cat.indicators.size(); ++i) {
            const Verdict& v = a.verdicts[i];
            if (!leaf_counts(cat, a, i) || v.status != s) continue;
            const Indicator& ind = cat.indicators[i];
            block += fmt::format("  {} {}（{} 分）  责任单位：{}\n", ind.id, path_str(cat, i),
                                 points_str(ind.points), fmt::join(ind.units, "、"));
            for (const auto& r : v.reasons) block += "      - " + r + "\n";
        }
        if (!block.empty())
            out += "\n" + paint(status_color(s), fmt::format("【{}】", label_zh(s))) + "\n" + block;
    }
    std::string sens;
    for (const FileRecord& f : l.files)
        for (const auto& w : f.analysis.warnings)
            sens += "  " + encoding::escape_invalid_utf8(f.source) + "：" + w + "\n";
    if (!sens.empty()) out += "\n" + paint("31", "【敏感信息提示】") + "\n" + sens;
    if (!l.rejected.empty()) {
        out += "\n【拒收的文件】\n";
        for (const auto& r : l.rejected)
            out += "  " + encoding::escape_invalid_utf8(r.source) + "：" + r.reason + "\n";
    }
    if (!in.run->notes.empty()) {
        out += "\n【提示】\n";
        for (const auto& n : in.run->notes) out += "  " + n + "\n";
    }
    return out;
}

namespace {

// The page head with its inline style, and the title.
std::string html_head(const Catalog& cat, const Assessment& a) {
    std::string h;
    h += "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">";
    h +=
        "<title>" + html_escape(cat.title) +
        " 完成情况报告</title><style>"
        "body{font-family:'Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;margin:2em;color:#222}"
        "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}"
        "th,td{border:1px solid #ccc;padding:4px "
        "8px;text-align:left;vertical-align:top;font-size:14px}"
        "th{background:#f0f0f0;white-space:nowrap}.nw{white-space:nowrap}.covered{color:#177a2b}.check{color:#1a6f8a}.weak,.review{color:#"
        "a86b00}"
        ".missing,.late{color:#b3261e;font-weight:bold}.sum{font-size:18px}"
        ".fix code{font-size:12px;background:#f4f4f4}</style></head><body>\n";
    h += "<h1>" + html_escape(cat.title) + (a.unit ? "（" + html_escape(*a.unit) + "）" : "") +
         "</h1>\n";
    return h;
}

// Points, the deadline and the number of files.
std::string html_summary(const Catalog& cat, const Assessment& a, const Ledger& l) {
    const double at_risk = points_at_risk(cat, a);
    std::string h =
        fmt::format("<p class=\"sum\">可确认 <b>{}</b> / {} 分，存在风险 {} 分。{}</p>\n",
                    points_str(a.points_confirmed), points_str(a.points_total), points_str(at_risk),
                    html_escape(deadline_line(cat, a)));
    h += fmt::format("<p>材料：已收录 {} 个，重复 {} 个，拒收 {} 个{}。</p>\n", l.files.size(),
                     l.duplicates.size(), l.rejected.size(),
                     l.skipped_junk > 0
                         ? fmt::format("（其中系统/临时文件 {} 个）", l.skipped_junk)
                         : std::string());
    if (a.unit && l.files.empty())
        h += fmt::format("<p class=\"missing\">{} 没有交来任何材料</p>\n", html_escape(*a.unit));
    return h;
}

// A file of the inbox as a link to its source (file:// URL under the inbox), or its plain
// name when the inbox is not known.
std::string source_link(const std::filesystem::path& inbox, const std::string& source) {
    const std::string name = html_escape(encoding::escape_invalid_utf8(source));
    if (inbox.empty()) return name;
    // file:///C:/… on Windows, file:///home/… elsewhere: always three slashes.
    std::string path = (inbox / source).generic_string();
    if (!path.starts_with('/')) path.insert(path.begin(), '/');
    return fmt::format("<a href=\"file://{}\">{}</a>", url_path(path), name);
}

// `s` as one shell word: as is when plain, else in double quotes (which cmd.exe reads the same
// way for a name with spaces).
std::string shell_word(const std::string& s) {
    if (s.find_first_of(" \t'\"$`\\&|;<>()*?[]#~!{}") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '$' || c == '`' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// Where the fix of a leaf that is not done lies: the units to chase for missing, late or weak
// evidence; for a 待确认 leaf, the `dossier assign` command that files each candidate under it.
std::string fix_cell(const Catalog& cat, const Ledger& l, size_t i, const Verdict& v,
                     const std::vector<int>& review_files) {
    const Indicator& ind = cat.indicators[i];
    std::string h;
    switch (v.status) {
        case Status::missing:
        case Status::late:
        case Status::weak: {
            std::vector<std::string> chase;
            for (const auto& u : v.units)
                if (!u.has_evidence) chase.push_back(u.unit);
            if (chase.empty()) chase = ind.units;
            if (!chase.empty())
                h += "请催办：" + html_escape(fmt::format("{}", fmt::join(chase, "、"))) +
                     (v.status == Status::late ? "，补交报送期内发布的材料" : "，补交材料");
            break;
        }
        case Status::review:
            h += "确认归属后运行：";
            for (int f : review_files)
                h += fmt::format(
                    "<br><code>dossier assign {} {}</code>",
                    html_escape(shell_word(encoding::escape_invalid_utf8(l.files[f].source))),
                    html_escape(ind.id));
            break;
        default:
            break;
    }
    return h;
}

// One row per leaf: status, reasons, units with ✓/✗, the fix, files (linked to the inbox).
std::string html_leaf_row(const ReportInput& in, size_t i, const Verdict& v,
                          const std::vector<int>& review_files) {
    const Catalog& cat = *in.catalog;
    const Ledger& l = in.run->ledger;
    const Indicator& ind = cat.indicators[i];
    std::string units, files;
    for (const auto& u : v.units)
        units += html_escape(u.unit) + (u.has_evidence ? " ✓" : " ✗") + "<br>";
    for (int f : v.files) files += source_link(in.inbox, l.files[f].source) + "<br>";
    for (int f : review_files) files += source_link(in.inbox, l.files[f].source) + "（待确认）<br>";
    std::string reasons;
    for (const auto& rs : v.reasons) reasons += html_escape(rs) + "<br>";
    return fmt::format(
        "<tr><td class=\"nw\">{}</td><td>{}</td><td>{}</td><td class=\"{} nw\">{}</td><td>{}</td>"
        "<td class=\"nw\">{}</td><td class=\"fix\">{}</td><td>{}</td></tr>\n",
        ind.id, html_escape(path_str(cat, i)), points_str(ind.points), to_string(v.status),
        label_zh(v.status), reasons, units, fix_cell(cat, l, i, v, review_files), files);
}

// One section per top-level indicator, with a table of its leaves.
std::string html_indicator_tables(const ReportInput& in) {
    const Catalog& cat = *in.catalog;
    const Assessment& a = in.run->assessment;
    const Ledger& l = in.run->ledger;
    // Files under review, by the indicator the classifier leans to.
    std::map<std::string, std::vector<int>> review;
    for (size_t f = 0; f < l.files.size(); ++f)
        if (l.files[f].cls.review && !l.files[f].cls.pinned && !l.files[f].cls.indicator.empty())
            review[l.files[f].cls.indicator].push_back(static_cast<int>(f));
    std::string h;
    for (int root : cat.roots()) {
        const Indicator& r = cat.indicators[root];
        const Verdict& rv = a.verdicts[root];
        h += fmt::format("<h2>{} {}（{} 分） <span class=\"{}\">{}</span></h2>\n", r.id,
                         html_escape(r.name), points_str(r.points), to_string(rv.status),
                         label_zh(rv.status));
        h += "<table><tr><th>编号</th><th>指标</th><th>分值</th><th>状态</th><th>原因</"
             "th><th>责任单位</th><th>怎么补</th><th>材料</th></tr>\n";
        for (size_t i = root + 1; i < cat.indicators.size(); ++i) {
            const Indicator& ind = cat.indicators[i];
            if (ind.level == 1) break;
            if (!ind.leaf()) continue;
            auto it = review.find(ind.id);
            h += html_leaf_row(in, i, a.verdicts[i],
                               it == review.end() || a.verdicts[i].status != Status::review
                                   ? std::vector<int>{}
                                   : it->second);
        }
        h += "</table>\n";
    }
    return h;
}

// Per-unit view: each unit's responsibilities without evidence.
std::string html_unit_gaps(const Catalog& cat, const Assessment& a) {
    std::map<std::string, std::vector<std::string>> gaps;
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        if (!ind.leaf() || !ind.needs_evidence()) continue;
        for (const auto& u : a.verdicts[i].units)
            if (!u.has_evidence) gaps[u.unit].push_back(ind.id + " " + ind.name);
    }
    std::string h =
        "<h2>按单位查看：尚无材料的职责</h2>\n<table><tr><th>单位</th><th>尚无材料的指标</th></"
        "tr>\n";
    for (const auto& [u, items] : gaps)
        h += "<tr><td>" + html_escape(u) + "</td><td>" +
             html_escape(fmt::format("{}", fmt::join(items, "；"))) + "</td></tr>\n";
    h += "</table>\n";
    return h;
}

std::string html_sensitive(const Ledger& l) {
    std::string sens;
    for (const FileRecord& f : l.files)
        for (const auto& w : f.analysis.warnings)
            sens += "<tr><td>" + html_escape(encoding::escape_invalid_utf8(f.source)) +
                    "</td><td>" + html_escape(w) + "</td></tr>\n";
    if (sens.empty()) return {};
    return "<h2>敏感信息提示</h2>\n<table><tr><th>文件</th><th>提示</th></tr>\n" + sens +
           "</table>\n";
}

// Where a file taken out of a mail came from: "来自邮件「主题」，发件人 …，日期 …".
std::string mail_line(const FileRecord& f) {
    if (!f.mail) return {};
    return "<br><small>来自邮件「" + html_escape(f.mail->subject) + "」，发件人 " +
           html_escape(f.mail->from) + "，日期 " + html_escape(f.mail->date) + "</small>";
}

// The run's notes (unit folders, 超大附件 links to fetch by hand, package warnings).
std::string html_notes(const RunResult& r) {
    if (r.notes.empty()) return {};
    std::string h = "<h2>提示</h2>\n<ul>\n";
    for (const auto& n : r.notes) h += "<li>" + html_escape(n) + "</li>\n";
    return h + "</ul>\n";
}

// The near-duplicate group beside a file (pipeline/near): a clerk reviews a group once.
std::string near_line(const FileRecord& f) {
    return f.near_group ? "<br><small>近似组 " + html_escape(*f.near_group) + "</small>" : "";
}

// Every file, linked to its source; one without a known unit says how to fix that (the
// unit is the first folder under the inbox).
std::string html_all_files(const ReportInput& in) {
    const Ledger& l = in.run->ledger;
    std::string h =
        "<h2>全部材料</h2>\n<table><tr><th>文件</th><th>单位</th><th>指标</th><th>置信度</"
        "th><th>发布日期</th><th>类型</th><th>包内位置</th></tr>\n";
    for (const FileRecord& f : l.files)
        h += fmt::format(
            "<tr><td>{}</td><td>{}</td><td>{}{}</td><td>{:.2f}</td><td>{}</td><td>{}</td><td>{}</"
            "td></tr>\n",
            source_link(in.inbox, f.source) + mail_line(f) + near_line(f),
            f.unit ? html_escape(*f.unit) : std::string("未知单位（把文件夹改名为目录中的单位名）"),
            html_escape(f.cls.indicator), f.cls.review ? "（待确认）" : "", f.cls.confidence,
            f.analysis.date.published ? f.analysis.date.published->iso() : "未知",
            f.kind == EvidenceKind::screenshot ? "网页截图" : "文件资料",
            f.archive_path ? html_escape(encoding::escape_invalid_utf8(*f.archive_path))
                           : std::string("—"));
    h += "</table>\n";
    return h;
}

// The rejected and the duplicate files, each table only when there are any.
std::string html_rejected_and_duplicates(const Ledger& l) {
    std::string h;
    if (!l.rejected.empty()) {
        h += "<h2>拒收的文件</h2>\n<table><tr><th>文件</th><th>原因</th></tr>\n";
        for (const auto& r : l.rejected)
            h += "<tr><td>" + html_escape(encoding::escape_invalid_utf8(r.source)) + "</td><td>" +
                 html_escape(r.reason) + "</td></tr>\n";
        h += "</table>\n";
    }
    if (!l.duplicates.empty()) {
        h += "<h2>重复的文件</h2>\n<table><tr><th>文件</th><th>与之相同（已保留）</th></tr>\n";
        for (const auto& d : l.duplicates)
            h += "<tr><td>" + html_escape(encoding::escape_invalid_utf8(d.source)) + "</td><td>" +
                 html_escape(encoding::escape_invalid_utf8(d.same_as)) +
                 (d.near ? "（近似：同一图片的转存副本）" : "") + "</td></tr>\n";
        h += "</table>\n";
    }
    return h;
}

}  // namespace

std::string report_html(const ReportInput& in) {
    const Catalog& cat = *in.catalog;
    const Assessment& a = in.run->assessment;
    const Ledger& l = in.run->ledger;
    return html_head(cat, a) + html_summary(cat, a, l) + html_indicator_tables(in) +
           html_unit_gaps(cat, a) + html_sensitive(l) + html_all_files(in) +
           html_rejected_and_duplicates(l) + html_notes(*in.run) + "</body></html>\n";
}

void write_file_atomic(const std::filesystem::path& path, std::string_view bytes) {
    std::filesystem::path tmp = path.parent_path() / ("." + path.filename().string() + ".part");
    cleanup::track(tmp);  // removed if a signal ends the process before the rename
    struct Forget {
        const std::filesystem::path& p;
        ~Forget() { cleanup::forget(p); }
    } forget{tmp};
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::system_error(errno, std::generic_category(), "无法写入 " + tmp.string());
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            throw std::system_error(errno, std::generic_category(), "无法写入 " + tmp.string());
    }
    std::filesystem::rename(tmp, path);
}

void write_reports(const ReportInput& in, const std::filesystem::path& dir) {
    write_file_atomic(
        dir / "report.json",
        report_json(in).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
    write_file_atomic(dir / "report.html", report_html(in));
}

}  // namespace dossier
