#include "extractors/image.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>

#include <leptonica/allheaders.h>
#include <libexif/exif-data.h>
#include <re2/re2.h>

#include "extractors/ocr_columns.hpp"
#include "extractors/ocr_engine.hpp"
#include "extractors/ocr_second_pass.hpp"
#include "extractors/pix.hpp"
#include "extractors/signature_block.hpp"

namespace dossier {

namespace {

struct ExifDeleter {
    void operator()(ExifData* d) const { exif_data_unref(d); }
};

constexpr int kMaxTiffPages = 500;

// The whole file in one allocation of its size (the scan stage caps images at 200 MB).
bool read_all(const std::filesystem::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    std::error_code ec;
    const auto size = std::filesystem::file_size(p, ec);
    if (ec) return false;
    out.resize(static_cast<size_t>(size));
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<size_t>(in.gcount()));
    return !in.bad();
}

const l_uint8* bytes(const std::string& s) {
    return reinterpret_cast<const l_uint8*>(s.data());
}

std::string format_name(int f) {
    switch (f) {
        case IFF_PNG:
            return "png";
        case IFF_JFIF_JPEG:
            return "jpeg";
        case IFF_BMP:
            return "bmp";
        case IFF_GIF:
            return "gif";
        case IFF_WEBP:
            return "webp";
        case IFF_JP2:
            return "jp2";
        case IFF_PNM:
            return "pnm";
        default:
            return L_FORMAT_IS_TIFF(f) ? "tiff" : "unknown";
    }
}

std::string media_type_of(const std::string& f) {
    if (f == "jpeg") return "image/jpeg";
    if (f == "tiff") return "image/tiff";
    if (f == "jp2") return "image/jp2";
    if (f == "pnm") return "image/x-portable-anymap";
    return "image/" + f;
}

// "YYYY:MM:DD HH:MM:SS" (EXIF) → date; camera clocks are local time, so the date is taken as is.
std::optional<Date> parse_exif_date(const char* s) {
    int y = 0, m = 0, d = 0;
    if (std::sscanf(s, "%d:%d:%d", &y, &m, &d) != 3) return std::nullopt;
    Date date{y, m, d};
    if (!date.valid() || y < 1990) return std::nullopt;
    return date;
}

struct ExifInfo {
    std::optional<Date> original;
    std::string camera;
};

ExifInfo read_exif(const std::string& data) {
    ExifInfo info;
    std::unique_ptr<ExifData, ExifDeleter> ed(
        exif_data_new_from_data(bytes(data), static_cast<unsigned>(data.size())));
    if (!ed) return info;
    char buf[128];
    if (ExifEntry* e =
            exif_content_get_entry(ed->ifd[EXIF_IFD_EXIF], EXIF_TAG_DATE_TIME_ORIGINAL)) {
        if (exif_entry_get_value(e, buf, sizeof buf)) info.original = parse_exif_date(buf);
    }
    for (ExifTag tag : {EXIF_TAG_MAKE, EXIF_TAG_MODEL}) {
        if (ExifEntry* e = exif_content_get_entry(ed->ifd[EXIF_IFD_0], tag)) {
            if (exif_entry_get_value(e, buf, sizeof buf) && buf[0]) {
                if (!info.camera.empty()) info.camera += ' ';
                info.camera += buf;
            }
        }
    }
    return info;
}

uint32_t be32(const unsigned char* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

// The PNG tIME chunk (last modification, UTC) as an Asia/Shanghai date. libpng is not on our link
// line and the chunk walk is a bounded loop over 12-byte headers.
std::optional<Date> read_png_time(const std::string& data) {
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    size_t pos = 8;
    while (pos + 12 <= data.size()) {
        uint32_t len = be32(p + pos);
        if (len > data.size() - pos - 12) return std::nullopt;
        if (std::memcmp(p + pos + 4, "tIME", 4) == 0 && len == 7) {
            const unsigned char* t = p + pos + 8;
            std::tm tm{};
            tm.tm_year = ((t[0] << 8) | t[1]) - 1900;
            tm.tm_mon = t[2] - 1;
            tm.tm_mday = t[3];
            tm.tm_hour = t[4];
            tm.tm_min = t[5];
            tm.tm_sec = t[6];
            Date check{tm.tm_year + 1900, t[2], t[3]};
            if (!check.valid()) return std::nullopt;
            return Date::from_unix_shanghai(timegm(&tm));
        }
        if (std::memcmp(p + pos + 4, "IEND", 4) == 0) break;
        pos += 12 + len;
    }
    return std::nullopt;
}

bool contains_any(std::string_view text, std::initializer_list<const char*> words,
                  std::string* hit) {
    for (const char* w : words) {
        if (text.find(w) != std::string_view::npos) {
            *hit = w;
            return true;
        }
    }
    return false;
}

std::string dims(const ImageFacts& f) {
    return std::to_string(f.width) + "×" + std::to_string(f.height);
}

// Screens and phone screens: widths (landscape or portrait) seen in screenshots.
bool screen_width(int w) {
    static constexpr std::array kWidths{640,  720,  750,  768,  800,  828,  1024, 1080, 1125,
                                        1170, 1179, 1242, 1280, 1284, 1290, 1360, 1366, 1440,
                                        1536, 1600, 1680, 1920, 2048, 2160, 2560, 2880, 3840};
    for (int x : kWidths)
        if (w == x) return true;
    return false;
}

// A phone screen's shape: portrait, tall (a screenshot or a long capture), as wide as phones
// render (360–1242 px, 414 and 1080 the commonest) — whatever the encoding, a JPEG saved by WeChat
// as often as a PNG.
bool phone_shaped(const ImageFacts& f) {
    const double ratio = f.width > 0 ? static_cast<double>(f.height) / f.width : 0;
    return ratio >= 1.7 && f.width >= 360 && f.width <= 1242 && f.camera.empty();
}

// Grey copy prepared for OCR according to the (preliminary) kind. Returns the image and the
// resolution to declare.
//
// Measured on tests/data (see docs/benchmarks.md "## OCR (issue 4)"):
//  - screenshots: grey + 96 dpi + PSM 6 (+ Sauvola binarisation, set with the OCR parameters); a ×2
//    upscale only for small images (long side < 800 px), where it turned unreadable 15–17 px text
//    into clean lines (a narrow 414 px phone screenshot is not upscaled: measured on holdout5/6's
//    phone images, ×2 turned one byline 2020-09-09 into a wrong 2020-09-03 and gained nothing);
//  - paper (camera or A4 scan): the red channel below the top quarter whitens a red seal while
//    black text stays black (the seal sits on the signature date); the top quarter keeps the
//    luminance so a red document header is not lost. Photos are deskewed (pixDeskew).
// `gray` scaled down (area mapping) to kMaxOcrPixels when larger; *scaled tells whether it was.
// A 7000×8500 scan is then read at about 350 dpi for A4.
PixPtr bound_pixels(PixPtr gray, bool* scaled) {
    const double pixels = static_cast<double>(pixGetWidth(gray.get())) * pixGetHeight(gray.get());
    if (pixels <= kMaxOcrPixels) return gray;
    const auto f = static_cast<l_float32>(std::sqrt(kMaxOcrPixels / pixels));
    PixPtr small(pixScale(gray.get(), f, f));
    if (!small) return gray;
    *scaled = true;
    return small;
}

PixPtr prepare(Pix* src, EvidenceKind kind, bool photo, int* dpi, bool* scaled) {
    PixPtr rgb;
    Pix* in = src;
    if (pixGetDepth(src) == 32 && pixGetSpp(src) == 4) {
        rgb.reset(pixAlphaBlendUniform(src, 0xffffff00));  // transparent → white, not black
        if (rgb) in = rgb.get();
    }
    PixPtr gray(pixConvertTo8(in, 0));
    if (!gray) return nullptr;
    int w = pixGetWidth(gray.get()), h = pixGetHeight(gray.get());
    *dpi = pixGetXRes(src) > 0 ? pixGetXRes(src) : 96;
    if (kind == EvidenceKind::document) {
        if (pixGetDepth(in) == 32) {
            PixPtr red(pixGetRGBComponent(in, COLOR_RED));
            if (red) {
                int top = h / 4;
                pixRasterop(gray.get(), 0, top, w, h - top, PIX_SRC, red.get(), 0, top);
            }
        }
        gray = bound_pixels(std::move(gray), scaled);
        if (*scaled) *dpi = std::max(72, static_cast<int>(*dpi * pixGetWidth(gray.get()) / w));
        if (photo) {
            PixPtr straight(pixDeskew(gray.get(), 0));
            if (straight) gray = std::move(straight);
        }
        return gray;
    }
    *dpi = 96;
    gray = bound_pixels(std::move(gray), scaled);
    if (std::max(w, h) < 800) {
        PixPtr big(pixScaleGrayLI(gray.get(), 2.0f, 2.0f));
        if (big) {
            gray = std::move(big);
            *dpi = 192;
        }
    }
    return gray;
}

// The image file with what its header says, before anything is decoded. A TIFF is read page by
// page from the file (libtiff), so only its head is kept in memory; other images are read whole.
struct ImageFile {
    std::filesystem::path path;
    std::string data;  // the whole file; a TIFF's first 64 KiB (for EXIF)
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, iscmap = 0;
    int pages = 1;            // TIFF: how many pages will be read (at most kMaxTiffPages)
    bool more_pages = false;  // TIFF: pages beyond kMaxTiffPages were left out
    bool tiff() const { return L_FORMAT_IS_TIFF(format); }
};

std::string too_large(const std::string& what, l_int32 w, l_int32 h, uint64_t max_pixels) {
    return what + "过大（" + std::to_string(w) + "×" + std::to_string(h) + " 像素，超过 " +
           std::to_string(max_pixels / 10000) + " 万像素上限）：请缩小后重新提交";
}

bool over(l_int32 w, l_int32 h, uint64_t max_pixels) {
    return static_cast<uint64_t>(w) * static_cast<uint64_t>(h) > max_pixels;
}

// A TIFF's first-page header and page count, from the file.
tl::expected<void, Error> read_tiff_header(ImageFile& f) {
    l_int32 res = 0;
    if (readHeaderTiff(f.path.c_str(), 0, &f.w, &f.h, &f.bps, &f.spp, &res, &f.iscmap, &f.format) !=
            0 ||
        f.w <= 0 || f.h <= 0)
        return tl::unexpected(Error{"图片已损坏：无法读取图像头（文件不完整或不是图片）"});
    std::unique_ptr<FILE, int (*)(FILE*)> fp(std::fopen(f.path.c_str(), "rb"), std::fclose);
    l_int32 n = 0;
    if (!fp || tiffGetCount(fp.get(), &n) != 0 || n < 1) n = 1;
    f.pages = std::min(n, kMaxTiffPages);
    f.more_pages = n > kMaxTiffPages;
    return {};
}

// Reads the file (or, for a TIFF, its head) and its header; refuses an image over the pixel limit
// before decoding it.
tl::expected<ImageFile, Error> read_image_file(const Probe& probe, uint64_t max_pixels) {
    ImageFile f;
    f.path = probe.path;
    l_int32 format = IFF_UNKNOWN;
    const bool tiff = probe.head.size() >= 12 &&
                      findFileFormatBuffer(bytes(probe.head), &format) == 0 &&
                      L_FORMAT_IS_TIFF(format);
    if (tiff) {
        f.data = probe.head;
        if (auto ok = read_tiff_header(f); !ok) return tl::unexpected(ok.error());
    } else {
        if (!read_all(probe.path, f.data)) return tl::unexpected(Error{"无法读取图片文件"});
        if (f.data.empty()) return tl::unexpected(Error{"图片文件为空（0 字节）"});
        if (pixReadHeaderMem(bytes(f.data), f.data.size(), &f.format, &f.w, &f.h, &f.bps, &f.spp,
                             &f.iscmap) != 0 ||
            f.w <= 0 || f.h <= 0)
            return tl::unexpected(Error{"图片已损坏：无法读取图像头（文件不完整或不是图片）"});
    }
    if (over(f.w, f.h, max_pixels))
        return tl::unexpected(Error{too_large("图片", f.w, f.h, max_pixels)});
    return f;
}

// Page n (0-based) decoded, nullptr when it does not decode. A TIFF page is checked against the
// pixel limit from its own header before it is decoded; any other image has one page, and its
// file bytes are released once it is decoded.
tl::expected<PixPtr, Error> decode_page(ImageFile& f, int n, uint64_t max_pixels) {
    if (!f.tiff()) {
        PixPtr pix(pixReadMem(bytes(f.data), f.data.size()));
        std::string().swap(f.data);
        return pix;
    }
    l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    if (readHeaderTiff(f.path.c_str(), n, &w, &h, &bps, &spp, &res, &cmap, &format) != 0)
        return PixPtr();
    if (over(w, h, max_pixels))
        return tl::unexpected(
            Error{too_large("TIFF 第 " + std::to_string(n + 1) + " 页", w, h, max_pixels)});
    return PixPtr(pixReadTiff(f.path.c_str(), n));
}

// Metadata dates (weak signals) and the camera, from EXIF or the PNG tIME chunk.
void read_metadata(const std::string& data, ImageFacts& facts, ExtractResult& result) {
    const std::string& fmt = facts.format;
    if (fmt == "jpeg" || fmt == "tiff" || fmt == "webp") {
        ExifInfo exif = read_exif(data);
        facts.camera = exif.camera;
        if (exif.original) result.meta_dates.push_back({*exif.original, "exif:DateTimeOriginal"});
    }
    if (fmt == "png") {
        if (auto t = read_png_time(data)) result.meta_dates.push_back({*t, "png:tIME"});
    }
}

// OCR of the pages: how each is prepared (by the preliminary kind) and what was read so far.
struct ImageOcr {
    OcrEngine* engine;  // the calling thread's, not null
    std::chrono::steady_clock::time_point deadline;
    EvidenceKind kind;                  // decided from the facts alone, before OCR
    bool photo;                         // taken by a camera: deskewed
    const ImageFacts* facts = nullptr;  // to decide the kind again from a page's text
    bool global_threshold = false;      // a narrow phone JPEG: first pass with Otsu, not Sauvola
    float conf_sum = 0;
    int conf_n = 0;
    int scaled = 0;        // pages scaled down to kMaxOcrPixels before OCR
    int reread = 0;        // lines read by the second pass (ocr_second_pass.hpp)
    std::string all_text;  // every page's text, one newline after each
};

// The red seal of a page read as a document (signature_block.hpp), in the coordinates of the
// prepared grey copy (`gw` pixels wide).
std::optional<SealBox> seal_of(Pix* src, int gw) {
    if (pixGetDepth(src) != 32) return std::nullopt;
    // Leptonica's 32-bit pixel is the word 0xRRGGBBAA: bytes A B G R on little-endian.
    const RgbView rgb{reinterpret_cast<const unsigned char*>(pixGetData(src)), pixGetWidth(src),
                      pixGetHeight(src), pixGetWpl(src) * 4, 3, 2, 1};
    auto seal = find_red_seal(rgb);
    if (seal && gw != rgb.w && rgb.w > 0) {
        const double f = static_cast<double>(gw) / rgb.w;
        *seal = {static_cast<int>(seal->x * f), static_cast<int>(seal->y * f),
                 static_cast<int>(seal->w * f), static_cast<int>(seal->h * f)};
    }
    return seal;
}

// OCR of one decoded page, which is released as soon as its grey copy exists: a 60-megapixel
// RGB page is 240 MB, and Tesseract then works on the (bounded) grey copy only.
tl::expected<PageText, Error> ocr_page(PixPtr pix, ImageOcr& st) {
    int dpi = 96;
    bool scaled = false;
    PixPtr prepared = prepare(pix.get(), st.kind, st.photo, &dpi, &scaled);
    std::optional<SealBox> seal;
    // A photo of paper is deskewed by a few degrees: its seal, found on the photo, is then off by
    // some 20 px at most, well inside the block cut around it.
    const bool paper = st.kind == EvidenceKind::document;
    if (prepared && paper) seal = seal_of(pix.get(), pixGetWidth(prepared.get()));
    pix.reset();
    if (!prepared) return tl::unexpected(Error{"图片无法转换为灰度图像，未能识别"});
    if (scaled) ++st.scaled;
    OcrParams params;
    params.psm = 6;
    params.source_dpi = dpi;
    // Screenshots are binarised locally (Sauvola): a light grey byline (the date under a WeChat
    // or portal title, #999 on white) is lost by the global Otsu threshold. Measured
    // (docs/benchmarks.md): bench screenshots 0.9801 vs 0.9763 global and 0.9720 with a
    // darkening gamma; +2–4 % OCR time.
    // Narrow phone screenshots saved as JPEG (WeChat's 414 px) keep the global threshold: on
    // holdout5/6 Sauvola lost or garbled their bylines (JPEG ringing around 13 px grey text) where
    // Otsu read them; the band pass below still reads light rows with Sauvola.
    if (st.kind == EvidenceKind::screenshot && !st.global_threshold) params.thresholding = 2;
    params.deadline = st.deadline;
    // A desktop screenshot's left menu or rail is split from the article by the words' boxes
    // (ocr_columns.hpp), after the second passes, which judge the lines as the engine read them.
    const bool split =
        st.kind == EvidenceKind::screenshot && st.facts && !phone_shaped(*st.facts) && !st.photo;
    params.want_words = split;
    auto text = st.engine->recognize(prepared.get(), params);
    params.want_words = false;
    if (!text) return tl::unexpected(text.error());
    // Light-grey bylines and metadata grids lost by the whole-page pass: read again, band by
    // band, only when the upper part of the page gave no date (ocr_second_pass.hpp).
    // A photo of a screen is read inside its frame and on its flattened copy.
    // A page prepared as paper whose text shows a web page (a 1200×900 JPEG photo of a monitor,
    // "当前位置：首页 > …", with no camera data: its light 答复时间 byline was never looked for) is
    // a screen too.
    const bool screen =
        st.kind == EvidenceKind::screenshot ||
        (st.facts && decide_image_kind(*st.facts, text->text).first == EvidenceKind::screenshot);
    if (screen) {
        st.reread += reread_missed_bands(*st.engine, prepared.get(), dpi == 192, *text, params,
                                         st.photo || photographed(prepared.get()));
        st.reread += reread_dark_grid(*st.engine, prepared.get(), *text, params);
        st.reread += reread_title_bars(*st.engine, prepared.get(), *text, params);
        st.reread += reread_date_tile(*st.engine, prepared.get(), *text, params);
        st.reread += reread_left_rail(*st.engine, prepared.get(), *text, params);
        st.reread += reread_dark_page(*st.engine, prepared.get(), *text, params);
    }
    // The signature date under a red seal of a scan or of a photo of paper (signature_block.hpp),
    // when not read.
    if (paper) st.reread += reread_signature_block(*st.engine, prepared.get(), seal, *text, params);
    // Nothing dated read on the whole page (a phone photo of a screen or of paper: uneven light,
    // moiré, a slant; a phone screenshot's small grey byline): once more, flattened and larger.
    st.reread += reread_whole_page(*st.engine, prepared.get(), *text, params);
    if (split)
        if (const auto g = find_left_gutter(*text)) split_at_gutter(*text, *g);
    for (auto& l : text->lines) std::vector<OcrWord>().swap(l.words);
    st.conf_sum += text->ocr_confidence;
    ++st.conf_n;
    st.all_text += text->text;
    st.all_text += '\n';
    return text;
}

// One PageText per page, in order: OCRed when `ocr` is given, else only measured. Pages are
// decoded one at a time and each is released before the next is decoded.
// The time limit is checked before each later page (decoding a 60-megapixel page takes seconds);
// the first page meets it in OCR, whose reason says so.
tl::expected<void, Error> read_pages(ImageFile& f, const ExtractContext& ctx, ImageOcr* ocr,
                                     ExtractResult& result) {
    const std::string fmt = format_name(f.format);
    for (int n = 0; n < f.pages; ++n) {
        if (n > 0) ctx.deadline.check();
        auto pix = decode_page(f, n, ctx.options.max_pixels);
        if (!pix) return tl::unexpected(pix.error());
        if (!*pix) {
            if (n > 0) break;  // a damaged later page ends the file, as it always has
            return tl::unexpected(Error{"图片已损坏：" + fmt + " 数据无法解码（文件可能不完整）"});
        }
        PageText page;
        page.width = pixGetWidth(pix->get());
        page.height = pixGetHeight(pix->get());
        if (ocr) {
            auto text = ocr_page(std::move(*pix), *ocr);
            if (!text) return tl::unexpected(text.error());
            page = std::move(*text);
        }
        result.pages.push_back(std::move(page));
    }
    if (f.more_pages) result.warnings.push_back("TIFF 页数超过 500，只读取了前 500 页");
    if (ocr && ocr->scaled > 0)
        result.warnings.push_back(std::to_string(ocr->scaled) +
                                  " 页像素过多，已缩小到约 2000 万像素后识别文字");
    return {};
}

// Mean confidence, text source and the warnings about what OCR found.
void summarise_ocr(const ImageOcr& st, ExtractResult& result) {
    if (st.conf_n == 0) return;
    result.ocr_confidence = st.conf_sum / static_cast<float>(st.conf_n);
    bool any = st.all_text.find_first_not_of(" \n") != std::string::npos;
    result.text_source = any ? TextSource::ocr : TextSource::none;
    if (!any)
        result.warnings.push_back("图片中未识别到文字");
    else if (result.ocr_confidence < 50)
        result.warnings.push_back("文字识别置信度低，内容可能不准确");
}

}  // namespace

std::pair<EvidenceKind, std::string> decide_image_kind(const ImageFacts& f, std::string_view text) {
    std::string hit;
    if (contains_any(text, {"微信", "公众号", "阅读原文", "在看", "赞赏"}, &hit)) {
        return {EvidenceKind::screenshot, "微信文章截图：含“" + hit + "”"};
    }
    // A web page's own furniture: its address, location bar, counters, page tools and footer
    // (also on a crop of just the article, saved as a JPEG of any width by a capture tool).
    if (contains_any(text,
                     {"当前位置", "所在位置",   "现在的位置", "浏览次数", "点击数",   "阅读量",
                      "阅读次数", "网站标识码", "ICP备",      "http://",  "https://", "www.",
                      ".gov.cn",  "首页",       "网站地图",   "设为首页", "主办：",   "分享到",
                      "上一篇",   "下一篇",     "字号：",     "【字号",   "字体：大"},
                     &hit)) {
        std::string why = f.camera.empty() ? "网页截图：含网页元素“" + hit + "”"
                                           : "翻拍的网页/屏幕照片：含网页元素“" + hit + "”";
        return {EvidenceKind::screenshot, why};
    }
    static const RE2 doc_number(R"(〔(19|20)\d\d〕\s*\d+\s*号)");
    double ratio = f.width > 0 ? static_cast<double>(f.height) / f.width : 0;
    bool a4 = ratio > 1.33 && ratio < 1.50;
    if (!f.camera.empty()) {
        return {EvidenceKind::document, "纸质材料照片：相机（" + f.camera + "）拍摄"};
    }
    if (RE2::PartialMatch(text, doc_number)) {
        return {EvidenceKind::document, "文件扫描件/照片：含发文字号"};
    }
    if (a4 && f.width >= 1000) {
        return {EvidenceKind::document, "纸质文件扫描：A4 比例，" + dims(f) + " 像素"};
    }
    if (screen_width(f.width) && f.height >= 200) {
        return {EvidenceKind::screenshot,
                "屏幕截图：宽度 " + std::to_string(f.width) + " 像素与常见屏幕一致"};
    }
    if (phone_shaped(f)) {
        return {EvidenceKind::screenshot, "手机截图：竖长比例（" + dims(f) + "）"};
    }
    if (f.format == "jpeg" || f.format == "tiff") {
        if (a4) return {EvidenceKind::document, "纸质文件扫描：A4 比例"};
        return {EvidenceKind::document, "照片/扫描图片（" + f.format + "，无网页特征）"};
    }
    return {EvidenceKind::screenshot, "截图：无相机信息的 " + f.format + " 图片，无纸质文件特征"};
}

int ImageExtractor::bid(const Probe& probe) const {
    const std::string& s = probe.sniffed;
    if (s == "png" || s == "jpeg" || s == "gif" || s == "bmp" || s == "tiff" || s == "webp")
        return 100;
    if (probe.head.size() >= 12) {  // sniff missing/unknown: look at the magic ourselves
        l_int32 format = IFF_UNKNOWN;
        if (findFileFormatBuffer(bytes(probe.head), &format) == 0 && format != IFF_UNKNOWN &&
            format != IFF_PS && format != IFF_LPDF && format != IFF_SPIX) {
            return 90;
        }
    }
    return 0;
}

tl::expected<ExtractResult, Error> ImageExtractor::extract(const Probe& probe,
                                                           ExtractContext& ctx) const {
    const auto deadline =
        std::min(ctx.deadline.at(), std::chrono::steady_clock::now() + ctx.options.time_limit);
    auto file = read_image_file(probe, ctx.options.max_pixels);
    if (!file) return tl::unexpected(file.error());

    ExtractResult result;
    result.format = "image";
    const std::string fmt = format_name(file->format);
    result.media_type = media_type_of(fmt);
    ImageFacts facts{file->w, file->h, fmt, "", !(file->bps * file->spp <= 8 && !file->iscmap)};
    read_metadata(file->data, facts, result);
    const bool ocr = ctx.ocr != nullptr && ctx.options.allow_ocr;

    // Without OCR, read_pages() gets no ImageOcr and st stays empty (ctx.ocr may be null).
    ImageOcr st{ctx.ocr, deadline, decide_image_kind(facts, "").first, !facts.camera.empty(),
                &facts};
    st.global_threshold = phone_shaped(facts) && facts.width < 600 && fmt == "jpeg";
    if (auto ok = read_pages(*file, ctx, ocr ? &st : nullptr, result); !ok)
        return tl::unexpected(ok.error());
    if (!ocr) result.warnings.push_back("未做文字识别（OCR 未启用），图片文字未读取");
    result.page_count = static_cast<int>(result.pages.size());
    summarise_ocr(st, result);
    std::tie(result.kind, result.kind_reason) = decide_image_kind(facts, st.all_text);
    return result;
}

}  // namespace dossier
