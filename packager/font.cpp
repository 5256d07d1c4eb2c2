#include "packager/font.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>

namespace dossier::font {

namespace {

uint32_t be32(const std::string& b, size_t off) {
    return (uint32_t(uint8_t(b[off])) << 24) | (uint32_t(uint8_t(b[off + 1])) << 16) |
           (uint32_t(uint8_t(b[off + 2])) << 8) | uint32_t(uint8_t(b[off + 3]));
}
uint16_t be16(const std::string& b, size_t off) {
    return static_cast<uint16_t>((uint8_t(b[off]) << 8) | uint8_t(b[off + 1]));
}
void put32(std::string& b, size_t off, uint32_t v) {
    b[off] = char(v >> 24);
    b[off + 1] = char(v >> 16);
    b[off + 2] = char(v >> 8);
    b[off + 3] = char(v);
}

}  // namespace

tl::expected<void, Error> extract_face(const std::filesystem::path& ttc, int face,
                                       const std::filesystem::path& out_ttf) {
    std::ifstream in(ttc, std::ios::binary);
    if (!in)
        return tl::unexpected(
            Error{fmt::format("找不到中文字体 {}（请安装 fonts-wqy-microhei）", ttc.string())});
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string src = ss.str();
    auto bad = [&] {
        return tl::unexpected(Error{fmt::format("字体文件无法解析：{}", ttc.string())});
    };
    if (src.size() < 12) return bad();

    size_t dir = 0;
    if (src.compare(0, 4, "ttcf") == 0) {
        const uint32_t count = be32(src, 8);
        if (face < 0 || static_cast<uint32_t>(face) >= count || src.size() < 12 + 4 * size_t(count))
            return bad();
        dir = be32(src, 12 + 4 * size_t(face));
    }
    if (dir + 12 > src.size()) return bad();
    const uint16_t tables = be16(src, dir + 4);
    if (dir + 12 + 16 * size_t(tables) > src.size()) return bad();

    std::string out = src.substr(dir, 12 + 16 * size_t(tables));
    for (uint16_t t = 0; t < tables; ++t) {
        const size_t rec = dir + 12 + 16 * size_t(t);
        const uint32_t off = be32(src, rec + 8), len = be32(src, rec + 12);
        if (size_t(off) + len > src.size()) return bad();
        put32(out, 12 + 16 * size_t(t) + 8, static_cast<uint32_t>(out.size()));
        out.append(src, off, len);
        out.append((4 - out.size() % 4) % 4, '\0');
    }
    std::ofstream o(out_ttf, std::ios::binary | std::ios::trunc);
    o.write(out.data(), static_cast<std::streamsize>(out.size()));
    if (!o) return tl::unexpected(Error{fmt::format("无法写入临时字体文件 {}", out_ttf.string())});
    return {};
}

}  // namespace dossier::font
