#include "packager/layout.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include "model/encoding.hpp"
#include "model/text.hpp"
#include "packager/utf8.hpp"

namespace dossier::layout {

namespace {

struct ConverterCloser {
    void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

bool gbk_can_encode(UConverter* gbk, UChar32 c) {
    UChar buf[2];
    int32_t len = 0;
    U16_APPEND_UNSAFE(buf, len, c);
    char out[8];
    UErrorCode err = U_ZERO_ERROR;
    ucnv_reset(gbk);
    ucnv_fromUChars(gbk, out, sizeof out, buf, len, &err);
    return U_SUCCESS(err);
}

bool is_reserved_device(std::string_view name) {
    // The part before the first dot is what Windows compares ("CON.txt" is reserved too).
    std::string stem(name.substr(0, name.find('.')));
    while (!stem.empty() && stem.back() == ' ') stem.pop_back();
    for (auto& ch : stem) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    static const std::set<std::string> kReserved = {
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    return kReserved.count(stem) > 0;
}

// Registers `name` in directory `dir`; returns the name with "_2", "_3" … appended when another
// entry of that directory already uses it (compared case-insensitively, as Windows does).
class DirNames {
  public:
    std::string claim(const std::string& dir, const std::string& name, const std::string& owner) {
        auto& used = dirs_[dir];
        for (int n = 1;; ++n) {
            std::string candidate = n == 1 ? name : fmt::format("{}_{}", name, n);
            auto key = text::ascii_lower(candidate);
            auto it = used.find(key);
            if (it == used.end()) {
                used.emplace(key, owner);
                return candidate;
            }
            if (it->second == owner) return candidate;
        }
    }

  private:
    std::map<std::string, std::map<std::string, std::string>> dirs_;
};

// A file waiting for its name: its indicator and the key of its unit folder.
struct Pending {
    int file;
    int indicator;
    std::string unit_key;  // base + "\n" + unit
};

// plan_layout's state: the inputs, the folders claimed so far and the files still to name.
struct Planner {
    const Catalog& catalog;
    const Ledger& ledger;
    bool include_review;
    bool gbk_only;
    std::vector<std::string> folders;  // indicator_folders(catalog)
    DirNames names{};
    std::vector<Pending> pending{};
    // Unit folder names per indicator folder: claim distinct raw unit names in sorted order.
    std::map<std::string, std::set<std::string>> units_in{};
    std::map<std::string, std::string> unit_dir{};  // base + "\n" + unit → folder path
    Plan plan{};
};

// Claims every indicator folder and 00_待确认 before any unit folder.
void claim_indicator_folders(Planner& pl) {
    for (const auto& folder : pl.folders) {
        auto slash = folder.rfind('/');
        pl.names.claim(folder.substr(0, slash), folder.substr(slash + 1), folder);
    }
    pl.names.claim("data", kReviewFolder, std::string("data/") + kReviewFolder);
}

// Files in sorted source order (bytewise), so sequence numbers never depend on scan order.
std::vector<int> sorted_by_source(const Ledger& ledger) {
    std::vector<int> order(ledger.files.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ledger.files[static_cast<size_t>(a)].source <
               ledger.files[static_cast<size_t>(b)].source;
    });
    return order;
}

// Picks the files to package and the indicator folder of each; warns about a file whose
// indicator the catalog lacks.
void collect_pending(Planner& pl) {
    std::map<std::string, int> by_id;
    for (size_t i = 0; i < pl.catalog.indicators.size(); ++i)
        by_id.emplace(pl.catalog.indicators[i].id, static_cast<int>(i));
    for (int f : sorted_by_source(pl.ledger)) {
        const auto& rec = pl.ledger.files[static_cast<size_t>(f)];
        const bool review = rec.cls.review && !rec.cls.pinned;
        int indicator = -1;
        std::string base;
        if (!review) {
            if (rec.cls.indicator.empty()) continue;
            auto it = by_id.find(rec.cls.indicator);
            if (it == by_id.end()) {
                pl.plan.warnings.push_back(fmt::format("文件 {} 归属的指标 {} 不在目录中，未打包",
                                                       encoding::escape_invalid_utf8(rec.source),
                                                       rec.cls.indicator));
                continue;
            }
            indicator = it->second;
            base = pl.folders[static_cast<size_t>(indicator)];
        } else {
            if (!pl.include_review) continue;
            base = std::string("data/") + kReviewFolder;
        }
        std::string unit = rec.unit.value_or(kUnknownUnit);
        pl.units_in[base].insert(unit);
        pl.pending.push_back({f, indicator, base + "\n" + unit});
    }
}

// Names the unit folders inside each indicator folder.
void name_unit_folders(Planner& pl) {
    for (const auto& [base, units] : pl.units_in)
        for (const auto& unit : units)
            pl.unit_dir[base + "\n" + unit] =
                base + "/" + pl.names.claim(base, clean_component(unit, pl.gbk_only), unit);
}

// Names every pending file "<seq>_<YYYYMMDD>_<original name>" ("<seq>_日期不详_<name>" without a
// publication date: a clerk reads 00000000 as a broken date), shortened to fit the path limit.
void place_pending(Planner& pl) {
    std::map<std::string, int> count;
    for (const auto& p : pl.pending) ++count[pl.unit_dir[p.unit_key]];
    std::map<std::string, int> seq;
    for (const auto& p : pl.pending) {
        const auto& rec = pl.ledger.files[static_cast<size_t>(p.file)];
        const std::string& dir = pl.unit_dir[p.unit_key];
        const int width = std::max(3, static_cast<int>(std::to_string(count[dir]).size()));
        const auto& published = rec.analysis.date.published;
        std::string prefix =
            fmt::format("{:0{}d}_{}_", ++seq[dir], width,
                        published && published->valid() ? published->compact() : "日期不详");
        std::string name = clean_component(text::base_name(rec.source), pl.gbk_only);
        const size_t used_units = utf16_length(dir) + 1 + prefix.size();
        size_t max_units = used_units < kMaxPathChars ? kMaxPathChars - used_units : 0;
        if (max_units < 8) {
            pl.plan.warnings.push_back(fmt::format("文件 {} 的目录路径过长，文件名已大幅缩短",
                                                   encoding::escape_invalid_utf8(rec.source)));
            max_units = 8;
        }
        name = shorten(name, kMaxComponentBytes - prefix.size(), max_units);
        pl.plan.placements.push_back({p.file, dir + "/" + prefix + name, p.indicator});
    }
}

}  // namespace

size_t utf16_length(std::string_view s) {
    size_t units = 0;
    utf8::CodePointReader chars(s);
    while (auto cp = chars.next()) units += (cp->c > 0xFFFF) ? 2 : 1;
    return units;
}

std::string clean_component(std::string_view raw, bool gbk_only) {
    const std::string decoded = encoding::name_to_utf8(raw);
    ConverterPtr gbk;
    if (gbk_only) {
        UErrorCode err = U_ZERO_ERROR;
        gbk.reset(ucnv_open("GBK", &err));
        if (U_FAILURE(err)) gbk.reset();
        // Report unmappable characters instead of substituting them.
        if (gbk)
            ucnv_setFromUCallBack(gbk.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                                  &err);
    }
    std::string out;
    out.reserve(decoded.size());
    utf8::CodePointReader chars(decoded);
    while (auto cp = chars.next()) {
        const UChar32 c = cp->c;
        // Zero-width and direction controls hide or reorder what the name shows: dropped.
        if (c > 0 && encoding::is_format_control(static_cast<char32_t>(c)) && c != 0x2028 &&
            c != 0x2029)
            continue;
        bool bad = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '<' || c == '>' ||
                   c == ':' || c == '"' || c == '/' || c == '\\' || c == '|' || c == '?' ||
                   c == '*' || c == 0x2028 || c == 0x2029;
        if (!bad && gbk && c >= 0x80 && !gbk_can_encode(gbk.get(), c)) bad = true;
        if (bad)
            out += '_';
        else
            out.append(cp->bytes);
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    size_t lead = 0;
    while (lead < out.size() && out[lead] == ' ') ++lead;
    out = out.substr(lead);
    if (out.empty()) out.push_back('_');
    if (is_reserved_device(out)) {
        // "CON.txt" → "CON_.txt" (built by appending: GCC 12 warns falsely on insert()).
        const size_t dot = std::min(out.find('.'), out.size());
        std::string fixed = out.substr(0, dot);
        fixed.push_back('_');
        fixed.append(out, dot, std::string::npos);
        out = std::move(fixed);
    }
    if (out.size() > kMaxComponentBytes) out = shorten(out, kMaxComponentBytes, kMaxComponentBytes);
    return out;
}

std::string shorten(std::string_view name, size_t max_bytes, size_t max_units) {
    if (name.size() <= max_bytes && utf16_length(name) <= max_units) return std::string(name);
    std::string_view stem = name, ext;
    auto dot = name.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && name.size() - dot <= 16) {
        stem = name.substr(0, dot);
        ext = name.substr(dot);
    }
    const size_t ext_units = utf16_length(ext);
    if (ext.size() >= max_bytes || ext_units >= max_units) {  // no room: cut the whole name
        stem = name;
        ext = {};
    }
    std::string out;
    size_t bytes = ext.size(), units = utf16_length(ext);
    utf8::CodePointReader chars(stem);
    while (auto cp = chars.next()) {
        const size_t len = cp->bytes.size();
        const size_t u = cp->c > 0xFFFF ? 2 : 1;
        if (bytes + len > max_bytes || units + u > max_units) break;
        out.append(cp->bytes);
        bytes += len;
        units += u;
    }
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    out.append(ext);
    return out;
}

std::vector<std::string> indicator_folders(const Catalog& catalog, bool gbk_only) {
    const auto& ind = catalog.indicators;
    std::vector<std::string> folders(ind.size());
    std::vector<int> position(ind.size(), 0);
    int root_pos = 0;
    for (size_t i = 0; i < ind.size(); ++i) {
        if (ind[i].parent < 0) position[i] = ++root_pos;
        for (size_t k = 0; k < ind[i].children.size(); ++k)
            position[static_cast<size_t>(ind[i].children[k])] = static_cast<int>(k) + 1;
    }
    // Pre-order guarantees a parent comes before its children.
    for (size_t i = 0; i < ind.size(); ++i) {
        std::string name =
            fmt::format("{:02d}_{}", position[i], clean_component(ind[i].name, gbk_only));
        name = shorten(name, kMaxComponentBytes, 64);  // a folder name never needs more
        const int parent = ind[i].parent;
        const bool parent_ok = parent >= 0 && static_cast<size_t>(parent) < i;
        folders[i] =
            (parent_ok ? folders[static_cast<size_t>(parent)] : std::string("data")) + "/" + name;
    }
    return folders;
}

Plan plan_layout(const Catalog& catalog, const Ledger& ledger, bool include_review, bool gbk_only) {
    Planner pl{catalog, ledger, include_review, gbk_only, indicator_folders(catalog, gbk_only)};
    claim_indicator_folders(pl);
    collect_pending(pl);
    name_unit_folders(pl);
    place_pending(pl);
    std::sort(pl.plan.placements.begin(), pl.plan.placements.end(),
              [](const Placement& a, const Placement& b) { return a.path < b.path; });
    return std::move(pl.plan);
}

}  // namespace dossier::layout
