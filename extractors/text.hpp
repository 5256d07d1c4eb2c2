// Plain text files in UTF-8, UTF-16 (BOM), GBK/GB18030 or Big5: detected (BOM, valid UTF-8, then
// uchardet, then GB18030/Big5 strictly) and converted to UTF-8 with ICU; line ends become '\n'.
// When no charset decodes cleanly the text is still produced (GB18030 with replacement
// characters) with a warning; Error "无法识别文本编码" when nothing decodes (binary content).
// Files over 64 MB are read up to 64 MB, with a warning. kind = document. Thread-safe.
#pragma once

#include "extractors/extractor.hpp"

namespace dossier {

class TextExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "text"; }
    int version() const override { return 1; }
    // 50 for sniffed "text"; 10 for unrecognised content named .txt/.csv/.log.
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

}  // namespace dossier
