#include <iostream>

#include "cli/command.h"

namespace claimgraph {

void PrintDiagnostic(const Diagnostic& diagnostic) {
  std::cerr << diagnostic.ToString() << "\n";
}

void StderrSink::Report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::kWarning) ++warnings_;
  if (!quiet_) PrintDiagnostic(diagnostic);
}

}  // namespace claimgraph
