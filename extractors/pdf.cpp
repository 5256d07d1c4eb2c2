#include "extractors/pdf.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <mutex>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <re2/re2.h>
#include <unicode/utf8.h>

#include "extractors/ocr_engine.hpp"
#include "extractors/pix.hpp"
#include "extractors/signature_block.hpp"

namespace dossier {

namespace {

constexpr int kUsableChars = 8;  // fewer non-space characters than this: the page is an image

void quiet_poppler_once() {
    static std::once_flag once;
    // Poppler prints syntax errors of damaged files to stderr; our Error carries the verdict.
    std::call_once(
        once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string to_utf8(const poppler::ustring& s) {
    poppler::byte_array b = s.to_utf8();
    return std::string(b.begin(), b.end());
}

int count_visible(std::string_view s) {
    int n = 0;
    for (int32_t i = 0, len = static_cast<int32_t>(s.size()); i < len;) {
        UChar32 c;
        U8_NEXT(s.data(), i, len, c);
        if (c > 0x20 && c != 0x3000 && c != 0xA0) ++n;
    }
    return n;
}

// Poppler's layout text: trailing spaces per line dropped, form feeds and trailing blank lines
// removed.
std::string tidy(std::string text) {
    std::string out;
    out.reserve(text.size());
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string line = text.substr(pos, nl - pos);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\f'))
            line.pop_back();
        if (!line.empty() && line.front() == '\f') line.erase(0, 1);
        out += line;
        out += '\n';
        pos = nl + 1;
    }
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

bool has_eof_marker(const std::filesystem::path& path, uint64_t size) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    const uint64_t tail = std::min<uint64_t>(size, 4096);
    in.seekg(static_cast<std::streamoff>(size - tail));
    std::string buf(tail, '\0');
    in.read(buf.data(), static_cast<std::streamsize>(tail));
    return buf.find("%%EOF") != std::string::npos;
}

// The grey image handed to OCR, from an ARGB32 render: luminance in the top quarter (a red
// document header stays readable), the red channel below it, where a red seal sits on the
// signature date: red turns white there while black text stays black. Measured on
// tests/data/pdf/scanned.pdf: the sealed date "2020年11月9日" came out as garbage from the
// luminance and intact from the red channel; the conversion costs a few ms per A4 page.
// Then the mid-tones are darkened (gamma 0.7, 240 and up → white): on the
// samples' scanned report the clear signature "二〇二〇年八月二十八日" on a speckled page read as
// garbage without it and as "二OO二O〇年八月二十八日" (repaired to 2020) with it.
std::vector<unsigned char> seal_suppressed_gray(const poppler::image& img) {
    static const std::array<unsigned char, 256> darken = [] {
        std::array<unsigned char, 256> lut{};
        for (int v = 0; v < 256; ++v)
            lut[static_cast<size_t>(v)] = static_cast<unsigned char>(
                std::lround(255.0 * std::pow(std::min(v, 240) / 240.0, 1.0 / 0.7)));
        return lut;
    }();
    const int w = img.width(), h = img.height(), bpr = img.bytes_per_row();
    std::vector<unsigned char> out(static_cast<size_t>(w) * static_cast<size_t>(h));
    const char* data = img.const_data();
    const int top = h / 4;
    for (int y = 0; y < h; ++y) {
        const char* row = data + static_cast<ptrdiff_t>(y) * bpr;
        unsigned char* dst = out.data() + static_cast<size_t>(y) * static_cast<size_t>(w);
        for (int x = 0; x < w; ++x) {
            uint32_t px;
            std::memcpy(&px, row + 4 * x, 4);  // 0xAARRGGBB in native byte order
            const unsigned r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;
            dst[x] = darken[y < top ? (r * 77 + g * 150 + b * 29) >> 8 : r];
        }
    }
    return out;
}

const char* kTruncated = "PDF 文件不完整（结尾缺失，可能下载或复制中断）：请重新导出或下载";

// Opens the document, or says why it cannot be read: empty, truncated (no %%EOF near the end),
// damaged, needing a user password, or without pages.
tl::expected<std::unique_ptr<poppler::document>, Error> open_document(
    const std::filesystem::path& path) {
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) return tl::unexpected(Error{"无法读取 PDF 文件"});
    if (size == 0) return tl::unexpected(Error{"PDF 文件为空（0 字节）"});

    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path.string()));
    if (!doc) {
        if (!has_eof_marker(path, size)) return tl::unexpected(Error{kTruncated});
        return tl::unexpected(Error{"PDF 文件已损坏，无法打开：请重新导出"});
    }
    // unlock() returns the NEW locked state; some files open with an empty password.
    if (doc->is_locked() && doc->unlock("", "")) {
        return tl::unexpected(Error{"PDF 已加密，需要密码才能打开：请交未加密的版本"});
    }
    if (!has_eof_marker(path, size)) return tl::unexpected(Error{kTruncated});
    if (doc->pages() <= 0)
        return tl::unexpected(Error{"PDF 文件没有页面或页面目录已损坏：请重新导出"});
    return doc;
}

// What the document says about itself: page count, title, owner password, Info dates.
void read_info(const poppler::document& doc, ExtractResult& result) {
    result.format = "pdf";
    result.media_type = "application/pdf";
    result.page_count = doc.pages();
    result.title = to_utf8(doc.info_key("Title"));
    if (doc.is_encrypted())
        result.warnings.push_back("PDF 设有权限密码（无需密码即可打开），已读取");
    for (const char* key : {"CreationDate", "ModDate"}) {
        time_t t = doc.info_date_t(key);
        if (t > 0) {
            Date d = Date::from_unix_shanghai(static_cast<long long>(t));
            if (d.valid()) result.meta_dates.push_back({d, std::string("pdf:") + key});
        }
    }
}

// The pages being read: where each page's text came from, and the renderer for OCR.
struct PdfPages {
    PdfPages(ExtractContext& c, std::chrono::steady_clock::time_point d, ExtractResult& r)
        : ctx(c), deadline(d), ocr(c.ocr != nullptr && c.options.allow_ocr), result(r) {
        renderer.set_image_format(poppler::image::format_argb32);
        renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
        renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    }
    ExtractContext& ctx;
    const std::chrono::steady_clock::time_point deadline;
    const bool ocr;  // pages without a text layer are rendered and OCRed
    ExtractResult& result;
    int text_pages = 0, ocr_pages = 0;
    float conf_sum = 0;
    std::vector<int> unread;  // pages without text that were not OCRed
    poppler::page_renderer renderer;
};

// The configured dpi, lowered when the page would exceed the pixel limit or kMaxOcrPixels (a
// poster-sized page rendered at 200 dpi was 60 megapixels: 240 MB ARGB and more in Tesseract).
double render_dpi(const poppler::rectf& box, const ExtractOptions& options) {
    double dpi = options.pdf_dpi;
    const double px = (box.width() / 72.0 * dpi) * (box.height() / 72.0 * dpi);
    const double limit = std::min(static_cast<double>(options.max_pixels), kMaxOcrPixels);
    if (px > limit) dpi *= std::sqrt(limit / px);
    return dpi;
}

// The signature block read again (extractors/signature_block.hpp) on the last page, or on any page
// with a red seal, when the first pass read no date there.
void reread_signature(PdfPages& st, const poppler::image& img,
                      const std::vector<unsigned char>& gray, bool last, const OcrParams& params,
                      PageText& text) {
    const RgbView rgb{reinterpret_cast<const unsigned char*>(img.const_data()), img.width(),
                      img.height(), img.bytes_per_row()};
    const auto seal = find_red_seal(rgb);
    if (!seal && !last) return;
    auto pix = grey_pix(gray.data(), img.width(), img.height(), img.width());
    if (pix) reread_signature_block(*st.ctx.ocr, pix.get(), seal, text, params);
}

// Page `i` (0-based) without a usable text layer: rendered, seal-suppressed and OCRed; the stray
// layer text in `page` is kept in front of what OCR read. `last`: the document's last page.
tl::expected<void, Error> ocr_page(PdfPages& st, const poppler::page& p, int i, PageText page,
                                   bool last) {
    const double dpi = render_dpi(p.page_rect(), st.ctx.options);
    poppler::image img = st.renderer.render_page(&p, dpi, dpi);
    if (!img.is_valid()) {
        st.result.warnings.push_back("第 " + std::to_string(i + 1) + " 页无法渲染，未识别");
        st.result.pages.push_back(std::move(page));
        return {};
    }
    OcrParams params;
    params.psm = 6;
    params.source_dpi = static_cast<int>(std::lround(dpi));
    params.deadline = st.deadline;
    const std::vector<unsigned char> gray = seal_suppressed_gray(img);
    auto text = st.ctx.ocr->recognize(gray.data(), img.width(), img.height(), img.width(),
                                      params.source_dpi, params);
    if (!text)
        return tl::unexpected(Error{"第 " + std::to_string(i + 1) + " 页" + text.error().reason});
    reread_signature(st, img, gray, last, params, *text);
    if (!page.text.empty()) text->raw = page.text + "\n" + text->raw;  // keep the stray layer text
    st.conf_sum += text->ocr_confidence;
    ++st.ocr_pages;
    st.result.pages.push_back(std::move(*text));
    return {};
}

// Page `i` (0-based) of `n`: its text layer when it has one, else OCR (or a note that it was not
// read). Gives up when the file's time limit has passed.
tl::expected<void, Error> read_page(PdfPages& st, const poppler::document& doc, int i, int n) {
    if (std::chrono::steady_clock::now() > st.deadline) {
        return tl::unexpected(Error{"PDF 处理超时（第 " + std::to_string(i + 1) + " 页，共 " +
                                        std::to_string(n) + " 页），已放弃",
                                    true});
    }
    PageText page;
    std::unique_ptr<poppler::page> p(doc.create_page(i));
    if (!p) {
        st.result.warnings.push_back("第 " + std::to_string(i + 1) + " 页已损坏，无法读取");
        st.result.pages.push_back(std::move(page));
        return {};
    }
    page.text =
        tidy(to_utf8(p->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout)));
    if (count_visible(page.text) >= kUsableChars) {
        page.source = TextSource::text;
        ++st.text_pages;
        st.result.pages.push_back(std::move(page));
        return {};
    }
    if (!st.ocr) {
        st.unread.push_back(i + 1);
        st.result.pages.push_back(std::move(page));
        return {};
    }
    return ocr_page(st, *p, i, std::move(page), i == n - 1);
}

// The warning for pages left unread, the overall text source and the mean OCR confidence.
void summarise_pages(const PdfPages& st, ExtractResult& result) {
    if (!st.unread.empty()) {
        std::string list;
        for (size_t k = 0; k < st.unread.size() && k < 10; ++k)
            list += (k ? "、" : "") + std::to_string(st.unread[k]);
        if (st.unread.size() > 10) list += " 等";
        result.warnings.push_back("第 " + list + " 页没有文字层且未做文字识别（OCR 未启用）");
    }
    if (st.text_pages > 0 && st.ocr_pages > 0)
        result.text_source = TextSource::mixed;
    else if (st.text_pages > 0)
        result.text_source = TextSource::text;
    else if (st.ocr_pages > 0)
        result.text_source = TextSource::ocr;
    if (st.ocr_pages > 0) result.ocr_confidence = st.conf_sum / static_cast<float>(st.ocr_pages);
}

// Kind: a document, unless Chromium printed a web page with its header/footer (URL line).
void decide_kind(const poppler::document& doc, const PdfPages& st, ExtractResult& result) {
    result.kind = EvidenceKind::document;
    result.kind_reason = st.ocr_pages > 0 && st.text_pages == 0 ? "PDF 文件（扫描件）" : "PDF 文件";
    const std::string producer = to_utf8(doc.info_key("Producer"));
    if (producer.find("Skia/PDF") != std::string::npos && !result.pages.empty()) {
        static const RE2 url(R"((?m)^\s*(https?|file)://\S+)");
        static const RE2 print_time(
            R"(\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}|\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2})");
        const std::string& first = result.pages.front().text;
        if (RE2::PartialMatch(first, url) && RE2::PartialMatch(first, print_time)) {
            result.kind = EvidenceKind::screenshot;
            result.kind_reason = "浏览器打印的网页（页眉页脚含打印时间和网址）";
        }
    }
}

}  // namespace

int PdfExtractor::bid(const Probe& probe) const {
    if (probe.sniffed == "pdf") return 100;
    // "%PDF-" may follow a little junk (some mailers); the spec allows it within the first 1 KiB.
    std::string_view head(probe.head);
    if (head.substr(0, 1024).find("%PDF-") != std::string_view::npos) return 90;
    return 0;
}

tl::expected<ExtractResult, Error> PdfExtractor::extract(const Probe& probe,
                                                         ExtractContext& ctx) const {
    quiet_poppler_once();
    const auto deadline =
        std::min(ctx.deadline.at(), std::chrono::steady_clock::now() + ctx.options.time_limit);
    auto doc = open_document(probe.path);
    if (!doc) return tl::unexpected(doc.error());
    ExtractResult result;
    read_info(**doc, result);
    PdfPages st(ctx, deadline, result);
    for (int i = 0; i < result.page_count; ++i)
        if (auto ok = read_page(st, **doc, i, result.page_count); !ok)
            return tl::unexpected(ok.error());
    summarise_pages(st, result);
    decide_kind(**doc, st, result);
    return result;
}

}  // namespace dossier
