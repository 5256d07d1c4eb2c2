// Walking a UTF-8 string one code point at a time (ICU's U8_NEXT), for the packager's name
// cleaning and width estimates. Header-only, pure, thread-safe. The reader borrows `s`: the
// string must outlive it.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <unicode/utf8.h>

namespace dossier::utf8 {

struct CodePoint {
    UChar32 c;               // negative for an ill-formed sequence (as U8_NEXT reports it)
    std::string_view bytes;  // the bytes it was read from (at least one)
};

class CodePointReader {
  public:
    explicit CodePointReader(std::string_view s) : s_(s) {}

    // The next code point, or nullopt at the end.
    std::optional<CodePoint> next() {
        const auto n = static_cast<int32_t>(s_.size());
        if (i_ >= n) return std::nullopt;
        const int32_t start = i_;
        UChar32 c;
        U8_NEXT(reinterpret_cast<const uint8_t*>(s_.data()), i_, n, c);
        return CodePoint{c, s_.substr(static_cast<size_t>(start), static_cast<size_t>(i_ - start))};
    }

  private:
    std::string_view s_;
    int32_t i_ = 0;
};

}  // namespace dossier::utf8
