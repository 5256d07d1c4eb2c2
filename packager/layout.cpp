#include "packager/layout.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include "model/encoding.hpp"

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

std::string lower_ascii(std::string s) {
    for (auto& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return s;
}

// Registers `name` in directory `dir`; returns the name with "_2", "_3" … appended when another
// entry of that directory already uses it (compared case-insensitively, as Windows does).
class DirNames {
  public:
    std::string claim(const std::string& dir, const std::string& name, const std::string& owner) {
        auto& used = dirs_[dir];
        for (int n = 1;; ++n) {
            std::string candidate = n == 1 ? name : fmt::format("{}_{}", name, n);
            auto key = lower_ascii(candidate);
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

std::string original_name(const std::string& source) {
    auto slash = source.rfind('/');
    return slash == std::string::npos ? source : source.substr(slash + 1);
}

}  // namespace

size_t utf16_length(std::string_view s) {
    size_t units = 0;
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
        units += (c > 0xFFFF) ? 2 : 1;
    }
    return units;
}

std::string clean_component(std::string_view raw, bool gbk_only) {
    std::string utf8 = encoding::name_to_utf8(raw);
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
    out.reserve(utf8.size());
    int32_t i = 0;
    const auto n = static_cast<int32_t>(utf8.size());
    const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        bool bad = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '<' || c == '>' ||
                   c == ':' || c == '"' || c == '/' || c == '\\' || c == '|' || c == '?' ||
                   c == '*' || c == 0x2028 || c == 0x2029;
        if (!bad && gbk && c >= 0x80 && !gbk_can_encode(gbk.get(), c)) bad = true;
        if (bad)
            out += '_';
        else
            out.append(utf8, static_cast<size_t>(start), static_cast<size_t>(i - start));
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
    int32_t i = 0;
    const auto n = static_cast<int32_t>(stem.size());
    const auto* p = reinterpret_cast<const uint8_t*>(stem.data());
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(p, i, n, c);
        const size_t len = static_cast<size_t>(i - start);
        const size_t u = c > 0xFFFF ? 2 : 1;
        if (bytes + len > max_bytes || units + u > max_units) break;
        out.append(stem.substr(static_cast<size_t>(start), len));
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
    Plan plan;
    const auto folders = indicator_folders(catalog, gbk_only);
    std::map<std::string, int> by_id;
    for (size_t i = 0; i < catalog.indicators.size(); ++i)
        by_id.emplace(catalog.indicators[i].id, static_cast<int>(i));

    DirNames names;
    for (size_t i = 0; i < folders.size(); ++i) {
        auto slash = folders[i].rfind('/');
        names.claim(folders[i].substr(0, slash), folders[i].substr(slash + 1), folders[i]);
    }
    names.claim("data", kReviewFolder, std::string("data/") + kReviewFolder);

    // Files in sorted source order (bytewise), so sequence numbers never depend on scan order.
    std::vector<int> order(ledger.files.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return ledger.files[static_cast<size_t>(a)].source <
               ledger.files[static_cast<size_t>(b)].source;
    });

    struct Pending {
        int file;
        int indicator;
        std::string unit_dir;
    };
    std::vector<Pending> pending;
    // Unit folder names per indicator folder: claim distinct raw unit names in sorted order.
    std::map<std::string, std::set<std::string>> units_in;
    for (int f : order) {
        const auto& rec = ledger.files[static_cast<size_t>(f)];
        const bool review = rec.cls.review && !rec.cls.pinned;
        int indicator = -1;
        std::string base;
        if (!review) {
            if (rec.cls.indicator.empty()) continue;
            auto it = by_id.find(rec.cls.indicator);
            if (it == by_id.end()) {
                plan.warnings.push_back(fmt::format("文件 {} 归属的指标 {} 不在目录中，未打包",
                                                    encoding::escape_invalid_utf8(rec.source),
                                                    rec.cls.indicator));
                continue;
            }
            indicator = it->second;
            base = folders[static_cast<size_t>(indicator)];
        } else {
            if (!include_review) continue;
            base = std::string("data/") + kReviewFolder;
        }
        std::string unit = rec.unit.value_or(kUnknownUnit);
        units_in[base].insert(unit);
        pending.push_back({f, indicator, base + "\n" + unit});
    }
    std::map<std::string, std::string> unit_dir;  // base + "\n" + unit → folder path
    for (const auto& [base, units] : units_in)
        for (const auto& unit : units)
            unit_dir[base + "\n" + unit] =
                base + "/" + names.claim(base, clean_component(unit, gbk_only), unit);

    std::map<std::string, int> count;
    for (const auto& p : pending) ++count[unit_dir[p.unit_dir]];
    std::map<std::string, int> seq;
    for (const auto& p : pending) {
        const auto& rec = ledger.files[static_cast<size_t>(p.file)];
        const std::string& dir = unit_dir[p.unit_dir];
        const int width = std::max(3, static_cast<int>(std::to_string(count[dir]).size()));
        const auto& published = rec.analysis.date.published;
        std::string prefix =
            fmt::format("{:0{}d}_{}_", ++seq[dir], width,
                        published && published->valid() ? published->compact() : "00000000");
        std::string name = clean_component(original_name(rec.source), gbk_only);
        const size_t used_units = utf16_length(dir) + 1 + prefix.size();
        size_t max_units = used_units < kMaxPathChars ? kMaxPathChars - used_units : 0;
        if (max_units < 8) {
            plan.warnings.push_back(fmt::format("文件 {} 的目录路径过长，文件名已大幅缩短",
                                                encoding::escape_invalid_utf8(rec.source)));
            max_units = 8;
        }
        name = shorten(name, kMaxComponentBytes - prefix.size(), max_units);
        plan.placements.push_back({p.file, dir + "/" + prefix + name, p.indicator});
    }
    std::sort(plan.placements.begin(), plan.placements.end(),
              [](const Placement& a, const Placement& b) { return a.path < b.path; });
    return plan;
}

}  // namespace dossier::layout
