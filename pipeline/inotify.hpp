// Watching a folder tree for changes with inotify: `watch` and the portal's builder (server/)
// both rebuild when the inbox changes. Every folder below the root is watched, new folders are
// added as they appear. Linux only.
//
// Errors: the constructor throws Fatal(kInput) when inotify is unavailable. Not thread-safe: one
// owner thread.
#pragma once

#include <filesystem>
#include <map>

namespace dossier {

class Inotify {
  public:
    Inotify();
    ~Inotify();
    Inotify(const Inotify&) = delete;
    Inotify& operator=(const Inotify&) = delete;
    // Non-blocking; poll() it for POLLIN.
    int fd() const { return fd_; }

    // Watches dir and every folder below it (already watched ones are skipped).
    void add_tree(const std::filesystem::path& dir);

    // Drains pending events; returns true when anything happened, adding watches for new folders.
    bool drain();

    // Waits up to `timeout_ms` for events, then drains them; true when anything happened.
    bool wait(int timeout_ms);

  private:
    void add(const std::filesystem::path& dir);
    int fd_;
    std::map<int, std::filesystem::path> dirs_;
};

}  // namespace dossier
