#include "packager/view.hpp"

#include <fmt/format.h>

namespace dossier {

std::string PackageView::part_file_name(int p) const {
    return parts > 1 ? fmt::format("{}.part{}of{}.zip", name, p, parts) : name + ".zip";
}

}  // namespace dossier
