// `dossier assign FILE [INDICATOR] [--date D|unknown] [--not-evidence REASON] [--remove [PART]]`:
// a clerk's decision about one file (its indicator, its publication date, or "not evidence"),
// stored in the workspace by content hash through pipeline/pins.hpp — the same code the portal's
// `POST /api/pins` calls — so it survives re-runs and renames and always wins.
#include <iostream>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "cli/cli.hpp"
#include "pipeline/pins.hpp"

namespace dossier {

namespace {

struct AssignArgs {
    std::string file, indicator, date, not_evidence, remove;
    bool has_remove = false;
};

void print_result(const PinResult& r, bool json, bool removing) {
    if (!json) {
        std::cout << r.message << "\n";
        return;
    }
    nlohmann::ordered_json j{{"source", r.source}, {"sha256", r.sha256}};
    if (removing) j["removed"] = r.changed;
    const Pin p = r.pin.value_or(Pin{});
    auto or_null = [](const std::string& v) {
        return v.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v);
    };
    j["indicator"] = or_null(p.indicator);
    j["date"] = or_null(p.date);
    j["not_evidence"] = or_null(p.not_evidence);
    j["user"] = p.user;
    j["message"] = r.message;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

int assign(const AssignArgs& a, CommonOptions& common) {
    if (a.has_remove) {
        std::optional<PinPart> part;
        if (!a.remove.empty() && !(part = parse_pin_part(a.remove)))
            throw Fatal(kUsage, fmt::format("--remove 后只能写 indicator、date 或 not-evidence：{}",
                                            a.remove));
        print_result(remove_pin(common.workspace, a.file, part, kCliUser, true), common.json, true);
        return kOk;
    }
    if (a.indicator.empty() && a.date.empty() && a.not_evidence.empty())
        throw Fatal(kUsage, fmt::format("没有给出指标编号（{} 要指定到哪个指标）", a.file), {},
                    "写成 dossier assign FILE 指标编号（如 4.1，见 dossier catalog），"
                    "或加 --date 日期 / --not-evidence 理由");
    PinRequest req;
    req.file = a.file;
    if (!a.indicator.empty()) req.indicator = a.indicator;
    if (!a.date.empty()) req.date = a.date;
    if (!a.not_evidence.empty()) req.not_evidence = a.not_evidence;
    req.user = kCliUser;
    req.allow_disk_path = true;
    Catalog catalog = common.load_catalog();
    print_result(apply_pin(common.workspace, catalog, req), common.json, false);
    return kOk;
}

}  // namespace

Command make_assign_command() {
    return {
        "assign", "人工指定某个文件的指标、发布日期，或标记为非证据（以后每次运行都按此处理）",
        [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
            auto a = std::make_shared<AssignArgs>();
            sub.add_option("FILE", a->file,
                           "文件路径、收件箱内相对路径（如 市财政局/a.png）或 sha256 前缀")
                ->required();
            sub.add_option("INDICATOR", a->indicator, "指标编号，如 4.1（见 dossier catalog）");
            sub.add_option("--date", a->date,
                           "发布日期，如 2020-08-11；写 unknown 表示发布日期无法确认");
            sub.add_option("--not-evidence", a->not_evidence,
                           "标记为非证据并写明理由：不进报送包，列入报告的未收录文件");
            sub.add_option("--remove", a->remove,
                           "取消人工指定：不写则全部取消，或只取消 indicator、date、not-evidence 之一")
                ->expected(0, 1)
                ->check(CLI::IsMember({"indicator", "date", "not-evidence"}));
            add_common_options(sub, common);
            sub.footer(
                "例：dossier assign 市政务公开办/解读.txt 4.3\n"
                "    dossier assign 市政务公开办/截图.png --date 2020-08-11\n"
                "    dossier assign 市政务公开办/截图.png --date unknown\n"
                "    dossier assign 3f2a9c --not-evidence \"内部工作底稿，不是公开材料\"\n"
                "    dossier assign 3f2a9c --remove date\n"
                "指定按文件内容记录（改名、移动后仍然有效），门户网站的人工确认与此相同。");
            return [a, &common, &sub]() -> int {
                a->has_remove = sub.count("--remove") > 0;
                return assign(*a, common);
            };
        }};
}

}  // namespace dossier
