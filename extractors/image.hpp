// ImageExtractor ("image"): PNG, JPEG, BMP, TIFF (every page), GIF (first frame) and WebP,
// decoded by Leptonica and read by the calling thread's OcrEngine (chi_sim).
//
// - The pixel limit (ExtractOptions::max_pixels) is checked on the header dimensions BEFORE the
//   image is decoded, so a 30000×30000 "PNG bomb" is refused in microseconds; a TIFF's every page
//   is checked from its own header before that page is decoded.
// - Memory (issue 17): a TIFF is read from the file one page at a time, and each decoded page is
//   released once its grey copy exists; a page over kMaxOcrPixels (20 Mpx) is scaled down before
//   OCR, with a warning; the time limit is checked before each page.
// - Metadata dates: EXIF DateTimeOriginal (libexif) → "exif:DateTimeOriginal", PNG tIME (UTC,
//   converted to the Asia/Shanghai date) → "png:tIME". Both weak signals.
// - Evidence kind with a Chinese reason: screenshot (screen sizes, web/WeChat words in the text)
//   or document (camera EXIF, A4 proportions, document number).
// - Preprocessing by kind (see image.cpp for what was measured): screenshots → grey, 96 dpi, PSM 6,
//   ×2 upscale only when the long side is under 800 px; paper photos/scans → red seal suppressed
//   below the red header, deskewed when photographed.
// - A corrupt image → Error with the decoder's reason; time limit per file honoured.
//
// Threading: extract() is const and thread-safe; it uses ctx.ocr, which belongs to the caller's
// thread. With ctx.ocr null (or allow_ocr false) the image is decoded and measured, not read.
#pragma once

#include <string>
#include <utility>

#include "extractors/extractor.hpp"

namespace dossier {

// What is known about an image before/after OCR, for the evidence-kind decision.
struct ImageFacts {
    int width = 0, height = 0;
    std::string format;  // "png", "jpeg", ...
    std::string camera;  // EXIF "Make Model", empty when none
    bool colour = true;  // has colour channels (not 1/8-bit grey)
};

// Decides screenshot vs document from the facts and (optionally) the OCR text; reason in Chinese.
std::pair<EvidenceKind, std::string> decide_image_kind(const ImageFacts& facts,
                                                       std::string_view text);

class ImageExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "image"; }
    // 4: Sauvola; 5: second pass on light bands; 6: phone shapes, whole-page and signature-block
    // passes; 7: the signature block reaches the right margin, a darker re-read for grey seals;
    // the band pass inside a photo's frame, on its flattened copy; 8: the signature's date line
    // read alone (PSM 7, date characters only); 9: the band pass looks at least 640 rows down and
    // stretches a very light row from its own ink (#ccc–#ddd bylines); 10: a main-column line
    // joined to a side list's dated entry beside it is read again, without the side column; 11:
    // the band under the last line read is always kept, and ink from #b4 gets the row's own
    // stretch; 12: a band row that gave no date under Sauvola is read again with Otsu's threshold;
    // a dateless row of stretches far apart read stretch by stretch; 13: light text on a dark
    // banner is read turned over; 14: a line whose year OCR broke up ("… 20 2") is read again; 15:
    // a title's clean "2020年" is no broken year; 16: the signature's date line also read at a
    // darker stretch (grey seals), every read's month and day must agree; 17: a line read with
    // far too few characters for its width is read again, a band's vertical rules and box edges
    // are no ink, and a page prepared as paper whose text shows a web page gets the band pass; 18:
    // the 印发 row is not read as the signature's, and a date line whose year the seal garbled
    // takes the page's year; 19: a grid's dark label cells read turned over, a date label whose
    // date OCR lost read again, a month of 0 is no date; the date line not after its 印发 day;
    // 20: a date tile beside the title (a day over a year and month on a coloured square) read;
    // 21: a photo of paper gets the signature block pass too, and an arabic date whose day the
    // seal garbled ("2020年10月3%掉") is not taken for read; 22: a left rail of the page's
    // attributes (信息属性) read on its own, and a dark page (a 抖音 video's) read turned over;
    // 23: a band row whose year OCR split ("20 20-05-03") or whose day ends in ']' counts as dated;
    // 24: a page's tools and links (分享到, 上一篇, 点击数, 字号：) make it a web page, and a
    // desktop screenshot's lines run across a left menu's or rail's gutter are split at it;
    // 25: a title bar read turned over; 26: on a phone's screen the band pass reaches down to the
    // first line read below its usual bottom (a short video's caption at the screen's foot).
    int version() const override { return 29; }
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

}  // namespace dossier
