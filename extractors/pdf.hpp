// PdfExtractor ("pdf"): the text layer of every page through poppler-cpp
// (non_raw_non_physical_layout, what `pdftotext` gives); a page without usable text (fewer than
// 8 non-space characters) is rendered at ExtractOptions::pdf_dpi (ARGB32, turned into a
// seal-suppressed grey buffer) and handed straight to the thread's OcrEngine (no PNG round trip). A
// text PDF is never OCRed.
//
// - text_source: text (all pages had a text layer), ocr (all read by OCR), mixed, none.
// - meta_dates: Info CreationDate / ModDate as Asia/Shanghai dates, labels "pdf:CreationDate",
//   "pdf:ModDate" — weak signals (usually the conversion or print time).
// - Encrypted PDFs that open without a password (owner password only) are read; those needing a
//   user password → Error "PDF 已加密，需要密码才能打开：请交未加密的版本".
// - A truncated file (no %%EOF near the end) or one Poppler cannot open → Error with the reason.
// - kind: document, or screenshot for a web page printed by Chromium (Skia/PDF with the URL in
//   its header/footer).
//
// Threading: extract() is const and thread-safe (one poppler document per call); OCR uses
// ctx.ocr, which belongs to the calling thread. The time limit is checked between pages and
// passed to the OCR of each page.
#pragma once

#include "extractors/extractor.hpp"

namespace dossier {

class PdfExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "pdf"; }
    // 2: mid-tones darkened before OCR; 3: signature-block pass; 4: the signature block reaches
    // the right margin, a darker re-read for grey seals; 5: the signature's date line read alone
    // (PSM 7, date characters only); 6: the date line also read at a darker stretch (grey seals),
    // from the row's shorter box, its month and day agreed by every read; 7: the 印发 row is not
    // read as the signature's, and a date line whose year the seal garbled takes the page's year;
    // 8: the date line's date is on or before the 印发 day, and not a month earlier; 9: an arabic
    // date whose day the seal garbled is not taken for read.
    int version() const override { return 9; }
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

}  // namespace dossier
