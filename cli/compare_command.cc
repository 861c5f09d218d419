// `claimgraph compare FILES... [--episode E]...`: how two or more episodes
// differ (graph/compare.h), as text or JSON (export/compare_output.h).
#include "cli/answer_output.h"
#include "cli/command.h"
#include "cli/graph_input.h"
#include "export/compare_output.h"
#include "graph/compare.h"
#include "graph/name_index.h"

namespace claimgraph {
namespace {

struct CompareOptions {
  GraphInputOptions input;
  std::vector<std::string> episodes;
  std::string format, output;
  size_t top = 15, statements = 3;
};

int Run(const CompareOptions& o) {
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
  std::vector<std::string> episodes;
  s = ResolveNames(names, NameKind::kEpisode, "--episode", o.episodes, &episodes);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  if (o.episodes.empty()) {
    for (const EpisodeRecord& record : input.graph.episodes())
      episodes.push_back(record.id.str());
  }
  Comparison comparison;
  s = CompareEpisodes(input.graph, episodes, &comparison);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  std::string text =
      format == AnswerFormat::kJson
          ? CompareJson(comparison)
          : CompareText(comparison, {.width = TerminalWidth(),
                                     .top = o.top,
                                     .statements = o.statements});
  s = WriteAnswer(text, o.output);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

Command AddCompareCommand(CLI::App& app) {
  auto o = std::make_shared<CompareOptions>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare episodes: shared entities, who said what, claims that agree or conflict");
  AddGraphInputOptions(cmd, &o->input);
  cmd->add_option("--episode", o->episodes,
                  "An episode to compare: id, file name, title or date (repeat; "
                  "default: every episode given)");
  cmd->add_option("--format", o->format,
                  "table or json (default: table on a terminal, else json)");
  cmd->add_option("-o,--output", o->output, "Write to this file instead");
  cmd->add_option("--top", o->top,
                  "Table: entities in the mention table and side by side (0: all)");
  cmd->add_option("--statements", o->statements,
                  "Table: claims per entity and episode side by side (0: all)");
  return Command{cmd, [o]() { return Run(*o); }};
}

}  // namespace claimgraph
