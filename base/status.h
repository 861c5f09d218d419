// base/status.h
// Errors and warnings that point into the user's files.
//
// claimgraph never throws across a module boundary. A stage that can fail
// returns a Status; a stage that can go on past damaged input reports each
// problem to a DiagnosticSink and keeps reading (as LevelDB's reporter does).
//
//   Status s = ReadTranscript(path, options, &episode, &sink);
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 1; }
//
// Messages use the form editors jump to: "file:line:column: error: text".
// Lines and columns start at 1; 0 means "not known" and is left out.
//
// Thread safety: Status is a value type. DiagnosticSink implementations say
// their own; CollectingSink is not thread-safe.
#ifndef CLAIMGRAPH_BASE_STATUS_H_
#define CLAIMGRAPH_BASE_STATUS_H_

#include <string>
#include <utility>
#include <vector>

namespace claimgraph {

enum class Severity { kWarning, kError };

// One problem found in the input, with its position in the original file.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string file;  // As the user named it; may be empty.
  int line = 0;      // 1-based; 0 when the problem has no line.
  int column = 0;    // 1-based; 0 when unknown.
  std::string message;

  // "file:line:column: error: message", leaving out what is unknown.
  std::string ToString() const;
};

// The result of an operation that can fail: ok, or an error Diagnostic.
class Status {
 public:
  Status() = default;  // ok
  static Status Ok() { return Status(); }
  static Status Error(std::string file, int line, std::string message,
                      int column = 0);

  bool ok() const { return ok_; }
  const Diagnostic& diagnostic() const { return diagnostic_; }
  const std::string& message() const { return diagnostic_.message; }
  std::string ToString() const { return ok_ ? "ok" : diagnostic_.ToString(); }

 private:
  bool ok_ = true;
  Diagnostic diagnostic_;
};

// Receives warnings (and errors that do not stop the run) as they are found.
class DiagnosticSink {
 public:
  virtual ~DiagnosticSink() = default;
  virtual void Report(Diagnostic diagnostic) = 0;

  void Warn(const std::string& file, int line, std::string message) {
    Report(Diagnostic{Severity::kWarning, file, line, 0, std::move(message)});
  }
};

// Keeps every diagnostic, in the order reported. Not thread-safe.
class CollectingSink : public DiagnosticSink {
 public:
  void Report(Diagnostic diagnostic) override {
    diagnostics_.push_back(std::move(diagnostic));
  }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// Drops everything; for callers that do not want warnings.
class NullSink : public DiagnosticSink {
 public:
  void Report(Diagnostic) override {}
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_STATUS_H_
