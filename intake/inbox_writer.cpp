// The inbox writer (see inbox_writer.hpp). Names are cleaned in UTF-16 with ICU (decode with
// U+FFFD for bad bytes, NFC, character classes); files appear through link(2), which fails
// rather than replace, so two writers adding the same name at once both keep their file.
#include "intake/inbox_writer.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/core.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "model/cleanup.hpp"
#include "model/encoding.hpp"
#include "model/error.hpp"

namespace fs = std::filesystem;

namespace dossier {
namespace {

constexpr size_t kMaxNameBytes = 200;
constexpr size_t kMaxExtensionBytes = 16;  // a longer "extension" is part of the name
constexpr std::string_view kHiddenPrefix = ".dossier-intake-";

bool is_removed_char(UChar32 c) {
    if (c == 0 || encoding::is_invisible_control(static_cast<char32_t>(c))) return true;
    const int8_t t = u_charType(c);
    return t == U_CONTROL_CHAR || t == U_FORMAT_CHAR || t == U_LINE_SEPARATOR ||
           t == U_PARAGRAPH_SEPARATOR;
}

// UTF-8 (bad bytes → U+FFFD), NFC, without controls and invisible formatting characters.
icu::UnicodeString clean_text(std::string_view name) {
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    icu::UnicodeString norm = U_SUCCESS(status) ? nfc->normalize(in, status) : in;
    if (U_FAILURE(status)) norm = in;
    icu::UnicodeString out;
    for (int32_t i = 0; i < norm.length();) {
        const UChar32 c = norm.char32At(i);
        i += U16_LENGTH(c);
        if (!is_removed_char(c)) out.append(c);
    }
    return out;
}

// The last non-empty component, '/' and '\' both separating.
std::string last_component(const std::string& s) {
    size_t end = s.size();
    while (end > 0) {
        const size_t sep = s.find_last_of("/\\", end - 1);
        const size_t start = sep == std::string::npos ? 0 : sep + 1;
        if (start < end) return s.substr(start, end - start);
        if (sep == std::string::npos) break;
        end = sep;
    }
    return {};
}

bool is_blank_or_dot(char c) { return c == '.' || c == ' '; }

// Strips leading dots and spaces, trailing dots and spaces (and ideographic space U+3000).
std::string trim_dots_spaces(std::string s) {
    auto strip_back = [&] {
        for (;;) {
            if (!s.empty() && is_blank_or_dot(s.back())) s.pop_back();
            else if (s.size() >= 3 && s.ends_with("\u3000")) s.resize(s.size() - 3);
            else break;
        }
    };
    size_t start = 0;
    for (;;) {
        if (start < s.size() && is_blank_or_dot(s[start])) ++start;
        else if (s.compare(start, 3, "\u3000") == 0) start += 3;
        else break;
    }
    s.erase(0, start);
    strip_back();
    return s;
}

std::string ascii_upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// CON, PRN, AUX, NUL, COM1–9, LPT1–9 (Windows also refuses them with any extension).
bool is_reserved(const std::string& name) {
    std::string stem = ascii_upper(name.substr(0, name.find('.')));
    while (!stem.empty() && stem.back() == ' ') stem.pop_back();
    if (stem == "CON" || stem == "PRN" || stem == "AUX" || stem == "NUL") return true;
    return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) &&
           stem[3] >= '1' && stem[3] <= '9';
}

// The byte length of the longest prefix of `s` (valid UTF-8) that fits `max` bytes, ending on a
// character boundary.
size_t utf8_cut(const std::string& s, size_t max) {
    if (s.size() <= max) return s.size();
    size_t n = max;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    return n;
}

// The ".ext" part kept when a name is cut: short, no spaces, not the whole name.
size_t extension_start(const std::string& name) {
    const size_t dot = name.rfind('.');
    if (dot == std::string::npos || dot == 0) return name.size();
    const size_t len = name.size() - dot;
    if (len < 2 || len > kMaxExtensionBytes || name.find(' ', dot) != std::string::npos)
        return name.size();
    return dot;
}

std::string cut_to_limit(const std::string& name) {
    if (name.size() <= kMaxNameBytes) return name;
    const size_t ext_at = extension_start(name);
    const std::string ext = name.substr(ext_at);
    std::string stem = name.substr(0, ext_at);
    stem.resize(utf8_cut(stem, kMaxNameBytes - ext.size()));
    while (!stem.empty() && is_blank_or_dot(stem.back())) stem.pop_back();
    return stem.empty() ? std::string() : stem + ext;
}

}  // namespace

std::string sanitize_file_name(std::string_view name, std::string_view fallback) {
    std::string utf8;
    clean_text(name).toUTF8String(utf8);
    std::string s = cut_to_limit(trim_dots_spaces(last_component(utf8)));
    s = trim_dots_spaces(s);
    if (s.empty()) {
        // The fallback is ours, but keep the promise for any caller's fallback too.
        if (fallback.empty()) return "文件";
        std::string fb = trim_dots_spaces(last_component(std::string(fallback)));
        return fb.empty() ? std::string("文件") : fb;
    }
    if (is_reserved(s)) s = cut_to_limit("_" + s);
    return s;
}

namespace {

// "name (k).ext" for the k-th try (k ≥ 2); the extension as sanitize keeps it.
std::string numbered(std::string_view name, int k) {
    if (k < 2) return std::string(name);
    const std::string n(name);
    const size_t ext_at = extension_start(n);
    return fmt::format("{} ({}){}", n.substr(0, ext_at), k, n.substr(ext_at));
}

// Makes `from` appear as `to` without ever replacing `to`: link(2), or — on filesystems without
// hard links — renameat2(RENAME_NOREPLACE) (which moves `from`). 0 or an errno.
int place_no_replace(const fs::path& from, const fs::path& to) {
    if (::link(from.c_str(), to.c_str()) == 0) return 0;
    const int err = errno;
    if (err != EPERM && err != ENOTSUP && err != EOPNOTSUPP && err != EMLINK) return err;
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
    return errno;
}

[[noreturn]] void fail(const fs::path& dir, int err) {
    throw Fatal(kInput, fmt::format("无法写入收件箱文件夹：{}", std::strerror(err)), dir.string(),
                "请检查该文件夹的权限和剩余空间");
}

void fsync_path(const fs::path& p, int flags) {
    const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Copies `from` into a new hidden temporary in `dir` (registered with cleanup) and fsyncs it.
// Returns the temporary's path; throws Fatal when it cannot be written.
fs::path copy_to_hidden(const fs::path& from, const fs::path& dir) {
    std::string tmpl =
        (dir / fmt::format("{}{}-XXXXXX", kHiddenPrefix, static_cast<long>(::getpid()))).string();
    const int out = ::mkstemp(tmpl.data());
    if (out < 0) fail(dir, errno);
    const fs::path hidden = tmpl;
    cleanup::track(hidden);
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    int err = in < 0 ? errno : 0;
    struct stat st {};
    if (in >= 0 && ::fstat(in, &st) == 0) ::fchmod(out, st.st_mode & 0777);  // not mkstemp's 0600
    std::array<char, 1 << 16> buf{};
    while (err == 0) {
        const ssize_t n = ::read(in, buf.data(), buf.size());
        if (n == 0) break;
        if (n < 0) {
            if (errno != EINTR) err = errno;
            continue;
        }
        for (ssize_t done = 0; done < n && err == 0;) {
            const ssize_t w = ::write(out, buf.data() + done, static_cast<size_t>(n - done));
            if (w < 0 && errno != EINTR) err = errno;
            if (w > 0) done += w;
        }
    }
    if (err == 0 && ::fsync(out) != 0) err = errno;
    if (in >= 0) ::close(in);
    if (::close(out) != 0 && err == 0) err = errno;
    if (err != 0) {
        cleanup::remove(hidden);
        fail(dir, err);
    }
    return hidden;
}

// Links `from` into `dir` under the first free name of name, "name (2)", …; the final path.
fs::path link_first_free(const fs::path& from, const fs::path& dir, std::string_view name) {
    for (int k = 1; k < 100000; ++k) {
        const fs::path to = dir / numbered(name, k);
        const int err = place_no_replace(from, to);
        if (err == 0) return to;
        if (err != EEXIST) fail(dir, err);
    }
    fail(dir, EEXIST);
}

}  // namespace

fs::path add_to_inbox(const fs::path& temp, const fs::path& dir, std::string_view name) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw Fatal(kInput, fmt::format("无法创建收件箱文件夹：{}", ec.message()), dir.string(),
                    "请检查收件箱的权限和剩余空间");
    }
    fs::path source = temp;
    fs::path hidden;
    try {
        struct stat st_temp {}, st_dir {};
        if (::stat(temp.c_str(), &st_temp) != 0) fail(temp, errno);
        if (::stat(dir.c_str(), &st_dir) != 0) fail(dir, errno);
        if (st_temp.st_dev != st_dir.st_dev) source = hidden = copy_to_hidden(temp, dir);
        const fs::path final_path = link_first_free(source, dir, name);
        if (!hidden.empty()) cleanup::remove(hidden);  // a no-op after renameat2 moved it
        fs::remove(temp, ec);
        fsync_path(dir, O_RDONLY | O_DIRECTORY);
        return final_path;
    } catch (...) {
        if (!hidden.empty()) cleanup::remove(hidden);
        fs::remove(temp, ec);
        throw;
    }
}

int clean_intake_leftovers(const fs::path& inbox) {
    int removed = 0;
    std::error_code ec;
    fs::recursive_directory_iterator it(inbox, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(kHiddenPrefix) || !it->is_regular_file(ec) || it->is_symlink(ec))
            continue;
        // ".dossier-intake-<pid>-XXXXXX": a live writer's temporary (another intake running
        // now, e.g. fetch-mail beside serve) is left alone.
        const long pid = std::strtol(name.c_str() + kHiddenPrefix.size(), nullptr, 10);
        if (pid > 0 && (pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 ||
                        errno == EPERM))
            continue;
        std::error_code rm;
        if (fs::remove(it->path(), rm)) ++removed;
    }
    return removed;
}

}  // namespace dossier
