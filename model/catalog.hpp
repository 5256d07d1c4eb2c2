// The assessment catalog: units, the indicator tree and its rules, loaded from human-edited YAML
// (manifests/*.yaml, format in docs/catalog-format.md). Immutable once loaded; safe to share
// between threads.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "model/calendar.hpp"
#include "model/date.hpp"

namespace dossier {

// What a file can be as evidence (design.md §4). `check` is only ever required, never supplied.
enum class EvidenceKind { unknown, screenshot, document, check };
const char* to_string(EvidenceKind k);  // "screenshot", "document", "check", "unknown"

struct Unit {
    std::string name;                  // canonical, e.g. 市财政局
    std::vector<std::string> aliases;  // e.g. 霸州市财政局, 财政局
    bool group = false;  // 各乡镇（区、办）, 市政府各部门, 各相关单位
    std::vector<std::string> members;          // listed members of a group (may be empty)
    std::vector<std::string> member_suffixes;  // a folder ending in one of these is a member...
    std::vector<std::string> member_prefixes;  // ...and, when given, starting with one of these
    std::vector<std::string> groups;           // names of the groups this unit belongs to (derived)
};

struct Rule {
    enum class Kind { due_date, workday_window, freshness };
    Kind kind = Kind::due_date;
    std::optional<Date> date;  // due_date: evidence must be dated on or before
    int workdays = 0;          // workday_window: limit in working days
    int extension = 0;         // workday_window: allowed extension (依申请 20+20)
    std::string from;          // workday_window: what the window starts at, e.g. "policy"
    int days = 0;              // freshness: newest evidence at most this many days before as_of
    std::string description;   // Chinese, as the table states it
};

struct Indicator {
    std::string id;    // "1", "1.2", "7.1.3"; orders like the table
    std::string name;  // as printed, without the points suffix
    double points = 0;
    bool points_derived = false;         // not printed in the table (重点领域: 1 each)
    int level = 1;                       // 1, 2 or 3
    std::string content;                 // 考核内容
    std::string method;                  // 考核方式 as printed (empty for inner nodes)
    std::vector<EvidenceKind> evidence;  // required kinds derived from method
    std::vector<std::string> units;      // canonical unit names (may be groups)
    std::vector<std::string> keywords;
    std::vector<Rule> rules;
    std::vector<std::string> notes;
    int parent = -1;            // index into Catalog::indicators, -1 for level 1
    std::vector<int> children;  // indices into Catalog::indicators
    bool leaf() const { return children.empty(); }
    // Needs evidence from the inbox (some kind other than check).
    bool needs_evidence() const;
};

struct Catalog {
    std::string id;  // "langfang-2020"
    std::string title;
    int year = 0;
    double total_points = 0;
    Date period_start, period_end;  // assessment period
    Date window_start, window_end;  // submission window
    std::string source_organization;
    std::vector<std::string> notes;
    std::vector<Unit> units;
    std::vector<Indicator> indicators;  // pre-order (table order); level-1 nodes have parent -1
    Calendar calendar;                  // merged from the catalog's calendar files
    std::filesystem::path file;         // where it was loaded from

    const Indicator* find(std::string_view id) const;
    const Unit* find_unit(std::string_view canonical) const;
    std::vector<int> roots() const;
    std::vector<int> leaves() const;
    // "政务公开 / 决策公开": level names, top first.
    std::vector<std::string> path_of(int index) const;
};

// Thrown by load_catalog: what() is "file:line: reason" (Chinese reason).
struct CatalogError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Loads and validates a catalog. Calendar files are resolved relative to the catalog file.
// Throws CatalogError naming file:line for: unknown unit, duplicate id, points that do not add up
// (unless a note on that node records the inconsistency), bad date, unknown rule kind, a leaf
// without a method, a missing calendar.
Catalog load_catalog(const std::filesystem::path& file);

// The bundled catalog (manifests/langfang-2020.yaml), found through data_dir().
std::filesystem::path default_catalog_path();

}  // namespace dossier
