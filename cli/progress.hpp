// Progress display: on a TTY a bar redrawn in place (stage, [#####     ], done/total, time left,
// the file being worked on, cut to the terminal's width), plain log lines otherwise, nothing with
// --quiet/--json and nothing for a stage with no work (a fully cached run shows no bar). Output
// goes to stderr so stdout stays clean.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace dossier {

class ProgressPrinter {
  public:
    explicit ProgressPrinter(bool enabled);
    ~ProgressPrinter();
    void operator()(std::string_view stage, int done, int total, std::string_view item);
    void finish();

  private:
    bool enabled_;
    bool tty_;
    std::string stage_;
    int last_logged_ = -1;
    std::chrono::steady_clock::time_point stage_start_;
};

// `text` cut from the left ("…" + its tail) to at most `columns` terminal columns (CJK counts 2).
std::string fit_columns(std::string_view text, int columns);

// True when stdout is a terminal and NO_COLOR is not set.
bool use_color();

}  // namespace dossier
