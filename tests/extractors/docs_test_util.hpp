// Shared by the document extractor tests: locate tests/data/docs files and run one through the
// real registry (probe → bid → extract).
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

#include "extractors/extractor.hpp"

namespace dossier::testing {

inline std::filesystem::path doc_path(const std::string& name) {
    return std::filesystem::path(DOSSIER_TEST_DATA) / "docs" / name;
}

inline std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline tl::expected<ExtractResult, Error> extract_doc(const std::string& name) {
    auto probe = make_probe(doc_path(name), name);
    if (!probe) return tl::unexpected(probe.error());
    ExtractContext ctx;
    return extract_file(*probe, ctx);
}

inline bool has_meta(const ExtractResult& r, const std::string& label, const std::string& iso) {
    for (const auto& m : r.meta_dates)
        if (m.label == label && m.date.iso() == iso) return true;
    return false;
}

}  // namespace dossier::testing
