#include "model/unit_mention.hpp"

namespace dossier {

std::optional<std::string> unit_named_in(const Catalog& catalog, std::string_view text) {
    std::optional<std::string> best;
    size_t best_at = std::string_view::npos, best_len = 0;
    for (const Unit& u : catalog.units) {
        if (u.group) continue;
        auto consider = [&](const std::string& name) {
            // Two characters (6 bytes) at least: a one-character alias would match anything.
            if (name.size() < 6) return;
            const size_t at = text.find(name);
            if (at == std::string_view::npos) return;
            if (at < best_at || (at == best_at && name.size() > best_len)) {
                best = u.name;
                best_at = at;
                best_len = name.size();
            }
        };
        consider(u.name);
        for (const auto& a : u.aliases) consider(a);
    }
    return best;
}

}  // namespace dossier
