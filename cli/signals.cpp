#include "cli/signals.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <thread>

#include "model/cleanup.hpp"

namespace dossier {

namespace {

int g_pipe[2] = {-1, -1};           // [0] read by the watcher thread, [1] written by the handler
std::atomic<bool> g_ending{false};  // the watcher is cleaning up: the signal ends the process

// The main thread must not leave through exit() while the watcher cleans up (its exit status
// would hide the signal, and the cleanup could be cut short): it waits for the signal instead.
extern "C" void wait_if_ending() {
    while (g_ending) ::pause();
}

extern "C" void on_ending_signal(int sig) {
    const int saved = errno;
    const auto byte = static_cast<unsigned char>(sig);
    [[maybe_unused]] ssize_t n = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

// The signal that parks every other thread while the watcher removes the temporaries.
int park_signal() {
    return SIGRTMIN + 2;
}

extern "C" void on_park(int) {
    for (;;) ::pause();  // until the re-raised signal ends the process
}

// Sends the park signal to every thread of the process but this one: read twice, for a thread
// started meanwhile. System calls only (the allocator may be locked by a thread being parked).
void park_other_threads() {
    const pid_t self = static_cast<pid_t>(::syscall(SYS_gettid));
    const pid_t pid = ::getpid();
    for (int round = 0; round < 2; ++round) {
        const int fd = ::open("/proc/self/task", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0) return;
        alignas(8) char buf[8192];
        for (long n; (n = ::syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0;) {
            for (long off = 0; off < n;) {
                // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                const char* d = buf + off;
                unsigned short reclen = 0;
                std::memcpy(&reclen, d + 16, sizeof reclen);
                off += reclen;
                const char* name = d + 19;
                if (name[0] < '0' || name[0] > '9') continue;
                const auto tid = static_cast<pid_t>(std::strtol(name, nullptr, 10));
                if (tid != self) ::syscall(SYS_tgkill, pid, tid, park_signal());
            }
        }
        ::close(fd);
    }
}

// Waits for the first signal, cleans up, then lets the signal end the process.
void watch_for_signals() {
    unsigned char sig = 0;
    for (;;) {
        const ssize_t n = ::read(g_pipe[0], &sig, 1);
        if (n == 1) break;
        if (n < 0 && errno == EINTR) continue;
        return;  // the pipe is gone: nothing more to watch
    }
    g_ending = true;
    cleanup::remove_tracked_and_hold(park_other_threads);
    ::signal(sig, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    ::pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
    ::raise(sig);
    ::_exit(128 + sig);  // only if the signal did not end the process
}

}  // namespace

void install_signal_cleanup() {
    if (g_pipe[0] >= 0 || ::pipe2(g_pipe, O_CLOEXEC) != 0) return;
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction old {};
        if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
        struct sigaction sa {};
        sa.sa_handler = on_ending_signal;
        sa.sa_flags = SA_RESTART;
        sigemptyset(&sa.sa_mask);
        ::sigaction(sig, &sa, nullptr);
    }
    struct sigaction park {};
    park.sa_handler = on_park;
    sigfillset(&park.sa_mask);
    ::sigaction(park_signal(), &park, nullptr);
    std::atexit(wait_if_ending);
    std::thread(watch_for_signals).detach();
}

}  // namespace dossier
