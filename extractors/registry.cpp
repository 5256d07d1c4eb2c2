// Placeholder until the extractors land.
#include "extractors/extractor.hpp"

namespace dossier {
const std::vector<std::unique_ptr<Extractor>>& extractors() {
    static const std::vector<std::unique_ptr<Extractor>> table;
    return table;
}
}  // namespace dossier
