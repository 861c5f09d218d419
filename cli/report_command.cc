// `claimgraph report FILES... -o report.html`: one self-contained HTML page
// with the interactive graph, a timeline per episode and, for several
// episodes, a comparison view (report/html_report.h).
#include <iostream>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "graph/graph_builder.h"
#include "report/html_report.h"

namespace claimgraph {
namespace {

bool EndsWith(const std::string& text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

Command AddReportCommand(CLI::App& app) {
  struct Options {
    std::vector<std::string> files;
    std::string output;
    std::string title;
    int timeline_rows = ReportOptions().timeline_rows;
    std::string layout;
    std::string speakers;
    ResourceOptions resources;
    int jobs = 0;
    bool quiet = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "report", "Write one self-contained HTML page: interactive graph, "
                "timelines, comparison of episodes");
  cmd->add_option("files", options->files, "Transcript files")->required();
  cmd->add_option("-o,--output", options->output, "The HTML file to write ('-': standard output)")
      ->required();
  cmd->add_option("--title", options->title,
                  "Page title (default: the episode's title, or \"N episodes\")");
  cmd->add_option("--timeline-rows", options->timeline_rows,
                  "Entities per episode timeline (the most mentioned)")
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--layout", options->layout,
                  "Transcript layout, instead of detecting it");
  cmd->add_option("--speakers", options->speakers,
                  "Names for unnamed speakers, in order: \"A,B\"");
  AddResourceOptions(cmd, &options->resources);
  cmd->add_option("-j,--jobs", options->jobs,
                  "Threads reading and analyzing episodes (default: all cores); "
                  "the output is the same at any count")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", options->quiet, "Print errors only");

  return Command{cmd, [options]() -> int {
    const ReportAssets& assets = EmbeddedReportAssets();
    if (!assets.available) {
      std::cerr << "claimgraph: report: " << assets.unavailable_reason << "\n";
      return kExitUsage;
    }
    for (const std::string& file : options->files) {
      if (EndsWith(file, ".json")) {
        std::cerr << file
                  << ": error: reading a JSON graph back is not supported yet; "
                     "give the transcripts instead\n";
        return kExitUsage;
      }
    }
    StderrSink sink(options->quiet);
    Resources resources;
    Status loaded = LoadResources(options->resources, &resources);
    if (!loaded.ok()) {
      PrintDiagnostic(loaded.diagnostic());
      return kExitBadInput;
    }
    MentionSentences sentences;
    ProgressReporter progress(
        options->files, ShouldShowProgress(options->quiet) ? &std::cerr : nullptr);
    BuildOptions build;
    build.read.layout = options->layout;
    build.read.speakers = SplitList(options->speakers);
    build.jobs = options->jobs;
    build.on_episode = [&](size_t index, const AnalyzedEpisode& analyzed) {
      sentences.AddEpisode(analyzed);
      progress.FileDone(index);
    };
    GraphBuilder builder(*resources.analyzer, build);
    KnowledgeGraph graph;
    ProgressAwareSink warnings(&sink, &progress);
    Status built = builder.Build(options->files, &graph, &warnings);
    progress.Finish();
    if (!built.ok()) {
      PrintDiagnostic(built.diagnostic());
      std::cerr << "claimgraph: no output written\n";
      return kExitBadInput;
    }
    ReportOptions report;
    report.title = options->title;
    report.timeline_rows = options->timeline_rows;
    Status written = WriteHtmlReport(graph, sentences, report, assets, options->output);
    if (!written.ok()) {
      PrintDiagnostic(written.diagnostic());
      return kExitUsage;
    }
    if (!options->quiet && options->output != "-") {
      std::cerr << "claimgraph: wrote " << options->output << " ("
                << graph.episodes().size() << " episode"
                << (graph.episodes().size() == 1 ? "" : "s")
                << "); open it in a browser\n";
    }
    return kExitOk;
  }};
}

}  // namespace claimgraph
