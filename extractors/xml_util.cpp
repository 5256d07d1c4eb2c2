#include "extractors/xml_util.hpp"

namespace dossier::xml {

std::string_view local_name(const pugi::xml_node& n) {
    std::string_view name = n.name();
    size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& n, std::string_view local) {
    return n.type() == pugi::node_element && local_name(n) == local;
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view local) {
    for (auto c : n.children())
        if (is(c, local)) return c;
    return {};
}

pugi::xml_attribute attr(const pugi::xml_node& n, std::string_view local) {
    pugi::xml_attribute found;
    for (auto a : n.attributes()) {
        std::string_view name = a.name();
        if (name == local) return a;
        size_t colon = name.find(':');
        if (!found && colon != std::string_view::npos && name.substr(colon + 1) == local) found = a;
    }
    return found;
}

tl::expected<void, Error> parse(pugi::xml_document& doc, const std::string& bytes, std::string_view part) {
    // parse_default keeps whitespace-only PCDATA out; OOXML puts significant spaces inside w:t,
    // which are not whitespace-only nodes, so they survive. parse_ws_pcdata_single keeps a
    // w:t that holds a single space.
    auto r = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!r)
        return tl::unexpected(Error{"文档已损坏（" + std::string(part) + " 无法解析：" + r.description() + "）"});
    return {};
}

}  // namespace dossier::xml
