// Ending on SIGTERM, SIGINT or SIGHUP without leaving temporaries behind (a verify's scratch
// folder, a blob or a package part being written; see model/cleanup).
//
// The handler only writes the signal's number to a pipe (async-signal-safe); a watcher thread
// reads it, removes every registered temporary, restores the default action and raises the
// signal again, so the process still ends by that signal (exit status 128+N in a shell). A signal
// that was ignored when the program started (nohup) stays ignored. `watch` later sets its own
// SIGINT/SIGTERM handler that stops between builds; its temporaries go with their scopes.
#pragma once

namespace dossier {

// Call once, early, before any thread starts (the handlers are process-wide).
void install_signal_cleanup();

}  // namespace dossier
