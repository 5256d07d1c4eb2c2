// A second OCR pass on the bands of a screenshot that the first pass left empty or half read,
// for the light-grey bylines and metadata grids the whole-page pass loses (issue 18).
//
// Contract: reread_missed_bands(engine, grey, page, params) looks at the first pass's lines in the
// upper part of the page (the top half, at most one page-width down on a tall phone screenshot).
// When one of them already carries a full date (other than a 今天是/星期 date bar) it does nothing
// and returns 0. Otherwise it cuts the bands the first pass left empty (a vertical gap between
// two lines) or half read (a short line, e.g. only the account name of a WeChat byline), at most
// kMaxBands of them, upscales each to twice the original resolution, stretches its contrast so
// light grey (#999–#b2b2b2) turns dark, and OCRs it as one block. Lines of that pass carrying a
// date-like number are inserted into page.lines (in the coordinates of `grey`, replacing the
// first-pass line they overlap) and page.text is rebuilt from the lines. They are marked
// OcrLine::second_pass (kept in the stage cache): the date chooser never presents a date read
// only by this pass as certain. Returns how many lines were inserted. `grey` is the 8-bit image the first pass read;
// it stays owned by the caller. Errors of the second pass (time limit) are swallowed: the first
// pass's text stands.
#pragma once

#include "extractors/ocr_engine.hpp"
#include "model/record.hpp"

struct Pix;

namespace dossier {

inline constexpr int kMaxBands = 6;
inline constexpr int kMaxRows = 10;  // text rows read again per page, at most

// `upscaled`: the first pass already read `grey` at twice the original size.
int reread_missed_bands(OcrEngine& engine, Pix* grey, bool upscaled, PageText& page,
                        const OcrParams& params);

}  // namespace dossier
