// Legacy binary Office/WPS files (OLE compound files: .doc .wps .xls .et .ppt .dps). When
// LibreOffice's `soffice` is on PATH, the file is copied into a private temporary directory and
// converted to OOXML there (own user profile, --headless, killed with its process group when the
// time limit passes), then read with the OOXML extractor; the temporary directory is always
// removed. Without soffice: Error "旧版 Office/WPS 格式，请另存为 .docx 后重新放入".
// Thread-safe: each call has its own directory and LibreOffice profile.
#pragma once

#include "extractors/extractor.hpp"

namespace dossier {

class LegacyOfficeExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "legacy_office"; }
    int version() const override { return 1; }
    // 100 for sniffed "ole".
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

}  // namespace dossier
