#include "packager/pdf_index.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <podofo/podofo.h>
#include <re2/re2.h>
#include <unicode/utf8.h>

#include "model/date.hpp"
#include "model/encoding.hpp"

namespace dossier {

namespace {

using namespace PoDoFo;

constexpr double kPageW = 595.0, kPageH = 842.0, kMargin = 40.0;

// Width estimate in points: CJK and full-width forms are square, the rest about half.
double text_width(std::string_view s, double size) {
    double w = 0;
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
        w += (c >= 0x2E80 || (c >= 0x2010 && c <= 0x206F)) ? size : size * 0.55;
    }
    return w;
}

// Cuts `s` to fit `width` points, ending with "…"; U+3000 becomes a plain space (pdftotext
// mis-orders lines that contain it).
std::string fit(std::string s, double width, double size) {
    if (!encoding::is_valid_utf8(s)) s = encoding::escape_invalid_utf8(s);
    static const RE2 kIdeographicSpace("\xE3\x80\x80");
    RE2::GlobalReplace(&s, kIdeographicSpace, " ");
    for (auto& c : s)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (text_width(s, size) <= width) return s;
    std::string out;
    int32_t i = 0;
    const auto n = static_cast<int32_t>(s.size());
    while (i < n) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
        std::string next =
            out + s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start));
        if (text_width(next, size) + size > width) break;
        out = std::move(next);
    }
    return out + "…";
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
    double& y() { return y_; }
    bool has_page() const { return page_ != nullptr; }

  private:
    PdfMemDocument& doc_;
    PdfFont* font_;
    PdfPage* page_ = nullptr;
    PdfPainter painter_;
    double y_ = 0;
};

}  // namespace

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
    const Catalog& cat = *view.catalog;
    const Assessment& as = *view.assessment;
    const Ledger& ledger = *view.ledger;
    try {
        PdfMemDocument doc;
        // The encoding is owned by the font (a stack object would be deleted twice).
        PdfFont* font = doc.CreateFontSubset("WenQuanYiMicroHei", false, false, false,
                                             new PdfIdentityEncoding(0, 0xffff, true), ttf.c_str());
        if (!font) return tl::unexpected(Error{"目录.pdf：无法载入中文字体"});
        {
            Writer w(doc, font);
            // Cover.
            w.new_page();
            double y = kPageH - 140;
            const double x = kMargin + 20;
            w.text(x, y, fit(cat.title, kPageW - 2 * x, 20), 20);
            y -= 40;
            w.text(x, y, "政务公开考核材料目录", 16);
            y -= 40;
            std::map<int, int> counts;
            double at_risk = 0;
            for (const auto& ind : cat.indicators) {
                if (!ind.leaf()) continue;
                const Verdict* v = view.verdict(ind.id);
                ++counts[static_cast<int>(v ? v->status : Status::missing)];
                at_risk += v ? v->points_at_risk : ind.points;
            }
            size_t packaged = 0, here = 0;
            for (size_t f = 0; f < ledger.files.size(); ++f) {
                if (view.path[f]) ++packaged;
                if (view.in_this_part(f)) ++here;
            }
            std::vector<std::string> lines = {
                "报送单位：" + as.unit.value_or("全部单位"),
                "考核目录：" + cat.id,
                "统计日期：" + as.as_of.iso(),
                "报送截止：" + (cat.window_end.valid() ? cat.window_end.iso() : std::string("—")),
                fmt::format("总分：{:g} 分；已确认：{:g} 分；风险分值：{:g} 分", cat.total_points,
                            as.points_confirmed, at_risk),
                fmt::format(
                    "指标：已覆盖 {}，证据不足 {}，缺失 {}，逾期 {}，待确认 {}，另需核实 {}",
                    counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]),
                fmt::format("文件：已打包 {} 个，未打包或拒收 {} 个", packaged,
                            ledger.files.size() - packaged + ledger.rejected.size()),
            };
            if (view.parts > 1)
                lines.push_back(fmt::format("分卷：第 {} 卷，共 {} 卷（本卷 {} 个文件）", view.part,
                                            view.parts, here));
            for (const auto& l : lines) {
                w.text(x, y, fit(l, kPageW - 2 * x, 12), 12);
                y -= 24;
            }

            // File table.
            struct Col {
                const char* head;
                double width;
            };
            const Col cols[] = {{"序号", 30},  {"指标", 120},    {"单位", 70},
                                {"文件", 205}, {"发布日期", 55}, {"置信度", 35}};
            const double size = 8, row_h = 13;
            auto header = [&] {
                w.new_page();
                double cx = kMargin;
                w.text(kMargin, w.y() - 10, "材料清单", 12);
                w.y() -= 30;
                for (const auto& c : cols) {
                    w.text(cx, w.y(), c.head, size);
                    cx += c.width;
                }
                w.line(kMargin, w.y() - 3, kPageW - kMargin, w.y() - 3);
                w.y() -= row_h;
            };
            std::map<std::string, int> index_of;
            for (size_t i = 0; i < cat.indicators.size(); ++i)
                index_of.emplace(cat.indicators[i].id, static_cast<int>(i));
            std::vector<size_t> order;
            for (size_t f = 0; f < ledger.files.size(); ++f)
                if (view.path[f]) order.push_back(f);
            std::sort(order.begin(), order.end(),
                      [&](size_t a, size_t b) { return *view.path[a] < *view.path[b]; });
            header();
            int n = 0;
            for (size_t f : order) {
                if (w.y() < kMargin) header();
                const auto& rec = ledger.files[f];
                const auto& path = *view.path[f];
                std::string ind = rec.cls.indicator;
                auto it = index_of.find(ind);
                if (rec.cls.review && !rec.cls.pinned)
                    ind = "待确认";
                else if (it != index_of.end())
                    ind += " " + cat.indicators[static_cast<size_t>(it->second)].name;
                std::string name = path.substr(path.rfind('/') + 1);
                if (view.parts > 1 && !view.in_this_part(f))
                    name = fmt::format("（第{}卷）", view.part_of[f]) + name;
                const std::string cells[] = {std::to_string(++n),
                                             ind,
                                             rec.unit.value_or("未知单位"),
                                             name,
                                             rec.analysis.date.published
                                                 ? rec.analysis.date.published->iso()
                                                 : std::string("—"),
                                             fmt::format("{:.2f}", rec.cls.confidence)};
                double cx = kMargin;
                for (size_t c = 0; c < 6; ++c) {
                    w.text(cx, w.y(), fit(cells[c], cols[c].width - 4, size), size);
                    cx += cols[c].width;
                }
                w.y() -= row_h;
            }
            if (order.empty()) w.text(kMargin, w.y(), "（没有打包的文件）", size);
            w.finish();
        }
        PdfObject* info = doc.GetInfo()->GetObject();
        const std::string date = pdf_date(view.timestamp);
        info->GetDictionary().AddKey(PdfName("CreationDate"), PdfString(date));
        info->GetDictionary().AddKey(PdfName("ModDate"), PdfString(date));
        info->GetDictionary().AddKey(PdfName("Producer"), PdfString("dossier"));
        doc.GetInfo()->SetTitle(u8(cat.title + " 材料目录"));

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
