#include "extractors/text.hpp"

#include <algorithm>
#include <fstream>

#include "extractors/charset.hpp"
#include "model/text.hpp"

namespace dossier {

namespace {
constexpr uint64_t kMaxText = 64ull * 1024 * 1024;

// A name that is only the extension (".txt") does not count.
bool has_ext(std::string_view name, std::initializer_list<std::string_view> exts) {
    for (std::string_view ext : exts)
        if (name.size() > ext.size() && text::iends_with(name, ext)) return true;
    return false;
}
}  // namespace

int TextExtractor::bid(const Probe& p) const {
    if (p.sniffed == "text") return 50;
    if (p.sniffed == "unknown" && has_ext(p.name, {".txt", ".csv", ".log", ".md"})) return 10;
    return 0;
}

tl::expected<ExtractResult, Error> TextExtractor::extract(const Probe& probe,
                                                          ExtractContext& ctx) const {
    std::ifstream in(probe.path, std::ios::binary);
    if (!in) return tl::unexpected(Error{"无法读取文件"});
    ExtractResult out;
    std::string bytes(static_cast<size_t>(std::min<uint64_t>(probe.size, kMaxText)), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<size_t>(in.gcount()));
    if (probe.size > kMaxText) out.warnings.push_back("文本超过 64 MB，只读取了前 64 MB");

    ctx.deadline.check();
    auto decoded = charset::decode(bytes);
    ctx.deadline.check();
    if (!decoded) return tl::unexpected(Error{"无法识别文本编码"});
    if (decoded->lossy)
        out.warnings.push_back("文本编码无法确定，按 GB18030 读取，部分文字可能是乱码");

    PageText page;
    page.text.reserve(decoded->text.size());
    for (size_t i = 0; i < decoded->text.size(); ++i) {
        char c = decoded->text[i];
        if (c == '\r') {
            page.text.push_back('\n');
            if (i + 1 < decoded->text.size() && decoded->text[i + 1] == '\n') ++i;
        } else {
            page.text.push_back(c);
        }
    }
    page.source = page.text.find_first_not_of(" \t\n\f") == std::string::npos ? TextSource::none
                                                                              : TextSource::text;
    out.format = "text";
    out.media_type = "text/plain";
    out.text_source = page.source;
    out.pages.push_back(std::move(page));
    out.page_count = 1;
    out.kind = EvidenceKind::document;
    out.kind_reason = "纯文本文件（" + decoded->charset + " 编码）";
    if (out.text_source == TextSource::none) out.warnings.push_back("文本文件是空的");
    return out;
}

}  // namespace dossier
