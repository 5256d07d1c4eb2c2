// Matching inbox folder names to catalog units, and who is responsible for an indicator.
// Pure functions over an immutable Catalog: thread-safe, never throw (except std::bad_alloc).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/catalog.hpp"

namespace dossier {

struct UnitMatch {
    // Canonical unit name, or the trimmed folder name of a township/district office; nullopt when
    // the folder matches nothing.
    std::optional<std::string> unit;
    bool township = false;  // a member of a suffix-only group (各乡镇（区、办）) by its name
    std::vector<std::string> suggestions;  // up to 3 closest canonical names when unit is nullopt
};

// The folder name → unit, in this order:
//  1. exactly a canonical name or an alias;
//  2. after normalisation (NFKC: full-width brackets and spaces become half-width; surrounding and
//     inner spaces dropped; a leading 霸州市/霸州 stripped, a missing leading 市 tolerated) equal
//     to a normalised canonical name or alias — 霸州市财政局, 财政局 and " 市财政局 " → 市财政局;
//  3. ending in a member suffix of a group without member prefixes (镇, 乡, 街道, 办事处, 开发区
//     for 各乡镇（区、办）) → unit = the trimmed folder name, township = true;
//  3b. starting with a member prefix and ending in a member suffix of a group that has prefixes
//     (市/霸州 … 局/委/办/中心 for 市政府各部门: 市水务局, a department the table does not name)
//     → unit = the trimmed folder name, township = false;
//  When none of 1–3b matches, they are tried again on the name without a leading ordinal (01-, 3.,
//  02_, 1、, 一、, (二)) and then also without a trailing bracketed note (南孟镇（街道）→ 南孟镇).
//  The county prefix is stripped only when at least two characters are left (霸州镇 stays).
//  Then another county of the prefecture's names for the same offices (the table is 廊坊市's,
//  its units named as 霸州市's): a leading 县/区 read as 市 (县财政局 → 市财政局), a leading county
//  name dropped (文安县司法局, 三河市政务公开办, 大厂回族自治县财政局), a county name before a
//  closing 分局 read as 霸州市 (廊坊市生态环境局文安县分局); the first that matches 1–3b wins.
//  Then a department the table does not name, in that county form when there is one: a leading
//  中共 dropped (中共霸州市委…办公室), or a missing 市 added (03-城管局 → 市城管局; 县委编办 →
//  市委编办) when the name shares no bigram with a listed unit.
//  4. otherwise nullopt with up to 3 suggestions (non-group canonical names ranked by
//     character-bigram Dice similarity to the normalised name; only those sharing a bigram).
UnitMatch match_unit(const Catalog& catalog, std::string_view folder_name);

// The normalised comparison form used by match_unit (exposed for tests and other matchers).
std::string normalise_unit_name(std::string_view name);

// Up to `n` non-group canonical names closest to `name` by character-bigram similarity (best first,
// ties in catalog order); only names sharing at least one bigram are returned.
std::vector<std::string> closest_units(const Catalog& catalog, std::string_view name, size_t n = 3);

// Up to `n` canonical names (groups included) nearest to `name` by edit distance (in characters,
// after normalisation) to the unit's name or any of its aliases, best first, ties in catalog
// order; only names within a third of the longer name's length (at least 1, at most 3 edits).
// For "did you mean" after a --unit that match_unit does not know: 市财政厅 → 市财政局.
std::vector<std::string> nearest_unit_names(const Catalog& catalog, std::string_view name,
                                            size_t n = 3);

// True when `unit` (a canonical name or a township name from match_unit) is listed for the
// indicator, or belongs to a listed group: by the group's members (市政府各部门 and 各相关单位
// list every non-group city unit), or by a member suffix (a township → 各乡镇（区、办）).
bool unit_responsible(const Catalog& catalog, std::string_view unit, const Indicator& indicator);

}  // namespace dossier
