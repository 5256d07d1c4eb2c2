// Temporaries that must not outlive the process when a signal ends it (SIGTERM, SIGINT, SIGHUP):
// a verify's scratch folder, a blob being written, a package part. Their owners register what
// they create and forget it once it is removed or renamed into place; the CLI's signal watcher
// (cli/signals) removes whatever is still registered, then lets the signal end the process.
//
// A signal ends the whole process, so this is the one process-wide registry (the exception to
// "no globals"). Thread-safe. Paths may be files or folders; a path registered twice (two owners
// in turn) stays until forgotten twice.
#pragma once

#include <filesystem>
#include <string>

namespace dossier::cleanup {

// Registers `path` (before or just after creating it; a path that does not exist is fine).
void track(const std::filesystem::path& path);

// Forgets `path` without touching it: its owner removed it or renamed it into place.
void forget(const std::filesystem::path& path);

// Removes `path` with everything in it (folders left without permissions included) and forgets
// it, in one step with respect to remove_tracked_and_hold().
void remove(const std::filesystem::path& path);

// Creates a private folder `<system temp dir>/<prefix>-XXXXXX` (mkdtemp) and registers it in one
// step; an empty path when it could not be created.
std::filesystem::path make_temp_dir(const std::string& prefix);

// Registers a child's process group (a LibreOffice conversion) to be killed before the paths are
// removed; forget it once the child has been reaped.
void track_process_group(int pgid);
void forget_process_group(int pgid);

// Takes the registry for good (every call above blocks from now on: the process is about to
// end), runs `quiesce` (which stops the other threads, so none makes a folder again inside a
// temporary), kills the registered process groups, then removes every registered path with
// system calls only (no allocation: a
// stopped thread may hold the allocator's locks). Called once, by the signal watcher thread;
// never from a signal handler.
void remove_tracked_and_hold(void (*quiesce)());

}  // namespace dossier::cleanup
