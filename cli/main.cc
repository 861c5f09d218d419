// claimgraph: who said what about whom, from podcast transcripts.
// main only parses the command line and maps the command's result to an exit
// code; the commands live one per file beside this one.
#include <iostream>
#include <vector>

#include "base/allocator_tuning.h"
#include "base/version.h"
#include "cli/command.h"
#include "cli/run_guarded.h"

int main(int argc, char** argv) {
  using namespace claimgraph;
  TuneAllocatorForBatchWork();  // best effort: the defaults work, slower
  CLI::App app{"claimgraph: a knowledge graph of who said what about whom, "
               "from podcast and interview transcripts"};
  app.set_version_flag("--version", std::string("claimgraph ") + kVersion);
  app.require_subcommand(1);
  std::vector<Command> commands = {
      AddBuildCommand(app),
      AddClaimsCommand(app),
      AddEntitiesCommand(app),
      AddQueryCommand(app),
      AddCompareCommand(app),
      AddStatsCommand(app),
      AddReportCommand(app),
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  for (const Command& command : commands) {
    if (command.app->parsed()) return RunGuarded(command.run, std::cerr);
  }
  return kExitUsage;
}
