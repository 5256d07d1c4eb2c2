#include "pipeline/inotify.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include "model/error.hpp"

namespace dossier {

Inotify::Inotify() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) throw Fatal(kInput, "无法监视文件夹（inotify 不可用）");
}

Inotify::~Inotify() {
    ::close(fd_);
}

void Inotify::add_tree(const std::filesystem::path& dir) {
    add(dir);
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(
             dir, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_directory(ec) && !it->is_symlink(ec)) add(it->path());
    }
}

bool Inotify::drain() {
    bool any = false;
    alignas(inotify_event) char buf[64 * 1024];
    for (;;) {
        ssize_t n = ::read(fd_, buf, sizeof buf);
        if (n <= 0) break;
        for (char* p = buf; p < buf + n;) {
            auto* ev = reinterpret_cast<inotify_event*>(p);
            any = true;
            if ((ev->mask & IN_ISDIR) && (ev->mask & (IN_CREATE | IN_MOVED_TO)) && ev->len) {
                auto it = dirs_.find(ev->wd);
                if (it != dirs_.end()) add_tree(it->second / ev->name);
            }
            if (ev->mask & IN_IGNORED) dirs_.erase(ev->wd);
            p += sizeof(inotify_event) + ev->len;
        }
    }
    return any;
}

bool Inotify::wait(int timeout_ms) {
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, timeout_ms) > 0 && drain();
}

void Inotify::add(const std::filesystem::path& dir) {
    for (const auto& [wd, d] : dirs_)
        if (d == dir) return;
    int wd = ::inotify_add_watch(fd_, dir.c_str(),
                                 IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                     IN_MOVED_TO | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF |
                                     IN_ONLYDIR);
    if (wd >= 0) dirs_[wd] = dir;
}

}  // namespace dossier
