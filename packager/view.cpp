#include "packager/view.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace dossier {

std::string PackageView::part_file_name(int p) const {
    return parts > 1 ? fmt::format("{}.part{}of{}.zip", name, p, parts) : name + ".zip";
}

IndexTotals index_totals(const PackageView& view) {
    IndexTotals t;
    for (const auto& ind : view.catalog->indicators) {
        if (!ind.leaf()) continue;
        const Verdict* v = view.verdict(ind.id);
        ++t.by_status[static_cast<int>(v ? v->status : Status::missing)];
        t.points_at_risk += v ? v->points_at_risk : ind.points;
    }
    const Ledger& ledger = *view.ledger;
    for (size_t f = 0; f < ledger.files.size(); ++f) {
        if (view.path[f]) ++t.packaged;
        if (view.in_this_part(f)) ++t.here;
    }
    t.not_packaged = ledger.files.size() - t.packaged + ledger.rejected.size();
    return t;
}

std::vector<FileRow> file_rows(const PackageView& view) {
    const Catalog& cat = *view.catalog;
    const Ledger& ledger = *view.ledger;
    // First entry wins when the catalog repeats an id.
    std::map<std::string, int> index_of;
    for (size_t i = 0; i < cat.indicators.size(); ++i)
        index_of.emplace(cat.indicators[i].id, static_cast<int>(i));
    std::vector<FileRow> rows;
    for (size_t f = 0; f < ledger.files.size(); ++f) {
        if (!view.path[f]) continue;
        const FileRecord& rec = ledger.files[f];
        auto it = index_of.find(rec.cls.indicator);
        rows.push_back({f, &rec, &*view.path[f], rec.cls.review && !rec.cls.pinned,
                        it == index_of.end() ? -1 : it->second});
    }
    std::sort(rows.begin(), rows.end(),
              [](const FileRow& a, const FileRow& b) { return *a.path < *b.path; });
    return rows;
}

std::vector<std::string> assessor_reasons(const Verdict& v) {
    if (v.status == Status::review) return {};
    return v.reasons;
}

std::string unit_label(const FileRecord& rec) {
    return rec.unit.value_or("未知单位");
}

std::string package_unit_label(const Assessment& as) {
    return as.unit.value_or("全部单位");
}

std::string deadline_label(const Catalog& catalog) {
    return catalog.window_end.valid() ? catalog.window_end.iso() : std::string("—");
}

}  // namespace dossier
