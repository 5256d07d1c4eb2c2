// A small worker pool for the per-file stages (`--jobs N`). Work items are indices 0..n-1; each
// worker thread builds its own state once (the extract stage gives each thread its own OCR engine)
// and results are handed to the caller's thread in index order — never completion order — so the
// output does not depend on --jobs, and the single thread that owns the Store does all writes.
//
// Threading: `work` runs on the pool threads and must only touch its own state and item; `consume`
// runs on the calling thread. An exception thrown by `work` or `consume` stops the run (no new
// items are started) and is rethrown to the caller after every thread has been joined.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dossier {

// The number of worker threads for `requested` (<= 0 means one per core, at least 1).
int resolve_jobs(int requested);

// Runs work(i, state) for every i in [0, n) on `jobs` threads; state = make_state() once per
// thread, on that thread. consume(i, result) is called on the calling thread for i = 0, 1, 2, ...
// as soon as result i (and all before it) are ready. With jobs == 1 everything runs on the
// calling thread.
template <class State, class Result>
void for_each_ordered(size_t n, int jobs, const std::function<State()>& make_state,
                      const std::function<Result(size_t, State&)>& work,
                      const std::function<void(size_t, Result&&)>& consume) {
    jobs = resolve_jobs(jobs);
    if (n == 0) return;
    if (jobs == 1 || n == 1) {
        State state = make_state();
        for (size_t i = 0; i < n; ++i) consume(i, work(i, state));
        return;
    }
    std::vector<std::optional<Result>> results(n);
    std::mutex mu;
    std::condition_variable ready;
    std::atomic<size_t> next{0};
    std::atomic<bool> stop{false};
    std::exception_ptr error;

    auto worker = [&] {
        try {
            State state = make_state();
            for (;;) {
                if (stop.load()) return;
                size_t i = next.fetch_add(1);
                if (i >= n) return;
                Result r = work(i, state);
                std::lock_guard<std::mutex> lock(mu);
                results[i].emplace(std::move(r));
                ready.notify_all();
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mu);
            if (!error) error = std::current_exception();
            stop = true;
            ready.notify_all();
        }
    };
    std::vector<std::thread> threads;
    size_t count = std::min<size_t>(static_cast<size_t>(jobs), n);
    threads.reserve(count);
    for (size_t t = 0; t < count; ++t) threads.emplace_back(worker);

    try {
        for (size_t i = 0; i < n; ++i) {
            std::optional<Result> r;
            {
                std::unique_lock<std::mutex> lock(mu);
                ready.wait(lock, [&] { return results[i].has_value() || error; });
                if (error) break;
                r.emplace(std::move(*results[i]));
                results[i].reset();
            }
            consume(i, std::move(*r));
        }
    } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!error) error = std::current_exception();
        stop = true;
    }
    stop = true;
    for (auto& t : threads) t.join();
    if (error) std::rethrow_exception(error);
}

// Memory shared by the pool's workers (design.md §5: peak RSS < 1.5 GB whatever the inbox
// holds; with --jobs N, N heavy files at once multiplied the peak). A worker reserves the
// estimated peak of its item before starting it and gives it back when the item is done; an item
// that does not fit waits until running ones finish, so big items run one after another while
// small ones still run side by side. A reservation over the whole budget takes the whole budget:
// it runs alone, never waits forever. Thread-safe.
class MemoryBudget {
  public:
    explicit MemoryBudget(uint64_t total) : total_(std::max<uint64_t>(total, 1)) {}
    MemoryBudget(const MemoryBudget&) = delete;
    MemoryBudget& operator=(const MemoryBudget&) = delete;

    // Held for the duration of one item; gives its bytes back when destroyed.
    class Reservation {
      public:
        Reservation(Reservation&& o) noexcept : budget_(o.budget_), bytes_(o.bytes_) {
            o.budget_ = nullptr;
        }
        Reservation& operator=(Reservation&&) = delete;
        ~Reservation() {
            if (budget_) budget_->release(bytes_);
        }

      private:
        friend class MemoryBudget;
        Reservation(MemoryBudget* b, uint64_t bytes) : budget_(b), bytes_(bytes) {}
        MemoryBudget* budget_;
        uint64_t bytes_;
    };

    // Blocks until `bytes` (at most the total) fit beside what is reserved, then takes them.
    Reservation reserve(uint64_t bytes) {
        bytes = std::min(bytes, total_);
        std::unique_lock<std::mutex> lock(mu_);
        freed_.wait(lock, [&] { return used_ + bytes <= total_; });
        used_ += bytes;
        peak_ = std::max(peak_, used_);
        return Reservation(this, bytes);
    }

    uint64_t total() const { return total_; }
    // The most ever reserved at once (for tests and the stats).
    uint64_t peak() const {
        std::lock_guard<std::mutex> lock(mu_);
        return peak_;
    }

  private:
    void release(uint64_t bytes) {
        {
            std::lock_guard<std::mutex> lock(mu_);
            used_ -= bytes;
        }
        freed_.notify_all();
    }

    const uint64_t total_;
    mutable std::mutex mu_;
    std::condition_variable freed_;
    uint64_t used_ = 0, peak_ = 0;
};

// The same without per-thread state, collecting every result in index order.
template <class Result>
std::vector<Result> parallel_map(size_t n, int jobs, const std::function<Result(size_t)>& work) {
    std::vector<Result> out;
    out.reserve(n);
    struct Empty {};
    for_each_ordered<Empty, Result>(
        n, jobs, [] { return Empty{}; }, [&](size_t i, Empty&) { return work(i); },
        [&](size_t, Result&& r) { out.push_back(std::move(r)); });
    return out;
}

}  // namespace dossier
