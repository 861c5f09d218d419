// `claimgraph entities FILES...`: which entities claimgraph finds, and why.
// Lists each entity with its type, mention count, surface forms and the first
// file:line it was found at (extract/entities/entity_report.h), as a table or
// with --format json.
#include <iostream>

#include "cli/command.h"
#include "cli/resources.h"
#include "extract/entities/entity_report.h"
#include "extract/transcript/transcript_reader.h"

namespace claimgraph {

Command AddEntitiesCommand(CLI::App& app) {
  struct Options {
    std::vector<std::string> files;
    std::string format = "table";
    std::string layout;
    std::string speakers;
    ResourceOptions resources;
    bool quiet = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "entities", "List the entities found in transcripts, with where and how");
  cmd->add_option("files", options->files, "Transcript files")->required();
  cmd->add_option("--format", options->format, "table (default) or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_option("--layout", options->layout,
                  "Transcript layout, instead of detecting it");
  cmd->add_option("--speakers", options->speakers,
                  "Names for unnamed speakers, in order: \"A,B\"");
  AddResourceOptions(cmd, &options->resources);
  cmd->add_flag("-q,--quiet", options->quiet, "Print errors only");

  return Command{cmd, [options]() -> int {
    StderrSink sink(options->quiet);
    Resources resources;
    Status loaded = LoadResources(options->resources, &resources);
    if (!loaded.ok()) {
      PrintDiagnostic(loaded.diagnostic());
      return kExitBadInput;
    }
    ReadOptions read;
    read.layout = options->layout;
    read.speakers = SplitList(options->speakers);
    EntityReport report;
    for (const std::string& file : options->files) {
      Episode episode;
      Status s = ReadTranscript(file, read, &episode, &sink);
      if (!s.ok()) {
        PrintDiagnostic(s.diagnostic());
        std::cerr << "claimgraph: no output written\n";
        return kExitBadInput;
      }
      report.Add(resources.analyzer->Analyze(std::move(episode), &sink));
    }
    std::cout << (options->format == "json" ? report.Json() : report.Table());
    std::cout.flush();
    return std::cout ? kExitOk : kExitUsage;
  }};
}

}  // namespace claimgraph
