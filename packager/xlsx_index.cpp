#include "packager/xlsx_index.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "model/encoding.hpp"

namespace dossier {

namespace {

std::string clean(const std::string& s) {
    return encoding::is_valid_utf8(s) ? s : encoding::escape_invalid_utf8(s);
}

// The workbook being written to its temporary file, and the two formats both sheets use.
struct Book {
    std::filesystem::path file;
    std::string tmpdir;  // libxlsxwriter's scratch folder
    std::string title;
    lxw_workbook* wb = nullptr;
    lxw_format* head = nullptr;  // header row
    lxw_format* pct = nullptr;   // confidence
};

// Opens the workbook in `tmpdir` and sets its title and fixed creation time; false when
// libxlsxwriter cannot create it.
bool open_book(Book& b, const PackageView& view, const std::filesystem::path& tmpdir) {
    b.file = tmpdir / fmt::format(".{}.xlsx.tmp", view.part);
    b.tmpdir = tmpdir.string();
    lxw_workbook_options opt{};
    opt.constant_memory = LXW_FALSE;
    opt.tmpdir = b.tmpdir.data();
    opt.use_zip64 = LXW_FALSE;
    b.wb = workbook_new_opt(b.file.c_str(), &opt);
    if (!b.wb) return false;
    lxw_doc_properties props{};
    b.title = clean(view.catalog->title) + " 材料目录";
    props.title = b.title.data();
    props.created = static_cast<time_t>(view.timestamp);
    workbook_set_properties(b.wb, &props);
    b.head = workbook_add_format(b.wb);
    format_set_bold(b.head);
    format_set_bg_color(b.head, 0xDDEBF7);
    format_set_border(b.head, LXW_BORDER_THIN);
    b.pct = workbook_add_format(b.wb);
    format_set_num_format(b.pct, "0.00");
    return true;
}

constexpr lxw_col_t kColumns = 9;

// A new sheet with a frozen header row of `cols` and fixed column widths.
lxw_worksheet* add_sheet(const Book& b, const char* name, const char* const (&cols)[kColumns],
                         const double (&widths)[kColumns]) {
    lxw_worksheet* ws = workbook_add_worksheet(b.wb, name);
    for (lxw_col_t c = 0; c < kColumns; ++c) {
        worksheet_write_string(ws, 0, c, cols[c], b.head);
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    return ws;
}

// The 备注 cell of a file: review, part, secondary indicators, warnings, each ending in "；".
std::string file_note(const PackageView& view, const FileRow& row) {
    const FileRecord& rec = *row.rec;
    std::string note;
    if (row.review) note += "待确认；";
    if (view.parts > 1) note += fmt::format("第{}卷；", view.part_of[row.file]);
    if (!rec.cls.secondary.empty()) {
        note += "兼指标";
        for (const auto& s : rec.cls.secondary) note += " " + s;
        note += "；";
    }
    for (const auto& w : rec.warnings) note += w + "；";
    for (const auto& w : rec.analysis.warnings) note += w + "；";
    return note;
}

// Sheet 1 "文件": every packaged file (all parts), in archive order.
void write_files_sheet(const Book& b, const PackageView& view) {
    static const char* const kCols[kColumns] = {"序号", "一级指标", "二级指标", "三级指标", "单位",
                                                "文件", "发布日期", "置信度",   "备注"};
    static const double kWidths[kColumns] = {6, 16, 22, 30, 16, 60, 12, 8, 40};
    lxw_worksheet* ws = add_sheet(b, "文件", kCols, kWidths);
    lxw_row_t row = 1;
    for (const FileRow& r : file_rows(view)) {
        const FileRecord& rec = *r.rec;
        std::vector<std::string> levels;
        if (r.indicator >= 0 && !r.review) levels = view.names_of(r.indicator);
        worksheet_write_number(ws, row, 0, static_cast<double>(row), nullptr);
        for (lxw_col_t c = 0; c < 3; ++c)
            if (c < levels.size())
                worksheet_write_string(ws, row, 1 + c, clean(levels[c]).c_str(), nullptr);
        worksheet_write_string(ws, row, 4, clean(unit_label(rec)).c_str(), nullptr);
        worksheet_write_string(ws, row, 5, r.path->c_str(), nullptr);
        const auto& pub = rec.analysis.date.published;
        worksheet_write_string(ws, row, 6, pub ? pub->iso().c_str() : "", nullptr);
        worksheet_write_number(ws, row, 7, rec.cls.confidence, b.pct);
        worksheet_write_string(ws, row, 8, clean(file_note(view, r)).c_str(), nullptr);
        ++row;
    }
}

// Sheet 2 "指标": every catalog node with its status, points at risk and reasons.
void write_indicators_sheet(const Book& b, const PackageView& view) {
    static const char* const kCols[kColumns] = {"编号", "一级指标", "二级指标", "三级指标", "分值",
                                                "状态", "风险分值", "文件数",   "原因"};
    static const double kWidths[kColumns] = {8, 16, 22, 30, 6, 10, 8, 8, 60};
    lxw_worksheet* wi = add_sheet(b, "指标", kCols, kWidths);
    const Catalog& cat = *view.catalog;
    lxw_row_t row = 1;
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
}

// Closes the workbook and returns the bytes of its file, which is removed either way.
tl::expected<std::string, Error> close_and_read(const Book& b) {
    const lxw_error err = workbook_close(b.wb);
    std::string bytes;
    if (err == LXW_NO_ERROR) {
        std::ifstream in(b.file, std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        bytes = ss.str();
    }
    std::error_code ec;
    std::filesystem::remove(b.file, ec);
    if (err != LXW_NO_ERROR || bytes.empty())
        return tl::unexpected(
            Error{fmt::format("写入目录表格（目录.xlsx）失败：{}", lxw_strerror(err))});
    return bytes;
}

}  // namespace

tl::expected<std::string, Error> index_xlsx(const PackageView& view,
                                            const std::filesystem::path& tmpdir) {
    Book b;
    if (!open_book(b, view, tmpdir)) return tl::unexpected(Error{"无法创建目录表格（目录.xlsx）"});
    write_files_sheet(b, view);
    write_indicators_sheet(b, view);
    return close_and_read(b);
}

}  // namespace dossier
