// Legacy binary Office/WPS files (OLE compound files: .doc .wps .xls .et .ppt .dps). When
// LibreOffice's `soffice` is on PATH, the file is copied into a private temporary directory and
// converted to OOXML there (own user profile, --headless, killed with its process group when the
// time limit passes), then read with the OOXML extractor; the temporary directory is always
// removed. Without soffice: Error "旧版 Office/WPS 格式，请另存为 .docx 后重新放入". A
// password-protected docx/xlsx/pptx (an OLE file with an EncryptedPackage stream) is refused
// without converting: "文档已加密，需要密码才能打开：请交未加密的版本". Conversion costs ~10 s per
// file on a 2-core machine (a fresh LibreOffice profile each time). Thread-safe: each call has its
// own directory and LibreOffice profile.
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
