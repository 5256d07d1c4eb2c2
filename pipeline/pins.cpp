// apply_pin / remove_pin: validate a pin request, find its file, and store it (see pins.hpp).
#include "pipeline/pins.hpp"

#include <algorithm>
#include <ctime>
#include <set>

#include <fmt/core.h>

#include "model/date.hpp"
#include "model/error.hpp"
#include "model/sha256.hpp"

namespace dossier {

namespace fs = std::filesystem;

namespace {

bool is_hex(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// Files and pins whose content hash starts with `prefix`: the one FileRow (source + sha256), or
// nullopt when none; Fatal(kUsage) when the prefix names several contents.
std::optional<FileRow> by_prefix(Store& store, const std::string& prefix) {
    std::set<std::string> shas;
    std::optional<FileRow> hit;
    for (const auto& src : store.file_sources())
        if (auto row = store.get_file_stat(src); row && row->sha256.starts_with(prefix)) {
            if (shas.insert(row->sha256).second) hit = *row;
        }
    for (const Pin& p : store.pins())  // pins of files no longer in the inbox
        if (p.sha256.starts_with(prefix) && shas.insert(p.sha256).second) {
            FileRow row;
            row.source = p.source;
            row.sha256 = p.sha256;
            hit = row;
        }
    if (shas.size() > 1)
        throw Fatal(kUsage, fmt::format("sha256 前缀 {} 对应 {} 个不同内容的文件", prefix, shas.size()),
                    {}, "请给出更长的前缀或文件路径");
    return hit;
}

// FILE as an inbox-relative source known to the workspace, a sha256 prefix (6+ hex digits), or
// (allow_disk_path) a path on disk.
FileRow resolve(Store& store, const std::string& file, bool allow_disk_path) {
    if (file.empty())
        throw Fatal(kUsage, "没有给出文件", {}, "请给出文件路径、收件箱内的相对路径或 sha256 前缀");
    if (auto row = store.get_file_stat(file); row && !row->sha256.empty()) return *row;
    std::error_code ec;
    if (allow_disk_path && fs::is_regular_file(file, ec)) {
        auto d = digest_file(file, 0);
        if (!d) throw Fatal(kInput, d.error().reason, file);
        FileRow row;
        row.source = file;
        row.sha256 = d->sha256;
        return row;
    }
    if (is_hex(file) && file.size() >= 6 && file.size() <= 64)
        if (auto row = by_prefix(store, file)) return *row;
    throw Fatal(kUsage, "找不到这个文件", file,
                "请给出文件路径、收件箱内的相对路径（先运行一次 build/check）或 sha256 前缀");
}

Store open_store(const fs::path& workspace) {
    return Store::open(workspace, {}, kPinLockWait);
}

// A reason on one line: whitespace runs (tabs, line breaks) become one space, trimmed.
std::string one_line(std::string_view s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The request's date as stored: "YYYY-MM-DD" or "unknown".
std::string checked_date(const std::string& date) {
    if (date == "unknown") return date;
    if (auto d = Date::parse_typed(date)) return d->iso();
    throw Fatal(kUsage, fmt::format("无法识别的日期：{}", date), {},
                fmt::format("请写成 {}，或写 unknown 表示发布日期无法确认", kTypedDateForms));
}

}  // namespace

std::string describe_pin(const Catalog& catalog, const Pin& p) {
    std::vector<std::string> parts;
    if (!p.indicator.empty()) {
        const Indicator* ind = catalog.find(p.indicator);
        parts.push_back(ind ? fmt::format("{} {}", ind->id, ind->name) : p.indicator);
    }
    if (p.date == "unknown") parts.push_back("发布日期无法确认");
    else if (!p.date.empty()) parts.push_back("发布日期 " + p.date);
    if (!p.not_evidence.empty()) parts.push_back(fmt::format("非证据（理由：{}）", p.not_evidence));
    std::string out;
    for (const auto& s : parts) out += (out.empty() ? "" : "；") + s;
    return out;
}

std::string pin_by_when(const Pin& p) {
    const std::time_t t = static_cast<std::time_t>(p.created) + 8 * 3600;  // Asia/Shanghai
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return fmt::format("{}，北京时间 {}", p.user.empty() ? kCliUser : p.user, buf);
}

namespace {

bool empty_pin(const Pin& p) {
    return p.indicator.empty() && p.date.empty() && p.not_evidence.empty();
}

}  // namespace

std::string not_evidence_reason(const std::string& reason) {
    return "人工标记为非证据：" + reason;
}

std::optional<PinPart> parse_pin_part(std::string_view s) {
    if (s == "indicator") return PinPart::indicator;
    if (s == "date") return PinPart::date;
    if (s == "not-evidence" || s == "not_evidence") return PinPart::not_evidence;
    return std::nullopt;
}

PinResult apply_pin(const fs::path& workspace, const Catalog& catalog, const PinRequest& req) {
    if (!req.indicator && !req.date && !req.not_evidence)
        throw Fatal(kUsage, fmt::format("没有给出要指定的内容（{} 要指定指标、日期还是非证据）", req.file),
                    {}, "写成 dossier assign FILE 指标编号，或加 --date 日期 / --not-evidence 理由");
    Pin change;
    if (req.indicator) {
        const Indicator* ind = catalog.find(*req.indicator);
        if (req.indicator->empty() || !ind || !ind->leaf())
            throw Fatal(kUsage, fmt::format("没有这个末级指标：{}", *req.indicator), {},
                        "用 dossier catalog 查看指标编号，例如 4.1");
        change.indicator = ind->id;
    }
    if (req.date) change.date = checked_date(*req.date);
    if (req.not_evidence) {
        change.not_evidence = one_line(*req.not_evidence);
        if (change.not_evidence.empty())
            throw Fatal(kUsage, "标记为非证据时须写明理由", req.file,
                        "例如 --not-evidence \"内部工作底稿，不是公开材料\"");
    }
    Store store = open_store(workspace);
    FileRow row;
    if (req.known_sha256.empty()) {
        row = resolve(store, req.file, req.allow_disk_path);
    } else {
        row.sha256 = req.known_sha256;
        row.source = req.known_source;
    }
    Pin pin = store.get_pin(row.sha256).value_or(Pin{});
    pin.sha256 = row.sha256;
    if (req.indicator) pin.indicator = change.indicator;
    if (req.date) pin.date = change.date;
    if (req.not_evidence) pin.not_evidence = change.not_evidence;
    pin.source = row.source;
    pin.created = static_cast<int64_t>(std::time(nullptr));
    pin.user = req.user.empty() ? kCliUser : req.user;
    store.set_pin(pin);
    PinResult r{row.sha256, row.source, {}, pin, true};
    r.message = fmt::format("已指定：{} → {}（按内容记录，文件改名后仍然有效）", row.source,
                            describe_pin(catalog, change));
    return r;
}

PinResult remove_pin(const fs::path& workspace, const std::string& file,
                     std::optional<PinPart> part, const std::string& user, bool allow_disk_path) {
    Store store = open_store(workspace);
    const FileRow row = resolve(store, file, allow_disk_path);
    PinResult r{row.sha256, row.source, {}, std::nullopt, false};
    std::optional<Pin> pin = store.get_pin(row.sha256);
    if (!pin) {
        r.message = "此文件没有人工指定：" + row.source;
        return r;
    }
    if (part) {
        std::string& field = *part == PinPart::indicator ? pin->indicator
                             : *part == PinPart::date    ? pin->date
                                                         : pin->not_evidence;
        r.changed = !field.empty();
        field.clear();
    } else {
        r.changed = true;
        pin->indicator.clear();
        pin->date.clear();
        pin->not_evidence.clear();
    }
    static constexpr const char* kWhat[] = {"指标", "发布日期", "非证据标记"};
    const std::string what = part ? kWhat[static_cast<int>(*part)] : "全部人工指定";
    if (!r.changed) {
        r.message = fmt::format("此文件没有人工指定的{}：{}", what, row.source);
        r.pin = pin;
        return r;
    }
    if (empty_pin(*pin)) {
        store.remove_pin(row.sha256);
    } else {
        pin->created = static_cast<int64_t>(std::time(nullptr));
        pin->user = user.empty() ? kCliUser : user;
        store.set_pin(*pin);
        r.pin = pin;
    }
    r.message = part ? fmt::format("已取消人工指定（{}）：{}", what, row.source)
                     : "已取消人工指定：" + row.source;
    return r;
}

}  // namespace dossier
