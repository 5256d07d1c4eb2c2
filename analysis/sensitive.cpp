#include "analysis/sensitive.hpp"

#include <fmt/format.h>
#include <re2/re2.h>

#include <map>
#include <set>

#include "model/date.hpp"
#include "analysis/title.hpp"

namespace dossier {
namespace {

// Classification marks are looked for in the first non-empty lines among the first kMarkLines.
constexpr size_t kMarkLines = 1000;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

const RE2& grouped_number() {
    // 138 1234 5678 / 138-1234-5678, and 6222 0212 3456 7890 [123]
    static const RE2 re(
        R"((1[3-9][0-9][ -][0-9]{4}[ -][0-9]{4})|([3-6][0-9]{3}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{1,3})?))");
    return re;
}

const RE2& secret_mark() {
    static const RE2 re("(绝密|机密|秘密|内部资料|内部材料|不予公开)");
    return re;
}

struct Collector {
    std::vector<SensitiveHit> hits;
    std::set<std::string> seen;
    std::map<std::string, size_t> per_kind;
    size_t max_per_kind;

    void add(const char* kind, const std::string& value, std::string excerpt, int page) {
        if (!seen.insert(std::string(kind) + ":" + value).second) return;
        if (per_kind[kind]++ >= max_per_kind) return;
        hits.push_back(SensitiveHit{kind, std::move(excerpt), page});
    }
};

void classify_run(Collector& out, std::string_view run, int page) {
    if (run.size() == 18 && id_card_valid(run)) {
        out.add("id_card", std::string(run), mask_number(run, 4, 4), page);
    } else if (run.size() == 11 && run[0] == '1' && run[1] >= '3' && run[1] <= '9') {
        out.add("mobile", std::string(run), mask_number(run, 3, 4), page);
    } else if (run.size() >= 16 && run.size() <= 19 && run[0] >= '3' && run[0] <= '6' &&
               luhn_valid(run)) {
        out.add("bank_card", std::string(run), mask_number(run, 4, 4), page);
    }
}

}  // namespace

bool id_card_valid(std::string_view id) {
    if (id.size() != 18) return false;
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char check[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!is_digit(id[static_cast<size_t>(i)])) return false;
        sum += (id[static_cast<size_t>(i)] - '0') * w[i];
    }
    const char c = id[17] == 'x' ? 'X' : id[17];
    if (c != check[sum % 11]) return false;
    const int y = std::stoi(std::string(id.substr(6, 4)));
    const Date birth{y, std::stoi(std::string(id.substr(10, 2))),
                     std::stoi(std::string(id.substr(12, 2)))};
    return y >= 1900 && y <= 2030 && birth.valid();
}

bool luhn_valid(std::string_view d) {
    if (d.empty()) return false;
    int sum = 0;
    bool dbl = false;
    for (size_t i = d.size(); i-- > 0;) {
        if (!is_digit(d[i])) return false;
        int v = d[i] - '0';
        if (dbl) {
            v *= 2;
            if (v > 9) v -= 9;
        }
        sum += v;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

std::string mask_number(std::string_view d, size_t keep_front, size_t keep_back) {
    std::string s(d);
    if (s.size() <= keep_front + keep_back) return s;
    for (size_t i = keep_front; i < s.size() - keep_back; ++i) s[i] = '*';
    return s;
}

std::vector<SensitiveHit> find_sensitive(const std::vector<NormalizedText>& pages,
                                         size_t max_per_kind) {
    Collector out;
    out.max_per_kind = max_per_kind;
    for (size_t pi = 0; pi < pages.size(); ++pi) {
        const std::string_view t = pages[pi].text;
        const int page = static_cast<int>(pi) + 1;
        // Maximal digit runs (an ID may end in X); runs glued to letters are codes, not numbers.
        for (size_t i = 0; i < t.size();) {
            if (!is_digit(t[i])) {
                ++i;
                continue;
            }
            size_t j = i;
            while (j < t.size() && is_digit(t[j])) ++j;
            if (j - i == 17 && j < t.size() && (t[j] == 'X' || t[j] == 'x')) ++j;
            const bool letter_before = i > 0 && std::isalpha(static_cast<unsigned char>(t[i - 1]));
            const bool letter_after =
                j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]));
            if (!letter_before && !letter_after) classify_run(out, t.substr(i, j - i), page);
            i = j;
        }
        // Numbers written in groups.
        re2::StringPiece m[3];
        size_t pos = 0;
        while (pos < t.size() && grouped_number().Match(t, pos, t.size(), RE2::UNANCHORED, m, 3)) {
            const size_t b = static_cast<size_t>(m[0].data() - t.data()), e = b + m[0].size();
            pos = e;
            if ((b > 0 && is_digit(t[b - 1])) || (e < t.size() && is_digit(t[e]))) continue;
            std::string digits;
            for (char c : m[0])
                if (is_digit(c)) digits.push_back(c);
            classify_run(out, digits, page);
        }
        // Classification marks: only in the first non-empty lines of the first page.
        if (pi == 0) {
            int seen = 0;
            for (auto line : split_lines(t, kMarkLines)) {
                const auto seg = first_segment(line);
                if (seg.empty()) continue;
                if (++seen > 6) break;
                re2::StringPiece mm[2];
                if (!secret_mark().Match(seg, 0, seg.size(), RE2::UNANCHORED, mm, 2)) continue;
                const size_t at = static_cast<size_t>(mm[0].data() - seg.data());
                // A mark stands alone (秘密★1年) or opens a short line; 保守秘密 in a sentence does
                // not count.
                if (at == 0 || count_cjk(seg) <= 8)
                    out.add("secret_mark", std::string(mm[1].data(), mm[1].size()),
                            std::string(mm[1].data(), mm[1].size()), page);
            }
        }
    }
    return std::move(out.hits);
}

std::string sensitive_warning(const SensitiveHit& h) {
    if (h.kind == "id_card")
        return fmt::format("含身份证号码 {}（第 {} 页）：公开前须删除或遮盖", h.excerpt, h.page);
    if (h.kind == "mobile")
        return fmt::format("含手机号码 {}（第 {} 页）：公开前须删除或遮盖", h.excerpt, h.page);
    if (h.kind == "bank_card")
        return fmt::format("含疑似银行卡号 {}（第 {} 页）：公开前须删除或遮盖", h.excerpt, h.page);
    return fmt::format(
        "文件首部有密级/限制公开标识“{}”（第 {} 页）：涉密或内部资料不得公开，请核实", h.excerpt,
        h.page);
}

}  // namespace dossier
