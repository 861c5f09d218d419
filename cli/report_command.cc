// `claimgraph report FILES... -o report.html`: one self-contained HTML page
// with the interactive graph, a timeline per episode and, for several
// episodes, a comparison view (report/html_report.h).
#include <iostream>

#include "cli/command.h"
#include "cli/graph_input.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "export/json_reader.h"
#include "graph/graph_builder.h"
#include "graph/graph_merge.h"
#include "report/html_report.h"

namespace claimgraph {

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
  cmd->add_option("files", options->files, "Transcripts, or saved graphs (.json from build)")->required();
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
    StderrSink sink(options->quiet);
    Resources resources;
    Status loaded = LoadResources(options->resources, &resources);
    if (!loaded.ok()) {
      PrintDiagnostic(loaded.diagnostic());
      return kExitBadInput;
    }
    MentionSentences sentences;
    std::vector<std::string> transcript_files;
    for (const std::string& file : options->files) {
      if (!IsSavedGraph(file)) transcript_files.push_back(file);
    }
    ProgressReporter progress(
        transcript_files, ShouldShowProgress(options->quiet) ? &std::cerr : nullptr);
    size_t transcripts_done = 0;  // in earlier runs, for the progress index
    BuildOptions build;
    build.read.layout = options->layout;
    build.read.speakers = SplitList(options->speakers);
    build.jobs = options->jobs;
    build.on_episode = [&](size_t index, const AnalyzedEpisode& analyzed) {
      sentences.AddEpisode(analyzed);
      progress.FileDone(transcripts_done + index);
    };
    GraphBuilder builder(*resources.analyzer, build);
    KnowledgeGraph graph;
    ProgressAwareSink warnings(&sink, &progress);
    // Saved graphs carry no transcript text, so their timeline marks have
    // no sentence to show; runs of transcripts are built together and every
    // part merges in the order given, as in query and compare.
    std::vector<std::string> transcripts;
    auto flush = [&]() -> Status {
      if (transcripts.empty()) return Status::Ok();
      KnowledgeGraph part;
      Status s = builder.Build(transcripts, &part, &warnings);
      transcripts_done += transcripts.size();
      transcripts.clear();
      if (!s.ok()) return s;
      return MergeGraph(part, &graph);
    };
    Status built = Status::Ok();
    for (const std::string& file : options->files) {
      if (!IsSavedGraph(file)) {
        transcripts.push_back(file);
        continue;
      }
      built = flush();
      if (!built.ok()) break;
      KnowledgeGraph saved;
      built = ReadGraphJson(file, &saved);
      if (!built.ok()) break;
      built = MergeGraph(saved, &graph);
      if (!built.ok()) break;
    }
    if (built.ok()) built = flush();
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
