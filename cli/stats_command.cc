// `claimgraph stats FILES...`: how big the graph is and who did the talking
// (graph/stats.h), as text or JSON (export/stats_output.h).
#include "cli/answer_output.h"
#include "cli/command.h"
#include "cli/graph_input.h"
#include "export/stats_output.h"
#include "graph/name_index.h"
#include "graph/stats.h"

namespace claimgraph {
namespace {

struct StatsCommandOptions {
  GraphInputOptions input;
  std::vector<std::string> episodes;
  std::string format, output;
  size_t top = 10;
};

int Run(const StatsCommandOptions& o) {
  StderrSink sink(o.input.quiet);
  AnswerFormat format;
  Status s = ChooseAnswerFormat(o.format, o.output, {"table", "json"}, &format);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  GraphInput input;
  s = LoadGraphInput(o.input, &input, &sink);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitBadInput;
  }
  NameIndex names(input.graph, input.gazetteer);
  StatsOptions options{.top = o.top};
  s = ResolveNames(names, NameKind::kEpisode, "--episode", o.episodes, &options.episodes);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  GraphStats stats = ComputeStats(input.graph, options);
  std::string text = format == AnswerFormat::kJson ? StatsJson(stats)
                                                   : StatsText(stats, TerminalWidth());
  s = WriteAnswer(text, o.output);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

Command AddStatsCommand(CLI::App& app) {
  auto o = std::make_shared<StatsCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "stats", "Counts by node and edge type, top entities, each speaker's share");
  AddGraphInputOptions(cmd, &o->input);
  cmd->add_option("--episode", o->episodes, "Only these episodes (repeatable)");
  cmd->add_option("--format", o->format,
                  "table or json (default: table on a terminal, else json)");
  cmd->add_option("-o,--output", o->output, "Write to this file instead");
  cmd->add_option("--top", o->top, "Top entities listed (0: all; default 10)");
  return Command{cmd, [o]() { return Run(*o); }};
}

}  // namespace claimgraph
