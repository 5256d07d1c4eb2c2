#include "extractors/ooxml.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "extractors/meta_date.hpp"
#include "extractors/xlsx.hpp"
#include "extractors/xml_util.hpp"
#include "extractors/zip_package.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {
namespace {

// What paragraphs and the core title are trimmed of: space, tab, CR, LF only (\v and \f stay as
// the file has them, as they always have).
constexpr std::string_view kLineSpace = " \t\r\n";

}  // namespace

std::string truncated_warning(std::string_view part) {
    return "文档中的 " + std::string(part) + " 解压后超过 32 MB，只读取了前 32 MB 的内容";
}

namespace {

// One page of a docx body or a slide: no text means TextSource::none.
PageText text_page(std::string text) {
    PageText page;
    page.text = std::move(text);
    page.source = page.text.empty() ? TextSource::none : TextSource::text;
    return page;
}

// Subtrees that never hold visible text, or hold a duplicate of it (mc:Fallback repeats the
// mc:Choice content for old readers; instrText is a field code, delText deleted text).
bool skipped(std::string_view local) {
    return local == "Fallback" || local == "pPr" || local == "rPr" || local == "instrText" ||
           local == "delText" || local == "sectPr" || local == "tcPr" || local == "trPr" ||
           local == "tblPr";
}

// Text of one paragraph (w:p in docx, a:p in pptx): runs, tabs, breaks; paragraphs nested in
// text boxes become their own lines.
// Nesting deeper than this is not real content; without a limit a hostile part (200,000 nested
// elements) overflowed the stack here (found by fuzz_ooxml_reader). pugixml itself parses
// iteratively.
constexpr int kMaxDepth = 256;

void inline_text(const pugi::xml_node& n, std::string& s, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (auto c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        auto ln = xml::local_name(c);
        if (skipped(ln)) continue;
        if (ln == "t")
            s += c.child_value();
        else if (ln == "tab")
            s += '\t';
        else if (ln == "br" || ln == "cr")
            s += '\n';
        else if (ln == "noBreakHyphen")
            s += '-';
        else if (ln == "p") {
            s += '\n';
            inline_text(c, s, depth + 1);
        } else
            inline_text(c, s, depth + 1);
    }
}

// Block content in reading order: a paragraph is a line; a table row is a line of its cells
// joined by tabs (a cell's own paragraphs joined by spaces).
void block_text(const pugi::xml_node& n, std::vector<std::string>& lines, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (auto c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        auto ln = xml::local_name(c);
        if (skipped(ln)) continue;
        if (ln == "p") {
            std::string s;
            inline_text(c, s, depth + 1);
            std::string line(text::trim(s, kLineSpace));
            if (!line.empty()) lines.push_back(std::move(line));
        } else if (ln == "tr") {
            std::vector<std::string> cells;
            bool any = false;
            for (auto tc : c.children()) {
                if (!xml::is(tc, "tc")) continue;
                std::vector<std::string> sub;
                block_text(tc, sub, depth + 2);
                for (auto& l : sub) std::replace(l.begin(), l.end(), '\t', ' ');
                cells.push_back(fmt::format("{}", fmt::join(sub, " ")));
                any = any || !cells.back().empty();
            }
            if (any) lines.push_back(fmt::format("{}", fmt::join(cells, "\t")));
        } else {
            block_text(c, lines, depth + 1);
        }
    }
}

// A content part (body, header, slide): one over ZipPackage::kMaxPart is read up to the cap and
// its text so far kept, with a warning in `out`.
tl::expected<pugi::xml_document*, Error> load(const ZipPackage& zip, const std::string& part,
                                              pugi::xml_document& doc, ExtractResult& out) {
    bool truncated = false;
    auto bytes = zip.read(part, &truncated);
    if (!bytes) return tl::unexpected(bytes.error());
    if (auto ok = xml::parse(doc, *bytes, part, truncated); !ok) return tl::unexpected(ok.error());
    if (truncated) out.warnings.push_back(truncated_warning(part));
    return &doc;
}

// Relationship id → target part for `part` (targets resolved against the part's folder).
std::map<std::string, std::string> relationships(const ZipPackage& zip, const std::string& part) {
    std::map<std::string, std::string> out;
    size_t slash = part.rfind('/');
    std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
    std::string rels =
        folder + "_rels/" + part.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
    auto bytes = zip.read(rels);
    if (!bytes) return out;
    pugi::xml_document doc;
    if (!xml::parse(doc, *bytes, rels)) return out;
    for (auto r : doc.document_element().children()) {
        if (!xml::is(r, "Relationship")) continue;
        if (std::string_view(r.attribute("TargetMode").value()) == "External") continue;
        out[r.attribute("Id").value()] = resolve_part(part, r.attribute("Target").value());
    }
    return out;
}

// The main part named by the package relationships, else the conventional name.
std::string main_part(const ZipPackage& zip) {
    auto bytes = zip.read("_rels/.rels");
    if (bytes) {
        pugi::xml_document doc;
        if (xml::parse(doc, *bytes, "_rels/.rels")) {
            for (auto r : doc.document_element().children()) {
                std::string_view type = r.attribute("Type").value();
                if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
                    std::string target = resolve_part("", r.attribute("Target").value());
                    if (zip.has(target)) return target;
                }
            }
        }
    }
    for (const char* p : {"word/document.xml", "xl/workbook.xml", "ppt/presentation.xml"})
        if (zip.has(p)) return p;
    return {};
}

tl::expected<void, Error> read_docx(const ZipPackage& zip, const std::string& part,
                                    ExtractResult& out) {
    pugi::xml_document doc;
    if (auto ok = load(zip, part, doc, out); !ok) return tl::unexpected(ok.error());
    auto body = xml::child(doc.document_element(), "body");
    std::vector<std::string> body_lines;
    block_text(body, body_lines);

    // Headers and footers through the document's relationships, in relationship order; the
    // same text in first/even/default variants is kept once.
    std::vector<std::string> head_lines, foot_lines;
    std::set<std::string> seen;
    std::vector<std::string> parts;
    for (const auto& [id, target] : relationships(zip, part)) parts.push_back(target);
    std::sort(parts.begin(), parts.end());
    for (const auto& target : parts) {
        auto fname = target.substr(target.rfind('/') + 1);
        bool header = fname.rfind("header", 0) == 0, footer = fname.rfind("footer", 0) == 0;
        if (!header && !footer) continue;
        pugi::xml_document hf;
        if (auto ok = load(zip, target, hf, out); !ok) return tl::unexpected(ok.error());
        std::vector<std::string> lines;
        block_text(hf.document_element(), lines);
        std::string text = fmt::format("{}", fmt::join(lines, "\n"));
        if (text.empty() || !seen.insert(text).second) continue;
        (header ? head_lines : foot_lines).push_back(text);
    }
    std::vector<std::string> all = head_lines;
    all.insert(all.end(), body_lines.begin(), body_lines.end());
    all.insert(all.end(), foot_lines.begin(), foot_lines.end());
    out.pages.push_back(text_page(fmt::format("{}", fmt::join(all, "\n"))));
    out.format = "docx";
    return {};
}

tl::expected<void, Error> read_pptx(const ZipPackage& zip, const std::string& part,
                                    ExtractResult& out) {
    pugi::xml_document doc;
    if (auto ok = load(zip, part, doc, out); !ok) return tl::unexpected(ok.error());
    auto rels = relationships(zip, part);
    auto list = xml::child(doc.document_element(), "sldIdLst");
    for (auto sld : list.children()) {
        if (!xml::is(sld, "sldId")) continue;
        auto it = rels.find(xml::attr(sld, "id").value());
        // sldId has both id= (numeric) and r:id=; the relationship one is namespaced.
        for (auto a : sld.attributes()) {
            std::string_view n = a.name();
            if (n.size() > 3 && n.substr(n.size() - 3) == ":id") it = rels.find(a.value());
        }
        if (it == rels.end()) continue;
        pugi::xml_document slide;
        if (auto ok = load(zip, it->second, slide, out); !ok) return tl::unexpected(ok.error());
        std::vector<std::string> lines;
        block_text(slide.document_element(), lines);
        out.pages.push_back(text_page(fmt::format("{}", fmt::join(lines, "\n"))));
    }
    out.format = "pptx";
    return {};
}

void read_core(const ZipPackage& zip, ExtractResult& out) {
    if (!zip.has("docProps/core.xml")) return;
    auto bytes = zip.read("docProps/core.xml");
    if (!bytes) return;
    pugi::xml_document doc;
    if (!xml::parse(doc, *bytes, "docProps/core.xml")) {
        out.warnings.push_back("文档属性（docProps/core.xml）无法解析，已忽略");
        return;
    }
    auto root = doc.document_element();
    if (auto t = xml::child(root, "title")) out.title = text::trim(t.child_value(), kLineSpace);
    for (auto [elem, label] :
         {std::pair{"created", "ooxml:created"}, std::pair{"modified", "ooxml:modified"}}) {
        if (auto n = xml::child(root, elem)) {
            if (auto d = parse_meta_date(n.child_value())) out.meta_dates.push_back({*d, label});
        }
    }
}

}  // namespace

int OoxmlExtractor::bid(const Probe& p) const {
    if (p.sniffed == "ooxml-docx" || p.sniffed == "ooxml-xlsx" || p.sniffed == "ooxml-pptx")
        return 100;
    if (p.sniffed == "zip") {
        for (const char* ext : {".docx", ".xlsx", ".pptx", ".docm", ".xlsm", ".pptm"})
            if (text::iends_with(p.name, ext)) return 60;
    }
    return 0;
}

tl::expected<ExtractResult, Error> OoxmlExtractor::extract(const Probe& probe,
                                                           ExtractContext& ctx) const {
    return extract_ooxml_file(probe.path, ctx.deadline);
}

tl::expected<ExtractResult, Error> extract_ooxml_file(const std::filesystem::path& path,
                                                      Deadline deadline) {
    auto zip = ZipPackage::open(path, deadline);
    if (!zip) return tl::unexpected(zip.error());
    std::string part = main_part(*zip);
    if (part.empty())
        return tl::unexpected(Error{"文档已损坏（缺少正文部分 word/document.xml 等）"});
    ExtractResult out;
    tl::expected<void, Error> ok;
    if (part.rfind("word/", 0) == 0 || part.find("document") != std::string::npos) {
        ok = read_docx(*zip, part, out);
        out.media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    } else if (part.rfind("xl/", 0) == 0 || part.find("workbook") != std::string::npos) {
        ok = read_xlsx(*zip, part, out);
        out.format = "xlsx";
        out.media_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    } else {
        ok = read_pptx(*zip, part, out);
        out.media_type =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    }
    if (!ok) return tl::unexpected(ok.error());
    read_core(*zip, out);
    // XML parts may carry bytes that are not UTF-8 (pugixml passes them through): escape them
    // so every later stage can rely on valid UTF-8.
    for (auto& p : out.pages) p.text = encoding::escape_invalid_utf8(p.text);
    for (auto& row : out.rows)
        for (auto& c : row) {
            c.header = encoding::escape_invalid_utf8(c.header);
            c.value = encoding::escape_invalid_utf8(c.value);
        }
    out.title = encoding::escape_invalid_utf8(out.title);
    out.page_count = static_cast<int>(out.pages.size());
    bool any = std::any_of(out.pages.begin(), out.pages.end(),
                           [](const PageText& p) { return !p.text.empty(); });
    out.text_source = any ? TextSource::text : TextSource::none;
    if (!any) out.warnings.push_back("文档中没有文字");
    out.kind = EvidenceKind::document;
    out.kind_reason = "Office 文档（" + out.format + "）";
    return out;
}

}  // namespace dossier
