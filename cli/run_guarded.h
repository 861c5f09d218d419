// cli/run_guarded.h
// Runs a command so that hitting a limit ends in a message, not an abort.
#ifndef CLAIMGRAPH_CLI_RUN_GUARDED_H_
#define CLAIMGRAPH_CLI_RUN_GUARDED_H_

#include <functional>
#include <ostream>

namespace claimgraph {

// Returns `run()`. When it throws std::length_error (a graph table can
// number no more) or std::bad_alloc, prints "claimgraph: error: ..." on
// `err` and returns kExitBadInput. Catching here unwinds the stack, so
// every output's temporary file is removed and the user's files are left as
// they were; an exception out of main would abort without unwinding.
int RunGuarded(const std::function<int()>& run, std::ostream& err);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_RUN_GUARDED_H_
