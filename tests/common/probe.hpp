// The probe an extractor bids on, for one test file: what the registry's make_probe() reads,
// with the sniffed type set by the test (an empty string means "not sniffed", as when the
// extractor must check the magic bytes itself).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "extractors/extractor.hpp"

namespace dossier::test {

inline Probe probe_of(const std::filesystem::path& p, std::string sniffed) {
    auto probe = make_probe(p, p.filename().string());
    if (!probe) throw std::runtime_error("cannot read " + p.string());
    probe->sniffed = std::move(sniffed);
    return *probe;
}

}  // namespace dossier::test
