#include "base/ordered_parallel.h"

namespace claimgraph {

int DefaultJobs() {
  // hardware_concurrency may say 0 when it cannot tell.
  unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

}  // namespace claimgraph
