#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>
#include <random>
#include <string>

#include "model/error.hpp"
#include "pipeline/store.hpp"
#include "pipeline/worker_pool.hpp"
#include "common/files.hpp"

namespace fs = std::filesystem;
using namespace dossier;

namespace {
}  // namespace

TEST_CASE("store: stage results are keyed by sha256, stage and version", "[pipeline]") {
    test::Scratch d;
    {
        Store s = Store::open(d.path() / "ws");
        CHECK_FALSE(s.get_stage("abc", "extract/pdf", 1));
        s.put_stage("abc", "extract/pdf", 1, std::string("data\0with nul", 13));
        auto got = s.get_stage("abc", "extract/pdf", 1);
        REQUIRE(got);
        CHECK(*got == std::string("data\0with nul", 13));
        CHECK_FALSE(s.get_stage("abc", "extract/pdf", 2));  // a bumped version misses
        CHECK_FALSE(s.get_stage("abc", "analyse", 1));
        CHECK(s.stats().stage_hits == 1);
        CHECK(s.stats().stage_misses == 3);
        CHECK(s.stats().stage_puts == 1);
    }
    // Persisted across opens.
    Store again = Store::open(d.path() / "ws");
    CHECK(again.get_stage("abc", "extract/pdf", 1));
    CHECK(fs::exists(d.path() / "ws" / "state.db"));
    CHECK(fs::is_directory(d.path() / "ws" / "blobs"));
}

TEST_CASE("store: file stats round-trip with raw-byte sources and null units", "[pipeline]") {
    test::Scratch d;
    Store s = Store::open(d.path() / "ws");
    FileRow r{"财政/\xB2\xC6.pdf",
              "ff00",
              1234,
              1'600'000'000'123'456'789,
              42,
              std::nullopt,
              "pdf",
              "ok",
              ""};
    s.put_file_stat(r);
    auto got = s.get_file_stat(r.source);
    REQUIRE(got);
    CHECK(got->sha256 == "ff00");
    CHECK(got->size == 1234);
    CHECK(got->mtime_ns == 1'600'000'000'123'456'789);
    CHECK(got->inode == 42);
    CHECK_FALSE(got->unit);
    r.unit = "市财政局";
    r.status = "duplicate";
    s.put_file_stat(r);
    got = s.get_file_stat(r.source);
    REQUIRE(got);
    CHECK(got->unit == std::optional<std::string>("市财政局"));
    CHECK(got->status == "duplicate");
    CHECK(s.file_sources() == std::vector<std::string>{r.source});
    s.remove_file_stat(r.source);
    CHECK_FALSE(s.get_file_stat(r.source));
}

TEST_CASE("store: pins persist and can be removed", "[pipeline]") {
    test::Scratch d;
    {
        Store s = Store::open(d.path() / "ws");
        s.set_pin({"bbb", "3.1", "u/b.png", 100});
        s.set_pin({"aaa", "1.2", "u/a.pdf", 0});
        s.set_pin({"bbb", "3.2", "u/b.png", 200});  // replaces
    }
    Store s = Store::open(d.path() / "ws");
    auto all = s.pins();
    REQUIRE(all.size() == 2);
    CHECK(all[0].sha256 == "aaa");
    CHECK(all[0].created > 0);
    CHECK(all[1].indicator == "3.2");
    CHECK(s.get_pin("bbb")->source == "u/b.png");
    CHECK(s.remove_pin("aaa"));
    CHECK_FALSE(s.remove_pin("aaa"));
    CHECK_FALSE(s.get_pin("aaa"));
}

TEST_CASE("store: pins.tsv follows every pin change and refills a fresh database",
          "[pipeline]") {
    test::Scratch d;
    const std::string sha(64, 'a'), other(64, 'b');
    {
        Store s = Store::open(d.path() / "ws");
        s.set_pin({sha, "4.1", std::string("单位/a\tb\\c.txt"), 100});
        s.set_pin({other, "2.3", "单位/x.txt", 200});
        CHECK(s.remove_pin(other));
    }
    fs::remove(d.path() / "ws" / "state.db");  // deleted by hand (or moved aside when damaged)
    Store s = Store::open(d.path() / "ws");
    auto pins = s.pins();
    REQUIRE(pins.size() == 1);
    CHECK(pins[0].sha256 == sha);
    CHECK(pins[0].indicator == "4.1");
    CHECK(pins[0].source == "单位/a\tb\\c.txt");
    CHECK(pins[0].created == 100);
    auto notes = s.take_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("pins.tsv") != std::string::npos);
}

TEST_CASE("store: a damaged database is moved aside and a fresh one created", "[pipeline]") {
    test::Scratch d;
    fs::create_directories(d.path() / "ws");
    test::write(d.path() / "ws" / "state.db", std::string(8192, '\x5a'));  // not a database
    Store s = Store::open(d.path() / "ws");
    s.put_stage("abc", "extract/pdf", 1, "x");
    CHECK(s.get_stage("abc", "extract/pdf", 1));
    auto notes = s.take_notes();
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].find("工作区数据库已损坏") != std::string::npos);
    int aside = 0;
    for (const auto& e : fs::directory_iterator(d.path() / "ws"))
        aside += e.path().filename().string().starts_with("state.db.corrupt-");
    CHECK(aside == 1);
}

TEST_CASE("store: a transaction not committed leaves nothing behind", "[pipeline]") {
    test::Scratch d;
    Store s = Store::open(d.path() / "ws");
    {
        Store::Transaction tx(s);
        s.put_stage("x", "st", 1, "v");
    }
    CHECK_FALSE(s.get_stage("x", "st", 1));
    {
        Store::Transaction tx(s);
        s.put_stage("x", "st", 1, "v");
        tx.commit();
    }
    CHECK(s.get_stage("x", "st", 1));
}

TEST_CASE("store: refuses a workspace inside the inbox with exit 3", "[pipeline]") {
    test::Scratch d;
    fs::create_directories(d.path() / "inbox" / "u");
    try {
        Store::open(d.path() / "inbox" / ".dossier", d.path() / "inbox");
        FAIL("no Fatal thrown");
    } catch (const Fatal& e) {
        CHECK(e.code == kInput);  // design.md §4: exit 3, not a usage error
    }
    CHECK_FALSE(fs::exists(d.path() / "inbox" / ".dossier"));
    CHECK_THROWS_AS(Store::open(d.path() / "inbox", d.path() / "inbox"), Fatal);
    CHECK(path_is_within(d.path() / "inbox" / "u" / ".." / "x", d.path() / "inbox"));
    CHECK_FALSE(path_is_within(d.path() / "inbox2", d.path() / "inbox"));
    CHECK_NOTHROW(Store::open(d.path() / "ws", d.path() / "inbox"));
}

TEST_CASE("worker_pool: results come back in index order whatever the jobs count", "[pipeline]") {
    for (int jobs : {1, 2, 4}) {
        std::vector<size_t> order;
        for_each_ordered<int, size_t>(
            50, jobs, [] { return 0; },
            [](size_t i, int& calls) {
                ++calls;  // per-thread state: never shared
                volatile size_t spin = (50 - i) * 1000;
                while (spin) spin = spin - 1;
                return i * i;
            },
            [&](size_t i, size_t&& r) {
                CHECK(r == i * i);
                order.push_back(i);
            });
        REQUIRE(order.size() == 50);
        CHECK(std::is_sorted(order.begin(), order.end()));
    }
    auto squares = parallel_map<int>(10, 3, [](size_t i) { return static_cast<int>(i) * 2; });
    CHECK(squares == std::vector<int>{0, 2, 4, 6, 8, 10, 12, 14, 16, 18});
}

TEST_CASE("worker_pool: a failing task stops the run and rethrows", "[pipeline]") {
    int consumed = 0;
    CHECK_THROWS_WITH((for_each_ordered<int, int>(
                          100, 2, [] { return 0; },
                          [](size_t i, int&) -> int {
                              if (i == 7) throw std::runtime_error("boom");
                              return 1;
                          },
                          [&](size_t, int&&) { ++consumed; })),
                      "boom");
    CHECK(consumed <= 7);
}

TEST_CASE("worker_pool: items that do not fit the memory budget together run one at a time",
          "[pipeline]") {
    MemoryBudget budget(1000);
    std::atomic<uint64_t> held{0}, most{0};
    // Items 600 each (two never fit together), 100 each, and one over the whole budget.
    const std::vector<uint64_t> need{600, 600, 100, 100, 600, 5000, 100, 600};
    for_each_ordered<int, int>(
        need.size(), 4, [] { return 0; },
        [&](size_t i, int&) {
            MemoryBudget::Reservation r = budget.reserve(need[i]);
            const uint64_t now = held += std::min<uint64_t>(need[i], 1000);
            uint64_t m = most.load();
            while (now > m && !most.compare_exchange_weak(m, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            held -= std::min<uint64_t>(need[i], 1000);
            return 0;
        },
        [](size_t, int&&) {});
    CHECK(most.load() <= 1000);
    CHECK(budget.peak() <= 1000);
}
