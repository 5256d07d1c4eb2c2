#include "extractors/xlsx.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "extractors/ooxml.hpp"
#include "extractors/xml_util.hpp"

namespace dossier {
namespace {

// What is read of a workbook (docs/robustness.md "memory"): a sheet's first kMaxSheetRows rows,
// and at most kMaxCells non-empty cells in all; the rest is left out with a warning. Evidence
// tables are a few thousand rows; a million-row sheet took 1.6 GB.
constexpr size_t kMaxSheetRows = 20'000;
constexpr size_t kMaxCells = 200'000;

struct Styles {
    std::vector<bool> date_by_xf;  // cellXfs index → shows a date
};

Styles read_styles(const ZipPackage& zip, const std::string& part) {
    Styles st;
    auto bytes = zip.read(part);
    if (!bytes) return st;
    pugi::xml_document doc;
    if (!xml::parse(doc, *bytes, part)) return st;
    auto root = doc.document_element();
    std::map<int, std::string> custom;
    for (auto f : xml::child(root, "numFmts").children())
        if (xml::is(f, "numFmt"))
            custom[f.attribute("numFmtId").as_int()] = f.attribute("formatCode").value();
    for (auto xf : xml::child(root, "cellXfs").children()) {
        if (!xml::is(xf, "xf")) continue;
        int id = xf.attribute("numFmtId").as_int();
        auto it = custom.find(id);
        st.date_by_xf.push_back(
            is_date_format(id, it == custom.end() ? std::string_view() : it->second));
    }
    return st;
}

// Text of a string item (sharedStrings <si> or inline <is>): plain <t> or rich-text runs; the
// phonetic guide (<rPh>) is not content.
std::string string_item(const pugi::xml_node& si) {
    std::string s;
    for (auto c : si.children()) {
        if (xml::is(c, "t"))
            s += c.child_value();
        else if (xml::is(c, "r"))
            s += xml::child(c, "t").child_value();
    }
    return s;
}

std::string format_number(std::string_view v) {
    std::string raw(v);
    char* end = nullptr;
    double x = std::strtod(raw.c_str(), &end);
    if (end == raw.c_str() || *end != '\0' || !std::isfinite(x)) return raw;
    char buf[64];
    if (x == std::floor(x) && std::fabs(x) < 1e15) {
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(x));
    } else {
        // %.15g drops binary noise such as 0.10000000000000001.
        std::snprintf(buf, sizeof buf, "%.15g", x);
    }
    return buf;
}

// "AB12" → column index 27 (0-based); -1 when there are no letters.
int column_of(std::string_view ref) {
    int col = 0;
    size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i)
        col = col * 26 + (ref[i] - 'A' + 1);
    return i == 0 ? -1 : col - 1;
}

std::string column_name(int col) {
    std::string s;
    for (++col; col > 0; col = (col - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (col - 1) % 26));
    return s;
}

// What every sheet reads from the workbook: its date system, shared strings and date styles.
struct Workbook {
    bool date1904 = false;
    std::map<std::string, std::string> rels;  // relationship id → part
    std::string shared_part, styles_part;
    std::vector<std::string> shared;
    Styles styles;
};

// Workbook relationships: sheets, shared strings, styles (by their conventional names when the
// relationships do not list them).
void read_relationships(const ZipPackage& zip, const std::string& workbook, Workbook& wb) {
    size_t slash = workbook.rfind('/');
    std::string rels_part =
        workbook.substr(0, slash + 1) + "_rels/" + workbook.substr(slash + 1) + ".rels";
    if (auto rb = zip.read(rels_part)) {
        pugi::xml_document rd;
        if (xml::parse(rd, *rb, rels_part)) {
            for (auto r : rd.document_element().children()) {
                std::string target = resolve_part(workbook, r.attribute("Target").value());
                std::string_view type = r.attribute("Type").value();
                wb.rels[r.attribute("Id").value()] = target;
                if (type.ends_with("/sharedStrings")) wb.shared_part = target;
                if (type.ends_with("/styles")) wb.styles_part = target;
            }
        }
    }
    if (wb.shared_part.empty() && zip.has("xl/sharedStrings.xml"))
        wb.shared_part = "xl/sharedStrings.xml";
    if (wb.styles_part.empty() && zip.has("xl/styles.xml")) wb.styles_part = "xl/styles.xml";
}

// The shared string table (none when the workbook has no such part); one over the part cap is
// read up to it (later strings are empty cells), with a warning.
tl::expected<std::vector<std::string>, Error> read_shared_strings(const ZipPackage& zip,
                                                                  const std::string& part,
                                                                  ExtractResult& out) {
    std::vector<std::string> shared;
    if (part.empty()) return shared;
    bool truncated = false;
    auto sb = zip.read(part, &truncated);
    if (!sb) return tl::unexpected(sb.error());
    pugi::xml_document sd;
    if (auto ok = xml::parse(sd, *sb, part, truncated); !ok) return tl::unexpected(ok.error());
    if (truncated) out.warnings.push_back(truncated_warning(part));
    for (auto si : sd.document_element().children())
        if (xml::is(si, "si")) shared.push_back(string_item(si));
    return shared;
}

// The sheet's part, through its namespaced r:id relationship; empty when it has none.
std::string sheet_part(const pugi::xml_node& sheet,
                       const std::map<std::string, std::string>& rels) {
    std::string target;
    for (auto a : sheet.attributes()) {
        std::string_view n = a.name();
        if (n.size() > 3 && n.ends_with(":id")) {
            auto it = rels.find(a.value());
            if (it != rels.end()) target = it->second;
        }
    }
    return target;
}

// A cell as text: shared and inline strings, booleans, ISO dates for date-styled numbers,
// numbers without binary noise.
std::string cell_value(const pugi::xml_node& c, const Workbook& wb) {
    std::string_view t = c.attribute("t").value();
    std::string v = xml::child(c, "v").child_value();
    std::string value;
    if (t == "s") {
        size_t idx = static_cast<size_t>(std::strtoul(v.c_str(), nullptr, 10));
        if (idx < wb.shared.size()) value = wb.shared[idx];
    } else if (t == "inlineStr") {
        value = string_item(xml::child(c, "is"));
    } else if (t == "str" || t == "e") {
        value = v;
    } else if (t == "b") {
        value = v == "1" ? "TRUE" : "FALSE";
    } else if (t == "d") {
        value = v.substr(0, 10);
    } else if (!v.empty()) {
        size_t s = c.attribute("s").as_uint();
        double x = std::strtod(v.c_str(), nullptr);
        // A date style on a value under 1 is a bare time of day: keep the number.
        if (s < wb.styles.date_by_xf.size() && wb.styles.date_by_xf[s] && x >= 1 && x < 2958466)
            value = excel_serial_date(x, wb.date1904).iso();
        else
            value = format_number(v);
    }
    return value;
}

// Column index → value of the row's non-empty cells; a cell without a reference follows the
// previous one.
std::map<int, std::string> row_cells(const pugi::xml_node& row, const Workbook& wb) {
    std::map<int, std::string> cells;
    int next_col = 0;
    for (auto c : row.children()) {
        if (!xml::is(c, "c")) continue;
        int col = column_of(c.attribute("r").value());
        if (col < 0) col = next_col;
        next_col = col + 1;
        std::string value = cell_value(c, wb);
        if (!value.empty()) cells[col] = std::move(value);
    }
    return cells;
}

// One sheet being read: its header row (by column) and its text.
struct Sheet {
    std::string name;
    std::vector<std::string> headers;
    bool have_headers = false;
    std::string text;
};

// A non-empty row: a line of the sheet's text, then either the header row or one of out.rows.
void add_row(Sheet& sheet, const std::map<int, std::string>& cells, ExtractResult& out) {
    std::string line;
    for (const auto& [col, value] : cells) line += (line.empty() ? "" : "\t") + value;
    sheet.text += (sheet.text.empty() ? "" : "\n") + line;
    if (!sheet.have_headers) {
        // A lone cell above the table is its title (often merged across): the header row is the
        // first with two or more cells.
        if (cells.size() == 1) return;
        for (const auto& [col, value] : cells) {
            if (sheet.headers.size() <= static_cast<size_t>(col))
                sheet.headers.resize(static_cast<size_t>(col) + 1);
            sheet.headers[static_cast<size_t>(col)] = value;
        }
        sheet.have_headers = true;
        return;
    }
    std::vector<Cell> out_row;
    for (const auto& [col, value] : cells) {
        std::string header = static_cast<size_t>(col) < sheet.headers.size()
                                 ? sheet.headers[static_cast<size_t>(col)]
                                 : "";
        out_row.push_back({header.empty() ? column_name(col) : header, value});
    }
    out.rows.push_back(std::move(out_row));
}

// One worksheet part → its PageText and rows, up to kMaxSheetRows rows and `cells_left` cells
// (a warning names the sheet when it stops early); the time limit is checked every 4096 rows.
tl::expected<void, Error> read_sheet(const ZipPackage& zip, const Workbook& wb,
                                     const std::string& part, Sheet& sheet, size_t& cells_left,
                                     ExtractResult& out) {
    bool truncated = false;
    auto bytes = zip.read(part, &truncated);
    if (!bytes) return tl::unexpected(bytes.error());
    pugi::xml_document sd;
    if (auto ok = xml::parse(sd, *bytes, part, truncated); !ok) return tl::unexpected(ok.error());
    std::string().swap(*bytes);  // pugixml keeps its own copy
    size_t rows_seen = 0, rows_kept = 0;
    bool cut = false;
    for (auto row : xml::child(sd.document_element(), "sheetData").children()) {
        if (!xml::is(row, "row")) continue;
        if (++rows_seen % 4096 == 0) zip.deadline().check();
        std::map<int, std::string> cells = row_cells(row, wb);
        if (cells.empty()) continue;
        if (rows_kept == kMaxSheetRows || cells.size() > cells_left) {
            cut = true;
            break;
        }
        ++rows_kept;
        cells_left -= cells.size();
        add_row(sheet, cells, out);
    }
    if (cut || truncated)
        out.warnings.push_back("工作表「" + sheet.name + "」过大，只读取了前 " +
                               std::to_string(rows_kept) + " 行（上限 " +
                               std::to_string(kMaxSheetRows) + " 行、" + std::to_string(kMaxCells) +
                               " 个单元格、解压后 32 MB）");
    PageText page;
    page.text = std::move(sheet.text);
    page.source = page.text.empty() ? TextSource::none : TextSource::text;
    out.pages.push_back(std::move(page));
    return {};
}

}  // namespace

bool is_date_format(int id, std::string_view code) {
    if (code.empty())
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || id == 57 || id == 58;
    // Strip literals ("年", \x, _x, *x) and bracketed parts ([$-804], [Red], [h]) and look for
    // date codes. 'm' alone is minutes when it sits with h or s.
    bool y = false, d = false, m = false, h = false, s = false;
    for (size_t i = 0; i < code.size(); ++i) {
        char c = code[i];
        if (c == '"') {
            size_t end = code.find('"', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '[') {
            size_t end = code.find(']', i + 1);
            if (end == std::string_view::npos) break;
            i = end;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;
        } else {
            switch (c | 0x20) {
                case 'y':
                    y = true;
                    break;
                case 'd':
                    d = true;
                    break;
                case 'm':
                    m = true;
                    break;
                case 'h':
                    h = true;
                    break;
                case 's':
                    s = true;
                    break;
                default:
                    break;
            }
        }
    }
    return y || d || (m && !h && !s);
}

Date excel_serial_date(double serial, bool date1904) {
    long days = static_cast<long>(std::floor(serial));
    // 1970-01-01 is serial 25569 in the 1900 system, whose serial 60 is the non-existent
    // 1900-02-29 (kept from Lotus 1-2-3): earlier serials are one day later than the formula.
    long offset = date1904 ? 24107 : 25569;
    if (!date1904 && days < 60) days += 1;
    return Date::from_serial(days - offset);
}

tl::expected<void, Error> read_xlsx(const ZipPackage& zip, std::string_view workbook_sv,
                                    ExtractResult& out) {
    std::string workbook(workbook_sv);
    auto wb_bytes = zip.read(workbook);
    if (!wb_bytes) return tl::unexpected(wb_bytes.error());
    pugi::xml_document doc;
    if (auto ok = xml::parse(doc, *wb_bytes, workbook); !ok) return tl::unexpected(ok.error());
    auto root = doc.document_element();
    Workbook wb;
    std::string_view d1904 = xml::child(root, "workbookPr").attribute("date1904").value();
    wb.date1904 = d1904 == "1" || d1904 == "true";
    read_relationships(zip, workbook, wb);
    auto shared = read_shared_strings(zip, wb.shared_part, out);
    if (!shared) return tl::unexpected(shared.error());
    wb.shared = std::move(*shared);
    wb.styles = wb.styles_part.empty() ? Styles{} : read_styles(zip, wb.styles_part);

    size_t cells_left = kMaxCells;
    for (auto sheet : xml::child(root, "sheets").children()) {
        if (!xml::is(sheet, "sheet")) continue;
        std::string part = sheet_part(sheet, wb.rels);
        if (part.empty()) continue;
        Sheet state;
        state.name = sheet.attribute("name").value();
        if (auto ok = read_sheet(zip, wb, part, state, cells_left, out); !ok) return ok;
    }
    return {};
}

}  // namespace dossier
