#include "extractors/ofd.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <sstream>

#include "extractors/meta_date.hpp"
#include "extractors/ooxml.hpp"
#include "extractors/xml_util.hpp"
#include "extractors/zip_package.hpp"
#include "model/encoding.hpp"
#include "model/text.hpp"

namespace dossier {
namespace {

struct Run {
    double x = 0, y = 0, size = 3.5;
    std::string text;
};

struct Collected {
    std::vector<Run> runs;
    int paths = 0;
};

std::vector<double> numbers(std::string_view s) {
    std::vector<double> out;
    std::istringstream in{std::string(s)};
    double v;
    while (in >> v) out.push_back(v);
    return out;
}

// Nesting deeper than this is not real content; without a limit 200,000 nested PageBlocks
// overflowed the stack here (found by fuzz_ofd_reader). pugixml itself parses iteratively.
constexpr int kMaxDepth = 256;

void collect(const pugi::xml_node& n, Collected& c, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (auto e : n.children()) {
        if (e.type() != pugi::node_element) continue;
        auto ln = xml::local_name(e);
        if (ln == "TextObject") {
            auto box = numbers(e.attribute("Boundary").value());
            double bx = box.size() >= 2 ? box[0] : 0, by = box.size() >= 2 ? box[1] : 0;
            double size = e.attribute("Size").as_double(3.5);
            double x = 0, y = 0;
            for (auto tc : e.children()) {
                if (!xml::is(tc, "TextCode")) continue;
                if (auto a = tc.attribute("X")) x = a.as_double();
                if (auto a = tc.attribute("Y")) y = a.as_double();
                std::string text = tc.child_value();
                if (text.empty()) continue;
                c.runs.push_back({bx + x, by + y, size, std::move(text)});
            }
        } else if (ln == "PathObject") {
            ++c.paths;
        } else if (ln == "Layer" || ln == "PageBlock" || ln == "Content" ||
                   ln == "CompositeObject") {
            collect(e, c, depth + 1);
        }
    }
}

// Lines from runs: sorted by baseline then x; a run within 40% of a font size of the line's
// baseline belongs to that line (split runs of one line share a baseline up to rounding).
std::string layout(std::vector<Run> runs) {
    std::stable_sort(runs.begin(), runs.end(),
                     [](const Run& a, const Run& b) { return a.y < b.y; });
    std::vector<std::vector<Run>> lines;
    for (auto& r : runs) {
        if (!lines.empty()) {
            const Run& first = lines.back().front();
            if (std::fabs(r.y - first.y) <= std::max(0.5, 0.4 * std::min(r.size, first.size))) {
                lines.back().push_back(std::move(r));
                continue;
            }
        }
        lines.push_back({std::move(r)});
    }
    std::string out;
    for (auto& line : lines) {
        std::stable_sort(line.begin(), line.end(),
                         [](const Run& a, const Run& b) { return a.x < b.x; });
        std::string s;
        for (const auto& r : line) s += r.text;
        if (!out.empty()) out += '\n';
        out += s;
    }
    return out;
}

// A part over ZipPackage::kMaxPart is read up to the cap, with a warning in `out`.
tl::expected<void, Error> load(const ZipPackage& zip, const std::string& part,
                               pugi::xml_document& doc, ExtractResult& out) {
    if (!zip.has(part)) return tl::unexpected(Error{"OFD 文件不完整（缺少 " + part + "）"});
    bool truncated = false;
    auto bytes = zip.read(part, &truncated);
    if (!bytes) return tl::unexpected(bytes.error());
    if (truncated) out.warnings.push_back(truncated_warning(part));
    return xml::parse(doc, *bytes, part, truncated);
}

}  // namespace

int OfdExtractor::bid(const Probe& p) const {
    if (p.sniffed == "ofd") return 100;
    if (p.sniffed == "zip" && p.name.size() > 4 && text::iends_with(p.name, ".ofd")) return 60;
    return 0;
}

tl::expected<ExtractResult, Error> OfdExtractor::extract(const Probe& probe,
                                                         ExtractContext& ctx) const {
    auto zip = ZipPackage::open(probe.path, ctx.deadline);
    if (!zip) return tl::unexpected(zip.error());
    ExtractResult out;
    pugi::xml_document ofd;
    if (auto ok = load(*zip, "OFD.xml", ofd, out); !ok) return tl::unexpected(ok.error());

    out.format = "ofd";
    out.media_type = "application/ofd";
    out.kind = EvidenceKind::document;
    out.kind_reason = "OFD 版式文档";
    int paths = 0;
    size_t runs = 0, text_bytes = 0;
    for (auto body : ofd.document_element().children()) {
        if (!xml::is(body, "DocBody")) continue;
        if (auto info = xml::child(body, "DocInfo")) {
            if (out.title.empty()) out.title = text::trim(xml::child(info, "Title").child_value());
            for (auto [elem, label] : {std::pair{"CreationDate", "ofd:CreationDate"},
                                       std::pair{"ModDate", "ofd:ModDate"}})
                if (auto d = parse_meta_date(xml::child(info, elem).child_value()))
                    out.meta_dates.push_back({*d, label});
        }
        std::string doc_part =
            resolve_part("", text::trim(xml::child(body, "DocRoot").child_value()));
        if (doc_part.empty())
            return tl::unexpected(Error{"OFD 文件不完整（OFD.xml 没有 DocRoot）"});
        pugi::xml_document doc;
        if (auto ok = load(*zip, doc_part, doc, out); !ok) return tl::unexpected(ok.error());
        auto droot = doc.document_element();

        std::map<std::string, std::string> templates;  // ID → part
        for (auto t : xml::child(droot, "CommonData").children())
            if (xml::is(t, "TemplatePage"))
                templates[t.attribute("ID").value()] =
                    resolve_part(doc_part, t.attribute("BaseLoc").value());

        // Template pages are parsed once; many pages share one.
        std::map<std::string, Collected> template_runs;
        for (auto page : xml::child(droot, "Pages").children()) {
            if (!xml::is(page, "Page")) continue;
            if (text_bytes > kMaxTextBytes) break;  // extract_file() cuts the text and warns
            std::string part = resolve_part(doc_part, page.attribute("BaseLoc").value());
            pugi::xml_document pd;
            if (auto ok = load(*zip, part, pd, out); !ok) return tl::unexpected(ok.error());
            Collected c;
            for (auto t : pd.document_element().children()) {
                if (!xml::is(t, "Template")) continue;
                std::string id = t.attribute("TemplateID").value();
                auto it = templates.find(id);
                if (it == templates.end())
                    return tl::unexpected(Error{"OFD 文件不完整（缺少模板页 " + id + "）"});
                auto cached = template_runs.find(id);
                if (cached == template_runs.end()) {
                    pugi::xml_document td;
                    if (auto ok = load(*zip, it->second, td, out); !ok)
                        return tl::unexpected(ok.error());
                    Collected tc;
                    collect(xml::child(td.document_element(), "Content"), tc);
                    cached = template_runs.emplace(id, std::move(tc)).first;
                }
                c.runs.insert(c.runs.end(), cached->second.runs.begin(), cached->second.runs.end());
                c.paths += cached->second.paths;
            }
            collect(xml::child(pd.document_element(), "Content"), c);
            paths += c.paths;
            runs += c.runs.size();
            PageText pt;
            pt.text = encoding::escape_invalid_utf8(layout(std::move(c.runs)));
            pt.source = pt.text.empty() ? TextSource::none : TextSource::text;
            text_bytes += pt.text.size();
            out.pages.push_back(std::move(pt));
        }
    }
    out.title = encoding::escape_invalid_utf8(out.title);
    out.page_count = static_cast<int>(out.pages.size());
    out.text_source = runs > 0 ? TextSource::text : TextSource::none;
    if (runs == 0)
        out.warnings.push_back(paths > 0 ? "此 OFD 文字为轮廓，无法提取" : "OFD 中没有文字");
    return out;
}

}  // namespace dossier
