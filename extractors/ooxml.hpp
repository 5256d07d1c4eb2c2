// OOXML documents (docx, xlsx, pptx) via libzip + pugixml.
//  - docx: body paragraphs in reading order, tables (cells tab-separated, one row per line),
//    headers before and footers after the body; one PageText.
//  - xlsx: see extractors/xlsx.hpp; one PageText per sheet, rows with their headers.
//  - pptx: one PageText per slide, in presentation order.
//  - docProps/core.xml: dc:title → title; dcterms:created/modified → meta_dates
//    ("ooxml:created", "ooxml:modified", Asia/Shanghai date).
// Errors (Chinese): not a zip, missing main part, malformed XML ("文档已损坏（word/document.xml
// 无法解析：…）"), a metadata/relationship part over 32 MB uncompressed. A content part (body,
// header, slide, sheet, shared strings) over 32 MB is read up to 32 MB with a warning.
#pragma once

#include <filesystem>

#include "extractors/extractor.hpp"

namespace dossier {

class OoxmlExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "ooxml"; }
    int version() const override { return 2; }  // 2: a title row above the header row
    // 100 for sniffed ooxml-*; 60 for a zip named .docx/.xlsx/.pptx (main folder past the head).
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

// The warning for a content part read only up to ZipPackage::kMaxPart (also used by xlsx/ofd).
std::string truncated_warning(std::string_view part);

// Extracts any OOXML file at `path` (also used on LibreOffice's output for legacy files).
// format is set to "docx", "xlsx" or "pptx"; kind to document. Thread-safe.
// Parts are read under `deadline` (TimeLimitExceeded once it has passed).
tl::expected<ExtractResult, Error> extract_ooxml_file(const std::filesystem::path& path,
                                                      Deadline deadline = {});

}  // namespace dossier
