// base/allocator_tuning.h
// Settings of glibc's allocator for a process that reads one episode after
// another, each allocating and freeing tens of megabytes.
//
// With glibc's defaults, memory freed at the top of the heap goes back to the
// kernel (past 128 KiB, a threshold that only adapts to blocks under 32 MiB)
// and large blocks are mapped afresh, so every episode pays again for `brk`,
// `munmap` and a page fault and zeroing per page it touches: a third of the
// time of `claimgraph build` on 1,000 episodes went to the kernel that way
// (BENCHMARKS.md). Keeping freed memory for reuse costs no peak memory,
// since what is kept was in use before.
#ifndef CLAIMGRAPH_BASE_ALLOCATOR_TUNING_H_
#define CLAIMGRAPH_BASE_ALLOCATOR_TUNING_H_

namespace claimgraph {

// Keeps up to kKeptFreeBytes of freed memory at the top of each heap instead
// of trimming it, and serves blocks up to kMappedBlockBytes from the heap
// instead of mapping each one. Call once at start-up, before threads start.
// Returns false when the allocator refused a setting (one other than glibc's,
// as under AddressSanitizer): the process then runs with its defaults.
bool TuneAllocatorForBatchWork();

inline constexpr long kKeptFreeBytes = 256L << 20;
inline constexpr long kMappedBlockBytes = 32L << 20;  // glibc's maximum

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_ALLOCATOR_TUNING_H_
