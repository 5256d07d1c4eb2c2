// Structure-aware input for the zip-based document targets (OOXML, OFD, manifest/verify).
//
// Byte-level mutation of a real zip mostly breaks the CRCs and the central directory, so the
// readers' XML handling is rarely reached. An input is therefore either
//   - a raw zip (starts with "PK"): written to the file as it is, or
//   - a "zip spec": members written as  "@@ <name>\n<content>"  one after another (a member ends
//     where the next "\n@@ " starts); the harness packs them into a real zip with libzip (stored,
//     so the content is byte-for-byte what the fuzzer wrote) and the reader sees a valid container
//     holding fuzzed XML.
// Seeds in both forms are made by scripts/fuzz (--seed) from tests/data/docs.
//
// Threading: single-threaded (libFuzzer); not re-entrant.
#pragma once

#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_util.hpp"

namespace dossier::fuzz {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

// Splits a spec into (name, content) pairs. Text before the first "@@ " is ignored.
inline std::vector<std::pair<std::string, std::string>> parse_zip_spec(std::string_view in) {
    std::vector<std::pair<std::string, std::string>> members;
    size_t pos = in.rfind("@@ ", 0) == 0 ? 0 : in.find("\n@@ ");
    if (pos == std::string_view::npos) return members;
    if (pos != 0) pos += 1;
    while (pos < in.size()) {
        size_t name_begin = pos + 3;
        size_t eol = in.find('\n', name_begin);
        std::string_view name =
            in.substr(name_begin, (eol == std::string_view::npos ? in.size() : eol) - name_begin);
        size_t body_begin = eol == std::string_view::npos ? in.size() : eol + 1;
        size_t next = in.find("\n@@ ", body_begin);
        size_t body_end = next == std::string_view::npos ? in.size() : next;
        members.emplace_back(std::string(name),
                             std::string(in.substr(body_begin, body_end - body_begin)));
        if (next == std::string_view::npos) break;
        pos = next + 1;
    }
    return members;
}

// Writes the input as a zip file named `name` in the scratch dir (see the file comment).
// Returns false when libzip refuses the spec (e.g. an empty or duplicate member name): such an
// input is uninteresting and the caller returns early.
inline bool write_zip_input(std::string_view name, std::string_view data,
                            std::filesystem::path& out) {
    if (data.substr(0, 2) == "PK") {
        out = write_input(name, data);
        return true;
    }
    out = scratch() / std::string(name);
    std::error_code ec;
    std::filesystem::remove(out, ec);
    int err = 0;
    std::unique_ptr<zip_t, ZipCloser> z(zip_open(out.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err));
    if (!z) std::abort();
    auto members = parse_zip_spec(data);
    if (members.empty()) return false;
    for (auto& [mname, body] : members) {
        if (mname.empty()) return false;
        // zip_source_buffer does not copy: the strings live in `members` until zip_close below.
        zip_source_t* src = zip_source_buffer(z.get(), body.data(), body.size(), 0);
        if (!src) std::abort();
        zip_int64_t idx = zip_file_add(z.get(), mname.c_str(), src, ZIP_FL_ENC_GUESS);
        if (idx < 0) {
            zip_source_free(src);
            return false;
        }
        zip_set_file_compression(z.get(), static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
    }
    zip_t* raw = z.release();
    if (zip_close(raw) != 0) {
        zip_discard(raw);
        return false;
    }
    return true;
}

}  // namespace dossier::fuzz
