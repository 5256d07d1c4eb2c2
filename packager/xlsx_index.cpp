#include "packager/xlsx_index.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "model/encoding.hpp"

namespace dossier {

namespace {

std::string clean(const std::string& s) {
    return encoding::is_valid_utf8(s) ? s : encoding::escape_invalid_utf8(s);
}

}  // namespace

tl::expected<std::string, Error> index_xlsx(const PackageView& view,
                                            const std::filesystem::path& tmpdir) {
    const Catalog& cat = *view.catalog;
    const Ledger& ledger = *view.ledger;
    const auto file = tmpdir / fmt::format(".{}.xlsx.tmp", view.part);
    std::string tmp = tmpdir.string();
    lxw_workbook_options opt{};
    opt.constant_memory = LXW_FALSE;
    opt.tmpdir = tmp.data();
    opt.use_zip64 = LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(file.c_str(), &opt);
    if (!wb) return tl::unexpected(Error{"无法创建目录表格（目录.xlsx）"});

    lxw_doc_properties props{};
    std::string title = clean(cat.title) + " 材料目录";
    props.title = title.data();
    props.created = static_cast<time_t>(view.timestamp);
    workbook_set_properties(wb, &props);

    lxw_format* head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bg_color(head, 0xDDEBF7);
    format_set_border(head, LXW_BORDER_THIN);
    lxw_format* pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.00");

    // Sheet 1: files, in archive order.
    lxw_worksheet* ws = workbook_add_worksheet(wb, "文件");
    const char* cols[] = {"序号", "一级指标", "二级指标", "三级指标", "单位",
                          "文件", "发布日期", "置信度",   "备注"};
    const double widths[] = {6, 16, 22, 30, 16, 60, 12, 8, 40};
    for (lxw_col_t c = 0; c < 9; ++c) {
        worksheet_write_string(ws, 0, c, cols[c], head);
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);

    std::map<std::string, int> index_of;
    for (size_t i = 0; i < cat.indicators.size(); ++i)
        index_of.emplace(cat.indicators[i].id, static_cast<int>(i));
    std::vector<size_t> order;
    for (size_t f = 0; f < ledger.files.size(); ++f)
        if (view.path[f]) order.push_back(f);
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return *view.path[a] < *view.path[b]; });
    lxw_row_t row = 1;
    for (size_t f : order) {
        const auto& rec = ledger.files[f];
        std::vector<std::string> levels;
        auto it = index_of.find(rec.cls.indicator);
        if (it != index_of.end() && !(rec.cls.review && !rec.cls.pinned))
            levels = view.names_of(it->second);
        worksheet_write_number(ws, row, 0, static_cast<double>(row), nullptr);
        for (lxw_col_t c = 0; c < 3; ++c)
            if (c < levels.size())
                worksheet_write_string(ws, row, 1 + c, clean(levels[c]).c_str(), nullptr);
        worksheet_write_string(ws, row, 4, clean(rec.unit.value_or("未知单位")).c_str(), nullptr);
        worksheet_write_string(ws, row, 5, view.path[f]->c_str(), nullptr);
        const auto& pub = rec.analysis.date.published;
        worksheet_write_string(ws, row, 6, pub ? pub->iso().c_str() : "", nullptr);
        worksheet_write_number(ws, row, 7, rec.cls.confidence, pct);
        std::string note;
        if (rec.cls.review && !rec.cls.pinned) note += "待确认；";
        if (view.parts > 1) note += fmt::format("第{}卷；", view.part_of[f]);
        if (!rec.cls.secondary.empty()) {
            note += "兼指标";
            for (const auto& s : rec.cls.secondary) note += " " + s;
            note += "；";
        }
        for (const auto& w : rec.warnings) note += w + "；";
        for (const auto& w : rec.analysis.warnings) note += w + "；";
        worksheet_write_string(ws, row, 8, clean(note).c_str(), nullptr);
        ++row;
    }

    // Sheet 2: indicators.
    lxw_worksheet* wi = workbook_add_worksheet(wb, "指标");
    const char* icols[] = {"编号", "一级指标", "二级指标", "三级指标", "分值",
                           "状态", "风险分值", "文件数",   "原因"};
    const double iwidths[] = {8, 16, 22, 30, 6, 10, 8, 8, 60};
    for (lxw_col_t c = 0; c < 9; ++c) {
        worksheet_write_string(wi, 0, c, icols[c], head);
        worksheet_set_column(wi, c, c, iwidths[c], nullptr);
    }
    worksheet_freeze_panes(wi, 1, 0);
    row = 1;
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        const Verdict* v = view.verdict(ind.id);
        const auto levels = view.names_of(static_cast<int>(i));
        worksheet_write_string(wi, row, 0, clean(ind.id).c_str(), nullptr);
        worksheet_write_string(wi, row, 1 + static_cast<lxw_col_t>(levels.size() - 1),
                               clean(levels.back()).c_str(), nullptr);
        worksheet_write_number(wi, row, 4, ind.points, nullptr);
        worksheet_write_string(wi, row, 5, label_zh(v ? v->status : Status::missing), nullptr);
        worksheet_write_number(wi, row, 6, v ? v->points_at_risk : ind.points, nullptr);
        worksheet_write_number(wi, row, 7, v ? static_cast<double>(v->files.size()) : 0.0, nullptr);
        std::string reasons;
        if (v)
            for (const auto& r : v->reasons) reasons += (reasons.empty() ? "" : "；") + r;
        worksheet_write_string(wi, row, 8, clean(reasons).c_str(), nullptr);
        ++row;
    }

    const lxw_error err = workbook_close(wb);
    std::string bytes;
    if (err == LXW_NO_ERROR) {
        std::ifstream in(file, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        bytes = ss.str();
    }
    std::error_code ec;
    std::filesystem::remove(file, ec);
    if (err != LXW_NO_ERROR || bytes.empty())
        return tl::unexpected(
            Error{fmt::format("写入目录表格（目录.xlsx）失败：{}", lxw_strerror(err))});
    return bytes;
}

}  // namespace dossier
