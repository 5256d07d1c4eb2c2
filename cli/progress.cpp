#include "cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <fmt/core.h>

namespace dossier {

ProgressPrinter::ProgressPrinter(bool enabled) : enabled_(enabled), tty_(::isatty(2) != 0) {}

ProgressPrinter::~ProgressPrinter() {
    finish();
}

void ProgressPrinter::operator()(std::string_view stage, int done, int total) {
    if (!enabled_) return;
    // A stage with nothing to do (everything cached) shows nothing at all.
    if (total <= 0) return;
    auto now = std::chrono::steady_clock::now();
    if (stage != stage_) {
        if (tty_ && !stage_.empty()) std::fputs("\n", stderr);
        stage_ = stage;
        stage_start_ = now;
        last_logged_ = -1;
    }
    double secs = std::chrono::duration<double>(now - stage_start_).count();
    double rate = secs > 0.05 && done > 0 ? done / secs : 0;
    std::string eta =
        rate > 0 && total > done ? fmt::format("  还需约 {:.0f} 秒", (total - done) / rate) : "";
    if (tty_) {
        // A bar redrawn in place: 提取文字 [#####               ] 12/36  还需约 8 秒
        constexpr int kWidth = 20;
        const int filled = std::clamp(done * kWidth / total, 0, kWidth);
        fmt::print(stderr, "\r\033[K{} [{}{}] {}/{}{}", stage, std::string(filled, '#'),
                   std::string(kWidth - filled, ' '), done, total, eta);
        std::fflush(stderr);
    } else if (done == total || done == 0 || done - last_logged_ >= std::max(1, total / 10)) {
        fmt::print(stderr, "dossier: {} {}/{}\n", stage, done, total);
        last_logged_ = done;
    }
}

void ProgressPrinter::finish() {
    if (enabled_ && tty_ && !stage_.empty()) std::fputs("\n", stderr);
    stage_.clear();
}

bool use_color() {
    const char* nc = std::getenv("NO_COLOR");
    return ::isatty(1) && !(nc && *nc);
}

}  // namespace dossier
