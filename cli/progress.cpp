#include "cli/progress.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <fmt/core.h>
#include <unicode/utf8.h>

#include "model/text.hpp"

namespace dossier {

ProgressPrinter::ProgressPrinter(bool enabled) : enabled_(enabled), tty_(::isatty(2) != 0) {}

ProgressPrinter::~ProgressPrinter() {
    finish();
}

namespace {

int terminal_columns() {
    winsize w{};
    if (::ioctl(2, TIOCGWINSZ, &w) == 0 && w.ws_col > 0) return w.ws_col;
    return 80;
}

}  // namespace

std::string fit_columns(std::string_view text, int columns) {
    if (text::display_columns(text) <= columns) return std::string(text);
    if (columns < 2) return "";
    // Keep whole code points from the end while they fit beside the "…".
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    int used = 1;
    int32_t keep_from = static_cast<int32_t>(text.size());
    while (keep_from > 0) {
        int32_t i = keep_from;
        UChar32 cp;
        U8_PREV(bytes, 0, i, cp);
        int w = cp < 0 ? 1 : text::columns_of(static_cast<char32_t>(cp));
        if (used + w > columns) break;
        used += w;
        keep_from = i;
    }
    return "…" + std::string(text.substr(static_cast<size_t>(keep_from)));
}

void ProgressPrinter::operator()(std::string_view stage, int done, int total,
                                 std::string_view item) {
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
        // A bar redrawn in place:
        // 提取文字 [#####               ] 12/36  还需约 8 秒  南孟镇/IMG_2043.JPG
        constexpr int kWidth = 20;
        const int filled = std::clamp(done * kWidth / total, 0, kWidth);
        std::string line = fmt::format("{} [{}{}] {}/{}{}", stage, std::string(filled, '#'),
                                       std::string(kWidth - filled, ' '), done, total, eta);
        if (!item.empty()) {
            const int room = terminal_columns() - 1 - text::display_columns(line) - 2;
            if (room >= 8) line += "  " + fit_columns(item, room);
        }
        fmt::print(stderr, "\r\033[K{}", line);
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
