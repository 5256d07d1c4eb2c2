// TEMPORARY stand-in until branch h20up's implementation is merged (it replaces this file):
// just enough of the header's contract for fetch-mail's tests.
#include "intake/inbox_writer.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "model/error.hpp"

namespace dossier {

std::string sanitize_file_name(std::string_view name, std::string_view fallback) {
    std::string s(name);
    auto slash = s.find_last_of("/\\");
    if (slash != std::string::npos) s = s.substr(slash + 1);
    std::string out;
    for (unsigned char c : s)
        if (c >= 0x20 && c != 0x7f) out += static_cast<char>(c);
    while (!out.empty() && (out.front() == '.' || out.front() == ' ')) out.erase(0, 1);
    while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
    return out.empty() ? std::string(fallback) : out;
}

std::filesystem::path add_to_inbox(const std::filesystem::path& temp,
                                   const std::filesystem::path& dir, std::string_view name) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Fatal(kInput, "无法创建收件箱文件夹", dir.string());
    std::filesystem::path n(name);
    for (int i = 1;; ++i) {
        std::filesystem::path target =
            dir / (i == 1 ? n : std::filesystem::path(n.stem().string() + " (" +
                                                      std::to_string(i) + ")" +
                                                      n.extension().string()));
        if (::link(temp.c_str(), target.c_str()) == 0) {
            ::unlink(temp.c_str());
            return target;
        }
        if (errno != EEXIST) throw Fatal(kInput, "无法写入收件箱", dir.string());
    }
}

int clean_intake_leftovers(const std::filesystem::path&) {
    return 0;
}

}  // namespace dossier
