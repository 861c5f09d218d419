#include "cli/run_guarded.h"

#include <new>
#include <stdexcept>

#include "cli/command.h"

namespace claimgraph {

int RunGuarded(const std::function<int()>& run, std::ostream& err) {
  constexpr char kUntouched[] = "; output files were left as they were\n";
  try {
    return run();
  } catch (const std::length_error& e) {
    err << "claimgraph: error: the input is too large for one graph ("
        << e.what() << ")" << kUntouched;
  } catch (const std::bad_alloc&) {
    err << "claimgraph: error: out of memory" << kUntouched;
  }
  return kExitBadInput;
}

}  // namespace claimgraph
