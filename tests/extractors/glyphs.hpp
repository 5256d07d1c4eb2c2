// Test pages drawn with real glyphs: FreeType renders UTF-8 text (WenQuanYi Micro Hei in the tests)
// and each covered pixel is handed to the caller, which blends it over its own page (grey or RGB).
#pragma once

#include <cmath>
#include <string>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <leptonica/allheaders.h>
#include <unicode/unistr.h>

namespace dossier::test {

// Calls `put(x, y, coverage 1–255)` for every pixel the glyphs of `text` cover, `px` pixels high,
// with the baseline at (x, y).
template <class Put>
void for_each_glyph_pixel(FT_Face face, const std::string& text, int x, int y, int px, Put put) {
    FT_Set_Pixel_Sizes(face, 0, static_cast<FT_UInt>(px));
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    for (int i = 0; i < u.length(); ++i) {
        if (FT_Load_Char(face, static_cast<FT_ULong>(u.char32At(i)), FT_LOAD_RENDER)) continue;
        const FT_Bitmap& bm = face->glyph->bitmap;
        for (unsigned row = 0; row < bm.rows; ++row)
            for (unsigned col = 0; col < bm.width; ++col) {
                const int cov = bm.buffer[row * static_cast<unsigned>(bm.pitch) + col];
                if (cov > 0)
                    put(x + face->glyph->bitmap_left + static_cast<int>(col),
                        y - face->glyph->bitmap_top + static_cast<int>(row), cov);
            }
        x += static_cast<int>(face->glyph->advance.x >> 6);
    }
}

// Draws UTF-8 `text` in grey `v` on an 8-bit page, `px` pixels high with its baseline at (x, y),
// blending each glyph's coverage over what is under it.
inline void draw_grey(Pix* pix, FT_Face face, const std::string& text, int x, int y, int px,
                      int v) {
    for_each_glyph_pixel(face, text, x, y, px, [&](int gx, int gy, int cov) {
        l_uint32 under = 0;
        if (pixGetPixel(pix, gx, gy, &under) != 0) return;
        const double a = cov / 255.0;
        pixSetPixel(pix, gx, gy, static_cast<l_uint32>(std::lround(under * (1 - a) + v * a)));
    });
}

}  // namespace dossier::test
