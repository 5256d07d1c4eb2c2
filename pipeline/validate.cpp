#include "pipeline/validate.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/core.h>

#include "model/units.hpp"
#include "pipeline/classify.hpp"

namespace dossier {

namespace {

const char* kind_zh(EvidenceKind k) {
    switch (k) {
        case EvidenceKind::screenshot:
            return "网页截图";
        case EvidenceKind::document:
            return "文件资料";
        case EvidenceKind::check:
            return "核实情况";
        case EvidenceKind::unknown:
            break;
    }
    return "未知类型";
}

// Worst first: the status an inner node shows when its leaves disagree.
int severity(Status s) {
    switch (s) {
        case Status::missing:
            return 5;
        case Status::late:
            return 4;
        case Status::review:
            return 3;
        case Status::weak:
            return 2;
        case Status::covered:
            return 1;
        case Status::check:
            return 0;
    }
    return 5;
}

bool counts_for(const FileRecord& f, const std::optional<std::string>& unit) {
    return !unit || (f.unit && *f.unit == *unit);
}

// The policy an interpretation names: 《…》 in its title, else the title without 关于/的政策解读.
std::string named_policy(std::string title) {
    size_t a = title.find("《");
    size_t b = title.find("》");
    if (a != std::string::npos && b != std::string::npos && b > a)
        return title.substr(a + 3, b - a - 3);
    for (std::string_view tail : {"的政策解读", "政策解读", "的解读", "解读"}) {
        size_t p = title.rfind(tail);
        if (p != std::string::npos && p > 0) {
            title.resize(p);
            break;
        }
    }
    if (title.starts_with("关于")) title.erase(0, 6);
    return title.size() >= 9 ? title : std::string{};  // at least three CJK characters
}

std::string strip_book_marks(std::string s) {
    for (std::string_view m : {"《", "》"}) {
        for (size_t p; (p = s.find(m)) != std::string::npos;) s.erase(p, m.size());
    }
    return s;
}

// The policy name a document title carries: "关于印发霸州市XX办法的通知" → "霸州市XX办法".
std::string policy_name(std::string title) {
    title = strip_book_marks(std::move(title));
    for (std::string_view head : {"关于印发", "关于"})
        if (title.starts_with(head)) {
            title.erase(0, head.size());
            break;
        }
    for (std::string_view tail : {"的通知", "的决定", "的意见"})
        if (title.ends_with(tail)) {
            title.resize(title.size() - tail.size());
            break;
        }
    return title;
}

// Share of the name's CJK bigrams that occur in the text: tolerant of OCR misreading a few
// characters of a policy title (霸州→吉州).
double bigram_coverage(std::string_view name, const std::unordered_map<uint32_t, float>& b) {
    auto a = cjk_bigrams(name);
    if (a.size() < 5) return 0;
    size_t hit = 0;
    for (const auto& [k, v] : a) hit += b.count(k);
    return static_cast<double>(hit) / static_cast<double>(a.size());
}

// The policy an interpretation interprets: another dated, non-interpretation document whose
// policy name the interpretation names — in its title (《…》), else in its text (bigram coverage
// ≥ 0.7, best match wins).
const FileRecord* find_policy(const Ledger& ledger, const FileRecord& interp,
                              const ExtractResult* text) {
    std::string key = named_policy(interp.analysis.title);
    const FileRecord* best = nullptr;
    double best_cov = 0.7;
    std::optional<std::unordered_map<uint32_t, float>> text_bigrams;  // computed once, on need
    for (const FileRecord& g : ledger.files) {
        if (&g == &interp || !g.analysis.date.published || g.analysis.title.empty()) continue;
        if (g.analysis.title.find("解读") != std::string::npos) continue;
        if (*g.analysis.date.published > *interp.analysis.date.published) continue;
        std::string gt = strip_book_marks(g.analysis.title);
        if (!key.empty() &&
            (gt.find(key) != std::string::npos || key.find(gt) != std::string::npos))
            return &g;
        std::string name = policy_name(g.analysis.title);
        if (!text || name.size() < 18) continue;  // six CJK characters at least
        if (!text_bigrams)
            text_bigrams = cjk_bigrams(interp.analysis.title + "\n" + text->full_text(), 200000);
        double cov = bigram_coverage(name, *text_bigrams);
        if (cov >= best_cov) best_cov = cov, best = &g;
    }
    return best;
}

struct LeafEval {
    Status status = Status::missing;
    std::vector<std::string> reasons;
};

// Issue 18: lateness is judged only on confirmed dates — a date the finder is sure of (not under
// `review`) or a clerk's pin. A date under review, or only a weak source's hint (metadata, file
// name), makes the indicator weak with "发布日期无法确认", never late.
std::optional<Date> confirmed_date(const FileRecord& f) {
    const DateResult& d = f.analysis.date;
    if (!d.published || (d.review && d.source != "pin")) return std::nullopt;
    return d.published;
}

// True when a file has a date nobody may judge by: under review, or a weak source's hint only.
bool unconfirmed_date(const FileRecord& f) {
    const DateResult& d = f.analysis.date;
    return !confirmed_date(f) && (d.published || d.hint);
}

constexpr const char* kUnconfirmed = "发布日期无法确认";

// Lowers a covered leaf to weak (a late or worse leaf keeps its status).
void weaken(LeafEval& ev) {
    if (severity(ev.status) < severity(Status::weak)) ev.status = Status::weak;
}

// The reason a rule could not be judged: the dates of its files are unconfirmed.
void unconfirmed_reason(const Ledger& ledger, const std::vector<int>& files,
                        std::string_view rule, LeafEval& ev) {
    int n = 0;
    for (int i : files) n += unconfirmed_date(ledger.files[i]);
    weaken(ev);
    ev.reasons.push_back(fmt::format("{}：{}（{} 个材料的日期待人工确认或仅有元数据/文件名日期），"
                                     "不据此判断是否逾期",
                                     rule, kUnconfirmed, n));
}

// The earliest confirmed publication date among `files`, if any; `any` (optional) receives the
// earliest of every reported date, confirmed or not.
std::optional<Date> earliest_date(const Ledger& ledger, const std::vector<int>& files,
                                  std::optional<Date>* any = nullptr) {
    std::optional<Date> earliest;
    for (int i : files) {
        const auto& p = ledger.files[i].analysis.date.published;
        if (any && p && (!*any || *p < **any)) *any = p;
        if (auto d = confirmed_date(ledger.files[i]))
            if (!earliest || *d < *earliest) earliest = d;
    }
    return earliest;
}

// The newest confirmed publication date among `files` that is not after as_of; `any` likewise
// over every reported date.
std::optional<Date> newest_date(const Ledger& ledger, const std::vector<int>& files, Date as_of,
                                std::optional<Date>* any = nullptr) {
    std::optional<Date> newest;
    for (int i : files) {
        const auto& p = ledger.files[i].analysis.date.published;
        if (any && p && *p <= as_of && (!*any || *p > **any)) *any = p;
        if (auto d = confirmed_date(ledger.files[i]))
            if (*d <= as_of && (!newest || *d > *newest)) newest = d;
    }
    return newest;
}

// Rule due_date: the earliest evidence must not be after the deadline.
void check_due_date(const Rule& rule, const Ledger& ledger, const std::vector<int>& files,
                    Date as_of, LeafEval& ev) {
    if (!rule.date) return;
    std::optional<Date> any;
    const std::optional<Date> earliest = earliest_date(ledger, files, &any);
    if (earliest && *earliest > *rule.date && any && *any <= *rule.date) {
        unconfirmed_reason(ledger, files, rule.description, ev);  // an unconfirmed one is on time
    } else if (earliest && *earliest > *rule.date) {
        ev.status = Status::late;
        ev.reasons.push_back(fmt::format("{}：证据日期 {} 晚于规定期限 {}", rule.description,
                                         earliest->iso(), rule.date->iso()));
    } else if (!earliest && std::any_of(files.begin(), files.end(), [&](int i) {
                   return unconfirmed_date(ledger.files[i]);
               })) {
        unconfirmed_reason(ledger, files, rule.description, ev);
    } else if (!earliest && as_of > *rule.date) {
        ev.reasons.push_back(fmt::format("{}：无法从材料中确认完成日期（期限 {}）",
                                         rule.description, rule.date->iso()));
    }
}

// Rule workday_window from "policy": an interpretation is published within N working days of
// the policy it interprets.
void check_workday_window(const Catalog& cat, const Rule& rule, const Ledger& ledger,
                          const std::vector<ExtractResult>* texts, const std::vector<int>& files,
                          LeafEval& ev) {
    if (rule.from != "policy") return;  // request/reply pairs need case files: see notes
    for (int i : files) {
        const FileRecord& f = ledger.files[i];
        if (!f.analysis.date.published) continue;
        const FileRecord* policy = find_policy(ledger, f, texts ? &(*texts)[i] : nullptr);
        if (!policy) continue;
        if (!confirmed_date(f) || !confirmed_date(*policy)) {
            unconfirmed_reason(ledger, {i}, "解读发布时限", ev);
            continue;
        }
        int n = cat.calendar.workdays_between(*policy->analysis.date.published,
                                              *f.analysis.date.published);
        if (n > rule.workdays) {
            ev.status = Status::late;
            ev.reasons.push_back(
                fmt::format("解读在政策「{}」发布（{}）后第 {} 个工作日才发布（{}），时限 {} "
                            "个工作日",
                            policy->analysis.title, policy->analysis.date.published->iso(), n,
                            f.analysis.date.published->iso(), rule.workdays));
        }
    }
}

// Rule freshness: the newest evidence is at most N days old.
void check_freshness(const Rule& rule, const Ledger& ledger, const std::vector<int>& files,
                     Date as_of, LeafEval& ev) {
    std::optional<Date> any;
    const std::optional<Date> newest = newest_date(ledger, files, as_of, &any);
    const auto too_old = [&](Date d) { return as_of.serial() - d.serial() > rule.days; };
    if ((newest && too_old(*newest) && any && !too_old(*any)) || (!newest && any)) {
        unconfirmed_reason(ledger, files, "更新频率", ev);
    } else if (newest && too_old(*newest)) {
        ev.status = Status::late;
        ev.reasons.push_back(fmt::format("最近一次更新为 {}，距 {} 已 {} 天（要求 {} 天内有更新）",
                                         newest->iso(), as_of.iso(),
                                         as_of.serial() - newest->serial(), rule.days));
    }
}

void eval_rules(const Catalog& cat, const Indicator& ind, const Ledger& ledger,
                const std::vector<ExtractResult>* texts, const std::vector<int>& files, Date as_of,
                LeafEval& ev) {
    for (const Rule& rule : ind.rules) {
        switch (rule.kind) {
            case Rule::Kind::due_date:
                check_due_date(rule, ledger, files, as_of, ev);
                break;
            case Rule::Kind::workday_window:
                check_workday_window(cat, rule, ledger, texts, files, ev);
                break;
            case Rule::Kind::freshness:
                check_freshness(rule, ledger, files, as_of, ev);
                break;
        }
    }
}

// The files of one leaf: its own (pinned first), its low-confidence ones, and those that name it
// as a secondary indicator.
struct LeafFiles {
    std::vector<int> primary, review, secondary;
};

LeafFiles files_of(const Ledger& ledger, const Indicator& ind,
                   const std::optional<std::string>& unit) {
    LeafFiles lf;
    for (size_t i = 0; i < ledger.files.size(); ++i) {
        const FileRecord& f = ledger.files[i];
        if (!counts_for(f, unit)) continue;
        if (f.cls.indicator == ind.id) {
            (f.cls.review && !f.cls.pinned ? lf.review : lf.primary).push_back(static_cast<int>(i));
        } else if (!f.cls.review && std::find(f.cls.secondary.begin(), f.cls.secondary.end(),
                                              ind.id) != f.cls.secondary.end()) {
            lf.secondary.push_back(static_cast<int>(i));
        }
    }
    std::stable_sort(lf.primary.begin(), lf.primary.end(), [&](int x, int y) {
        return ledger.files[x].cls.pinned > ledger.files[y].cls.pinned;
    });
    return lf;
}

// Responsible units and whether each handed in evidence (groups: members in the inbox).
std::vector<UnitShare> unit_shares(const Catalog& cat, const Indicator& ind, const Ledger& ledger,
                                   const std::set<std::string>& present_units,
                                   const std::vector<int>& primary) {
    std::vector<UnitShare> shares;
    for (const std::string& u : ind.units) {
        const Unit* cu = cat.find_unit(u);
        std::vector<std::string> names;
        if (cu && cu->group) {
            for (const auto& p : present_units)
                if (p != u && unit_responsible(cat, p, ind)) names.push_back(p);
        } else {
            names.push_back(u);
        }
        for (const auto& n : names) {
            if (std::any_of(shares.begin(), shares.end(),
                            [&](const UnitShare& s) { return s.unit == n; }))
                continue;
            bool has = std::any_of(primary.begin(), primary.end(), [&](int i) {
                return ledger.files[i].unit && *ledger.files[i].unit == n;
            });
            shares.push_back({n, has});
        }
    }
    return shares;
}

// Every evidence kind the method requires must be among the files' kinds.
void check_kinds(const Indicator& ind, const Ledger& ledger, const std::vector<int>& primary,
                 LeafEval& ev) {
    std::set<EvidenceKind> have;
    for (int i : primary) have.insert(ledger.files[i].kind);
    for (EvidenceKind k : ind.evidence) {
        if (k == EvidenceKind::check || have.count(k)) continue;
        ev.status = Status::weak;
        std::string got;
        for (EvidenceKind h : have) got += std::string(got.empty() ? "" : "、") + kind_zh(h);
        ev.reasons.push_back(fmt::format("考核方式要求{}，只有{}", kind_zh(k), got));
    }
}

// Some file must be dated, and some date must fall inside the assessment period.
void check_period(const Catalog& cat, const Ledger& ledger, const std::vector<int>& primary,
                  LeafEval& ev) {
    bool any_date = false, in_period = false, unconfirmed = false;
    for (int i : primary) {
        if (auto d = confirmed_date(ledger.files[i])) {
            any_date = true;
            if (*d >= cat.period_start && *d <= cat.period_end) in_period = true;
        }
        unconfirmed = unconfirmed || unconfirmed_date(ledger.files[i]);
    }
    if (!any_date || (!in_period && unconfirmed)) {
        ev.status = Status::weak;
        ev.reasons.push_back(unconfirmed ? std::string("材料的") + kUnconfirmed +
                                               "（日期待人工确认，或只有元数据/文件名中的日期）"
                                         : std::string("材料的") + kUnconfirmed);
    } else if (!in_period) {
        ev.status = Status::weak;
        ev.reasons.push_back(fmt::format("材料日期不在考核期（{} 至 {}）内", cat.period_start.iso(),
                                         cat.period_end.iso()));
    }
}

// A leaf with files of its own: covered unless a kind, the dates or a rule fall short.
LeafEval eval_evidence(const Catalog& cat, const Indicator& ind, const Ledger& ledger,
                       const std::vector<ExtractResult>* texts, const std::vector<int>& primary,
                       Date as_of) {
    LeafEval ev;
    ev.status = Status::covered;
    check_kinds(ind, ledger, primary, ev);
    check_period(cat, ledger, primary, ev);
    eval_rules(cat, ind, ledger, texts, primary, as_of, ev);
    if (ind.evidence.end() !=
        std::find(ind.evidence.begin(), ind.evidence.end(), EvidenceKind::check))
        ev.reasons.push_back("另需核实：部分内容由考核组核实");
    return ev;
}

LeafEval eval_leaf(const Catalog& cat, const Indicator& ind, const Ledger& ledger,
                   const std::vector<ExtractResult>* texts, const LeafFiles& lf, Date as_of) {
    if (!ind.needs_evidence())
        return {Status::check, {"另需核实：考核方式为核实情况，由考核组现场或在线核实"}};
    if (!lf.primary.empty()) return eval_evidence(cat, ind, ledger, texts, lf.primary, as_of);
    if (!lf.review.empty())
        return {
            Status::review,
            {fmt::format("有 {} 个材料可能属于此项，但置信度不足，需人工确认", lf.review.size())}};
    if (!lf.secondary.empty())
        return {Status::weak, {"只有兼顾此项的材料（次要关联），缺少专门证明此项的材料"}};
    return {Status::missing, {"没有任何材料"}};
}

// The verdict of leaf `ind`: its files, its units, its status with reasons, its points at risk.
void judge_leaf(const Catalog& cat, const Indicator& ind, const Ledger& ledger,
                const std::vector<ExtractResult>* texts, const std::optional<std::string>& unit,
                const std::set<std::string>& present_units, Date as_of, Verdict& v) {
    const LeafFiles lf = files_of(ledger, ind, unit);
    v.files = lf.primary;
    v.files.insert(v.files.end(), lf.review.begin(), lf.review.end());
    v.secondary_files = lf.secondary;
    v.units = unit_shares(cat, ind, ledger, present_units, lf.primary);
    LeafEval ev = eval_leaf(cat, ind, ledger, texts, lf, as_of);
    v.status = ev.status;
    v.reasons = std::move(ev.reasons);
    v.points_at_risk = (v.status == Status::covered || v.status == Status::check) ? 0 : ind.points;
}

// Inner nodes aggregate their leaves, bottom-up (children come after parents in pre-order).
void aggregate_inner_nodes(const Catalog& cat, Assessment& a) {
    for (size_t k = cat.indicators.size(); k-- > 0;) {
        const Indicator& ind = cat.indicators[k];
        if (ind.leaf()) continue;
        Verdict& v = a.verdicts[k];
        v.points_at_risk = 0;
        int worst = -1;
        std::map<Status, int> counts;
        for (int c : ind.children) {
            const Verdict& cv = a.verdicts[c];
            v.points_at_risk += cv.points_at_risk;
            ++counts[cv.status];
            if (severity(cv.status) > worst) worst = severity(cv.status), v.status = cv.status;
            v.files.insert(v.files.end(), cv.files.begin(), cv.files.end());
        }
        for (const auto& [s, n] : counts)
            if (s != Status::covered) v.reasons.push_back(fmt::format("{} 项{}", n, label_zh(s)));
    }
}

// Totals: the whole table, or the leaves this unit is responsible for.
void add_totals(const Catalog& cat, const std::optional<std::string>& unit, Assessment& a) {
    for (size_t idx = 0; idx < cat.indicators.size(); ++idx) {
        const Indicator& ind = cat.indicators[idx];
        if (!ind.leaf()) continue;
        if (unit && !unit_responsible(cat, *unit, ind)) continue;
        a.points_total += ind.points;
        if (a.verdicts[idx].status == Status::covered) a.points_confirmed += ind.points;
    }
}

}  // namespace

int workdays_left(const Catalog& cat, Date as_of) {
    if (as_of <= cat.window_end)
        return cat.calendar.workdays_between(as_of, cat.window_end) +
               (cat.calendar.is_workday(as_of) ? 1 : 0);
    return -cat.calendar.workdays_between(cat.window_end, as_of);
}

Assessment validate(const Catalog& cat, const Ledger& ledger, Date as_of,
                    const std::optional<std::string>& unit,
                    const std::vector<ExtractResult>* texts) {
    Assessment a;
    a.as_of = as_of;
    a.unit = unit;
    a.workdays_left = workdays_left(cat, as_of);
    a.verdicts.resize(cat.indicators.size());
    std::set<std::string> present_units;
    for (const FileRecord& f : ledger.files)
        if (f.unit) present_units.insert(*f.unit);
    // Leaves first: the inner nodes are built from them.
    for (size_t idx = 0; idx < cat.indicators.size(); ++idx) {
        const Indicator& ind = cat.indicators[idx];
        Verdict& v = a.verdicts[idx];
        v.id = ind.id;
        v.points = ind.points;
        if (ind.leaf()) judge_leaf(cat, ind, ledger, texts, unit, present_units, as_of, v);
    }
    aggregate_inner_nodes(cat, a);
    add_totals(cat, unit, a);
    return a;
}

}  // namespace dossier
