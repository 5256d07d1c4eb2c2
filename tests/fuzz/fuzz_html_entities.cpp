// libFuzzer target: the HTML entity decoder and the tag scanner (extractors/html.hpp) on arbitrary
// bytes. Besides crashes and sanitizer reports: decoding never lengthens a text (every reference
// is longer than what it stands for), leaves a text without '&' unchanged, keeps valid UTF-8
// valid; the scan's text and title are valid UTF-8 when the input is. Each input is also decoded
// and scanned repeated to 64 KB, so a pass that rescans the rest of the text (issue 17: 8 MB of
// '&' ran past 300 s) shows up as a hang (-timeout) instead of hiding in libFuzzer's short inputs.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extractors/html.hpp"
#include "model/encoding.hpp"

namespace {

void check(std::string_view in) {
    const std::string out = dossier::decode_html_entities(in);
    if (out.size() > in.size()) std::abort();
    if (in.find('&') == std::string_view::npos && out != in) std::abort();
    const bool valid = dossier::encoding::is_valid_utf8(in);
    if (valid && !dossier::encoding::is_valid_utf8(out)) std::abort();
    const dossier::HtmlScan scan = dossier::scan_html(in);
    if (valid && !(dossier::encoding::is_valid_utf8(scan.text) &&
                   dossier::encoding::is_valid_utf8(scan.title)))
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0 || size > 64 * 1024) return 0;
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    check(in);
    std::string big;
    big.reserve(64 * 1024 + size);
    while (big.size() < 64 * 1024) big += in;
    check(big);
    return 0;
}
