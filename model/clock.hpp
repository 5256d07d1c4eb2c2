// The wall clock that waits are measured and slept on, behind a tiny interface (ninja keeps disk
// access behind DiskInterface for the same reason): tests inject a clock that advances without
// sleeping and can change files "during" the wait, so nothing in a unit test sleeps.
#pragma once

#include <chrono>
#include <cstdint>

namespace dossier {

class Clock {
  public:
    virtual ~Clock() = default;
    // Nanoseconds since the Unix epoch on the clock file times use (CLOCK_REALTIME), so that the
    // result can be compared with a file's mtime and ctime.
    virtual int64_t now_ns() = 0;
    // Returns once `d` has passed on this clock.
    virtual void sleep_for(std::chrono::nanoseconds d) = 0;

    // The real clock: clock_gettime(CLOCK_REALTIME) and std::this_thread::sleep_for. One shared
    // instance, stateless, thread-safe.
    static Clock& system();
};

}  // namespace dossier
