// `claimgraph report FILES... -o report.html`: one self-contained HTML page
// with the interactive graph, a timeline per episode and, for several
// episodes, a comparison view (report/html_report.h).
#include <iostream>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "cli/progress.h"
#include "report/html_report.h"

namespace claimgraph {

Command AddReportCommand(CLI::App& app) {
  struct Options {
    GraphInputOptions input;
    std::string output;
    std::string title;
    int timeline_rows = ReportOptions().timeline_rows;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write one self-contained HTML page: interactive graph, "
                "timelines, comparison of episodes");
  AddGraphInputOptions(cmd, &options->input);
  cmd->add_option("-o,--output", options->output, "The HTML file to write ('-': standard output)")
      ->required();
  cmd->add_option("--title", options->title,
                  "Page title (default: the episode's title, or \"N episodes\")");
  cmd->add_option("--timeline-rows", options->timeline_rows,
                  "Entities per episode timeline (the most mentioned)")
      ->check(CLI::Range(1, 1000));

  return Command{cmd, [options]() -> int {
    const ReportAssets& assets = EmbeddedReportAssets();
    if (!assets.available) {
      std::cerr << "claimgraph: report: " << assets.unavailable_reason << "\n";
      return kExitUsage;
    }
    StderrSink sink(options->input.quiet);
    std::vector<std::string> transcripts;
    for (const std::string& file : options->input.files) {
      if (!IsSavedGraph(file)) transcripts.push_back(file);
    }
    ProgressReporter progress(
        transcripts, ShouldShowProgress(options->input.quiet) ? &std::cerr : nullptr);
    // Saved graphs carry no transcript text: their timeline marks have no
    // sentence to show.
    MentionSentences sentences;
    GraphInputOptions input_options = options->input;
    input_options.on_episode = [&](size_t index, const AnalyzedEpisode& analyzed) {
      sentences.AddEpisode(analyzed);
      progress.FileDone(index);
    };
    GraphInput input;
    ProgressAwareSink warnings(&sink, &progress);
    Status built = LoadGraphInput(input_options, &input, &warnings);
    progress.Finish();
    if (!built.ok()) {
      PrintDiagnostic(built.diagnostic());
      std::cerr << "claimgraph: no output written\n";
      return kExitBadInput;
    }
    const KnowledgeGraph& graph = input.graph;
    ReportOptions report;
    report.title = options->title;
    report.timeline_rows = options->timeline_rows;
    Status written = WriteHtmlReport(graph, sentences, report, assets, options->output);
    if (!written.ok()) {
      PrintDiagnostic(written.diagnostic());
      return kExitUsage;
    }
    if (!options->input.quiet && options->output != "-") {
      std::cerr << "claimgraph: wrote " << options->output << " ("
                << graph.episodes().size() << " episode"
                << (graph.episodes().size() == 1 ? "" : "s")
                << "); open it in a browser\n";
    }
    return kExitOk;
  }};
}

}  // namespace claimgraph
