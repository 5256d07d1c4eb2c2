// Thumbnails (see thumbnail.hpp). Every image is made 32 bpp in Leptonica, blurred there, and
// written as PNG with pixWriteMem; Poppler's ARGB rows are copied into a Pix word by word.
#include "server/thumbnail.hpp"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <thread>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include "analysis/normalize.hpp"
#include "analysis/sensitive.hpp"
#include "extractors/magic.hpp"
#include "model/cleanup.hpp"
#include "model/file_type.hpp"
#include "model/subprocess.hpp"
#include "model/temp_dir.hpp"
#include "packager/font.hpp"


namespace fs = std::filesystem;

namespace dossier {
namespace {

constexpr int64_t kMaxImagePixels = 60'000'000;  // larger images get a card (memory bound)

struct PixFree {
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixFree>;

// A rectangle in thumbnail pixels.
struct Box {
    int x, y, w, h;
};

// A page rendered, with the boxes (thumbnail pixels) of the numbers found on it; `has_text`
// when the page had a text layer (so the boxes are all there is to blur).
struct Rendered {
    PixPtr pix;
    std::vector<Box> sensitive;
    bool has_text = false;
};

PixPtr to_width(PixPtr pix, int width) {
    if (!pix) return pix;
    PixPtr p32(pixConvertTo32(pix.get()));
    if (!p32 || pixGetWidth(p32.get()) <= width) return p32;
    return PixPtr(pixScaleToSize(p32.get(), width, 0));
}

std::string png_bytes(PIX* pix) {
    l_uint8* data = nullptr;
    size_t size = 0;
    if (!pix || pixWriteMem(&data, &size, pix, IFF_PNG) != 0 || !data) return {};
    std::string out(reinterpret_cast<const char*>(data), size);
    lept_free(data);
    return out;
}

// Blurs `b` (widened a little, clipped to the image) in place with a box filter of half-width
// `k` — wide enough that no digit can be read back.
void blur_box(PIX* pix, Box b, int k) {
    const int W = pixGetWidth(pix), H = pixGetHeight(pix);
    b.x = std::max(0, b.x - 2);
    b.y = std::max(0, b.y - 2);
    b.w = std::min(W - b.x, b.w + 4);
    b.h = std::min(H - b.y, b.h + 4);
    if (b.w < 3 || b.h < 3) return;
    BOX* box = boxCreate(b.x, b.y, b.w, b.h);
    PixPtr clip(pixClipRectangle(pix, box, nullptr));
    boxDestroy(&box);
    if (!clip) return;
    // Leptonica warns (and shrinks the kernel) when it is larger than the image: clamp first.
    const int wc = std::min(k, (b.w - 1) / 2), hc = std::min(k, (b.h - 1) / 2);
    PixPtr once(pixBlockconv(clip.get(), wc, hc));
    PixPtr twice(once ? pixBlockconv(once.get(), wc, hc) : nullptr);
    if (twice) pixRasterop(pix, b.x, b.y, b.w, b.h, PIX_SRC, twice.get(), 0, 0);
}

// The radius grows with the width, so a large view hides as much as the 320 px thumbnail.
void blur_all(PIX* pix) {
    blur_box(pix, {0, 0, pixGetWidth(pix), pixGetHeight(pix)}, std::max(8, pixGetWidth(pix) / 40));
}

// ---- images ----

Rendered render_image(const fs::path& file, int width) {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeader(file.c_str(), &format, &w, &h, &bps, &spp, &cmap) != 0 ||
        int64_t{w} * h > kMaxImagePixels)
        return {};
    return {to_width(PixPtr(pixRead(file.c_str())), width), {}, false};
}

// ---- PDFs ----

PixPtr pix_of(const poppler::image& img) {
    if (!img.is_valid() || img.format() != poppler::image::format_argb32) return nullptr;
    const int w = img.width(), h = img.height();
    PixPtr pix(pixCreate(w, h, 32));
    if (!pix) return nullptr;
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < h; ++y) {
        const auto* row = reinterpret_cast<const uint32_t*>(img.const_data() + y * img.bytes_per_row());
        for (int x = 0; x < w; ++x) data[y * wpl + x] = (row[x] << 8) | 0xFF;  // ARGB → RGBA
    }
    return pix;
}

std::string utf8_of(const poppler::ustring& u) {
    const poppler::byte_array b = u.to_utf8();
    return std::string(b.begin(), b.end());
}

// True when the sensitive-content check finds an ID, mobile or bank-card number in `text`.
bool has_number(const std::string& text) {
    for (const auto& hit : find_sensitive({normalize_with_map(text)}))
        if (hit.kind == "id_card" || hit.kind == "mobile" || hit.kind == "bank_card") return true;
    return false;
}

// Page 1 rendered `width` wide, with the word boxes holding numbers. When the page's text has
// a number no single word box holds (split across words), the whole page counts as one box.
Rendered render_pdf(const fs::path& file, int width) {
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(file.string()));
    if (!doc || doc->is_locked() || doc->pages() < 1) return {};
    std::unique_ptr<poppler::page> page(doc->create_page(0));
    if (!page) return {};
    const poppler::rectf r = page->page_rect();
    if (r.width() <= 0 || r.height() <= 0) return {};
    const double dpi = std::min(150.0, 72.0 * width / r.width());
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    Rendered out;
    out.pix = to_width(pix_of(renderer.render_page(page.get(), dpi, dpi)), width);
    if (!out.pix) return {};
    const double scale = static_cast<double>(pixGetWidth(out.pix.get())) / r.width();
    std::string all;
    for (const auto& word : page->text_list()) {
        const std::string t = utf8_of(word.text());
        all += t + " ";
        if (!has_number(t)) continue;
        const poppler::rectf b = word.bbox();
        out.sensitive.push_back({static_cast<int>(b.x() * scale), static_cast<int>(b.y() * scale),
                                 static_cast<int>(b.width() * scale) + 1,
                                 static_cast<int>(b.height() * scale) + 1});
    }
    out.has_text = !all.empty();
    if (out.sensitive.empty() && has_number(utf8_of(page->text(poppler::rectf(),
                                                               poppler::page::non_raw_non_physical_layout))))
        out.sensitive.push_back({0, 0, pixGetWidth(out.pix.get()), pixGetHeight(out.pix.get())});
    return out;
}

// ---- Office / WPS through LibreOffice ----

Rendered render_office(const ThumbnailSource& src, const std::string& ext,
                       std::chrono::seconds limit) {
    TempDir tmp("dossier-thumb");
    if (tmp.path().empty()) return {};
    const fs::path input = tmp.path() / ("input." + ext);
    std::error_code ec;
    fs::copy_file(src.content, input, ec);
    if (ec) return {};
    const fs::path outdir = tmp.path() / "out";
    if (run_limited({"soffice", "--headless", "--norestore", "--nolockcheck", "--nodefault",
                      "-env:UserInstallation=file://" + (tmp.path() / "profile").string(),
                      "--convert-to", "pdf", "--outdir", outdir.string(), input.string()},
                    limit)
            .exit_code != 0)
        return {};
    return render_pdf(outdir / "input.pdf", src.width);
}

// The extension LibreOffice should see: the file's own when it has one, else the type's.
std::string office_extension(const std::string& type, const std::string& name) {
    const std::string ext = file_type::claimed_extension(name);
    if (!ext.empty()) return ext;
    if (type == "ooxml-xlsx") return "xlsx";
    if (type == "ooxml-pptx") return "pptx";
    if (type == "ooxml-docx") return "docx";
    return "doc";
}

// ---- the label card ----

std::u32string utf32_of(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        char32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
        for (int k = 1; k < n && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

// Draws `text` centred on row `baseline` of a 32 bpp `pix` in dark grey (FreeType, WenQuanYi).
void draw_text(PIX* pix, const std::string& text, int px, int baseline) {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) return;
    std::unique_ptr<FT_LibraryRec_, FT_Error (*)(FT_Library)> lib_guard(lib, FT_Done_FreeType);
    FT_Face face = nullptr;
    if (FT_New_Face(lib, font::kDefaultCollection, 0, &face) != 0) return;
    std::unique_ptr<FT_FaceRec_, FT_Error (*)(FT_Face)> face_guard(face, FT_Done_Face);
    FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
    const std::u32string cps = utf32_of(text);
    int width = 0;
    for (char32_t c : cps)
        if (FT_Load_Char(face, c, FT_LOAD_DEFAULT) == 0) width += face->glyph->advance.x >> 6;
    const int W = pixGetWidth(pix), H = pixGetHeight(pix);
    int pen = std::max(4, (W - width) / 2);
    for (char32_t c : cps) {
        if (FT_Load_Char(face, c, FT_LOAD_RENDER) != 0) continue;
        const FT_GlyphSlot g = face->glyph;
        for (unsigned row = 0; row < g->bitmap.rows; ++row)
            for (unsigned col = 0; col < g->bitmap.width; ++col) {
                const int x = pen + g->bitmap_left + static_cast<int>(col);
                const int y = baseline - g->bitmap_top + static_cast<int>(row);
                const int a = g->bitmap.buffer[row * g->bitmap.pitch + col];
                if (a == 0 || x < 0 || y < 0 || x >= W || y >= H) continue;
                l_int32 r, gr, b;
                pixGetRGBPixel(pix, x, y, &r, &gr, &b);
                auto mix = [a](int bg) { return (bg * (255 - a) + 0x33 * a) / 255; };
                pixSetRGBPixel(pix, x, y, mix(r), mix(gr), mix(b));
            }
        pen += static_cast<int>(g->advance.x >> 6);
    }
}

}  // namespace

std::string card_png(const std::string& label) {
    PixPtr pix(pixCreate(240, 320, 32));
    if (!pix) return {};
    pixSetAllArbitrary(pix.get(), 0xF2F2F200);
    BOX* frame = boxCreate(0, 0, 240, 320);
    pixRenderBoxArb(pix.get(), frame, 2, 0xB0, 0xB0, 0xB0);
    boxDestroy(&frame);
    const int px = utf32_of(label).size() > 9 ? 18 : 24;
    draw_text(pix.get(), label, px, 170);
    return png_bytes(pix.get());
}

namespace {

std::string read_head(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::string head(65536, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    return head;
}

bool is_image(const std::string& t) {
    return t == "png" || t == "jpeg" || t == "gif" || t == "bmp" || t == "tiff" || t == "webp";
}
bool is_office(const std::string& t) {
    return t == "ooxml-docx" || t == "ooxml-xlsx" || t == "ooxml-pptx" || t == "ole";
}

// The thumbnail itself (no cache): rendered and blurred, or the card. `lasting` is false when
// a conversion that may succeed later (a LibreOffice time-out on a busy machine) gave the card.
std::string make_thumbnail(const ThumbnailSource& src, const std::string& type,
                           std::chrono::seconds limit, bool& lasting) {
    lasting = !is_office(type);
    Rendered r;
    if (is_image(type)) r = render_image(src.content, src.width);
    else if (type == "pdf") r = render_pdf(src.content, src.width);
    else if (is_office(type))
        r = render_office(src, office_extension(type, src.name), limit);
    if (!r.pix) return card_png(std::string(file_type::label_of(type)));
    lasting = true;
    for (const Box& b : r.sensitive) blur_box(r.pix.get(), b, std::max(4, b.h));
    // No text layer to point at the numbers: blur everything the build found (or has not yet
    // checked) to hold any.
    if (!r.has_text && src.sensitivity != ThumbnailSource::kNone) blur_all(r.pix.get());
    return png_bytes(r.pix.get());
}

}  // namespace

std::string thumbnail_png(const fs::path& thumbs_dir, const ThumbnailSource& src,
                          std::chrono::seconds office_time_limit) {
    const char variant = src.sensitivity == ThumbnailSource::kNone ? 'n' : 's';
    std::string name = src.sha256 + "-" + variant;
    if (src.width != kThumbnailWidth) name += "-w" + std::to_string(src.width);
    const fs::path cached = thumbs_dir / (name + ".png");
    if (!src.sha256.empty()) {
        std::ifstream in(cached, std::ios::binary);
        if (in) return {std::istreambuf_iterator<char>(in), {}};
    }
    const std::string type = magic::sniff(read_head(src.content));
    bool lasting = true;
    std::string png = make_thumbnail(src, type, office_time_limit, lasting);
    if (png.empty() || src.sha256.empty() || !lasting) return png;
    // Written aside, then renamed: a reader never sees half a thumbnail.
    std::error_code ec;
    fs::create_directories(thumbs_dir, ec);
    const fs::path part = cached.string() + ".part" + std::to_string(::getpid()) + "-" +
                          std::to_string(std::hash<std::thread::id>{}(std::this_thread::get_id()));
    cleanup::track(part);
    {
        std::ofstream out(part, std::ios::binary);
        out.write(png.data(), static_cast<std::streamsize>(png.size()));
    }
    fs::rename(part, cached, ec);
    if (ec) cleanup::remove(part);
    else cleanup::forget(part);
    return png;
}

}  // namespace dossier
