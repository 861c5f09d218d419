#include "base/ordered_parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimgraph {
namespace {

// Later indexes finish first, so results arrive out of order.
int SlowForEarlyIndexes(size_t i, size_t count) {
  std::this_thread::sleep_for(std::chrono::microseconds(50 * (count - i)));
  return static_cast<int>(i) * 10;
}

TEST(ParallelInOrderTest, ConsumesInInputOrderWhenProducedOutOfOrder) {
  const size_t count = 40;
  std::vector<int> seen;
  Status s = ParallelInOrder<int>(
      count, {.jobs = 4},
      [&](size_t i) { return SlowForEarlyIndexes(i, count); },
      [&](size_t i, int&& value) {
        EXPECT_EQ(i, seen.size());
        seen.push_back(value);
        return Status::Ok();
      });
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(seen.size(), count);
  for (size_t i = 0; i < count; ++i) EXPECT_EQ(seen[i], static_cast<int>(i) * 10);
}

TEST(ParallelInOrderTest, NeverHoldsMoreThanTheWindow) {
  std::atomic<int> alive{0};
  std::atomic<int> most{0};
  struct Counted {
    std::atomic<int>* alive;
    explicit Counted(std::atomic<int>* a) : alive(a) {}
    Counted(Counted&& other) noexcept : alive(other.alive) { other.alive = nullptr; }
    ~Counted() { if (alive) --*alive; }
  };
  Status s = ParallelInOrder<Counted>(
      200, {.jobs = 3, .window = 5},
      [&](size_t) {
        int now = ++alive;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {}
        std::this_thread::sleep_for(std::chrono::microseconds(20));
        return Counted(&alive);
      },
      [&](size_t, Counted&&) { return Status::Ok(); });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(alive.load(), 0);
  EXPECT_LE(most.load(), 5);
}

TEST(ParallelInOrderTest, DestroysResultsOnTheThreadThatMadeThem) {
  std::atomic<int> elsewhere{0};
  struct Made {
    std::thread::id maker = std::this_thread::get_id();
    std::atomic<int>* elsewhere;
    explicit Made(std::atomic<int>* e) : elsewhere(e) {}
    Made(Made&& other) noexcept : maker(other.maker), elsewhere(other.elsewhere) {
      other.elsewhere = nullptr;
    }
    ~Made() {
      if (elsewhere && std::this_thread::get_id() != maker) ++*elsewhere;
    }
  };
  const size_t window = 4;
  Status s = ParallelInOrder<Made>(
      100, {.jobs = 2, .window = window},
      [&](size_t) { return Made(&elsewhere); },
      [&](size_t, Made&&) { return Status::Ok(); });
  ASSERT_TRUE(s.ok());
  // Only results consumed after their maker's last job may be left over.
  EXPECT_LE(elsewhere.load(), static_cast<int>(window));
}

TEST(ParallelInOrderTest, FirstConsumeErrorStopsTheRun) {
  std::atomic<size_t> produced{0};
  std::vector<size_t> consumed;
  Status s = ParallelInOrder<size_t>(
      1000, {.jobs = 2, .window = 4},
      [&](size_t i) { ++produced; return i; },
      [&](size_t i, size_t&&) {
        consumed.push_back(i);
        return i == 7 ? Status::Error("ep7.txt", 3, "bad turn") : Status::Ok();
      });
  EXPECT_EQ(s.ToString(), "ep7.txt:3: error: bad turn");
  EXPECT_EQ(consumed.size(), 8u);
  EXPECT_LE(produced.load(), 12u);  // at most a window past the failure
}

TEST(ParallelInOrderTest, AnExceptionFromProduceReachesTheCaller) {
  std::vector<size_t> consumed;
  EXPECT_THROW(ParallelInOrder<size_t>(
                   1000, {.jobs = 2, .window = 4},
                   [&](size_t i) {
                     if (i == 9) throw std::length_error("table full");
                     return i;
                   },
                   [&](size_t i, size_t&&) {
                     consumed.push_back(i);
                     return Status::Ok();
                   }),
               std::length_error);
  EXPECT_LE(consumed.size(), 9u);  // never the failed one or any after it
}

TEST(ParallelInOrderTest, AnExceptionFromConsumeStopsTheRunAndReachesTheCaller) {
  std::atomic<size_t> produced{0};
  std::vector<size_t> consumed;
  EXPECT_THROW(ParallelInOrder<size_t>(
                   1000, {.jobs = 2, .window = 4},
                   [&](size_t i) { ++produced; return i; },
                   [&](size_t i, size_t&&) {
                     consumed.push_back(i);
                     if (i == 7) throw std::bad_alloc();
                     return Status::Ok();
                   }),
               std::bad_alloc);
  EXPECT_EQ(consumed.size(), 8u);
  EXPECT_LE(produced.load(), 12u);  // at most a window past the failure
}

TEST(ParallelInOrderTest, OneJobRunsOnTheCallingThread) {
  std::thread::id caller = std::this_thread::get_id();
  size_t calls = 0;
  Status s = ParallelInOrder<int>(
      5, {.jobs = 1},
      [&](size_t) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        ++calls;
        return 0;
      },
      [&](size_t, int&&) { return Status::Ok(); });
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(calls, 5u);
}

TEST(ParallelInOrderTest, DefaultJobsIsAtLeastOne) { EXPECT_GE(DefaultJobs(), 1); }

}  // namespace
}  // namespace claimgraph
