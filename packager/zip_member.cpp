#include "packager/zip_member.hpp"

#include <memory>

#include <zip.h>

namespace dossier {

namespace {
struct ZipDiscard {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileClose {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};
}  // namespace

std::optional<std::string> read_zip_member(const std::filesystem::path& zip, const std::string& name,
                                           uint64_t max_bytes) {
    int err = 0;
    std::unique_ptr<zip_t, ZipDiscard> za(zip_open(zip.c_str(), ZIP_RDONLY, &err));
    if (!za) return std::nullopt;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(za.get(), name.c_str(), ZIP_FL_ENC_RAW, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        !(st.valid & ZIP_STAT_INDEX) || st.size > max_bytes)
        return std::nullopt;
    std::unique_ptr<zip_file_t, ZipFileClose> zf(zip_fopen_index(za.get(), st.index, 0));
    if (!zf) return std::nullopt;
    std::string out(static_cast<size_t>(st.size), '\0');
    size_t got = 0;
    while (got < out.size()) {
        const zip_int64_t k = zip_fread(zf.get(), out.data() + got, out.size() - got);
        if (k <= 0) return std::nullopt;
        got += static_cast<size_t>(k);
    }
    return out;
}

}  // namespace dossier
