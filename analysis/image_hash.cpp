#include "analysis/image_hash.hpp"

#include <memory>

#include <leptonica/allheaders.h>

namespace dossier {

namespace {

struct PixDeleter {
    void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

}  // namespace

std::optional<uint64_t> image_dhash(const std::filesystem::path& path) {
    l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
    if (pixReadHeader(path.c_str(), &format, &w, &h, &bps, &spp, &cmap) != 0 || w <= 0 ||
        h <= 0 || static_cast<uint64_t>(w) * static_cast<uint64_t>(h) > kMaxHashPixels)
        return std::nullopt;
    PixPtr pix(pixRead(path.c_str()));
    if (!pix) return std::nullopt;
    PixPtr gray(pixConvertTo8(pix.get(), 0));
    if (!gray) return std::nullopt;
    pix.reset();
    // pixScaleToSize area-averages when shrinking (pixScaleAreaMap), so JPEG noise averages out.
    PixPtr small(pixScaleToSize(gray.get(), 9, 8));
    if (!small || pixGetWidth(small.get()) != 9 || pixGetHeight(small.get()) != 8)
        return std::nullopt;
    uint64_t hash = 0;
    int bit = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x, ++bit) {
            l_uint32 a = 0, b = 0;
            pixGetPixel(small.get(), x, y, &a);
            pixGetPixel(small.get(), x + 1, y, &b);
            if (a > b) hash |= uint64_t{1} << bit;
        }
    return hash;
}

}  // namespace dossier
