"""evidence — the shared plumbing of the hold-out generators (scripts/make-holdout N).

Each hold-out inbox is data beside it (tests/holdoutN/spec.py: its items, texts, labels and the
few page templates only it uses); this package holds what every one of them needs once:

  dates      date formats (cn, cn_upper, today_bar, Excel serials)
  office     OOXML (docx, xlsx) and text writers, deterministic zip members
  templates  HTML pages: html_doc, portal and phone pages, formal documents, photo and scan looks
  chromium   headless Chromium: DevTools screenshots, print-to-PDF, PDF date stamps, PNG repacking,
             image-only PDFs, the render queue
  labels     the seed indicator tree, label validation, counts, README tables
  build      the two drivers (a queue of renders, or a list of items) that write inbox and labels
"""
