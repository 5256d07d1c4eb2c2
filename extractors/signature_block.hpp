// A second OCR pass on the signature block of a page OCRed as a document (a scanned red-header
// 公文), for the signature date in Chinese numerals that the whole-page pass turns into noise when
// a red seal sits on it (issue 18).
//
// Contract:
//  - find_red_seal(rgb) looks below the top quarter of an RGB image (the red header and its rule
//    sit above) for a red seal: pixels clearly red (R high, G and B well below it), at least a
//    seal's worth of them, and returns their bounding box (in the image's pixels), or nothing.
//    It reads every 2nd pixel of every 2nd row: a few ms on an A4 page at 200 dpi.
//  - full_date(text): whether an OCR line looks like a full date: Chinese numerals (a year of 4–6)
//    with 年, 月 and 日 (or 曰) — the year's 〇 possibly read as a look-alike analysis/dates.cpp
//    repairs (O, 0, 口, @, C, 5, 人, 。; a leading 二 as 工), spaces between the characters — or an
//    arabic year-month-day.
//  - reread_signature_block(engine, grey, seal, page, params): when none of the page's last lines
//    (page.lines, by position; with a seal: no line inside the block) already carries a date
//    signature_dated() takes (or, a line this pass inserted, any full date), cuts the signature
//    block out of `grey` (the 8-bit image the first pass read, red already suppressed by the
//    caller's red channel): the seal's box grown by a margin (the date sits under, beside or across
//    the seal) and reaching the page's right margin or, without a seal, the right half of the page
//    around its last lines. The block is upscaled to about 400 dpi when smaller, its mid-tones
//    stretched (grey paper → white, text → black), and OCRed as one block (PSM 6); when that gives
//    no full date, once more with only the darkest strokes kept (a dark grey seal turns white).
//    Only lines that look like a full date are kept, inserted into page.lines in `grey`'s
//    coordinates (replacing first-pass lines they overlap), marked OcrLine::second_pass (the date
//    chooser never presents such a date as certain), and page.text is rebuilt from the lines. When
//    neither read gives the signature's date, the (at most two lowest) rows of those reads that
//    look like a garbled date line — not a row the 版记's 印发 line lies on — are read once more
//    each as a single line (PSM 7) with only date characters allowed, on five stretches (the
//    block's two and three darker ones, 15–60, 20–75 and 10–45, for a grey seal whose star or ring
//    the 30–90 stretch leaves a grey blot over the strokes); a row's date is inserted only when
//    whitelisted_date() takes it — or, no read whole, one read's month and day under a year one
//    character from the page's own (its 文号's or 印发 line's year, else its arabic dates' when
//    they agree), taken with that year — no other read gives another date, no read's month and day
//    (month_day(), the year possibly garbled) disagree with it, and it lies on or before the 版记's
//    印发 day and not more than 31 days before it. Of two boxes of the same row (the two block
//    reads), the strip is cut from the shorter, then, without a date, from their union; a box more
//    than 1.8 text lines high also has its lowest line read alone. Returns how many lines were
//    inserted; errors and the time limit are swallowed (the first pass's text stands). `grey` stays
//    owned by the caller.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

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

// The date a whitelisted single-line read of the date line gives (characters of
// 〇零一二三四五六七八九十年月日 and digits, spaces ignored): exactly four year digits from the
// start, then 年, a month (一…十二, 1…12) 月 and a day 日 that make a valid date in 2015–2030;
// returned in Chinese numerals ("二〇二〇年三月二十六日"), else nothing (a fifth year digit, 十 in
// the year, 二十三月: nothing — unsure beats wrong).
std::optional<std::string> whitelisted_date(const std::string& text);

// The month and day of a whitelisted read whose year may be garbled ("一二年三月十九日" → 3, 19):
// 年, then 月, then 日, a month 1–12 and a day 1–31 between them; else nothing.
std::optional<std::pair<int, int>> month_day(const std::string& text);

// Whether a line of the block counts as the signature's date already read (no further pass):
// full_date, not the 版记's 印发 line, and either an arabic date or, the year's look-alikes
// taken for 〇 (and a leading 工 for 二), a date whitelisted_date takes.
bool signature_dated(const std::string& text);

int reread_signature_block(OcrEngine& engine, Pix* grey, const std::optional<SealBox>& seal,
                           PageText& page, const OcrParams& params);

}  // namespace dossier
