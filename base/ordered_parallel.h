// base/ordered_parallel.h
// Runs independent jobs on a pool of threads and hands their results back in
// input order, keeping only a bounded window of results in memory.
//
// This is what lets `claimgraph build -j N` read and analyze episodes in
// parallel while the graph is built exactly as with -j 1: `produce(i)` runs on
// any worker thread, in any order; `consume(i, result)` runs on the calling
// thread for i = 0, 1, 2, ... in turn, so whatever consume does (adding to a
// graph, printing warnings) happens in the same order at any job count.
//
//   Status s = ParallelInOrder<Result>(
//       files.size(), {.jobs = 4},
//       [&](size_t i) { return ReadAndAnalyze(files[i]); },
//       [&](size_t i, Result&& r) { return graph.Add(std::move(r)); });
//
// Memory: at most `window` results exist at once (produced but not yet
// consumed, or being produced), so a long input is never held whole. A result
// is destroyed right after its consume call returns.
//
// Failure: the first consume that returns an error stops the run: no further
// produce calls start, the ones running finish and their results are dropped
// unconsumed, and that error is returned. produce cannot fail; a result type
// that can carry an error (a Status member) lets consume report it in order.
//
// With jobs <= 1 no thread is started: produce and consume alternate on the
// calling thread.
//
// Thread safety: produce must be safe to call concurrently with itself; consume
// is only ever called from the calling thread, one call at a time.
#ifndef CLAIMGRAPH_BASE_ORDERED_PARALLEL_H_
#define CLAIMGRAPH_BASE_ORDERED_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "base/status.h"

namespace claimgraph {

struct ParallelOptions {
  // Worker threads; 0 means one per core (DefaultJobs()).
  int jobs = 0;
  // Results in flight at most; 0 means 2 * jobs. Raised to jobs when smaller.
  size_t window = 0;
};

// The number of cores, at least 1.
int DefaultJobs();

template <typename Result>
Status ParallelInOrder(size_t count, ParallelOptions options,
                       const std::function<Result(size_t)>& produce,
                       const std::function<Status(size_t, Result&&)>& consume) {
  int jobs = options.jobs > 0 ? options.jobs : DefaultJobs();
  if (jobs <= 1 || count <= 1) {
    for (size_t i = 0; i < count; ++i) {
      Status s = consume(i, produce(i));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }
  if (static_cast<size_t>(jobs) > count) jobs = static_cast<int>(count);
  size_t window = options.window > 0 ? options.window : 2 * static_cast<size_t>(jobs);
  if (window < static_cast<size_t>(jobs)) window = jobs;

  // slots[i % window] holds result i between produce and consume.
  std::vector<std::optional<Result>> slots(window);
  std::mutex mutex;
  std::condition_variable produced;  // a slot was filled
  std::condition_variable consumed;  // the window moved on
  size_t next = 0;       // the next index a worker will take
  size_t done_up_to = 0; // every index below was consumed
  bool stop = false;

  auto work = [&] {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      consumed.wait(lock, [&] {
        return stop || next >= count || next < done_up_to + window;
      });
      if (stop || next >= count) return;
      size_t i = next++;
      lock.unlock();
      Result result = produce(i);
      lock.lock();
      slots[i % window].emplace(std::move(result));
      produced.notify_all();
    }
  };

  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (int t = 0; t < jobs; ++t) workers.emplace_back(work);

  Status status;
  for (size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    {
      std::unique_lock<std::mutex> lock(mutex);
      produced.wait(lock, [&] { return slots[i % window].has_value(); });
      result.emplace(std::move(*slots[i % window]));
      slots[i % window].reset();
    }
    status = consume(i, std::move(*result));
    result.reset();  // release it before the window lets another one in
    {
      std::lock_guard<std::mutex> lock(mutex);
      done_up_to = i + 1;
      if (!status.ok()) stop = true;
    }
    consumed.notify_all();
    if (!status.ok()) break;
  }
  for (std::thread& worker : workers) worker.join();
  return status;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_ORDERED_PARALLEL_H_
