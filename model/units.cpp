// Unit matching. Comparison happens on a normalised form (NFKC via ICU, no whitespace, no leading
// 霸州市/霸州) so that the many ways clerks name a folder land on one canonical unit.
#include "model/units.hpp"

#include <algorithm>
#include <set>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "model/text.hpp"

namespace dossier {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Surrounding ASCII/ideographic spaces removed, bytes otherwise as given.
std::string trim(std::string_view s) {
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    int32_t b = 0, e = u.length();
    while (b < e && u_isUWhiteSpace(u.char32At(b))) b = u.moveIndex32(b, 1);
    while (e > b) {
        int32_t prev = u.moveIndex32(e, -1);
        if (!u_isUWhiteSpace(u.char32At(prev))) break;
        e = prev;
    }
    std::string out;
    u.tempSubStringBetween(b, e).toUTF8String(out);
    return out;
}

std::vector<std::u32string> names_of(const Unit& u) {
    std::vector<std::u32string> out;
    auto add = [&](const std::string& s) {
        icu::UnicodeString n = icu::UnicodeString::fromUTF8(normalise_unit_name(s));
        std::u32string cps;
        for (int32_t i = 0; i < n.length(); i = n.moveIndex32(i, 1))
            cps.push_back(static_cast<char32_t>(n.char32At(i)));
        out.push_back(std::move(cps));
    };
    add(u.name);
    for (const auto& a : u.aliases) add(a);
    return out;
}

std::set<std::u32string> bigrams(const std::u32string& s) {
    std::set<std::u32string> out;
    for (size_t i = 0; i + 1 < s.size(); ++i) out.insert(s.substr(i, 2));
    if (s.size() == 1) out.insert(s);  // a one-character name still compares
    return out;
}

double dice(const std::set<std::u32string>& a, const std::set<std::u32string>& b) {
    if (a.empty() || b.empty()) return 0;
    size_t common = 0;
    for (const auto& x : a) common += b.count(x);
    return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

}  // namespace

namespace {

// NFKC, whitespace removed; the county prefix kept.
std::string compact_unit_name(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    if (U_SUCCESS(status) && nfkc) {
        icu::UnicodeString n = nfkc->normalize(u, status);
        if (U_SUCCESS(status)) u = n;
    }
    icu::UnicodeString compact;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        UChar32 c = u.char32At(i);
        if (!u_isUWhiteSpace(c)) compact.append(c);
    }
    std::string out;
    compact.toUTF8String(out);
    return out;
}

// True when `name` is a member of group `g` by its name: it ends in one of the group's member
// suffixes (compared after normalisation) and, when the group has member prefixes, starts with
// one of them (compared before the county prefix is stripped: 市水务局, 霸州市水务局).
bool member_by_name(const Unit& g, std::string_view name) {
    if (g.member_suffixes.empty()) return false;
    const std::string norm = normalise_unit_name(name);
    bool suffix =
        std::any_of(g.member_suffixes.begin(), g.member_suffixes.end(),
                    [&](const std::string& s) { return ends_with(norm, normalise_unit_name(s)); });
    if (!suffix || g.member_prefixes.empty()) return suffix;
    const std::string compact = compact_unit_name(name);
    return std::any_of(g.member_prefixes.begin(), g.member_prefixes.end(),
                       [&](const std::string& p) {
                           const std::string cp = compact_unit_name(p);
                           return compact.size() > cp.size() && compact.starts_with(cp);
                       });
}

// Edit distance of at most one (one character replaced, inserted or dropped).
bool one_edit_apart(const std::u32string& a, const std::u32string& b) {
    const std::u32string& l = a.size() >= b.size() ? a : b;
    const std::u32string& s = a.size() >= b.size() ? b : a;
    if (l.size() - s.size() > 1) return false;
    size_t i = 0;
    while (i < s.size() && s[i] == l[i]) ++i;
    if (l.size() == s.size())
        return s.compare(i + (i < s.size()), std::u32string::npos, l, i + (i < l.size()),
                         std::u32string::npos) == 0;
    return s.compare(i, std::u32string::npos, l, i + 1, std::u32string::npos) == 0;
}

// True when the normalised folder name is one edit from a listed (non-group) unit's name or alias.
bool near_listed_unit(const Catalog& catalog, const std::string& norm) {
    const std::u32string mine = text::code_points(norm);
    for (const auto& u : catalog.units) {
        if (u.group) continue;
        for (const auto& candidate : names_of(u))
            if (one_edit_apart(mine, candidate)) return true;
    }
    return false;
}

}  // namespace

std::string normalise_unit_name(std::string_view name) {
    std::string out = compact_unit_name(name);
    for (std::string_view prefix : {std::string_view("霸州市"), std::string_view("霸州")}) {
        // 霸州镇 keeps its name: what is left after the prefix must be a name, not a bare suffix.
        if (out.size() > prefix.size() + 3 && out.compare(0, prefix.size(), prefix) == 0) {
            out.erase(0, prefix.size());
            break;
        }
    }
    return out;
}

std::vector<std::string> closest_units(const Catalog& catalog, std::string_view name, size_t n) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(normalise_unit_name(name));
    std::u32string cps;
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        cps.push_back(static_cast<char32_t>(u.char32At(i)));
    auto mine = bigrams(cps);

    std::vector<std::pair<double, size_t>> scored;
    for (size_t i = 0; i < catalog.units.size(); ++i) {
        const Unit& unit = catalog.units[i];
        if (unit.group) continue;
        double best = 0;
        for (const auto& candidate : names_of(unit))
            best = std::max(best, dice(mine, bigrams(candidate)));
        if (best > 0) scored.emplace_back(best, i);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> out;
    for (size_t i = 0; i < scored.size() && out.size() < n; ++i)
        out.push_back(catalog.units[scored[i].second].name);
    return out;
}

std::vector<std::string> nearest_unit_names(const Catalog& catalog, std::string_view name,
                                            size_t n) {
    const std::u32string mine = text::code_points(normalise_unit_name(name));
    if (mine.empty()) return {};
    std::vector<std::pair<size_t, size_t>> scored;  // (distance, unit index)
    for (size_t i = 0; i < catalog.units.size(); ++i) {
        for (const auto& candidate : names_of(catalog.units[i])) {
            const size_t limit =
                std::clamp<size_t>(std::max(mine.size(), candidate.size()) / 3, 1, 3);
            const size_t d = text::edit_distance(mine, candidate);
            if (d > limit) continue;
            auto it = std::find_if(scored.begin(), scored.end(),
                                   [i](const auto& s) { return s.second == i; });
            if (it == scored.end())
                scored.emplace_back(d, i);
            else
                it->first = std::min(it->first, d);
        }
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (size_t i = 0; i < scored.size() && out.size() < n; ++i)
        out.push_back(catalog.units[scored[i].second].name);
    return out;
}

namespace {

UnitMatch match_unit_name(const Catalog& catalog, std::string_view folder_name);

// A leading ordinal clerks number their folders with — "01-", "3.", "02_", "1、", "一、", "(一)",
// "（3）" — removed from the compact (NFKC) form; "" when there is none or nothing would be left.
std::string without_ordinal(std::string_view compact) {
    static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五",
                                                     "六", "七", "八", "九", "十"};
    std::string_view rest = compact;
    const bool paren = rest.starts_with("(");
    if (paren) rest.remove_prefix(1);
    int n = 0;
    for (bool more = true; more && n < 3;) {
        more = false;
        if (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') {
            rest.remove_prefix(1), ++n, more = true;
            continue;
        }
        for (std::string_view c : kNumerals)
            if (rest.starts_with(c)) {
                rest.remove_prefix(c.size()), ++n, more = true;
                break;
            }
    }
    if (n == 0) return "";
    static constexpr std::string_view kSeparators[] = {")", "-", "_", ".", "、"};
    bool sep = false;
    for (std::string_view s : kSeparators) {
        if (paren && s != ")") continue;
        if (rest.starts_with(s)) {
            rest.remove_prefix(s.size());
            sep = true;
            break;
        }
    }
    if (!sep || rest.empty()) return "";
    return std::string(rest);
}

// The name before a trailing bracketed note (NFKC has made the brackets half-width) — 南孟镇(街道),
// 行政审批局(公共资源交易中心) — or "".
std::string without_bracket_note(std::string_view compact) {
    if (!compact.ends_with(")")) return "";
    const size_t at = compact.rfind('(');
    if (at == std::string_view::npos || at == 0) return "";
    return std::string(compact.substr(0, at));
}

bool county_level(char32_t c) {
    return c == U'县' || c == U'市' || c == U'区';
}

bool ideograph(char32_t c) {
    return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UNIFIED_IDEOGRAPH);
}

// The forms a folder of another county of the prefecture takes under this catalog's names, whose
// county-level units are 市…: the bundled table is 廊坊市's, forwarded by 霸州市, and the county
// offices of 文安县 or 三河市 file under 县财政局, 文安县司法局, 三河市政务公开办,
// 廊坊市生态环境局文安县分局. In order:
//  - a leading 县/区 read as 市 (县财政局 → 市财政局), and without it (县市场监管局 → 市场监管局,
//    as the folder 市场监管局 is matched);
//  - a leading county name — two to five ideographs and 县/市/区, or 自治县 — dropped when at least
//    two characters are left (文安县司法局 → 司法局; 大厂回族自治县财政局 → 财政局), then as above;
//  - a county name just before a closing 分局 read as this catalog's county (…文安县分局 →
//    …霸州市分局).
// Empty when the name has none of these.
std::vector<std::string> county_peer_forms(std::string_view compact) {
    const std::u32string cps = text::code_points(compact);
    std::vector<std::string> out;
    auto lead = [&](std::u32string_view rest) {
        if (rest.size() < 2) return;
        if ((rest[0] == U'县' || rest[0] == U'区') && rest.size() >= 3) {
            // 县市场监管局 is 市场监管局 as the plain folder has it, not 市市场监管局.
            if (rest[1] != U'市') out.push_back("市" + text::utf8_of(rest.substr(1)));
            out.push_back(text::utf8_of(rest.substr(1)));
        } else if (rest[0] == U'委') {
            out.push_back("市" +
                          text::utf8_of(rest));  // 文安县委编办: the county's Party committee
        } else {
            out.push_back(text::utf8_of(rest));
        }
    };
    const std::u32string_view all(cps);
    if (!all.empty() && (all[0] == U'县' || all[0] == U'区')) lead(all);
    // This catalog's own county (霸州市…) is matched by the rules above, as written.
    const bool own_county = compact.starts_with("霸州");
    for (size_t k = 2; !own_county && k <= 7 && k + 2 < all.size(); ++k) {
        bool han = true;
        for (size_t i = 0; i < k; ++i) han = han && ideograph(all[i]) && !county_level(all[i]);
        if (!han) break;
        if (!county_level(all[k])) continue;
        // Names over five ideographs only as 自治县 (大厂回族自治县).
        if (k > 5 && !(all[k] == U'县' && all.substr(k - 2, 2) == U"自治")) continue;
        lead(all.substr(k + 1));
        break;
    }
    // The branch's place: what lies between its parent's 局 and the closing 分局
    // (廊坊市生态环境局|文安县|分局, …|大厂回族自治县|分局).
    static constexpr std::u32string_view kBranch = U"分局";
    if (all.size() > kBranch.size() + 3 && all.ends_with(kBranch)) {
        const size_t end = all.size() - kBranch.size();
        const size_t parent = all.substr(0, end).rfind(U'局');
        if (parent != std::u32string_view::npos && county_level(all[end - 1])) {
            const std::u32string_view place = all.substr(parent + 1, end - parent - 1);
            if (place.size() >= 3 && place.size() <= 8 &&
                std::all_of(place.begin(), place.end(), ideograph) && place != U"霸州市")
                out.push_back(text::utf8_of(all.substr(0, parent + 1)) + "霸州市分局");
        }
    }
    return out;
}

}  // namespace

UnitMatch match_unit(const Catalog& catalog, std::string_view folder_name) {
    UnitMatch m = match_unit_name(catalog, folder_name);
    if (m.unit) return m;
    // As clerks number and annotate folders: 01-政府办, 南孟镇（街道）, 03-南孟镇(街道).
    const std::string compact = compact_unit_name(folder_name);
    const std::string bare = without_ordinal(compact);
    for (const std::string& v : {bare, without_bracket_note(bare.empty() ? compact : bare)}) {
        if (v.empty()) continue;
        UnitMatch alt = match_unit_name(catalog, v);
        if (alt.unit) return alt;
    }
    // Another county's names for the same offices (县财政局, 文安县司法局).
    const std::string base = bare.empty() ? compact : bare;
    const std::string party =
        base.starts_with("中共") ? base.substr(std::string_view("中共").size()) : "";
    const std::vector<std::string> peers = county_peer_forms(party.empty() ? base : party);
    for (const std::string& v : peers) {
        UnitMatch alt = match_unit_name(catalog, v);
        if (alt.unit) return alt;
    }
    // A department the table does not name, under the Party committee (中共霸州市委网络安全和信息化
    // 委员会办公室 → 霸州市委…办公室) or without the city prefix (03-城管局 → 市城管局) — the
    // latter only when it shares no bigram with a listed unit (卫生局 stays unknown:
    // 市卫生健康局?). Another county's department: under its 市 form (县委编办 → 市委编办, not
    // 市县委编办).
    std::vector<std::string> departments;
    if (!party.empty()) {
        if (!peers.empty() && peers.front().starts_with("市委"))
            departments.push_back(peers.front());
        departments.push_back(party);
    } else {
        const std::string& own = peers.empty() ? base : peers.front();
        if (!own.starts_with("市") && !own.starts_with("霸州") &&
            closest_units(catalog, own, 1).empty())
            departments.push_back("市" + own);
        if (own != base && own.starts_with("市")) departments.push_back(own);
    }
    for (const std::string& v : departments) {
        UnitMatch alt = match_unit_name(catalog, v);
        if (alt.unit && !alt.township) return alt;
    }
    return m;
}

namespace {

UnitMatch match_unit_name(const Catalog& catalog, std::string_view folder_name) {
    UnitMatch m;
    for (const auto& u : catalog.units) {
        if (u.name == folder_name ||
            std::find(u.aliases.begin(), u.aliases.end(), folder_name) != u.aliases.end()) {
            m.unit = u.name;
            return m;
        }
    }
    const std::string norm = normalise_unit_name(folder_name);
    if (norm.empty()) return m;
    // "财政局" and "霸州市财政局" both become "财政局"; canonical names usually start with 市.
    std::vector<std::string> forms = {norm};
    if (norm.rfind("市", 0) != 0) forms.push_back("市" + norm);
    for (const auto& u : catalog.units) {
        std::vector<std::string> names = {u.name};
        names.insert(names.end(), u.aliases.begin(), u.aliases.end());
        for (const auto& n : names) {
            std::string nn = normalise_unit_name(n);
            if (std::find(forms.begin(), forms.end(), nn) != forms.end()) {
                m.unit = u.name;
                return m;
            }
        }
    }
    // Townships (suffix-only groups) first, then groups that also need a prefix (市…局) — unless
    // the folder is one character away from a listed unit (市财务局): a typo, not a new department.
    for (bool prefixed : {false, true}) {
        if (prefixed && near_listed_unit(catalog, norm)) break;
        for (const auto& g : catalog.units) {
            if (!g.group || g.member_prefixes.empty() != !prefixed) continue;
            if (member_by_name(g, folder_name)) {
                m.unit = trim(folder_name);
                m.township = !prefixed;
                return m;
            }
        }
    }
    m.suggestions = closest_units(catalog, folder_name, 3);
    return m;
}

}  // namespace

bool unit_responsible(const Catalog& catalog, std::string_view unit, const Indicator& indicator) {
    const Unit* self = catalog.find_unit(unit);
    for (const auto& listed : indicator.units) {
        if (listed == unit) return true;
        const Unit* g = catalog.find_unit(listed);
        if (!g || !g->group) continue;
        if (self &&
            std::find(self->groups.begin(), self->groups.end(), g->name) != self->groups.end())
            return true;
        if (std::find(g->members.begin(), g->members.end(), unit) != g->members.end()) return true;
        if (!self && member_by_name(*g, unit)) return true;  // a folder the catalog does not list
    }
    return false;
}

}  // namespace dossier
