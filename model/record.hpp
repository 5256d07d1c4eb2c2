// The shared record types that flow through the pipeline: what extraction found in a file, what
// analysis made of it, where classification put it, and the per-indicator verdicts. Plain data,
// no behaviour; extractors and the packager know only these and the catalog model.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/catalog.hpp"
#include "model/date.hpp"

namespace dossier {

enum class TextSource { none, text, ocr, mixed };
const char* to_string(TextSource s);  // "none", "text", "ocr", "mixed"

// A failed document is data: the reason is Chinese, one line, for a clerk.
struct Error {
    std::string reason;
    // True when a retry may succeed (a time limit hit on a busy machine): not cached.
    bool transient = false;
};

// One word of an OCR line as the engine read it: its box in the image's pixels and its text (raw).
struct OcrWord {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
    bool space_before = false;  // the engine put a space before it in the line's text
};

// One OCR text line with its box (pixels of the OCRed image) and confidence 0–100.
struct OcrLine {
    std::string text;
    int x = 0, y = 0, w = 0, h = 0;
    float confidence = 0;
    // Read only by the second pass over light-grey bands (extractors/ocr_second_pass.hpp): a
    // date on such a line is never presented as certain.
    bool second_pass = false;
    // A date read from a tile beside the title (a day over a year and month on a coloured square,
    // extractors/ocr_second_pass.hpp reread_date_tile); the text is the date as "YYYY-MM-DD".
    bool date_tile = false;
    // The line's words, only while an extractor needs them (OcrParams::want_words, cleared once
    // used: extractors/ocr_columns.hpp); never stored.
    std::vector<OcrWord> words;
};

struct PageText {
    std::string text;  // normalised (OCR fixes applied); lines separated by '\n'
    std::string raw;   // as the library returned it (empty when same as text)
    TextSource source = TextSource::none;
    std::vector<OcrLine> lines;  // OCR pages only
    int width = 0, height = 0;   // OCRed image size in pixels (0 for text pages)
    float ocr_confidence = -1;   // mean, 0–100; -1 when not OCRed
};

// A phone's screen read by OCR: at most 1242 px wide (the widest phone render) and at least 1.7
// times as tall as wide. False for text pages (no size).
inline bool phone_screen(const PageText& page) {
    return page.width > 0 && page.width <= 1242 && page.height * 10 >= page.width * 17;
}

// A date found in file metadata: always a weak signal (conversion/print times).
struct MetaDate {
    Date date;
    std::string label;  // "pdf:CreationDate", "pdf:ModDate", "ooxml:created", "ooxml:modified",
                        // "exif:DateTimeOriginal", "png:tIME", "html:PubDate", "ofd:CreationDate"
};

// A spreadsheet cell with the header of its column (xlsx).
struct Cell {
    std::string header;
    std::string value;  // dates rendered as YYYY-MM-DD
};

struct ExtractResult {
    std::string format;  // extractor name: "image", "pdf", "docx", "xlsx", "pptx", "ofd", "html",
                         // "text", ...
    std::string media_type;       // "image/png", "application/pdf", ...
    std::vector<PageText> pages;  // one per page/sheet/slide; one for single-page formats
    TextSource text_source = TextSource::none;
    std::vector<MetaDate> meta_dates;
    std::vector<std::vector<Cell>> rows;        // spreadsheets: each row with its column headers
    std::string title;                          // <title>, docProps title, when the format has one
    EvidenceKind kind = EvidenceKind::unknown;  // screenshot or document
    std::string kind_reason;                    // Chinese, e.g. "网页截图：浏览器界面"
    std::vector<std::string> warnings;          // Chinese
    int page_count = 0;
    float ocr_confidence = -1;  // mean over OCRed pages, -1 when none

    // All page texts joined by "\n\f\n". With `first_pass_only`, an OCR page whose lines a
    // second pass added (OcrLine::second_pass) gives only its first-pass lines.
    std::string full_text(bool first_pass_only = false) const;
};

// One date candidate and how analysis judged it.
struct DateCandidate {
    Date date;
    std::string source;     // label|signature|content|cell|metadata|filename
    std::string text;       // the matched text as found
    bool repaired = false;  // needed an OCR repair
    double score = 0;
    int page = 0;
    size_t offset = 0;  // byte offset in that page's text
    std::string why;    // why it won or lost (Chinese)
};

struct DateResult {
    std::optional<Date> published;
    std::string source = "none";  // label|signature|content|cell|url|pin|metadata|filename|none
    bool repaired = false;
    double confidence = 0;
    // The date is reported but not confirmed: below the calibrated confidence. Validation does not
    // judge lateness by it (manifest `date_review`; `review` stays about the indicator).
    bool review = false;
    // A weak source's date (metadata, mtime, file name): never `published` on its own; `source`
    // then names that weak source and `published` stays null (manifest `date_hint`).
    std::optional<Date> hint;
    bool future = false;                    // after as_of
    std::vector<DateCandidate> candidates;  // winner first
};

struct KeywordHit {
    std::string keyword;
    std::vector<std::string> indicators;  // ids of indicators listing this keyword
    int count = 0;
    bool in_title = false;
    bool in_name = false;  // in the file or folder name
    int first_page = 0;
    size_t first_offset = 0;
};

struct SensitiveHit {
    std::string kind;     // "id_card", "mobile", "bank_card", "secret_mark"
    std::string excerpt;  // masked, e.g. 1301**********1234
    int page = 0;
};

struct Analysis {
    DateResult date;
    std::vector<KeywordHit> keywords;
    std::string title;
    std::vector<SensitiveHit> sensitive;
    std::vector<std::string> warnings;  // Chinese, one per sensitive finding or future date
};

// One of the best-scoring indicators for a file, with why (for `explain` and the review queue).
struct IndicatorChoice {
    std::string indicator;
    double score = 0;
    std::vector<std::string> reasons;  // Chinese
};

struct Classification {
    std::string indicator;  // top-1 leaf id (empty when nothing scored)
    std::vector<std::string> secondary;
    std::string runner_up;
    double confidence = 0;
    bool review = true;
    bool pinned = false;
    std::vector<std::string> reasons;  // Chinese
    std::vector<IndicatorChoice> top;  // the best three, best first
    std::string genre;                 // document genre id (catalog `genres`), "" when unknown
    std::vector<std::string> crumbs;   // the page's breadcrumb used as evidence (last one or two)
    std::string similar_to;            // source of a pinned file this one was matched to, or ""
};

// The message a file was taken out of (design.md §4 files[].mail): decoded From ("张三
// <a@b.cn>"), Date (ISO 8601 with its offset, "2020-05-12T10:00:00+08:00", or as written when it
// does not parse) and Subject; the innermost message for forwarded mail.
struct MailInfo {
    std::string from;
    std::string date;
    std::string subject;
    bool operator==(const MailInfo&) const = default;
};

// Every file that was read (design.md §4 files[]).
struct FileRecord {
    std::string source;        // inbox-relative, raw bytes, "!/" at archive levels
    std::string content_path;  // where the bytes can be read now (inbox file or workspace blob)
    std::string sha256;
    uint64_t size = 0;
    std::string media_type;
    std::string unit_folder;          // first path component as on disk ("" for root files)
    std::optional<std::string> unit;  // canonical unit, a township name, or null
    EvidenceKind kind = EvidenceKind::unknown;
    std::string kind_reason;
    TextSource text_source = TextSource::none;
    Analysis analysis;
    Classification cls;
    std::optional<std::string> archive_path;  // set by the packager; null when not packaged
    std::vector<std::string> warnings;        // Chinese
    std::optional<MailInfo> mail;             // set for files taken out of a .eml
    std::optional<std::string> near_group;    // files with nearly identical text/image share it
};

struct Rejected {
    std::string source;
    std::string reason;  // Chinese, one line
};

struct Duplicate {
    std::string source;
    std::string same_as;
    bool near = false;  // a re-saved copy (same unit, near-identical image and text), not the bytes
};

enum class Status { covered, weak, missing, late, review, check };
const char* to_string(Status s);  // "covered", ...
const char* label_zh(Status s);  // "已覆盖", "证据不足", "缺失", "逾期", "待确认", "另需核实"

struct UnitShare {
    std::string unit;
    bool has_evidence = false;
};

struct Verdict {
    std::string id;  // indicator id (every node, inner nodes aggregate their leaves)
    Status status = Status::missing;
    std::vector<std::string> reasons;  // Chinese
    std::vector<int> files;            // indices into Ledger::files (primary, pinned first)
    std::vector<int> secondary_files;  // files linking here as secondary
    double points = 0;
    double points_at_risk = 0;
    std::vector<UnitShare> units;  // responsible units and whether each has evidence
};

// Everything one run knows; the packager and the reports are written from this.
struct Ledger {
    std::vector<FileRecord> files;  // sorted by source
    std::vector<Rejected> rejected;
    std::vector<Duplicate> duplicates;
    int skipped_junk = 0;
};

struct Assessment {
    Date as_of;
    std::optional<std::string> unit;  // per-unit package, or null
    std::vector<Verdict> verdicts;    // one per catalog indicator, catalog order
    double points_total = 0;
    double points_confirmed = 0;  // points of covered leaves (check leaves are listed apart)
    int workdays_left = 0;        // until window end as of as_of; negative = days late
};

}  // namespace dossier
