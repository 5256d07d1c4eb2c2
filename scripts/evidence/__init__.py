"""evidence — the shared plumbing of the hold-out generators (scripts/make-holdout N).

Each hold-out inbox is data beside it (tests/holdoutN/spec.py: its items, texts, labels and the
few page templates only it uses); this package holds what every one of them needs once:

  dates      date formats (cn, cn_upper, today_bar, Excel serials)
  office     OOXML (docx, xlsx) and text writers, deterministic zip members
  templates  HTML pages: html_doc, portal and phone pages, formal documents, photo and scan looks
  chromium   headless Chromium: DevTools screenshots (JPEG quality), --screenshot, print-to-PDF; soffice
  browser    one headless Chromium kept open for many renders (scripts/datezoo, scripts/designzoo)
  zoo        the date zoo's pure parts (scripts/datezoo; docs/datezoo.md)
  designs    the design zoo's pure parts (scripts/designzoo; docs/designzoo.md)
  postprocess  PDF date stamps, PNG recompression, image-only (scanned) PDFs
  labels     the seed indicator tree, label validation, counts, README tables
  build      the render queue (Out) and the two drivers (a queue of renders, or a list of items) that
             write inbox, zips, labels.json and README.md

Run the unit tests with: python3 -m unittest discover -s scripts/evidence
"""
