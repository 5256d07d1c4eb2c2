// libFuzzer target: the MIME path (issue 22).
//  1. magic::sniff on the input (the "eml" header sniffing).
//  2. extractors/mail read_mail over the input as a file, with small limits. Properties: it
//     returns a listing or an Error with a reason; member names are valid UTF-8, not empty, unique
//     and never escape the root; each member's blob exists with the member's size; the From, Date
//     and Subject, the body excerpt and refusal names are valid UTF-8, the body within its cap;
//     every large-attachment link is an http(s) URL.
//  3. large_attachment_links on the raw input.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "extractors/magic.hpp"
#include "extractors/mail.hpp"
#include "fuzz_util.hpp"
#include "model/encoding.hpp"

namespace enc = dossier::encoding;
namespace fs = std::filesystem;

namespace {

void check_links(const std::vector<std::string>& links) {
    for (const auto& l : links) {
        const std::string_view v(l);
        const bool http = v.size() > 8 && (v[0] == 'h' || v[0] == 'H') && v.find("://") != v.npos;
        if (!http || !enc::is_valid_utf8(l)) std::abort();
    }
}

void fuzz_mail(std::string_view in) {
    const fs::path& dir = dossier::fuzz::scratch();
    fs::path blobs = dir / "blobs";
    std::error_code ec;
    fs::remove_all(blobs, ec);
    fs::create_directories(blobs, ec);
    fs::path file = dossier::fuzz::write_input("input.eml", in);

    dossier::ArchiveLimits limits;
    limits.max_total_bytes = 8u << 20;
    limits.max_entries = 2000;
    auto r = dossier::read_mail(file, blobs, limits);
    if (!r) {
        if (r.error().reason.empty()) std::abort();
        return;
    }
    std::set<std::string> names;
    for (const auto& m : r->members) {
        if (m.name.empty() || !enc::is_valid_utf8(m.name) || dossier::escapes_root(m.name))
            std::abort();
        if (!names.insert(m.name).second) std::abort();
        if (m.sha256.size() != 64) std::abort();
        auto sz = fs::file_size(m.blob, ec);
        if (ec || sz != m.size) std::abort();
    }
    for (const auto& x : r->refused)
        if (x.reason.empty() || !enc::is_valid_utf8(x.name)) std::abort();
    for (const std::string* s : {&r->info.from, &r->info.date, &r->info.subject, &r->body})
        if (!enc::is_valid_utf8(*s)) std::abort();
    if (r->body.size() > dossier::MailListing::kMaxBodyBytes) std::abort();
    if (r->members.empty() && r->refused.empty() && r->incomplete.empty()) std::abort();
    check_links(r->large_links);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 256 * 1024) return 0;
    std::string_view in(reinterpret_cast<const char*>(data), size);
    (void)dossier::magic::sniff(in);
    fuzz_mail(in);
    check_links(dossier::large_attachment_links(in));
    return 0;
}
