#include "extractors/xml_util.hpp"

#include "model/encoding.hpp"

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

tl::expected<void, Error> parse(pugi::xml_document& doc, const std::string& bytes,
                                std::string_view part, bool truncated) {
    // A cut part ends at its last complete tag, so the text of the last element is not cut in
    // the middle of a character.
    size_t size = bytes.size();
    if (truncated) size = bytes.rfind('>') == std::string::npos ? 0 : bytes.rfind('>') + 1;
    // parse_default keeps whitespace-only PCDATA out; OOXML puts significant spaces inside w:t,
    // which are not whitespace-only nodes, so they survive. parse_ws_pcdata_single keeps a
    // w:t that holds a single space.
    auto r =
        doc.load_buffer(bytes.data(), size, pugi::parse_default | pugi::parse_ws_pcdata_single);
    if (!r && !(truncated && doc.document_element()))
        return tl::unexpected(
            Error{"文档已损坏（" + std::string(part) + " 无法解析：" + r.description() + "）"});
    // pugixml converts UTF-16/Latin-1 input to UTF-8 but passes other bytes through unchecked, so
    // a damaged part can carry invalid UTF-8 into the text, which later breaks JSON output
    // (found by fuzz_ooxml_reader). Escape such bytes as \xNN, as the manifest does for names.
    // traverse() is iterative: safe on deeply nested documents.
    struct Sanitizer : pugi::xml_tree_walker {
        bool for_each(pugi::xml_node& n) override {
            if ((n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) &&
                !encoding::is_valid_utf8(n.value()))
                n.set_value(encoding::escape_invalid_utf8(n.value()).c_str());
            for (auto a : n.attributes())
                if (!encoding::is_valid_utf8(a.value()))
                    a.set_value(encoding::escape_invalid_utf8(a.value()).c_str());
            return true;
        }
    } sanitizer;
    doc.traverse(sanitizer);
    return {};
}

}  // namespace dossier::xml
