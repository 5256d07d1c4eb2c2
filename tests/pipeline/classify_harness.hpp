// One file's text classified as the pipeline would: the folder's unit, the analysis, the
// classifier over the bundled catalog. Shared by the classify_* inbox tests.
#pragma once

#include <string>

#include "analysis/analyse.hpp"
#include "bundled_catalog.hpp"
#include "model/units.hpp"
#include "pipeline/classify.hpp"

namespace dossier::test {

// `source` is inbox-relative (its first folder is the unit); `kind` says whether the text came
// from OCR or a text layer.
inline Classification classify_text(const std::string& source, const std::string& text,
                                    TextSource kind = TextSource::text) {
    const Catalog& cat = bundled_catalog();
    ExtractResult x;
    PageText p;
    p.source = kind;
    p.text = text;
    x.pages.push_back(p);
    FileRecord f;
    f.source = source;
    f.unit = match_unit(cat, source.substr(0, source.find('/'))).unit;
    f.analysis = Analyser(cat).run(x, source, Date{2020, 11, 20});
    return Classifier(cat).classify(f, x.full_text());
}

}  // namespace dossier::test
