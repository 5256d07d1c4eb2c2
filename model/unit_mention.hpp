// Finding a unit named somewhere in a free text (a mail's subject or body), as opposed to
// match_unit (model/units.hpp), which matches a whole folder name. Pure over an immutable Catalog:
// thread-safe, never throws (except std::bad_alloc).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/catalog.hpp"

namespace dossier {

// The canonical name of the unit whose canonical name or alias occurs earliest in `text` (the
// longer name wins at one position: 霸州市财政局 over 财政局); group units (各乡镇（区、办）…)
// are never named this way. nullopt when the text names no unit.
std::optional<std::string> unit_named_in(const Catalog& catalog, std::string_view text);

}  // namespace dossier
