// libFuzzer target: the OFD reader (extractors/ofd.hpp). The input is a raw zip or a zip spec
// (zip_spec.hpp), written as input.ofd. The extractor is called directly (exceptions not caught
// for us): it must return a result or an Error with a reason — an escaping exception, a crash, a
// hang (-timeout) or a sanitizer report is a finding.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extractors/extractor.hpp"
#include "extractors/ofd.hpp"
#include "fuzz_util.hpp"
#include "model/encoding.hpp"
#include "zip_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 1024 * 1024) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::filesystem::path path;
    if (!dossier::fuzz::write_zip_input("input.ofd", in, path)) return 0;

    auto probe = dossier::make_probe(path, "input.ofd");
    if (!probe) return 0;
    dossier::OfdExtractor ex;
    dossier::ExtractContext ctx;
    ctx.options.allow_ocr = false;
    auto r = ex.extract(*probe, ctx);
    if (!r) {
        if (r.error().reason.empty()) std::abort();
        return 0;
    }
    for (const auto& p : r->pages)
        if (!dossier::encoding::is_valid_utf8(p.text)) std::abort();
    for (const auto& m : r->meta_dates)
        if (!m.date.valid()) std::abort();
    return 0;
}
