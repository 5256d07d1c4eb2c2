// libFuzzer target: the OOXML reader (extractors/ooxml.hpp) on docx/xlsx/pptx-shaped inputs.
// The input is a raw zip or a zip spec (zip_spec.hpp); its first byte after the optional spec
// chooses the file extension. The extractor is called directly (not through extract_file, which
// catches exceptions): it must return a result or an Error — an escaping exception, a crash or a
// sanitizer report is a finding. Errors must carry a reason.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extractors/extractor.hpp"
#include "extractors/ooxml.hpp"
#include "fuzz_util.hpp"
#include "model/encoding.hpp"
#include "zip_spec.hpp"

namespace {

void check(const tl::expected<dossier::ExtractResult, dossier::Error>& r) {
    if (!r) {
        if (r.error().reason.empty()) std::abort();
        return;
    }
    for (const auto& p : r->pages)
        if (!dossier::encoding::is_valid_utf8(p.text)) std::abort();
    for (const auto& m : r->meta_dates)
        if (!m.date.valid()) std::abort();
    for (const auto& row : r->rows)
        for (const auto& c : row)
            if (!dossier::encoding::is_valid_utf8(c.value) ||
                !dossier::encoding::is_valid_utf8(c.header))
                std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 1024 * 1024) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    // The extension only matters for bidding; the sniffer looks at the members.
    static const char* const names[] = {"input.docx", "input.xlsx", "input.pptx"};
    const char* name = names[size % 3];
    std::filesystem::path path;
    if (!dossier::fuzz::write_zip_input(name, in, path)) return 0;

    check(dossier::extract_ooxml_file(path));

    auto probe = dossier::make_probe(path, name);
    if (!probe) return 0;
    dossier::OoxmlExtractor ex;
    dossier::ExtractContext ctx;
    ctx.options.allow_ocr = false;
    if (ex.bid(*probe) > 0) check(ex.extract(*probe, ctx));
    return 0;
}
