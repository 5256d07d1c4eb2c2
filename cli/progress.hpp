// Progress display: on a TTY a bar redrawn in place (stage, [#####     ], done/total, time left),
// plain log lines otherwise, nothing with --quiet/--json and nothing for a stage with no work. Output goes to stderr so stdout stays clean.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace dossier {

class ProgressPrinter {
  public:
    explicit ProgressPrinter(bool enabled);
    ~ProgressPrinter();
    void operator()(std::string_view stage, int done, int total);
    void finish();

  private:
    bool enabled_;
    bool tty_;
    std::string stage_;
    int last_logged_ = -1;
    std::chrono::steady_clock::time_point stage_start_;
};

// True when stdout is a terminal and NO_COLOR is not set.
bool use_color();

}  // namespace dossier
