// libFuzzer target: archive member names.
//  1. The name decoder (model/encoding.hpp) on the input bytes (up to 4 KiB): name_to_utf8,
//     escape_invalid_utf8, to_utf8(…, "GB18030"/"Big5"/"UTF-16LE") and is_valid_utf8.
//     Properties: decoded and escaped names are valid UTF-8; valid UTF-8 passes through unchanged;
//     a GB18030 decode that name_to_utf8 took is what to_utf8 returns.
//  2. When the input starts like an archive (zip, 7z, rar, gzip, bzip2, xz, tar), the archive
//     reader (extractors/archive_reader.hpp) over it as a file, with small limits. Properties: it
//     returns a listing or an Error with a reason; member names are valid UTF-8 and never escape
//     the root; each member's blob exists with the member's size.
#include <clocale>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "extractors/archive_reader.hpp"
#include "fuzz_util.hpp"
#include "model/encoding.hpp"

namespace enc = dossier::encoding;
namespace fs = std::filesystem;

namespace {

void fuzz_name(std::string_view raw) {
    const bool valid = enc::is_valid_utf8(raw);

    bool decoded = false;
    std::string name = enc::name_to_utf8(raw, &decoded);
    if (!enc::is_valid_utf8(name)) std::abort();
    if (valid && (name != raw || decoded)) std::abort();

    std::string esc = enc::escape_invalid_utf8(raw);
    if (!enc::is_valid_utf8(esc)) std::abort();
    if (valid && esc != raw) std::abort();

    if (auto gb = enc::to_utf8(raw, "GB18030")) {
        if (decoded && *gb != name) std::abort();
    } else if (decoded) {
        std::abort();
    }
    for (const char* cs : {"Big5", "UTF-16LE", "no-such-charset"}) {
        if (auto s = enc::to_utf8(raw, cs); s && !enc::is_valid_utf8(*s)) std::abort();
    }
}

bool looks_like_archive(std::string_view in) {
    auto starts = [&](std::string_view m) { return in.substr(0, m.size()) == m; };
    return starts("PK") || starts("7z\xBC\xAF") || starts("Rar!") || starts("\x1F\x8B") ||
           starts("BZh") ||
           starts(
               "\xFD"
               "7zXZ") ||
           (in.size() > 262 && in.substr(257, 5) == "ustar");
}

void fuzz_archive(std::string_view in) {
    const fs::path& dir = dossier::fuzz::scratch();
    fs::path blobs = dir / "blobs";
    std::error_code ec;
    fs::remove_all(blobs, ec);
    fs::create_directories(blobs, ec);
    fs::path file = dossier::fuzz::write_input("input.archive", in);

    dossier::ArchiveReadOptions opt;
    opt.limits.max_total_bytes = 8u << 20;
    opt.limits.max_entries = 2000;
    opt.limits.ratio_min_bytes = 1u << 20;
    opt.name_hint = "input.zip";
    auto r = dossier::read_archive(file, blobs, opt);
    if (!r) {
        if (r.error().reason.empty()) std::abort();
        return;
    }
    for (const auto& m : r->members) {
        if (!enc::is_valid_utf8(m.name) || dossier::escapes_root(m.name)) std::abort();
        if (m.sha256.size() != 64) std::abort();
        auto sz = fs::file_size(m.blob, ec);
        if (ec || sz != m.size) std::abort();
    }
    for (const auto& x : r->refused)
        if (x.reason.empty() || !enc::is_valid_utf8(x.name)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // archive_reader's precondition (libarchive returns no names in the C locale).
    if (!std::setlocale(LC_ALL, "C.UTF-8")) std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    fuzz_name(in.substr(0, 4096));
    if (looks_like_archive(in)) fuzz_archive(in);
    return 0;
}
