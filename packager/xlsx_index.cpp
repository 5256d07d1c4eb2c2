#include "packager/xlsx_index.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {

namespace {

std::string clean(const std::string& s) {
    return encoding::is_valid_utf8(s) ? s : encoding::escape_invalid_utf8(s);
}

// The workbook being written to its temporary file, and the formats both sheets use.
struct Book {
    std::filesystem::path file;
    std::string tmpdir;  // libxlsxwriter's scratch folder
    std::string title;
    lxw_workbook* wb = nullptr;
    lxw_format* head = nullptr;  // header row
    lxw_format* top = nullptr;   // a short cell, at the top of its row like the wrapped ones
    lxw_format* wrap = nullptr;  // long text: wrapped in its column, so one page wide stays legible
    lxw_format* link = nullptr;  // a file link: hyperlink look, wrapped
    lxw_format* fill[6] = {};    // status cell, indexed by static_cast<int>(Status)
};

// Status fills a clerk reads at a glance: green done, amber to look at, red missing or late,
// grey checked outside the package.
constexpr lxw_color_t kStatusFill[6] = {
    0xC6EFCE,  // covered 已覆盖
    0xFFEB9C,  // weak 证据不足
    0xFFC7CE,  // missing 缺失
    0xFFC7CE,  // late 逾期
    0xFFEB9C,  // review 待确认
    0xD9D9D9,  // check 另需核实
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
    b.top = workbook_add_format(b.wb);
    format_set_align(b.top, LXW_ALIGN_VERTICAL_TOP);
    b.wrap = workbook_add_format(b.wb);
    format_set_text_wrap(b.wrap);
    format_set_align(b.wrap, LXW_ALIGN_VERTICAL_TOP);
    b.link = workbook_add_format(b.wb);
    format_set_text_wrap(b.link);
    format_set_align(b.link, LXW_ALIGN_VERTICAL_TOP);
    format_set_font_color(b.link, LXW_COLOR_BLUE);
    format_set_underline(b.link, LXW_UNDERLINE_SINGLE);
    for (int i = 0; i < 6; ++i) {
        b.fill[i] = workbook_add_format(b.wb);
        format_set_bg_color(b.fill[i], kStatusFill[i]);
        format_set_align(b.fill[i], LXW_ALIGN_VERTICAL_TOP);
    }
    return true;
}

constexpr uint16_t kPaperA4 = 9;

// A new sheet with a header row of `cols` that stays frozen on screen, carries an autofilter
// over `rows` data rows and is repeated on every printed page; printed landscape on A4, one page
// wide.
template <lxw_col_t N>
lxw_worksheet* add_sheet(const Book& b, const char* name, const char* const (&cols)[N],
                         const double (&widths)[N], size_t rows) {
    lxw_worksheet* ws = workbook_add_worksheet(b.wb, name);
    for (lxw_col_t c = 0; c < N; ++c) {
        worksheet_write_string(ws, 0, c, cols[c], b.head);
        worksheet_set_column(ws, c, c, widths[c], nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, static_cast<lxw_row_t>(rows), N - 1);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, kPaperA4);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, 0);
    return ws;
}

// Lines a wrapped cell needs in a column `width` characters wide (a CJK character takes two).
int wrapped_lines(const std::string& text, double width) {
    const double columns = text::display_columns(text);
    return std::max(1, static_cast<int>(std::ceil(columns / std::max(1.0, width - 1))));
}

// Sets the row tall enough for its longest wrapped cell: LibreOffice (WPS too, on large files)
// keeps an xlsx row at its stored height on opening, so without this wrapped text is clipped to
// its first line. 15 points per line of the default 11-point font.
void fit_row(lxw_worksheet* ws, lxw_row_t row, int lines) {
    if (lines > 1) worksheet_set_row(ws, row, 15.0 * lines, nullptr);
}

// Appends `item` and "；" to `note` unless the note already holds it: a file's own warnings and
// its analysis warnings often say the same thing.
void add_note(std::string& note, std::vector<std::string>& seen, const std::string& item) {
    if (item.empty() || std::find(seen.begin(), seen.end(), item) != seen.end()) return;
    seen.push_back(item);
    note += item + "；";
}

// The 备注 cell of a file: part, secondary indicators, warnings, each once and ending in "；".
// 待确认 is not repeated here: the indicator columns already say it.
std::string file_note(const PackageView& view, const FileRow& row) {
    const FileRecord& rec = *row.rec;
    std::string note;
    std::vector<std::string> seen;
    if (view.parts > 1) add_note(note, seen, fmt::format("第{}卷", view.part_of[row.file]));
    if (!rec.cls.secondary.empty()) {
        std::string sec = "兼指标";
        for (const auto& s : rec.cls.secondary) sec += " " + s;
        add_note(note, seen, sec);
    }
    for (const auto& w : rec.warnings) add_note(note, seen, w);
    for (const auto& w : rec.analysis.warnings) add_note(note, seen, w);
    return note;
}

// Sheet 1 "文件": every packaged file (all parts), in archive order. The file name links to the
// file next to the workbook (relative data/...), so it opens from the extracted package; a file in
// another part has no link. No confidence: the index goes to the assessors.
void write_files_sheet(const Book& b, const PackageView& view) {
    static const char* const kCols[] = {"序号", "一级指标", "二级指标", "三级指标",
                                        "单位", "文件",     "发布日期", "备注"};
    static const double kWidths[] = {6, 14, 18, 22, 14, 48, 11, 30};
    const auto rows = file_rows(view);
    lxw_worksheet* ws = add_sheet(b, "文件", kCols, kWidths, rows.size());
    lxw_row_t row = 1;
    for (const FileRow& r : rows) {
        const FileRecord& rec = *r.rec;
        std::vector<std::string> levels;
        if (r.review)
            levels = {"待确认"};
        else if (r.indicator >= 0)
            levels = view.names_of(r.indicator);
        worksheet_write_number(ws, row, 0, static_cast<double>(row), b.top);
        for (lxw_col_t c = 0; c < 3; ++c)
            if (c < levels.size())
                worksheet_write_string(ws, row, 1 + c, clean(levels[c]).c_str(), b.wrap);
        worksheet_write_string(ws, row, 4, clean(unit_label(rec)).c_str(), b.wrap);
        const std::string path = clean(*r.path);
        // The link shows the file's name (its folder is the indicator, beside it): LibreOffice
        // does not wrap a hyperlink's text, so a whole data/... path would be cut at the column.
        // A relative URI with forward slashes, as Excel itself writes one: libxlsxwriter's
        // "external:" form would turn the slashes into backslashes, which LibreOffice on UOS or
        // Kylin does not follow. A link too long for Excel (refused) leaves the plain path.
        std::string shown = std::string(text::base_name(path));
        if (!view.in_this_part(r.file) ||
            worksheet_write_url_opt(ws, row, 5, path.c_str(), b.link, shown.c_str(), nullptr) !=
                LXW_NO_ERROR) {
            shown = path;
            worksheet_write_string(ws, row, 5, path.c_str(), b.wrap);
        }
        const auto& pub = rec.analysis.date.published;
        worksheet_write_string(ws, row, 6, pub ? pub->iso().c_str() : "日期不详", b.top);
        const std::string note = clean(file_note(view, r));
        worksheet_write_string(ws, row, 7, note.c_str(), b.wrap);
        int lines = std::max(wrapped_lines(shown, kWidths[5]), wrapped_lines(note, kWidths[7]));
        for (size_t c = 0; c < levels.size() && c < 3; ++c)
            lines = std::max(lines, wrapped_lines(levels[c], kWidths[1 + c]));
        fit_row(ws, row, lines);
        ++row;
    }
}

// The units answerable for catalog node `i`: its own, else the nearest ancestor's.
std::string responsible_units(const Catalog& cat, int i) {
    for (; i >= 0; i = cat.indicators[static_cast<size_t>(i)].parent) {
        const auto& units = cat.indicators[static_cast<size_t>(i)].units;
        if (units.empty()) continue;
        std::string out;
        for (const auto& u : units) out += (out.empty() ? "" : "、") + u;
        return out;
    }
    return std::string();
}

// Sheet 2 "指标": every catalog node with its status (filled in its colour), the units
// answerable for it, its file count and reasons. No points at risk: the index goes to the
// assessors.
void write_indicators_sheet(const Book& b, const PackageView& view) {
    static const char* const kCols[] = {"编号", "一级指标", "二级指标", "三级指标", "分值",
                                        "状态", "责任单位", "文件数",   "原因"};
    static const double kWidths[] = {7, 14, 18, 24, 6, 9, 24, 7, 44};
    const Catalog& cat = *view.catalog;
    lxw_worksheet* wi = add_sheet(b, "指标", kCols, kWidths, cat.indicators.size());
    lxw_row_t row = 1;
    for (size_t i = 0; i < cat.indicators.size(); ++i) {
        const Indicator& ind = cat.indicators[i];
        const Verdict* v = view.verdict(ind.id);
        const Status st = v ? v->status : Status::missing;
        const auto levels = view.names_of(static_cast<int>(i));
        worksheet_write_string(wi, row, 0, clean(ind.id).c_str(), b.top);
        const auto level_col = static_cast<lxw_col_t>(levels.size() - 1);
        worksheet_write_string(wi, row, 1 + level_col, clean(levels.back()).c_str(), b.wrap);
        worksheet_write_number(wi, row, 4, ind.points, b.top);
        worksheet_write_string(wi, row, 5, label_zh(st), b.fill[static_cast<int>(st)]);
        const std::string units = clean(responsible_units(cat, static_cast<int>(i)));
        worksheet_write_string(wi, row, 6, units.c_str(), b.wrap);
        worksheet_write_number(wi, row, 7, v ? static_cast<double>(v->files.size()) : 0.0, b.top);
        std::string reasons;
        if (v)
            for (const auto& r : assessor_reasons(*v)) reasons += (reasons.empty() ? "" : "；") + r;
        reasons = clean(reasons);
        worksheet_write_string(wi, row, 8, reasons.c_str(), b.wrap);
        fit_row(wi, row,
                std::max({wrapped_lines(units, kWidths[6]), wrapped_lines(reasons, kWidths[8]),
                          wrapped_lines(levels.back(), kWidths[1 + level_col])}));
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
