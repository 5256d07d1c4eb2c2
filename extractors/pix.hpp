// Leptonica images for the OCR passes: owned by a unique_ptr, copied from a plain grey buffer, and
// the cut-out-upscale-stretch every second pass starts with.
//
// Contract:
//  - PixPtr owns a Pix (pixDestroy on release).
//  - grey_pix(data, w, h, bytes_per_row): an 8-bit copy of a grey buffer (e.g. a Poppler render);
//    null when Leptonica cannot allocate it.
//  - cut_and_stretch(grey, x, y, w, h, scale, black, white): the rectangle of the 8-bit `grey`
//    cut out, upscaled by `scale` (linear interpolation) when scale > 1, and its grey levels
//    stretched so that `black` and darker become 0 and `white` and lighter 255 — light text on a
//    light page becomes dark on white. Null when the rectangle is empty or Leptonica fails.
#pragma once

#include <memory>

struct Pix;

namespace dossier {

struct PixDeleter {
    void operator()(Pix* p) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

PixPtr grey_pix(const unsigned char* data, int w, int h, int bytes_per_row);

PixPtr cut_and_stretch(Pix* grey, int x, int y, int w, int h, float scale, int black, int white);

}  // namespace dossier
