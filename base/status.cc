#include "base/status.h"

namespace claimgraph {

std::string Diagnostic::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      out += ':' + std::to_string(line);
      if (column > 0) out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += severity == Severity::kError ? "error: " : "warning: ";
  out += message;
  return out;
}

Status Status::Error(std::string file, int line, std::string message,
                     int column) {
  Status s;
  s.ok_ = false;
  s.diagnostic_ = Diagnostic{Severity::kError, std::move(file), line, column,
                             std::move(message)};
  return s;
}

}  // namespace claimgraph
