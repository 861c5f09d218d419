#include "base/allocator_tuning.h"

#include <malloc.h>

namespace claimgraph {

bool TuneAllocatorForBatchWork() {
  // Setting either threshold turns off glibc's adapting of both, so both are
  // set.
  bool trim = mallopt(M_TRIM_THRESHOLD, static_cast<int>(kKeptFreeBytes)) == 1;
  bool mmap = mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMappedBlockBytes)) == 1;
  return trim && mmap;
}

}  // namespace claimgraph
