#include "extractors/pix.hpp"

#include <cstddef>

#include <leptonica/allheaders.h>

namespace dossier {

void PixDeleter::operator()(Pix* p) const { pixDestroy(&p); }

PixPtr grey_pix(const unsigned char* data, int w, int h, int bytes_per_row) {
    PixPtr pix(pixCreate(w, h, 8));
    if (!pix) return nullptr;
    l_uint32* out = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < h; ++y) {
        const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * bytes_per_row;
        l_uint32* line = out + static_cast<std::ptrdiff_t>(y) * wpl;
        for (int x = 0; x < w; ++x) SET_DATA_BYTE(line, x, row[x]);
    }
    return pix;
}

PixPtr cut_and_stretch(Pix* grey, int x, int y, int w, int h, float scale, int black, int white) {
    if (w <= 0 || h <= 0) return nullptr;
    Box* box = boxCreate(x, y, w, h);
    if (!box) return nullptr;
    PixPtr cut(pixClipRectangle(grey, box, nullptr));
    boxDestroy(&box);
    if (!cut) return nullptr;
    PixPtr big(scale > 1 ? pixScaleGrayLI(cut.get(), scale, scale) : pixClone(cut.get()));
    if (!big) return nullptr;
    return PixPtr(pixGammaTRC(nullptr, big.get(), 1.0f, black, white));
}

}  // namespace dossier
