// A second OCR pass on the bands of a screenshot that the first pass left empty or half read,
// for the light-grey bylines and metadata grids the whole-page pass loses (issue 18).
//
// Contract: reread_missed_bands(engine, grey, page, params) looks at the first pass's lines in the
// upper part of the page (the top half, at most one page-width down on a tall phone screenshot,
// at least 640 rows down: a short landscape portal's byline sits under a banner filling its top
// half).
// It cuts the bands the first pass left empty (a vertical gap between two lines, taller than the
// shorter of those lines: a gap of mere line spacing hides no line) or half read (a short line,
// e.g. only the account name of a WeChat byline, or a line whose year OCR broke up, "… 20 2", or
// whose month reads 0), at most kMaxBands of them (those above the first
// dated line first, then the shortest, and always the band under the last line read: a 发布日期
// line under a short body); below the first line carrying a full date (other than a 今天是/星期
// date bar) only rows the first pass did not see at all are read — and a line ending in a date
// label whose date OCR lost ("布日其：oo"), wherever it lies. A row that gives no date is read
// once more with Otsu's global threshold (Sauvola breaks up small light digits in JPEG ringing),
// and, when it holds several stretches of ink far apart (a side menu's entry beside the main
// column's byline), each stretch on its own rows and at its own scale. Light text on a darker
// banner (a phone article's white unit and date on its coloured title bar) is a row too, read
// turned over. It upscales each row towards 44 px high (at most twice the original
// resolution: a 35 px row read at ×2 was garbled), stretches its contrast so
// light grey (#999–#b2b2b2) turns dark — a row whose lightest word is lighter still (#ccc–#ddd)
// from that word's own grey — and OCRs it as one block. Lines of that pass carrying a
// date-like number are inserted into page.lines (in the coordinates of `grey`, replacing the
// first-pass line they overlap) and page.text is rebuilt from the lines. They are marked
// OcrLine::second_pass (kept in the stage cache): the date chooser never presents a date read
// only by this pass as certain. Returns how many lines were inserted. `grey` is the 8-bit image the
// first pass read; it stays owned by the caller. Errors of the second pass (time limit) are
// swallowed: the first pass's text stands.
//
// reread_whole_page(engine, grey, page, params) is the fallback for phone photos and phone
// screenshots (issue 18): when no line of the page carries a date at all after the first pass (and
// the band pass), the whole page is read once more in another preparation — the background
// flattened (uneven light of a photo of paper or of a screen: each pixel divided by its local
// background) and contrast stretched, deskewed, upscaled when the page is narrow (width <
// kSmallWidth, to about 2400 px, at most ×2) and read with automatic layout (PSM 3: a photo's main
// text and side list kept apart), then its own half-read rows by the band pass above. Only the
// lines of that pass carrying a date are inserted (marked
// OcrLine::second_pass, as above: never a certain date). At most one extra OCR per page, and only
// on pages where nothing dated was read. Returns how many lines were inserted.
#pragma once

#include "extractors/ocr_engine.hpp"
#include "model/record.hpp"

struct Pix;

namespace dossier {

inline constexpr int kMaxBands = 6;
// Text rows read again per page, at most; and as many stretches of rows read on their own.
inline constexpr int kMaxRows = 10;

// `upscaled`: the first pass already read `grey` at twice the original size.
// `photo`: the page is photographed (photographed() below): its rows are found and read on a
// flattened copy (uneven light and moiré evened out, as the whole-page pass prepares a page).
int reread_missed_bands(OcrEngine& engine, Pix* grey, bool upscaled, PageText& page,
                        const OcrParams& params, bool photo = false);

// True when the 8-bit page looks photographed rather than captured: a dark frame (a screen's
// bezel, the desk around a sheet) along a side and an end of the image, or a slant of at least
// 0.4° that Leptonica's skew search finds with confidence (a screen capture is never slanted).
bool photographed(Pix* grey);

// DOSSIER_TRACE_BANDS=1: each band, row and read of the band pass, the dark grid's read and each
// read of the signature block, on stderr (a developer's aid for a page whose date was not read).
bool tracing();

inline constexpr int kSmallWidth = 1400;  // whole-page fallback: upscale pages narrower than this

// True when a line of the page (outside a 今天是/星期 date bar) carries a full date or a
// month-day with a clock time.
bool page_has_date(const PageText& page);

// Inserts the lines a second pass read (`found`, in page coordinates), replacing the first-pass
// lines they cover (middle within a found line's rows, columns overlapping), and rebuilds
// page.text from page.lines so that line i of the text is page.lines[i]. Shared by every second
// pass (bands, whole page, signature block). With `replace` false nothing is replaced (the date
// tile's line, beside the title's).
void merge_lines(PageText& page, std::vector<OcrLine> found, bool replace = true);

int reread_whole_page(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

// A dark page — a 抖音 video page, light text over a dark picture, which the first pass loses to
// the picture (holdout16's and holdout17's, mean grey 79–119) — when no line carries a date: read
// once more turned over (PSM 6); its lines carrying a date or an account's stamp are added as
// second-pass lines, replacing nothing (account_stamp, model/date.hpp). Returns how many lines
// were added.
int reread_dark_page(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

// A metadata grid whose label cells are filled dark (white 发布日期 on dark green, which the
// first pass garbles: "布日 | 2020.05-15", or loses with its row): when no line already holds a
// 发布日期/发布时间 label with its date, and a label column of dark filled cells is found (two
// cells of a cell's size with one left edge and width, or one at least 50 px high: cells that
// touch), the grid's rows are read once more with those cells turned to black text on white,
// upscaled ×1.5, cut short of a side column when the grid has two label columns; its lines
// carrying a date, or a date label and a digit, are inserted as second-pass lines (never a
// certain date). Returns how many lines were inserted. DOSSIER_TRACE_BANDS prints its read.
int reread_dark_grid(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

// A title bar filled dark — the article's title and its byline in white on the site's colour
// (a county portal's green or red head over the article), which the first pass loses whole, its
// rows run into a side menu's and a sidebar's — when no line already holds a 发布日期/发布时间
// label with its date: each filled component of the page's dark pixels at least a quarter of the
// page wide, 24–300 px high, in its upper 70 %, 60–97 % dark (at most four of them: more is a list
// of filled entries), is read turned over (×2.5, PSM 6); when a line of it carries a date, all its
// lines are inserted as second-pass lines (never a certain date). A navigation bar or a page's
// coloured header is such a bar too (read at the same size: a cost, docs/dates.md); its lines
// carry no date, or a 今天是 date bar's, left out. Returns how many lines were inserted.
int reread_title_bars(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

// A date tile beside an article's title — white "26" over "2020.08" on a coloured square, which
// the first pass loses or reads as a stray digit (holdout16's county portal): when no line already
// holds a 发布日期/发布时间 label with its date, the page's square dark components (40–240 px,
// 55–97 % filled, in its upper 60 %; none when more than three: a list's entries each have one) are
// read turned over, ×2; a read that is a day and a year-month (or a month-day and a year) becomes
// one second-pass line "2020-08-26" in the tile's box, marked OcrLine::date_tile — only when
// exactly one tile gives a date. Returns how many lines were inserted (0 or 1).
int reread_date_tile(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

// A left rail of the page's attributes — 信息属性: 索引号, 主题分类, 发布机构, 成文日期, 发布日期 …
// each a small grey label over its value (holdout17's 信息公开 platform) — which the first pass
// reads run on into the article beside it, its light labels often lost: when no line already holds
// a 发布日期/发布时间 label with its date and two lines starting in the page's left quarter open
// with such a label, the rail is cut at the first ink-free gutter right of its text and read
// alone (×2, PSM 6); its lines, when one holds a date, are added as second-pass lines, one per
// rail row, label over value. Returns how many lines were added.
int reread_left_rail(OcrEngine& engine, Pix* grey, PageText& page, const OcrParams& params);

}  // namespace dossier
