// A second OCR pass on the signature block of a page OCRed as a document (a scanned red-header
// 公文), for the signature date in Chinese numerals that the whole-page pass turns into noise when
// a red seal sits on it (issue 18).
//
// Contract:
//  - find_red_seal(rgb) looks below the top quarter of an RGB image (the red header and its rule
//    sit above) for a red seal: pixels clearly red (R high, G and B well below it), at least a
//    seal's worth of them, and returns their bounding box (in the image's pixels), or nothing.
//    It reads every 2nd pixel of every 2nd row: a few ms on an A4 page at 200 dpi.
//  - full_date(text): whether an OCR line looks like a full date: Chinese numerals with 年, 月
//    and 日 (or 曰) — the year's 〇 possibly read as a look-alike analysis/dates.cpp repairs (O,
//    0, 口, @, C, 5, 人, 。; a leading 二 as 工), spaces between the characters — or an arabic
//    year-month-day.
//  - reread_signature_block(engine, grey, seal, page, params): when none of the page's last lines
//    (page.lines, by position; with a seal: no line inside the block) already carries a full
//    date, cuts the signature block out of `grey` (the 8-bit image the first pass read, red
//    already suppressed by the caller's red channel): the seal's box grown by a margin (the date
//    sits under, beside or across the seal) and reaching the page's right margin or, without a
//    seal, the right half of the page around its last lines. The block is upscaled to about 400
//    dpi when smaller, its mid-tones stretched (grey paper → white, text → black), and OCRed as
//    one block (PSM 6); when that gives no full date, once more with only the darkest strokes
//    kept (a dark grey seal turns white). Only lines that look like a full date are kept,
//    inserted into page.lines in `grey`'s coordinates (replacing first-pass lines they overlap),
//    marked OcrLine::second_pass (the date chooser never presents such a date as certain), and
//    page.text is rebuilt from the lines.
//    Returns how many lines were inserted; errors and the time limit are swallowed (the first
//    pass's text stands). `grey` stays owned by the caller.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "extractors/ocr_engine.hpp"
#include "model/record.hpp"

struct Pix;

namespace dossier {

struct SealBox {
    int x = 0, y = 0, w = 0, h = 0;
};

// An RGB(A) buffer: 4 bytes a pixel, the byte offsets of R, G and B inside each pixel.
struct RgbView {
    const unsigned char* data = nullptr;
    int w = 0, h = 0, bytes_per_row = 0;
    int r = 2, g = 1, b = 0;  // Poppler ARGB32 on little-endian: B G R A
};

std::optional<SealBox> find_red_seal(const RgbView& rgb);

bool full_date(const std::string& text);

int reread_signature_block(OcrEngine& engine, Pix* grey, const std::optional<SealBox>& seal,
                           PageText& page, const OcrParams& params);

}  // namespace dossier
