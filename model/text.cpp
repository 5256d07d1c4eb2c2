#include "model/text.hpp"

namespace dossier::text {

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s, std::string_view chars) {
    const size_t b = s.find_first_not_of(chars);
    if (b == std::string_view::npos) return {};
    const size_t e = s.find_last_not_of(chars);
    return s.substr(b, e - b + 1);
}

bool iends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && ascii_lower(s.substr(s.size() - suffix.size())) ==
                                            ascii_lower(suffix);
}

std::string_view base_name(std::string_view path) {
    const size_t slash = path.find_last_of('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string extension(std::string_view path) {
    const std::string_view name = base_name(path);
    const size_t dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return ascii_lower(name.substr(dot + 1));
}

}  // namespace dossier::text
