// OFD (GB/T 33190-2016) documents via libzip + pugixml, following the standard's structure:
// OFD.xml → DocBody/DocRoot → Document.xml → Pages/Page@BaseLoc → the page's
// Content/Layer/TextObject/TextCode (also inside PageBlock), plus the layers of template pages
// referenced by Page/Template@TemplateID (CommonData/TemplatePage). Text runs are placed at
// TextObject Boundary + TextCode X/Y (a TextCode without X/Y continues the previous one), ordered
// by Y then X; runs on one baseline are joined into one line. DocInfo Title → title,
// CreationDate/ModDate → meta_dates ("ofd:CreationDate", "ofd:ModDate").
// Errors (Chinese): "OFD 文件不完整（缺少 Doc_0/Pages/Page_1/Content.xml）" for a missing part,
// "文档已损坏（… 无法解析：…）" for malformed XML. Text present only as outlines (PathObject, no
// TextObject) gives warning "此 OFD 文字为轮廓，无法提取" and text_source none.
#pragma once

#include "extractors/extractor.hpp"

namespace dossier {

class OfdExtractor final : public Extractor {
  public:
    std::string_view name() const override { return "ofd"; }
    int version() const override { return 1; }
    // 100 for sniffed "ofd"; 60 for a zip named .ofd.
    int bid(const Probe& probe) const override;
    tl::expected<ExtractResult, Error> extract(const Probe& probe,
                                               ExtractContext& ctx) const override;
};

}  // namespace dossier
