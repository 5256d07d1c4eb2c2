// The catalog's document genres (文种) and which genres prove, boost or penalise which indicator
// (YAML keys `genres`, docs/catalog-format.md). Kept beside the Catalog rather than in it: the
// loader validates them with the rest of the file (load_catalog), and the classifier reads them
// with load_genre_rules. Immutable once loaded.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dossier {

// A genre, recognised from the title, the 文号 and the opening and closing formulas
// (analysis/genre.hpp). Patterns are RE2 regular expressions, checked when loaded.
struct Genre {
    std::string id;                     // e.g. "提案答复"; also its Chinese label
    std::string name;                   // longer Chinese description (optional)
    std::vector<std::string> title;     // patterns matched against the title (or the file name)
    std::vector<std::string> number;    // patterns matched against the text (文号: 〔2020〕12号)
    std::vector<std::string> formulas;  // opening/closing formulas (现将…通知如下, 特此公示)
    // Titles of this genre that carry another document (关于印发《…办法》的通知): one capturing group
    // each, the carried document's name. When that name shows a genre of its own, the file is of
    // that genre — the 通知 is only its envelope.
    std::vector<std::string> carries;
    int line = 0;                       // 1-based line in the catalog file
};

// How a genre bears on an indicator (indicator key `genres`).
struct GenreLink {
    enum class Effect { prove, boost, penalise };
    std::string genre;  // Genre::id
    Effect effect = Effect::prove;
};
const char* to_string(GenreLink::Effect e);  // "prove", "boost", "penalise"

struct GenreRules {
    std::vector<Genre> genres;                             // most specific first
    std::map<std::string, std::vector<GenreLink>> links;  // indicator id → its genre links
    const Genre* find(std::string_view id) const;
};

// The genre rules of the catalog file `file`, validated like load_catalog (throws CatalogError
// "file:line: reason"); empty rules for a catalog without `genres`.
GenreRules load_genre_rules(const std::filesystem::path& file);

}  // namespace dossier
