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
// Memory: at most `window` results exist at once (being produced, waiting for
// consume, or consumed and waiting to be destroyed), so a long input is never
// held whole. A consumed result is destroyed by the worker that produced it,
// before that worker starts another (the last few by the calling thread).
//
// Failure: the first consume that returns an error stops the run: no further
// produce calls start, the ones running finish and their results are dropped
// unconsumed, and that error is returned. produce cannot fail; a result type
// that can carry an error (a Status member) lets consume report it in order.
// An exception thrown by produce or consume (a full table, memory running
// out) stops the run the same way and is rethrown on the calling thread once
// every worker has finished: it never escapes a thread, which would abort.
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
#include <exception>
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

  // slots[i % window] holds result i between produce and consume, with the
  // worker that made it. A slot is free again once result i is destroyed:
  // until then it counts in `alive`, which never exceeds the window.
  struct Slot {
    std::optional<Result> result;
    int maker = 0;
  };
  std::vector<Slot> slots(window);
  // Consumed results wait here for the worker that made them: freeing memory
  // on the thread that allocated it keeps glibc's arenas uncontended (a free
  // from another thread takes the owning arena's lock, which the maker is
  // busy taking for its next episode).
  std::vector<std::vector<Result>> to_release(jobs);
  std::mutex mutex;
  std::condition_variable produced;  // a slot was filled
  std::condition_variable consumed;  // a result was consumed or released
  size_t next = 0;   // the next index a worker will take
  size_t alive = 0;  // taken and not yet destroyed
  bool stop = false;
  std::exception_ptr failure;  // the first exception produce or consume threw

  auto work = [&](int me) {
    std::unique_lock<std::mutex> lock(mutex);
    while (true) {
      consumed.wait(lock, [&] {
        return !to_release[me].empty() || stop || next >= count || alive < window;
      });
      if (!to_release[me].empty()) {
        std::vector<Result> done;
        done.swap(to_release[me]);
        lock.unlock();
        size_t released = done.size();
        done.clear();
        lock.lock();
        alive -= released;
        consumed.notify_all();
        continue;
      }
      if (stop || next >= count) return;
      size_t i = next++;
      ++alive;
      lock.unlock();
      std::optional<Result> result;
      try {
        result.emplace(produce(i));
      } catch (...) {
        lock.lock();
        if (!failure) failure = std::current_exception();
        stop = true;
        produced.notify_all();
        consumed.notify_all();
        return;
      }
      lock.lock();
      Slot& slot = slots[i % window];
      slot.result.emplace(std::move(*result));
      slot.maker = me;
      produced.notify_all();
    }
  };

  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (int t = 0; t < jobs; ++t) workers.emplace_back(work, t);

  Status status;
  for (size_t i = 0; i < count; ++i) {
    std::optional<Result> result;
    int maker;
    {
      std::unique_lock<std::mutex> lock(mutex);
      Slot& slot = slots[i % window];
      produced.wait(lock, [&] { return slot.result.has_value() || failure; });
      if (!slot.result.has_value()) break;  // its worker threw
      result.emplace(std::move(*slot.result));
      slot.result.reset();
      maker = slot.maker;
    }
    std::exception_ptr thrown;
    try {
      status = consume(i, std::move(*result));
    } catch (...) {
      thrown = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(mutex);
      to_release[maker].push_back(std::move(*result));
      if (thrown && !failure) failure = thrown;
      if (!status.ok() || thrown) stop = true;
    }
    result.reset();
    consumed.notify_all();
    if (!status.ok() || thrown) break;
  }
  for (std::thread& worker : workers) worker.join();
  // What the workers had no turn to release after their last job.
  to_release.clear();
  if (failure) std::rethrow_exception(failure);
  return status;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_ORDERED_PARALLEL_H_
