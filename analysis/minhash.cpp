#include "analysis/minhash.hpp"

#include <algorithm>

#include "analysis/normalize.hpp"
#include "model/text.hpp"

namespace dossier {

namespace {

constexpr int kShingle = 3;

uint64_t mix(uint64_t x) {  // splitmix64
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Wording of portal chrome, matched on the normalised line with its spaces removed and ASCII
// lower-cased. Measured on the dev sets' portal screenshots (docs/near-duplicates.md).
constexpr std::string_view kChrome[] = {
    "首页", "当前位置", "您的位置", "所在位置", "字体:大", "字体大", "【字体", "网站标识码", "icp",
    "版权所有", "主办单位", "主办:", "承办", "技术支持", "联系我们", "网站地图", "打印本页",
    "关闭窗口", "分享到", "浏览次数", "访问量", "欢迎访问", "无障碍", "长者模式", "手机版",
    "english", "今天是", "繁體", "政务公开政务服务", "公网安备", "备案号", "扫一扫", "copyright",
    "©", "发布时间", "发布日期", "来源:", "作者:", "索引号", "发布机构", "主题分类", "成文日期",
    "文号:", "转载:", "浏览", "点击", "【打印】", "【关闭】", "设为首页", "加入收藏", "相关链接",
    "上一篇", "下一篇"};

}  // namespace

bool chrome_line(std::string_view line) {
    std::string s = text::ascii_lower(normalize_text(line));
    std::erase_if(s, [](char c) { return c == ' ' || c == '\t'; });
    for (std::string_view p : kChrome)
        if (s.find(p) != std::string::npos) return true;
    return false;
}

std::vector<uint64_t> shingle_set(const std::vector<char32_t>& chars) {
    std::vector<uint64_t> out;
    if (chars.size() < static_cast<size_t>(kShingle)) return out;
    out.reserve(chars.size());
    for (size_t i = 0; i + kShingle <= chars.size(); ++i) {
        uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the shingle's code points
        for (int k = 0; k < kShingle; ++k) {
            h ^= static_cast<uint64_t>(chars[i + k]);
            h *= 0x100000001b3ULL;
        }
        out.push_back(mix(h));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

MinHash minhash(const std::vector<uint64_t>& shingles) {
    MinHash sig;
    sig.fill(UINT32_MAX);
    for (uint64_t h : shingles)
        for (int k = 0; k < kMinHashSize; ++k) {
            // One mix per position, seeded by it: independent permutations of the shingles.
            const auto v = static_cast<uint32_t>(mix(h ^ (0x5851f42d4c957f2dULL * (k + 1))));
            sig[k] = std::min(sig[k], v);
        }
    return sig;
}

double minhash_similarity(const MinHash& a, const MinHash& b) {
    int same = 0;
    for (int k = 0; k < kMinHashSize; ++k) same += a[k] == b[k];
    return static_cast<double>(same) / kMinHashSize;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    if (a.empty() && b.empty()) return 0;
    size_t i = 0, k = 0, both = 0;
    while (i < a.size() && k < b.size()) {
        if (a[i] == b[k]) {
            ++both;
            ++i;
            ++k;
        } else if (a[i] < b[k]) {
            ++i;
        } else {
            ++k;
        }
    }
    return static_cast<double>(both) / static_cast<double>(a.size() + b.size() - both);
}

}  // namespace dossier
