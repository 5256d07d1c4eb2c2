// The portal's assets (server/assets/*: mustache templates, CSS, JavaScript), compiled into the
// binary by server/embed_assets.cmake: nothing is read from disk at run time.
#pragma once

#include <optional>
#include <string_view>

namespace dossier {

// The bytes of asset `name` ("home.html", "portal.css", …), or nullopt when there is none.
// The views point at static storage (valid for the program's lifetime).
std::optional<std::string_view> asset(std::string_view name);

}  // namespace dossier
