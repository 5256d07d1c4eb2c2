#include <catch2/catch.hpp>

#include "bundled_catalog.hpp"
#include "model/unit_mention.hpp"

using namespace dossier;

TEST_CASE("unit_mention: the unit named earliest in a subject or body, aliases included",
          "[model]") {
    const Catalog& cat = test::bundled_catalog();
    CHECK(unit_named_in(cat, "市财政局2020年预算公开材料") == "市财政局");
    CHECK(unit_named_in(cat, "转发：霸州市财政局关于预算公开的报送") == "市财政局");
    CHECK(unit_named_in(cat, "您好，民政局的材料见附件；财政局的随后发") == "市民政局");
    CHECK(unit_named_in(cat, "各位好，附件请查收") == std::nullopt);
    CHECK(unit_named_in(cat, "") == std::nullopt);
}
