// Publication dates: find every date expression in a text, then choose the one the evidence
// presents as its publication/issue date (issue 5).
//
// Finding (scan_dates / find_dates) works on normalised text (pipeline/normalize.hpp) with RE2
// (linear time): 2020-11-03, 2020/11/3, 2020.11.03, 2020年11月3日 (with times), Chinese numerals
// (二〇二〇年十一月三日 with 〇/○/零/O and OCR look-alikes, 十 read as '+', dropped/doubled 〇),
// month-day resolved against a context year, and ranges (X至Y, kept as ranges). OCR repairs
// (O/o→0, l/I→1, "1]月"→11月, 曰→日, look-alike 〇) are recorded. Invalid dates are never produced.
//
// Choosing (find_publication_date) ranks, highest first: a labelled stamp
// (发布时间/发布日期/公开日期/ 日期/时间; 答复时间/回复时间/公示日期 on Q&A and 公示 pages) > the
// signature (落款, 成文日期) > an unlabelled date under the title > spreadsheet cells under
// 公布日期/编制日期/发布日期 headers > metadata > file name; and rejects distractors ("今天是"
// bars, clocks, list/related-link dates, 上一篇/下一篇, 印发 lines, cited/deadline/period dates,
// 留言时间, 索引号/文号, copyright years, ranges). A page with no date of its own gets published =
// nullopt.
//
// Issue 18 (docs/dates.md): labels matched with one OCR edit (发布曰期); the byline carrying
// 来源/作者/字体 under the title; a right-aligned date low on an OCR page (its box) as the
// signature; the page's own CMS address (/202007/t20200709_…, /art/2020/7/9/art_…) below an
// explicit label (source "url"); a periodical's "…出版" date. Metadata and file-name dates never
// publish alone: then published = nullopt, `hint` = the date, `source` = metadata|filename.
// `confidence` is calibrated; below kConfidentAt (date_chooser.cpp) `review` is set.
//
// All functions are pure and thread-safe (patterns are compiled once, on first use).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "model/deadline.hpp"
#include "model/record.hpp"
#include "analysis/normalize.hpp"
#include "analysis/title.hpp"

namespace dossier {

// One date expression found in a normalised text.
struct DateSpan {
    Date date;
    size_t begin = 0, end = 0;  // byte offsets in the scanned text (end after 日 / the day digits)
    size_t time_end = 0;        // end of a following time (== end when none)
    bool repaired = false;      // needed an OCR repair
    bool has_year = true;       // false: month-day resolved against the context year
    bool has_time = false;
    bool chinese = false;  // written in Chinese numerals
    // The year was read through noise or taken from the document's 文号 (a sealed signature date
    // whose month and day are clean): never certain.
    bool year_guessed = false;
    // A 微博 post time's two-digit year ("20-9-2 11:45 来自"): taken as 20yy, never certain.
    bool short_year = false;
    // 月 and 日 read as other characters after a date label ("登记日期：2020年10司14所", a
    // photographed form's italic date): the numbers are taken, never certain.
    bool marks_misread = false;
    // A labelled date's slashes read as 7 ("日期：20207373", "2020/04721": small white text on a
    // title bar): the one reading whose separators are / or 7, never certain.
    bool slashes_misread = false;
    // A short video's or post's stamp after its account ("@大厂退役军人 · 09-18", a 抖音 page):
    // month and day only.
    bool account_stamp = false;
    bool range = false;    // one end of a range (X至Y)
    char sep = 0;          // '-', '/', '.', or 'y' for 年月日 forms
};

// A character a date goes on with (2020年7月6起, …前, …止): not a misread 日.
bool date_goes_on(std::string_view c);

// Every date expression in `normalized`, in text order, ranges marked. Month-day dates get
// `context_year`; when it is 0 they get the most common year of the text's full dates, else
// `hint_year`, and are dropped when both are missing; when it is -1 they are dropped. `hint_year`
// (0 = none) breaks ties when repairing a Chinese year.
// A Chinese-numeral date whose year a seal garbled ("二GO〇二O〇年三月十六日") while its month
// and day are clean is kept (year_guessed) when the noisy year reduces to exactly one year of
// 2010–2029, or else, when its last character allows, with `document_year` (the year of the
// document's own 文号, document_number_year; 0 = none).
std::vector<DateSpan> scan_dates(std::string_view normalized, int context_year = 0,
                                 int hint_year = 0, int document_year = 0);

// The year of the document numbers (文号: 霸政办字〔2020〕9号) in the first eight lines of a
// normalised text (a red header's) when all of them agree, else 0.
int document_number_year(std::string_view normalized);

// Convenience: normalises `text`, scans it, and returns candidates (source "content",
// offsets in the original `text`, why = "日期范围" for range ends).
std::vector<DateCandidate> find_dates(std::string_view text, int context_year = 0);

// Chooses the publication date of an extracted file. `file_name` is the file's base name (or an
// inbox-relative path; only the part after the last '/' is used). Page numbers in candidates are
// 1-based; offsets are byte offsets in that page's original text.
DateResult find_publication_date(const ExtractResult& x, std::string_view file_name, Date as_of);

// Same, with the pages already normalised (pages[i] ↔ x.pages[i]) and the title already guessed
// (the Analyser does both once per file). Bounded: each date is judged on at most 512 bytes of
// its line on either side, and at most 1,000 dates per page (the first and last 500) and 5,000
// per file are judged. Throws TimeLimitExceeded when `deadline` passes (checked per page and per
// date).
DateResult find_publication_date(const ExtractResult& x, const std::vector<NormalizedText>& pages,
                                 const TitleGuess& title, std::string_view file_name, Date as_of,
                                 const Deadline& deadline = Deadline());

}  // namespace dossier
