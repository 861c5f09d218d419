// `claimgraph build FILES... -o OUT`: the main job. Reads transcripts, finds
// entities and claims, and writes the graph in the format the output names.
#include <iostream>

#include "cli/command.h"
#include "cli/progress.h"
#include "cli/resources.h"
#include "export/exporter.h"
#include "extract/transcript/transcript_reader.h"
#include "graph/graph_builder.h"

namespace claimgraph {

Command AddBuildCommand(CLI::App& app) {
  struct Options {
    std::vector<std::string> files;
    std::string output;
    std::string format;
    std::string view;
    std::string layout;
    std::string speakers;
    ResourceOptions resources;
    int jobs = 0;
    bool quiet = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "build", "Build a knowledge graph from transcripts and write it to a file");
  cmd->add_option("files", options->files, "Transcript files")->required();
  cmd->add_option("-o,--output", options->output,
                  "Output: .json, .jsonl, .graphml, .gexf, or a folder/ for csv")
      ->required();
  cmd->add_option("--format", options->format,
                  "Output format: json, jsonl, graphml, gexf, csv");
  cmd->add_option("--view", options->view,
                  "For graphml and gexf: entities (default) or claims");
  cmd->add_option("--layout", options->layout,
                  "Transcript layout, instead of detecting it "
                  "(extract/transcript/layouts.h)")
      ->check(CLI::IsMember(KnownLayouts()));
  cmd->add_option("--speakers", options->speakers,
                  "Names for unnamed speakers, in order: \"A,B\"");
  AddResourceOptions(cmd, &options->resources);
  cmd->add_option("-j,--jobs", options->jobs,
                  "Threads reading and analyzing episodes, and writing JSON (default: all cores); "
                  "the output is the same at any count")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("-q,--quiet", options->quiet, "Print errors only");

  return Command{cmd, [options]() -> int {
    ExportOptions export_options{options->format, options->view, options->jobs};
    Status usable = CheckExportOptions(options->output, export_options);
    if (!usable.ok()) {
      PrintDiagnostic(usable.diagnostic());
      return kExitUsage;
    }
    StderrSink sink(options->quiet);
    Resources resources;
    Status loaded = LoadResources(options->resources, &resources);
    if (!loaded.ok()) {
      PrintDiagnostic(loaded.diagnostic());
      return kExitBadInput;
    }
    BuildOptions build;
    build.read.layout = options->layout;
    build.read.speakers = SplitList(options->speakers);
    build.jobs = options->jobs;
    ProgressReporter progress(
        options->files, ShouldShowProgress(options->quiet) ? &std::cerr : nullptr);
    build.on_episode = [&](size_t index, const AnalyzedEpisode&) {
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
    Status written = ExportGraph(graph, options->output, export_options);
    if (!written.ok()) {
      PrintDiagnostic(written.diagnostic());
      return kExitUsage;
    }
    if (!options->quiet && options->output != "-") {
      std::cerr << "claimgraph: wrote " << options->output << " ("
                << graph.episodes().size() << " episode"
                << (graph.episodes().size() == 1 ? "" : "s") << ", "
                << graph.node_count() << " nodes, " << graph.edge_count()
                << " edges)\n";
    }
    return kExitOk;
  }};
}

}  // namespace claimgraph
