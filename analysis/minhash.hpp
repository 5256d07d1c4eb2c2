// Body-text resemblance for near-duplicate groups (pipeline/near, issue 19): the Jaccard
// similarity of two texts' character 3-shingle sets, after the portal chrome is taken out.
//   - chrome_line: a line of a portal page that is not its article — menu, header, breadcrumb,
//     byline (发布时间/来源/浏览次数/字体：大 中 小), footer (版权所有, 网站标识码, ICP备 …); matched
//     by fixed patterns on the normalised line (analysis/normalize: full-width → half-width);
//   - shingle_set: the sorted, distinct 64-bit hashes of the character 3-shingles of a text's
//     significant characters (analysis/simhash: letters, digits, ideographs; layout, spaces and
//     punctuation do not count), so an OCR misread changes only the three shingles around it;
//   - MinHash: kMinHashSize minimums of independently mixed shingle hashes; the share of equal
//     positions estimates the Jaccard similarity (standard error √(J(1−J)/128) ≈ 0.044 at 0.45),
//     used only to skip pairs that are clearly apart before the exact `jaccard`.
// Which lines recur across the files of one run (the rest of the chrome) is the caller's business
// (pipeline/near), since it depends on the run. Pure functions; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier {

inline constexpr int kMinHashSize = 128;
using MinHash = std::array<uint32_t, kMinHashSize>;

// Whether a line (raw, any width forms) is portal chrome by its wording.
bool chrome_line(std::string_view line);

// The distinct 3-shingle hashes of `significant` (lower-cased letters, digits and ideographs, as
// analysis/simhash's significant_chars gives them), sorted. Empty when shorter than 3.
std::vector<uint64_t> shingle_set(const std::vector<char32_t>& significant);

// The MinHash signature of a shingle set (all-ones for an empty set).
MinHash minhash(const std::vector<uint64_t>& shingles);

// The share of equal positions: an estimate of the Jaccard similarity.
double minhash_similarity(const MinHash& a, const MinHash& b);

// |a ∩ b| / |a ∪ b| of two sorted sets; 0 when both are empty.
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace dossier
