// Lines a whole-page OCR read ran across a left column's gutter, split at it (issue 18).
//
// The first pass reads a screenshot as one uniform block (PSM 6, measured best on screenshots),
// so Tesseract joins text at the same height across columns: a portal's left 栏目 menu or its
// 信息属性 rail runs into the article's byline ("政府信息公开制度日期; 2020年05月08日来源；…",
// "成文日期 2020-05-19 【字号：大中小】"). The date then sits in the middle of a line that is
// neither the menu's nor the article's. A left column is found from the first pass's own word
// boxes — an x range in the page's left part that no word of a tall run of lines crosses while
// several lines have words on both sides of it — and each line across it becomes two, one per
// column, at the same height. No image is read again. The image extractor splits after its
// second passes, which judge the lines as the engine read them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/record.hpp"

namespace dossier {

// The gutter of a left column, when the page has one: none of the lines from `top` to `bottom`
// crosses it, `split` of them have words on both sides.
struct ColumnGutter {
    int x0 = 0, x1 = 0;  // the empty columns of pixels
    int top = 0, bottom = 0;
    int split = 0;  // lines with words on both sides
};

// The left column's gutter of a page read by OCR, from its lines' words (OcrLine::words, filled
// with OcrParams::want_words; a line without words — a second pass's — is passed over). Looked for
// in the page's 8–45 % of width, in the run of lines none of which crosses it with the most lines
// across it: at least one, and at least two and a quarter of the run alone, on each side (a table's
// rows line up, a menu's and an article's do not), and the column left of it reading like a menu or
// a rail (Chinese words, not a table's numbers), at most a quarter of the page wide, each line's
// gap at it at least a line high (16 px) and at most a fifth of the page wide (a list's titles
// and their dates far right are rows, not columns).
std::optional<ColumnGutter> find_left_gutter(const PageText& page);

// Splits every line of `page` across `g` into its left and right parts (words joined as the
// engine joined them in the line's text, and normalised as a whole line is; a line whose left
// part is a metadata table's label cell — 发布时间, 成文日期, 索引号 … — or has no Chinese words
// (the table's 索引号 value) stays whole; the part's
// own box and mean word confidence), keeping text order by height and rebuilding page.text. Returns
// the number of lines split.
int split_at_gutter(PageText& page, const ColumnGutter& g);

}  // namespace dossier
