#include "model/clock.hpp"

#include <time.h>

#include <thread>

namespace dossier {

namespace {

class SystemClock final : public Clock {
  public:
    int64_t now_ns() override {
        struct timespec t {};
        ::clock_gettime(CLOCK_REALTIME, &t);
        return static_cast<int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }
    void sleep_for(std::chrono::nanoseconds d) override { std::this_thread::sleep_for(d); }
};

}  // namespace

Clock& Clock::system() {
    static SystemClock clock;
    return clock;
}

}  // namespace dossier
