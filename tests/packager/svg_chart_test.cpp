// The SVG charts (packager/svg_chart): read back by a real XML parser (libxml2), the same bytes
// for the same input, names escaped, and the package's index.html carrying the coverage chart
// (and nothing about confidence or risk) while two packages of one input stay byte-identical.
#include <catch2/catch.hpp>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include <memory>

#include "bundled_catalog.hpp"
#include "fixture.hpp"
#include "packager/package.hpp"
#include "packager/svg_chart.hpp"

using namespace dossier;

namespace {

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

// Parses `svg` strictly (no recovery, no network); null when it is not well-formed XML.
Doc parse(const std::string& svg) {
    return Doc(xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "chart.svg", "UTF-8",
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

// The string values of XPath `expr` (with the svg namespace as prefix s).
std::vector<std::string> strings(xmlDoc* doc, const char* expr) {
    std::vector<std::string> out;
    std::unique_ptr<xmlXPathContext, decltype(&xmlXPathFreeContext)> ctx(xmlXPathNewContext(doc),
                                                                         xmlXPathFreeContext);
    xmlXPathRegisterNs(ctx.get(), BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
    std::unique_ptr<xmlXPathObject, decltype(&xmlXPathFreeObject)> r(
        xmlXPathEvalExpression(BAD_CAST expr, ctx.get()), xmlXPathFreeObject);
    if (!r || !r->nodesetval) return out;
    for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        xmlChar* s = xmlNodeGetContent(r->nodesetval->nodeTab[i]);
        out.emplace_back(s ? reinterpret_cast<const char*>(s) : "");
        xmlFree(s);
    }
    return out;
}

bool any_contains(const std::vector<std::string>& v, const std::string& needle) {
    for (const auto& s : v)
        if (s.find(needle) != std::string::npos) return true;
    return false;
}

// The bundled catalog with a made-up assessment: statuses cycling over the six, two units per
// leaf, one of them a hostile name.
struct Assessed {
    const Catalog& cat = test::bundled_catalog();
    Assessment as;
    Assessed() {
        const Status cycle[] = {Status::covered, Status::weak,   Status::missing,
                                Status::late,    Status::review, Status::check};
        for (size_t i = 0; i < cat.indicators.size(); ++i) {
            Verdict v;
            v.id = cat.indicators[i].id;
            v.status = cycle[i % 6];
            if (cat.indicators[i].leaf())
                v.units = {{"市财政局", i % 2 == 0}, {"<局&\"办'>\x01", i % 3 == 0}};
            as.verdicts.push_back(v);
        }
    }
};

}  // namespace

TEST_CASE("svg_chart: the three charts are well-formed SVG that a real XML parser reads",
          "[packager]") {
    Assessed a;
    const ChartInput in = chart_input(a.cat, a.as);
    const auto rows = coverage_rows(in);
    const auto units = unit_progress(in);
    REQUIRE(rows.size() == a.cat.roots().size());
    REQUIRE(units.size() == 2);
    int leaves = 0;
    for (const auto& ind : a.cat.indicators) leaves += ind.leaf();
    int counted = 0;
    for (const auto& r : rows) counted += r.total();
    CHECK(counted == leaves);
    CHECK(units[0].total == leaves);

    const std::string charts[] = {
        coverage_chart(rows), completion_chart(units),
        matrix_chart(in, [](const std::string& u, const std::string& id) {
            return "/unit/" + u + "?indicator=" + id + "&x=1";
        })};
    for (const std::string& svg : charts) {
        INFO(svg.substr(0, 400));
        Doc doc = parse(svg);
        REQUIRE(doc);
        const xmlNode* root = xmlDocGetRootElement(doc.get());
        CHECK(std::string(reinterpret_cast<const char*>(root->name)) == "svg");
        // No script, no style sheet, no external reference.
        CHECK(strings(doc.get(), "//s:script | //s:style | //s:foreignObject | //@style").empty());
        CHECK(svg.find("http://") == svg.rfind("http://www.w3.org/2000/svg"));
    }
    Doc cov = parse(charts[0]);
    const Indicator& first = a.cat.indicators[static_cast<size_t>(a.cat.roots()[0])];
    CHECK(any_contains(strings(cov.get(), "//s:title"), first.id + " " + first.name));
    CHECK(any_contains(strings(cov.get(), "//s:text"), "已覆盖"));
    // The hostile unit name comes back as text (escaped, its control character dropped).
    Doc done = parse(charts[1]);
    CHECK(any_contains(strings(done.get(), "//s:title"), "<局&\"办'>：已达标"));
    Doc matrix = parse(charts[2]);
    const auto hrefs = strings(matrix.get(), "//s:a/@href");
    CHECK(hrefs.size() == 2u * static_cast<size_t>(leaves));
    CHECK(any_contains(hrefs, "/unit/<局&\"办'>?indicator="));
    CHECK(any_contains(hrefs, "&x=1"));
}

TEST_CASE("svg_chart: the same input gives the same bytes, another input other bytes",
          "[packager]") {
    Assessed a, b;
    const auto draw = [](const Assessed& x) {
        const ChartInput in = chart_input(x.cat, x.as);
        return coverage_chart(coverage_rows(in)) + completion_chart(unit_progress(in)) +
               matrix_chart(in, nullptr);
    };
    CHECK(draw(a) == draw(b));
    b.as.verdicts.back().status = Status::covered == b.as.verdicts.back().status
                                      ? Status::missing
                                      : Status::covered;
    CHECK(draw(a) != draw(b));
    // No link function: cells are groups, not links.
    CHECK(draw(a).find("<a ") == std::string::npos);
}

TEST_CASE("svg_chart: a unit's assessment counts only that unit's leaves", "[packager]") {
    Assessed a;
    a.as.unit = "市财政局";
    for (size_t i = 0; i < a.cat.indicators.size(); i += 2) a.as.verdicts[i].units.clear();
    const ChartInput in = chart_input(a.cat, a.as);
    const auto units = unit_progress(in);
    REQUIRE(units.size() == 1);
    CHECK(units[0].unit == "市财政局");
    CHECK(units[0].covered + units[0].evidence <= units[0].total);
}

TEST_CASE("svg_chart: index.html carries the coverage chart, no confidence or risk, and "
          "packages stay byte-identical",
          "[packager]") {
    std::string bytes[2], index;
    for (int k = 0; k < 2; ++k) {
        fixture::Fixture fx(k ? "svg-b" : "svg-a");
        auto out = fixture::temp_dir(k ? "svg-out-b" : "svg-out-a");
        auto res = write_package(fx.request(out), fx.ledger);
        REQUIRE(res);
        bytes[k] = fixture::read(res->parts[0]);
        auto r = fixture::sh("unzip -p " + fixture::q(res->parts[0]) + " index.html");
        REQUIRE(r.status == 0);
        index = r.out;
        fixture::fs::remove_all(out);
    }
    CHECK(bytes[0] == bytes[1]);
    const size_t at = index.find("<svg");
    REQUIRE(at != std::string::npos);
    std::string svg = index.substr(at, index.find("</svg>", at) + 6 - at);
    // Inline in HTML it carries no xmlns (the index names no URL); as XML it needs one.
    CHECK(svg.find("xmlns") == std::string::npos);
    svg.insert(4, " xmlns=\"http://www.w3.org/2000/svg\"");
    Doc doc = parse(svg);
    REQUIRE(doc);
    CHECK(any_contains(strings(doc.get(), "//s:text"), "政务公开"));
    // One chart only: coverage; nothing of the office's confidence or risk.
    CHECK(index.find("<svg", at + 1) == std::string::npos);
    CHECK(index.find("置信") == std::string::npos);
    CHECK(index.find("风险") == std::string::npos);
}
