#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "bundled_catalog.hpp"
#include "analysis/aho_corasick.hpp"
#include "analysis/keywords.hpp"

using namespace dossier;

namespace {

// Every occurrence by brute force, as (pattern, end) pairs.
std::vector<std::pair<uint32_t, size_t>> naive(const std::vector<std::string>& pats,
                                               const std::string& text) {
    std::vector<std::pair<uint32_t, size_t>> out;
    for (size_t end = 1; end <= text.size(); ++end)
        for (uint32_t p = 0; p < pats.size(); ++p)
            if (!pats[p].empty() && pats[p].size() <= end &&
                text.compare(end - pats[p].size(), pats[p].size(), pats[p]) == 0)
                out.emplace_back(p, end);
    std::sort(out.begin(), out.end(), [](auto a, auto b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return out;
}

std::vector<std::pair<uint32_t, size_t>> ac(const std::vector<std::string>& pats,
                                            const std::string& text) {
    AhoCorasick a(pats);
    std::vector<std::pair<uint32_t, size_t>> out;
    a.scan(text, [&](uint32_t p, size_t end) { out.emplace_back(p, end); });
    std::sort(out.begin(), out.end(), [](auto a, auto b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return out;
}

}  // namespace

TEST_CASE("aho_corasick: finds overlapping and nested patterns like a naive search", "[pipeline]") {
    const std::vector<std::string> pats = {"he",       "she",  "his",  "hers", "",
                                           "政务公开", "公开", "务公", "政务"};
    const std::string text = "ushers 关于做好2024年政务公开工作的通知，政务公开政务公开";
    CHECK(ac(pats, text) == naive(pats, text));
}

TEST_CASE("aho_corasick: agrees with a naive search on random byte strings", "[pipeline]") {
    std::mt19937 rng(42);
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> pats;
        for (int i = 0; i < 8; ++i) {
            std::string p;
            for (int k = 0, n = 1 + static_cast<int>(rng() % 4); k < n; ++k)
                p.push_back("abc"[rng() % 3]);
            pats.push_back(p);
        }
        std::string text;
        for (int k = 0; k < 60; ++k) text.push_back("abcd"[rng() % 4]);
        REQUIRE(ac(pats, text) == naive(pats, text));
    }
}

TEST_CASE("aho_corasick: ASCII letters match case-insensitively", "[pipeline]") {
    AhoCorasick a({"app"});
    int n = 0;
    a.scan("政务APP和App", [&](uint32_t, size_t) { ++n; });
    CHECK(n == 2);
}

TEST_CASE("keywords: substring match inside a CJK run, with count, page, title and name",
          "[pipeline]") {
    KeywordMatcher m({"政务公开", "解读", "年度报告"}, {{"1.1", "2"}, {"3.2"}, {"4"}});
    std::vector<NormalizedText> pages = {normalize_with_map("关于做好2024年政务公开工作的通知"),
                                         normalize_with_map("第二页：政 务 公 开与政策解读")};
    const auto hits = m.match(pages, normalize_text("关于做好2024年政务公开工作的通知"),
                              normalize_text("财政局/政策解读/图解.png"));
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].keyword == "政务公开");
    CHECK(hits[0].count == 2);
    CHECK(hits[0].indicators == std::vector<std::string>{"1.1", "2"});
    CHECK(hits[0].first_page == 1);
    CHECK(hits[0].first_offset == std::string("关于做好2024年").size());
    CHECK(hits[0].in_title);
    CHECK_FALSE(hits[0].in_name);
    CHECK(hits[1].keyword == "解读");
    CHECK(hits[1].count == 1);
    CHECK(hits[1].first_page == 2);
    CHECK(hits[1].in_name);
    CHECK_FALSE(hits[1].in_title);
}

TEST_CASE("keywords: built from a catalog's keywords and indicator names", "[pipeline]") {
    Catalog c;
    Indicator a;
    a.id = "1";
    a.name = "决策公开";
    a.keywords = {"重大决策", "征求意见"};
    Indicator b;
    b.id = "2";
    b.name = "政策解读";
    b.keywords = {"解读", "征求意见"};
    c.indicators = {a, b};
    KeywordMatcher m(c);
    CHECK(m.keyword_count() == 5);
    const auto hits = m.match({normalize_with_map("关于重大决策草案公开征求意见的公告")}, "", "");
    REQUIRE(hits.size() == 2);
    for (const auto& h : hits) {
        if (h.keyword == "征求意见") CHECK(h.indicators == std::vector<std::string>{"1", "2"});
        if (h.keyword == "重大决策") CHECK(h.indicators == std::vector<std::string>{"1"});
    }
}

TEST_CASE("keywords: the bundled catalog's keywords build one automaton", "[pipeline]") {
    KeywordMatcher m(test::bundled_catalog());
    CHECK(m.keyword_count() > 10);
    const auto hits =
        m.match({normalize_with_map("关于做好2020年政务公开工作的通知：加强政策解读")}, "", "");
    CHECK_FALSE(hits.empty());
}

TEST_CASE("keywords: a keyword inside a longer keyword of the same indicator counts once",
          "[pipeline]") {
    KeywordMatcher m(
        {"基层政务公开标准目录", "标准目录", "政务公开标准目录", "征求意见", "公开征求意见"},
        {{"3.2"}, {"3.2"}, {"3.1"}, {"1", "2"}, {"1"}});
    const auto hits = m.match({normalize_with_map("霸州市基层政务公开标准目录，另附标准目录一份；"
                                                  "公开征求意见")},
                              normalize_text("霸州市基层政务公开标准目录"), "");
    auto find = [&](std::string_view k) -> const KeywordHit* {
        for (const auto& h : hits)
            if (h.keyword == k) return &h;
        return nullptr;
    };
    REQUIRE(find("基层政务公开标准目录"));
    CHECK(find("基层政务公开标准目录")->in_title);
    // Only the standalone 标准目录 counts, and not in the title, where it is part of the longer
    // one.
    REQUIRE(find("标准目录"));
    CHECK(find("标准目录")->count == 1);
    CHECK_FALSE(find("标准目录")->in_title);
    CHECK(find("标准目录")->first_offset == std::string("霸州市基层政务公开标准目录，另附").size());
    // Another indicator's keyword inside it still counts: the longer one is evidence for it too.
    REQUIRE(find("政务公开标准目录"));
    CHECK(find("政务公开标准目录")->in_title);
    // 征求意见 serves indicators 1 and 2; 公开征求意见 only 1, so it does not absorb it.
    REQUIRE(find("征求意见"));
    CHECK(find("征求意见")->count == 1);
}

TEST_CASE("keywords: a keyword may span a line wrapped between two ideographs", "[pipeline]") {
    KeywordMatcher m({"两周内有更新", "政务微信"}, {{"7.2.2"}, {"7.2.1"}});
    const std::string page = "第一行文字\n确保内容两周内\n有更新。\n政务\nWeChat 政务\n微信";
    const auto hits = m.match({normalize_with_map(page)}, "", "");
    REQUIRE(hits.size() == 2);
    for (const auto& h : hits) {
        CHECK(h.count == 1);
        if (h.keyword == "两周内有更新")  // offsets are the page's own, wraps included
            CHECK(h.first_offset == std::string("第一行文字\n确保内容").size());
        if (h.keyword == "政务微信")  // the one after "WeChat ", not 政务⏎WeChat
            CHECK(h.first_offset == page.find("政务\n微信"));
    }
}
