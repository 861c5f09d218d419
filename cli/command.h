// cli/command.h
// The command-line layer: one file per command, each a thin wrapper over
// library calls. A command parses its options with CLI11, runs, prints
// diagnostics, and returns an exit code:
//
//   0  success (warnings may have been printed)
//   1  bad input: a transcript, gazetteer or rules file could not be used,
//      or the input outgrew a graph table or memory; nothing was written
//   2  usage or I/O error: bad options, an output that cannot be written
#ifndef CLAIMGRAPH_CLI_COMMAND_H_
#define CLAIMGRAPH_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

#include "base/status.h"

namespace claimgraph {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

// A registered command: call `run` when its subcommand was parsed.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// Prints "claimgraph: <diagnostic>" style messages on standard error.
void PrintDiagnostic(const Diagnostic& diagnostic);

// Prints every diagnostic of `sink` unless `quiet`, warnings included.
class StderrSink : public DiagnosticSink {
 public:
  explicit StderrSink(bool quiet = false) : quiet_(quiet) {}
  void Report(Diagnostic diagnostic) override;
  int warnings() const { return warnings_; }

 private:
  bool quiet_;
  int warnings_ = 0;
};

Command AddBuildCommand(CLI::App& app);
Command AddClaimsCommand(CLI::App& app);
Command AddEntitiesCommand(CLI::App& app);
Command AddQueryCommand(CLI::App& app);
Command AddCompareCommand(CLI::App& app);
Command AddStatsCommand(CLI::App& app);
Command AddReportCommand(CLI::App& app);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_COMMAND_H_
