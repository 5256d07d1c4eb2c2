// The explicit table of extractors, the bidding, and the safety net around extract().
// Adding a format: one file pair, one line in the table below, one sample, one test.
#include <algorithm>
#include <fstream>
#include <new>

#include "extractors/extractor.hpp"
#include "extractors/html.hpp"
#include "extractors/legacy_office.hpp"
#include "extractors/magic.hpp"
#include "extractors/ofd.hpp"
#include "extractors/ooxml.hpp"
#include "extractors/text.hpp"
#include "model/file_type.hpp"
#if __has_include("extractors/image.hpp")
#include "extractors/image.hpp"
#define DOSSIER_HAVE_IMAGE_EXTRACTOR 1
#endif
#if __has_include("extractors/pdf.hpp")
#include "extractors/pdf.hpp"
#define DOSSIER_HAVE_PDF_EXTRACTOR 1
#endif

namespace dossier {
namespace {

constexpr size_t kProbeHead = 64 * 1024;

std::vector<std::unique_ptr<Extractor>> make_table() {
    std::vector<std::unique_ptr<Extractor>> t;
#ifdef DOSSIER_HAVE_PDF_EXTRACTOR
    t.push_back(std::make_unique<PdfExtractor>());
#endif
#ifdef DOSSIER_HAVE_IMAGE_EXTRACTOR
    t.push_back(std::make_unique<ImageExtractor>());
#endif
    t.push_back(std::make_unique<OoxmlExtractor>());
    t.push_back(std::make_unique<OfdExtractor>());
    t.push_back(std::make_unique<LegacyOfficeExtractor>());
    t.push_back(std::make_unique<HtmlExtractor>());
    t.push_back(std::make_unique<TextExtractor>());
    return t;
}

// True when the sniffed type keeps the promise of the extension's claim: the claimed type itself
// or one the table lists as also fitting (a .doc saved as OOXML, a .jpg that is really a PNG).
bool fits(const file_type::Claim& claim, std::string_view sniffed) {
    if (claim.type->id == sniffed) return true;
    std::string_view list = claim.extension->also_fits;
    size_t pos = 0;
    while (pos < list.size()) {
        size_t sp = list.find(' ', pos);
        if (sp == std::string_view::npos) sp = list.size();
        if (list.substr(pos, sp - pos) == sniffed) return true;
        pos = sp + 1;
    }
    return false;
}

// The reason when no extractor bids: "不是 PDF 文件（看起来是：PE 可执行程序）" when the name's
// extension promises a type the content does not fit, else what the content looks like.
Error nobody_bids(const Probe& probe) {
    std::string looks = magic::describe(probe.sniffed);
    if (probe.sniffed == "empty") return {"空文件（0 字节）"};
    const file_type::Claim claim =
        file_type::by_extension(file_type::claimed_extension(probe.name));
    if (claim.type && !claim.extension->checked_as.empty() && !fits(claim, probe.sniffed))
        return {"不是 " + std::string(claim.extension->checked_as) + "（看起来是：" + looks + "）"};
    return {"无法识别的文件类型（看起来是：" + looks + "）"};
}

bool is_document_extractor(std::string_view name) {
    return name == "pdf" || name == "ooxml" || name == "ofd" || name == "text" ||
           name == "legacy_office";
}

TextSource derive_source(const std::vector<PageText>& pages) {
    bool text = false, ocr = false;
    for (const auto& p : pages) {
        text = text || p.source == TextSource::text;
        ocr = ocr || p.source == TextSource::ocr;
        if (p.source == TextSource::mixed) text = ocr = true;
    }
    return text && ocr ? TextSource::mixed
           : text      ? TextSource::text
           : ocr       ? TextSource::ocr
                       : TextSource::none;
}

// Keeps the first kMaxTextBytes of text (cut at a character boundary, later pages dropped) and
// says so; the pages' OCR lines go with their page.
void cap_text(ExtractResult& out) {
    size_t left = kMaxTextBytes;
    for (size_t i = 0; i < out.pages.size(); ++i) {
        std::string& text = out.pages[i].text;
        if (text.size() <= left) {
            left -= text.size();
            continue;
        }
        size_t cut = left;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text.resize(cut);
        out.pages[i].raw.clear();
        out.pages.resize(i + 1);
        out.warnings.push_back("文字过多，只保留了前 4 MB（约 140 万字）的内容");
        return;
    }
}

}  // namespace

const std::vector<std::unique_ptr<Extractor>>& extractors() {
    static const std::vector<std::unique_ptr<Extractor>> table = make_table();
    return table;
}

const Extractor* choose_extractor(const Probe& probe) {
    const Extractor* best = nullptr;
    int best_bid = 0;
    for (const auto& e : extractors()) {
        int b = e->bid(probe);
        if (b > best_bid) {  // ties go to the earlier table entry
            best = e.get();
            best_bid = b;
        }
    }
    return best;
}

tl::expected<Probe, Error> make_probe(const std::filesystem::path& path, std::string name) {
    Probe p;
    p.path = path;
    p.name = std::move(name);
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return tl::unexpected(Error{"这是一个文件夹，不是文件"});
    p.size = std::filesystem::file_size(path, ec);
    if (ec) return tl::unexpected(Error{"无法读取文件（文件不存在或没有权限）"});
    std::ifstream in(path, std::ios::binary);
    if (!in) return tl::unexpected(Error{"无法读取文件（没有权限或文件被占用）"});
    p.head.resize(static_cast<size_t>(std::min<uint64_t>(p.size, kProbeHead)));
    in.read(p.head.data(), static_cast<std::streamsize>(p.head.size()));
    p.head.resize(static_cast<size_t>(in.gcount()));
    p.sniffed = magic::sniff(p.head);
    return p;
}

tl::expected<ExtractResult, Error> extract_file(const Probe& probe, ExtractContext& ctx) {
    const Extractor* ex = choose_extractor(probe);
    if (!ex) return tl::unexpected(nobody_bids(probe));
    tl::expected<ExtractResult, Error> r;
    ctx.deadline = Deadline(ctx.options.time_limit);
    try {
        r = ex->extract(probe, ctx);
    } catch (const TimeLimitExceeded&) {
        return tl::unexpected(Error{"处理超过 " + std::to_string(ctx.options.time_limit.count()) +
                                        " 秒仍未完成，已放弃（文件可能过大或已损坏）",
                                    true});
    } catch (const std::bad_alloc&) {
        return tl::unexpected(Error{"内部错误：内存不足（" + std::string(ex->name()) + "）"});
    } catch (const std::exception& e) {
        return tl::unexpected(Error{"内部错误：" + std::string(ex->name()) + "：" + e.what()});
    } catch (...) {
        return tl::unexpected(Error{"内部错误：" + std::string(ex->name()) + "：未知异常"});
    }
    if (!r) return r;
    ExtractResult& out = *r;
    cap_text(out);
    if (out.format.empty()) out.format = std::string(ex->name());
    if (out.media_type.empty()) out.media_type = magic::media_type(probe.sniffed);
    if (out.page_count == 0) out.page_count = static_cast<int>(out.pages.size());
    if (out.text_source == TextSource::none) out.text_source = derive_source(out.pages);
    if (out.kind == EvidenceKind::unknown && is_document_extractor(ex->name())) {
        out.kind = EvidenceKind::document;
        if (out.kind_reason.empty())
            out.kind_reason = "文档格式（" + magic::describe(probe.sniffed) + "）";
    }
    return r;
}

}  // namespace dossier
