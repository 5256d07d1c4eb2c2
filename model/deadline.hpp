// The per-file time limit (issue 4: "every extractor has a time limit per file"; issue 17: the
// analyse and classify stages keep to the same limit). In model/ because extractors/, analysis/
// and pipeline/ all check it.
#pragma once

#include <chrono>
#include <stdexcept>

namespace dossier {

// Thrown by Deadline::check(); extract_file() turns it into the clerk's "处理超时" Error, the
// pipeline's analyse stage into a rejection ("分析超时").
struct TimeLimitExceeded : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The per-file time limit (ExtractOptions::time_limit) as a point in time. Extractors call
// check() between units of work (zip parts, sheets, row blocks, pages, parsing steps; in analysis,
// pages and date candidates), so a file that takes too long is given up instead of holding a
// worker; each unit itself is linear in a size-capped input. A default-constructed Deadline never
// passes.
class Deadline {
  public:
    using Clock = std::chrono::steady_clock;
    Deadline() = default;
    explicit Deadline(std::chrono::seconds limit) : at_(Clock::now() + limit) {}
    Clock::time_point at() const { return at_; }
    bool passed() const { return at_ != Clock::time_point::max() && Clock::now() >= at_; }
    void check() const {
        if (passed()) throw TimeLimitExceeded("time limit passed");
    }

  private:
    Clock::time_point at_ = Clock::time_point::max();
};

}  // namespace dossier
