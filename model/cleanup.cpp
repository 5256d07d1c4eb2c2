#include "model/cleanup.hpp"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include <mutex>
#include <set>

namespace dossier::cleanup {

namespace fs = std::filesystem;

namespace {

// What getdents64 returns (the kernel's struct; glibc declares it only for its own use).
struct linux_dirent64 {
    uint64_t d_ino;
    int64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[256];
};

struct Registry {
    std::mutex mutex;
    std::multiset<std::string> paths;
    std::multiset<int> groups;  // process groups of children
};

// Never destroyed: the signal watcher may use it while static destructors run at exit.
Registry& registry() {
    static Registry* r = new Registry;
    return *r;
}

// Gives the owner every permission on `dir` and the folders below it, so that remove_all can
// enter and empty them (a test, or an archive's entry modes, may have taken them away).
void make_traversable(const fs::path& dir) {
    std::error_code ec;
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::add, ec);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec)) make_traversable(it->path());
}

// Removes `path`; a second and third try cover folders without permissions and a file that
// another thread created inside a folder while it was being emptied.
void remove_path(const fs::path& path) {
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::error_code ec;
        fs::remove_all(path, ec);
        if (!ec) return;
        if (fs::is_directory(fs::symlink_status(path, ec))) make_traversable(path);
    }
}

// remove_tree for the signal path: system calls only, no allocation (the other threads may have
// been stopped holding the allocator's locks). Removes `name` (relative to `dirfd`) and, for a
// folder, everything in it, giving the owner the permissions it needs on the way.
void remove_tree(int dirfd, const char* name) {
    if (::unlinkat(dirfd, name, 0) == 0 || errno == ENOENT) return;
    ::fchmodat(dirfd, name, 0700, 0);
    const int fd = ::openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return;
    alignas(8) char buf[8192];
    // Entries are unlinked while the folder is read: read it again from the start until a pass
    // finds nothing to remove.
    for (bool removed = true; removed;) {
        removed = false;
        ::lseek(fd, 0, SEEK_SET);
        for (long n; (n = ::syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0;) {
            for (long off = 0; off < n;) {
                const auto* d = reinterpret_cast<const linux_dirent64*>(buf + off);
                off += d->d_reclen;
                if (std::strcmp(d->d_name, ".") == 0 || std::strcmp(d->d_name, "..") == 0) continue;
                remove_tree(fd, d->d_name);
                removed = true;
            }
        }
    }
    ::close(fd);
    ::unlinkat(dirfd, name, AT_REMOVEDIR);
}

}  // namespace

void track(const fs::path& path) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.paths.insert(path.string());
}

void forget(const fs::path& path) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (auto it = r.paths.find(path.string()); it != r.paths.end()) r.paths.erase(it);
}

void remove(const fs::path& path) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    remove_path(path);
    if (auto it = r.paths.find(path.string()); it != r.paths.end()) r.paths.erase(it);
}

fs::path make_temp_dir(const std::string& prefix) {
    std::error_code ec;
    const fs::path base = fs::temp_directory_path(ec);
    if (ec) return {};
    std::string tmpl = (base / (prefix + "-XXXXXX")).string();
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (!::mkdtemp(tmpl.data())) return {};
    r.paths.insert(tmpl);
    return tmpl;
}

void track_process_group(int pgid) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.groups.insert(pgid);
}

void forget_process_group(int pgid) {
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (auto it = r.groups.find(pgid); it != r.groups.end()) r.groups.erase(it);
}

void remove_tracked_and_hold(void (*quiesce)()) {
    Registry& r = registry();
    r.mutex.lock();  // never unlocked: nothing new may be created or registered now
    if (quiesce) quiesce();
    for (int pgid : r.groups) ::kill(-pgid, SIGKILL);
    for (const auto& p : r.paths) remove_tree(AT_FDCWD, p.c_str());
}

}  // namespace dossier::cleanup
