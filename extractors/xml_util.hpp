// Small pugixml helpers shared by the OOXML and OFD extractors. pugixml does not resolve
// namespaces, and real files use varying prefixes (w:, ofd:, none), so elements are matched by
// their local name.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>
#include <tl/expected.hpp>

#include "model/record.hpp"

namespace dossier::xml {

// "w:t" → "t"
std::string_view local_name(const pugi::xml_node& n);
bool is(const pugi::xml_node& n, std::string_view local);
// First child element with that local name (null node when none).
pugi::xml_node child(const pugi::xml_node& n, std::string_view local);
// Attribute by local name ("r:id" matches "id"; an exact match wins).
pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view local);
// Parses `bytes` into `doc`. Error "文档已损坏（PART 无法解析：<pugixml reason>）".
// `truncated`: the bytes are the first part of a longer XML part (ZipPackage::read stopped at
// its cap); the tree parsed up to the cut is kept (pugixml keeps what it built before an error)
// and only a cut with no root element at all is an Error.
tl::expected<void, Error> parse(pugi::xml_document& doc, const std::string& bytes,
                                std::string_view part, bool truncated = false);

}  // namespace dossier::xml
