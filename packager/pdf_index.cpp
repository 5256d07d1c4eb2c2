#include "packager/pdf_index.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <podofo/podofo.h>
#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "model/date.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"
#include "packager/utf8.hpp"

namespace dossier {

namespace {

using namespace PoDoFo;

constexpr double kPageW = 595.0, kPageH = 842.0, kMargin = 40.0;

// Width estimate in points: CJK and full-width forms are square, the rest about half.
double text_width(std::string_view s, double size) {
    double w = 0;
    utf8::CodePointReader chars(s);
    while (auto cp = chars.next())
        w += (cp->c >= 0x2E80 || (cp->c >= 0x2010 && cp->c <= 0x206F)) ? size : size * 0.55;
    return w;
}

// `s` on one line: U+3000 becomes a plain space (pdftotext mis-orders lines that contain it),
// line breaks and tabs spaces, invalid UTF-8 escaped.
std::string flatten(std::string s) {
    if (!encoding::is_valid_utf8(s)) s = encoding::escape_invalid_utf8(s);
    static const RE2 kIdeographicSpace("\xE3\x80\x80");
    RE2::GlobalReplace(&s, kIdeographicSpace, " ");
    for (auto& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return s;
}

// Cuts `s` to fit `width` points, ending with "…" (for the cover's one-line fields).
std::string fit(std::string s, double width, double size) {
    s = flatten(std::move(s));
    if (text_width(s, size) <= width) return s;
    std::string out;
    utf8::CodePointReader chars(s);
    while (auto cp = chars.next()) {
        std::string next = out + std::string(cp->bytes);
        if (text_width(next, size) + size > width) break;
        out = std::move(next);
    }
    return out + "…";
}

// The pieces of `s` between line-break opportunities (ICU's line break rules for Chinese: after
// any CJK character, after a space or a slash, never inside a Latin word or a number).
std::vector<std::string> break_pieces(const std::string& s) {
    std::vector<std::string> pieces;
    UErrorCode status = U_ZERO_ERROR;
    thread_local std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createLineInstance(icu::Locale::getChinese(), status));
    if (!it || U_FAILURE(status)) return {s};
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(s);
    it->setText(text);
    for (int32_t start = it->first(), end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
        std::string piece;
        text.tempSubStringBetween(start, end).toUTF8String(piece);
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

// Breaks `s` into lines of at most `width` points at line-break opportunities; a piece wider
// than a line (a long Latin name) is broken by characters. A long file name is printed whole
// over several lines, never cut. Always at least one line.
std::vector<std::string> wrap(std::string s, double width, double size) {
    s = flatten(std::move(s));
    std::vector<std::string> lines(1);
    auto add = [&](const std::string& piece) {
        std::string next = lines.back() + piece;
        if (!lines.back().empty() && text_width(next, size) > width)
            lines.push_back(piece);
        else
            lines.back() = std::move(next);
    };
    for (const std::string& piece : break_pieces(s)) {
        if (text_width(piece, size) <= width) {
            add(piece);
            continue;
        }
        utf8::CodePointReader chars(piece);
        while (auto cp = chars.next()) add(std::string(cp->bytes));
    }
    return lines;
}

PdfString u8(const std::string& s) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str()));
}

class Writer {
  public:
    Writer(PdfMemDocument& doc, PdfFont* font) : doc_(doc), font_(font) {}

    void new_page() {
        finish();
        page_ = doc_.CreatePage(PdfPage::CreateStandardPageSize(ePdfPageSize_A4));
        painter_.SetPage(page_);
        y_ = kPageH - kMargin;
    }
    void finish() {
        if (page_) painter_.FinishPage();
        page_ = nullptr;
    }
    void text(double x, double y, const std::string& s, double size) {
        font_->SetFontSize(static_cast<float>(size));
        painter_.SetFont(font_);
        painter_.DrawText(x, y, u8(s));
    }
    void line(double x1, double y1, double x2, double y2) { painter_.DrawLine(x1, y1, x2, y2); }
    // Stamps "第 n 页 / 共 N 页" at the foot of every page, once all pages exist (the total is
    // only known then); appends a content stream to each page.
    void number_pages() {
        finish();
        const int total = doc_.GetPageCount();
        for (int i = 0; i < total; ++i) {
            painter_.SetPage(doc_.GetPage(i));
            const std::string label = fmt::format("第 {} 页 / 共 {} 页", i + 1, total);
            const double size = 9;
            text((kPageW - text_width(label, size)) / 2, kMargin / 2, label, size);
            painter_.FinishPage();
        }
    }
    double& y() { return y_; }
    bool has_page() const { return page_ != nullptr; }

  private:
    PdfMemDocument& doc_;
    PdfFont* font_;
    PdfPage* page_ = nullptr;
    PdfPainter painter_;
    double y_ = 0;
};

// The cover's summary lines under the title.
std::vector<std::string> cover_lines(const PackageView& view) {
    const Catalog& cat = *view.catalog;
    const Assessment& as = *view.assessment;
    const IndexTotals t = index_totals(view);
    const int* n = t.by_status;
    std::vector<std::string> lines = {
        "报送单位：" + package_unit_label(as),
        "考核目录：" + cat.id,
        "统计日期：" + as.as_of.iso(),
        "报送截止：" + deadline_label(cat),
        fmt::format("总分：{:g} 分", cat.total_points),
        fmt::format("指标：已覆盖 {}，证据不足 {}，缺失 {}，逾期 {}，待确认 {}，另需核实 {}", n[0],
                    n[1], n[2], n[3], n[4], n[5]),
        fmt::format("文件：已打包 {} 个，未打包或拒收 {} 个", t.packaged, t.not_packaged),
    };
    if (view.parts > 1)
        lines.push_back(fmt::format("分卷：第 {} 卷，共 {} 卷（本卷 {} 个文件）", view.part,
                                    view.parts, t.here));
    return lines;
}

// Page 1: title, subtitle and the summary lines.
void draw_cover(Writer& w, const PackageView& view) {
    w.new_page();
    double y = kPageH - 140;
    const double x = kMargin + 20;
    w.text(x, y, fit(view.catalog->title, kPageW - 2 * x, 20), 20);
    y -= 40;
    w.text(x, y, "政务公开考核材料目录", 16);
    y -= 40;
    for (const auto& l : cover_lines(view)) {
        w.text(x, y, fit(l, kPageW - 2 * x, 12), 12);
        y -= 24;
    }
}

struct Col {
    const char* head;
    double width;
};
// No confidence column: the index goes to the assessors.
constexpr Col kCols[] = {
    {"序号", 30}, {"指标", 130}, {"单位", 75}, {"文件", 225}, {"发布日期", 55}};
constexpr double kTableFont = 8, kRowHeight = 13, kLineHeight = 10;

// A new page headed 材料清单 and the column heads.
void table_header(Writer& w) {
    w.new_page();
    double cx = kMargin;
    w.text(kMargin, w.y() - 10, "材料清单", 12);
    w.y() -= 30;
    for (const auto& c : kCols) {
        w.text(cx, w.y(), c.head, kTableFont);
        cx += c.width;
    }
    w.line(kMargin, w.y() - 3, kPageW - kMargin, w.y() - 3);
    w.y() -= kRowHeight;
}

// The cells of file row number `n`.
std::array<std::string, std::size(kCols)> table_cells(const PackageView& view, const FileRow& row,
                                                      int n) {
    const FileRecord& rec = *row.rec;
    std::string ind = rec.cls.indicator;
    if (row.review)
        ind = "待确认";
    else if (row.indicator >= 0)
        ind += " " + view.catalog->indicators[static_cast<size_t>(row.indicator)].name;
    std::string name(text::base_name(*row.path));
    if (view.parts > 1 && !view.in_this_part(row.file))
        name = fmt::format("（第{}卷）", view.part_of[row.file]) + name;
    const auto& pub = rec.analysis.date.published;
    return {std::to_string(n), ind, unit_label(rec), name,
            pub ? pub->iso() : std::string("日期不详")};
}

// Pages 2…: every packaged file (all parts), each cell wrapped to its column; a new page when
// the next row does not fit (a row is never split across pages).
void draw_file_table(Writer& w, const PackageView& view) {
    const auto rows = file_rows(view);
    table_header(w);
    int n = 0;
    for (const auto& row : rows) {
        const auto cells = table_cells(view, row, ++n);
        std::array<std::vector<std::string>, std::size(kCols)> lines;
        size_t height = 1;
        for (size_t c = 0; c < cells.size(); ++c) {
            lines[c] = wrap(cells[c], kCols[c].width - 4, kTableFont);
            height = std::max(height, lines[c].size());
        }
        const double row_height = kRowHeight + static_cast<double>(height - 1) * kLineHeight;
        if (w.y() - row_height + kRowHeight < kMargin) table_header(w);
        double cx = kMargin;
        for (size_t c = 0; c < cells.size(); ++c) {
            for (size_t l = 0; l < lines[c].size(); ++l)
                w.text(cx, w.y() - static_cast<double>(l) * kLineHeight, lines[c][l], kTableFont);
            cx += kCols[c].width;
        }
        w.y() -= row_height;
    }
    if (rows.empty()) w.text(kMargin, w.y(), "（没有打包的文件）", kTableFont);
}

// Fixed dates (view.timestamp), producer and title, so two builds give the same bytes.
void set_document_info(PdfMemDocument& doc, const PackageView& view) {
    PdfObject* info = doc.GetInfo()->GetObject();
    const std::string date = pdf_date(view.timestamp);
    info->GetDictionary().AddKey(PdfName("CreationDate"), PdfString(date));
    info->GetDictionary().AddKey(PdfName("ModDate"), PdfString(date));
    info->GetDictionary().AddKey(PdfName("Producer"), PdfString("dossier"));
    doc.GetInfo()->SetTitle(u8(view.catalog->title + " 材料目录"));
}

}  // namespace

std::vector<std::string> wrap_cell(const std::string& text, double width, double size) {
    return wrap(text, width, size);
}

std::string pdf_date(long long t) {
    long long local = t + 8 * 3600;
    long long days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    long long secs = local - days * 86400;
    Date d = Date::from_serial(static_cast<long>(days));
    return fmt::format("D:{}{:02d}{:02d}{:02d}+08'00'", d.compact(), secs / 3600, secs / 60 % 60,
                       secs % 60);
}

tl::expected<std::string, Error> index_pdf(const PackageView& view,
                                           const std::filesystem::path& ttf) {
    try {
        PdfMemDocument doc;
        // The encoding is owned by the font (a stack object would be deleted twice).
        PdfFont* font = doc.CreateFontSubset("WenQuanYiMicroHei", false, false, false,
                                             new PdfIdentityEncoding(0, 0xffff, true), ttf.c_str());
        if (!font) return tl::unexpected(Error{"目录.pdf：无法载入中文字体"});
        {
            Writer w(doc, font);
            draw_cover(w, view);
            draw_file_table(w, view);
            w.number_pages();
        }
        set_document_info(doc, view);
        PdfRefCountedBuffer buf;
        PdfOutputDevice dev(&buf);
        doc.Write(&dev);
        return std::string(buf.GetBuffer(), dev.GetLength());
    } catch (const PdfError& e) {
        return tl::unexpected(
            Error{fmt::format("生成目录.pdf 失败：{}", PdfError::ErrorMessage(e.GetError())
                                                           ? PdfError::ErrorMessage(e.GetError())
                                                           : "PoDoFo 错误")});
    } catch (const std::exception& e) {
        return tl::unexpected(Error{fmt::format("生成目录.pdf 失败：{}", e.what())});
    }
}

}  // namespace dossier
