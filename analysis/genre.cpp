// Genre detection: each catalog genre's patterns (RE2) against the title, the file name, and the
// opening and closing part of the text; the clues combine as independent evidence.
#include "analysis/genre.hpp"

#include <fmt/core.h>
#include <re2/re2.h>

namespace dossier {

struct GenreDetector::Compiled {
    std::string id;
    std::vector<std::unique_ptr<RE2>> title, number, formulas;
    std::vector<std::unique_ptr<RE2>> carries;  // one group: the carried document's name
};

namespace {

// Weights of one clue: how much a title, a 文号 or a formula alone says about the genre.
constexpr double kTitleWeight = 0.8;  // more than two formulas (0.75): the title wins a tie
constexpr double kNameWeight = 0.6;  // the title pattern in the file name (title not found)
constexpr double kNumberWeight = 0.3;
constexpr double kFormulaWeight = 0.5;

// Each pattern wrapped in one capturing group, so a match can be quoted in the reasons.
std::vector<std::unique_ptr<RE2>> compile(const std::vector<std::string>& patterns) {
    std::vector<std::unique_ptr<RE2>> out;
    for (const auto& p : patterns) {
        auto re = std::make_unique<RE2>("(" + p + ")", RE2::Quiet);
        if (re->ok()) out.push_back(std::move(re));  // the loader has rejected bad ones already
    }
    return out;
}

// Cuts `s` to at most `n` bytes at a UTF-8 boundary, from the front (tail=false) or the back.
std::string_view cut(std::string_view s, size_t n, bool tail) {
    if (s.size() <= n) return s;
    size_t i = tail ? s.size() - n : n;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) tail ? ++i : --i;
    return tail ? s.substr(i) : s.substr(0, i);
}

// The matched text of `re` in `s`, or "".
std::string match(const RE2& re, std::string_view s) {
    re2::StringPiece m;
    if (s.empty() || !RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re, &m)) return {};
    return std::string(m.data(), m.size());
}

// A match as the clerk reads it in a reason: its first line, cut at 40 bytes or so ("…" when
// cut); a layout formula's match (an account's post list) spans many lines.
std::string excerpt(std::string_view m) {
    while (!m.empty() && (m.front() == '\n' || m.front() == ' ')) m.remove_prefix(1);
    const size_t nl = m.find('\n');
    std::string_view line = m.substr(0, nl);
    bool cut = nl != std::string_view::npos;
    if (line.size() > 40) {
        size_t end = 40;
        while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
        line = line.substr(0, end);
        cut = true;
    }
    return std::string(line) + (cut ? "…" : "");
}

// The matched text of the first pattern that matches `s`, or "".
std::string first_match(const std::vector<std::unique_ptr<RE2>>& res, std::string_view s) {
    for (const auto& re : res)
        if (std::string m = match(*re, s); !m.empty()) return m;
    return {};
}

// `patterns` as they are (their own capturing group is the carried document's name).
std::vector<std::unique_ptr<RE2>> compile_carries(const std::vector<std::string>& patterns) {
    std::vector<std::unique_ptr<RE2>> out;
    for (const auto& p : patterns) {
        auto re = std::make_unique<RE2>(p, RE2::Quiet);
        if (re->ok() && re->NumberOfCapturingGroups() == 1) out.push_back(std::move(re));
    }
    return out;
}

// The name of the document a title carries (关于印发《X》的通知 → X, without 《》), or "".
std::string carried_name(const std::vector<std::unique_ptr<RE2>>& res, std::string_view title) {
    for (const auto& re : res) {
        re2::StringPiece inner;
        if (!RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), *re, &inner)) continue;
        std::string_view s(inner.data(), inner.size());
        if (s.starts_with("《")) s.remove_prefix(std::string_view("《").size());
        if (s.ends_with("》")) s.remove_suffix(std::string_view("》").size());
        if (!s.empty()) return std::string(s);
    }
    return {};
}

}  // namespace

GenreDetector::GenreDetector(const GenreRules& rules) {
    for (const Genre& g : rules.genres)
        genres_.push_back({g.id, compile(g.title), compile(g.number), compile(g.formulas),
                           compile_carries(g.carries)});
}
GenreDetector::~GenreDetector() = default;
GenreDetector::GenreDetector(GenreDetector&&) noexcept = default;

GenreGuess GenreDetector::detect(std::string_view title, std::string_view name,
                                 std::string_view text) const {
    // An envelope (关于印发《…办法》的通知) is of the carried document's genre when its name shows one.
    for (const Compiled& c : genres_) {
        const std::string inner = title.empty() ? "" : carried_name(c.carries, title);
        if (inner.empty()) continue;
        GenreGuess g = detect_one(inner, {}, text);
        if (g.id.empty() || g.id == c.id || g.why.empty() || !g.why.front().starts_with("标题"))
            break;
        g.why.front() = fmt::format("所印发的《{}》{}", inner, g.why.front().substr(std::string_view("标题").size()));
        return g;
    }
    return detect_one(title, name, text);
}

GenreGuess GenreDetector::detect_one(std::string_view title, std::string_view name,
                                     std::string_view text) const {
    const std::string_view head = cut(text, 4000, false);
    const std::string_view tail = text.size() > 4000 ? cut(text, 2000, true) : std::string_view{};
    GenreGuess best;
    for (const Compiled& c : genres_) {
        GenreGuess g{c.id, 0, {}};
        double miss = 1.0;
        if (std::string m = title.empty() ? "" : first_match(c.title, title); !m.empty()) {
            miss *= 1 - kTitleWeight;
            g.why.push_back(fmt::format("标题含‘{}’", m));
        } else if (m = first_match(c.title, name); !m.empty()) {
            miss *= 1 - kNameWeight;
            g.why.push_back(fmt::format("文件名含‘{}’", m));
        }
        if (std::string m = first_match(c.number, head); !m.empty()) {
            miss *= 1 - kNumberWeight;
            g.why.push_back(fmt::format("文号‘{}’", m));
        }
        int formulas = 0;
        for (const auto& re : c.formulas) {
            if (formulas == 2) break;
            std::string m = match(*re, head);
            if (m.empty()) m = match(*re, tail);
            if (m.empty()) continue;
            miss *= 1 - kFormulaWeight;
            g.why.push_back(fmt::format("含‘{}’", excerpt(m)));
            ++formulas;
        }
        g.confidence = 1 - miss;
        if (g.confidence > best.confidence + 1e-9) best = std::move(g);
    }
    if (best.confidence < kMinConfidence) best.id.clear();
    return best;
}

}  // namespace dossier
