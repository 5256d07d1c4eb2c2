// `dossier explain INBOX FILE`: why one file was mapped to its indicator — the best three
// indicators with their reasons, the document's genre, the breadcrumbs used, a similar confirmed
// file, every leaf's score, the chosen date and its rivals (as text, or as JSON with --json).
#include <iostream>

#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "pipeline/classify.hpp"
#include "pipeline/pins.hpp"
#include "cli/cli.hpp"
#include "pipeline/run.hpp"
#include "pipeline/scan.hpp"
#include "pipeline/store.hpp"

namespace dossier {

namespace {

using ojson = nlohmann::ordered_json;

// A clerk's pin (what, who, when) as JSON, or null.
ojson pin_json(const std::optional<Pin>& p) {
    if (!p) return nullptr;
    auto or_null = [](const std::string& v) { return v.empty() ? ojson(nullptr) : ojson(v); };
    return {{"indicator", or_null(p->indicator)}, {"date", or_null(p->date)},
            {"not_evidence", or_null(p->not_evidence)}, {"user", p->user},
            {"created", p->created}};
}

void print_pin(const Catalog& catalog, const std::optional<Pin>& p) {
    if (p) std::cout << fmt::format("人工指定：{}（{}）\n", describe_pin(catalog, *p), pin_by_when(*p));
}

ojson explain_json(const Catalog& catalog, const FileRecord& f,
                   const std::vector<IndicatorScore>& scores, const std::optional<Pin>& pin) {
    ojson j;
    j["source"] = f.source;
    j["status"] = "included";
    j["sha256"] = f.sha256;
    j["unit"] = f.unit ? ojson(*f.unit) : ojson(nullptr);
    j["evidence_kind"] = to_string(f.kind);
    j["kind_reason"] = f.kind_reason;
    j["text_source"] = to_string(f.text_source);
    j["title"] = f.analysis.title;
    j["indicator"] = f.cls.indicator;
    j["confidence"] = f.cls.confidence;
    j["review"] = f.cls.review;
    j["pinned"] = f.cls.pinned;
    j["secondary"] = f.cls.secondary;
    j["runner_up"] = f.cls.runner_up;
    j["reasons"] = f.cls.reasons;
    ojson best = ojson::array();
    for (const IndicatorChoice& c : f.cls.top) {
        const Indicator* ind = catalog.find(c.indicator);
        best.push_back({{"indicator", c.indicator},
                        {"name", ind ? ind->name : ""},
                        {"score", c.score},
                        {"reasons", c.reasons}});
    }
    j["top"] = std::move(best);
    j["genre"] = f.cls.genre.empty() ? ojson(nullptr) : ojson(f.cls.genre);
    j["crumbs"] = f.cls.crumbs;
    j["similar_to"] = f.cls.similar_to.empty() ? ojson(nullptr) : ojson(f.cls.similar_to);
    ojson top = ojson::array();
    for (size_t i = 0; i < scores.size() && i < 10; ++i) {
        const Indicator& ind = catalog.indicators[scores[i].index];
        top.push_back({{"indicator", ind.id},
                       {"name", ind.name},
                       {"score", scores[i].score},
                       {"reasons", scores[i].reasons}});
    }
    j["scores"] = std::move(top);
    const auto& d = f.analysis.date;
    j["published"] = d.published ? ojson(d.published->iso()) : ojson(nullptr);
    j["date_source"] = d.source;
    j["date_confidence"] = d.confidence;
    j["date_review"] = d.review;
    j["date_hint"] = d.hint ? ojson(d.hint->iso()) : ojson(nullptr);
    ojson cands = ojson::array();
    for (const auto& c : d.candidates)
        cands.push_back({{"date", c.date.valid() ? ojson(c.date.iso()) : ojson(nullptr)},
                         {"text", c.text},
                         {"source", c.source},
                         {"why", c.why}});
    j["date_candidates"] = std::move(cands);
    j["warnings"] = f.warnings;
    j["pin"] = pin_json(pin);
    return j;
}

// The file as the user typed it, relative to the inbox when given with the inbox's path.
std::string inbox_relative(const std::filesystem::path& inbox, std::string want) {
    std::string prefix = inbox.string();
    if (!prefix.ends_with('/')) prefix += '/';
    if (want.starts_with(prefix)) want.erase(0, prefix.size());
    return want;
}

// The index of the included file named `want` (its source, or a sha256 prefix of 6+ characters;
// the last match wins), or files.size().
size_t find_included(const Ledger& ledger, const std::string& want) {
    size_t idx = ledger.files.size();
    for (size_t i = 0; i < ledger.files.size(); ++i)
        if (ledger.files[i].source == want ||
            (want.size() >= 6 && ledger.files[i].sha256.starts_with(want)))
            idx = i;
    return idx;
}

// Says why `want` is not included when it was rejected or is a duplicate; false when it is
// neither.
bool print_not_included(const Catalog& catalog, const Ledger& ledger, const std::string& want,
                        bool json, const std::optional<Pin>& pin) {
    for (const auto& rj : ledger.rejected)
        if (rj.source == want) {
            if (json) {
                print_json(ojson{{"source", want},
                                 {"status", "rejected"},
                                 {"reason", rj.reason},
                                 {"pin", pin_json(pin)}});
            } else {
                std::cout << fmt::format("{}：未收录，原因：{}\n", want, rj.reason);
                print_pin(catalog, pin);
            }
            return true;
        }
    for (const auto& d : ledger.duplicates)
        if (d.source == want) {
            if (json)
                print_json(
                    ojson{{"source", want}, {"status", "duplicate"}, {"same_as", d.same_as}});
            else
                std::cout << fmt::format("{}：与 {} 内容相同，只收录后者\n", want, d.same_as);
            return true;
        }
    return false;
}

// The pin of the file named `want` (included: by its content hash; otherwise by what the last scan
// recorded for that source), or nullopt.
std::optional<Pin> pin_of(const RunConfig& cfg, const Ledger& ledger, size_t idx,
                          const std::string& want) {
    Store store = Store::open(cfg.workspace, cfg.inbox);
    if (idx < ledger.files.size()) return store.get_pin(ledger.files[idx].sha256);
    auto row = store.get_file_stat(want);
    return row ? store.get_pin(row->sha256) : std::nullopt;
}

// Every leaf's score for file `idx`, best first, as the classifier sees it now (with its pin).
std::vector<IndicatorScore> scores_of(const RunConfig& cfg, const Catalog& catalog,
                                      const RunResult& r, size_t idx,
                                      const std::optional<Pin>& pin) {
    const FileRecord& f = r.ledger.files[idx];
    const bool pinned = pin && !pin->indicator.empty();
    std::vector<IndicatorScore> scores;
    Classifier(catalog, cfg.classify)
        .classify(f, r.texts[idx].full_text(), pinned ? &pin->indicator : nullptr, &scores);
    return scores;
}

// The file, its classification, genre, breadcrumbs and the best three with their reasons.
void print_classification(const Catalog& catalog, const FileRecord& f) {
    std::cout << fmt::format("{}\n单位：{}　类型：{}（{}）　文字来源：{}\n", f.source,
                             f.unit.value_or("未知单位"), to_string(f.kind), f.kind_reason,
                             to_string(f.text_source));
    if (!f.analysis.title.empty()) std::cout << "标题：" << f.analysis.title << "\n";
    const Indicator* chosen = catalog.find(f.cls.indicator);
    std::cout << fmt::format(
        "归类：{} {}，置信度 {:.2f}{}{}\n", f.cls.indicator, chosen ? chosen->name : "",
        f.cls.confidence, f.cls.review ? "（需人工确认）" : "", f.cls.pinned ? "（人工指定）" : "");
    for (const auto& s : f.cls.secondary) std::cout << "兼顾指标：" << s << "\n";
    std::cout << fmt::format("文种：{}\n", f.cls.genre.empty() ? "未识别" : f.cls.genre);
    if (!f.cls.crumbs.empty())
        std::cout << fmt::format("网页位置（作为证据的栏目）：{}\n", fmt::join(f.cls.crumbs, " > "));
    if (!f.cls.similar_to.empty())
        std::cout << fmt::format("与已确认的文件相似：{}\n", f.cls.similar_to);
    std::cout << "\n得分最高的指标（前三）：\n";
    for (const IndicatorChoice& c : f.cls.top) {
        const Indicator* ind = catalog.find(c.indicator);
        std::cout << fmt::format("  {:>6.2f}  {} {}\n", c.score, c.indicator, ind ? ind->name : "");
        for (const auto& reason : c.reasons) std::cout << "          " << reason << "\n";
    }
}

// The chosen date, six candidates, and the file's warnings.
void print_date_and_warnings(const FileRecord& f) {
    const auto& d = f.analysis.date;
    std::cout << fmt::format("\n发布日期：{}（来源 {}，置信度 {:.2f}）\n",
                             d.published                ? d.published->iso()
                             : d.source == "pin" ? "无法确认"
                                                 : "未找到",
                             d.source, d.confidence);
    if (d.published && d.review && d.source != "pin")
        std::cout << "  日期待人工确认：置信度低于校准阈值，不据此判断是否逾期\n";
    if (d.hint)
        std::cout << fmt::format("  日期提示：{}（{}，仅作参考，不作为发布日期）\n",
                                 d.hint->iso(), d.source == "filename" ? "文件名" : "文件元数据");
    for (size_t i = 0; i < d.candidates.size() && i < 6; ++i)
        std::cout << fmt::format("  候选 {} 「{}」 {}：{}\n",
                                 d.candidates[i].date.valid() ? d.candidates[i].date.iso() : "?",
                                 d.candidates[i].text, d.candidates[i].source, d.candidates[i].why);
    for (const auto& w : f.warnings) std::cout << "提示：" << w << "\n";
}

}  // namespace

Command make_explain_command() {
    return {"explain", "解释某个文件为什么被归到某个指标（得分、理由、日期候选）",
            [](CLI::App& sub, CommonOptions& common) -> std::function<int()> {
                auto inbox = std::make_shared<std::string>();
                auto file = std::make_shared<std::string>();
                sub.add_option("INBOX", *inbox, "收件箱文件夹")->required();
                sub.add_option("FILE", *file,
                               "收件箱内的相对路径（如 市财政局/a.png）或 sha256 前缀")
                    ->required();
                add_common_options(sub, common);
                return [=, &common]() -> int {
                    Catalog catalog = common.load_catalog();
                    RunConfig cfg = make_run_config(common, catalog, *inbox);
                    RunResult r = run_with_progress(cfg, catalog, common);
                    // Accept the path as typed, relative to the inbox, or as a sha256 prefix.
                    const std::string want = inbox_relative(cfg.inbox, *file);
                    const size_t idx = find_included(r.ledger, want);
                    const std::optional<Pin> pin = pin_of(cfg, r.ledger, idx, want);
                    if (idx == r.ledger.files.size()) {
                        if (print_not_included(catalog, r.ledger, want, common.json, pin))
                            return kOk;
                        throw Fatal(kUsage, "收件箱里没有这个文件", *file,
                                    "请给出收件箱内的相对路径，如 市财政局/a.png");
                    }
                    const FileRecord& f = r.ledger.files[idx];
                    const std::vector<IndicatorScore> scores = scores_of(cfg, catalog, r, idx, pin);
                    if (common.json) {
                        print_json(explain_json(catalog, f, scores, pin));
                        return kOk;
                    }
                    print_classification(catalog, f);
                    print_date_and_warnings(f);
                    print_pin(catalog, pin);
                    return kOk;
                };
            }};
}

}  // namespace dossier
