#include "cli/graph_input.h"

#include <fstream>
#include <optional>

#include "export/json_reader.h"
#include "extract/entities/entity_data.h"
#include "graph/graph_builder.h"
#include "graph/graph_merge.h"

namespace claimgraph {

void AddGraphInputOptions(CLI::App* command, GraphInputOptions* options) {
  command->add_option("files", options->files,
                      "Saved graphs (.json from build) or transcripts")
      ->required();
  command->add_option("--layout", options->layout,
                      "Transcript layout, instead of detecting it");
  command->add_option("--speakers", options->speakers,
                      "Names for unnamed speakers, in order: \"A,B\"");
  AddResourceOptions(command, &options->resources);
  command->add_option("-j,--jobs", options->jobs,
                      "Threads reading and analyzing transcripts (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  command->add_flag("-q,--quiet", options->quiet, "Print errors only");
}

bool IsSavedGraph(const std::string& path) {
  if (path.size() < 5 || path.compare(path.size() - 5, 5, ".json") != 0) return false;
  std::ifstream in(path, std::ios::binary);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.find("\"claimgraph-json\"") != std::string::npos;
}

Status LoadGraphInput(const GraphInputOptions& options, GraphInput* input,
                      DiagnosticSink* sink) {
  std::vector<bool> saved;
  bool any_transcript = false;
  for (const std::string& file : options.files) {
    saved.push_back(IsSavedGraph(file));
    any_transcript = any_transcript || !saved.back();
  }
  // Reading a saved graph needs only the gazetteer's names. Compiling the
  // rest (the rules, the name matcher) is most of the time of a query on a
  // saved graph, so it is done only for transcripts, or to check the rules
  // files the user named.
  Resources resources;
  if (any_transcript || !options.resources.rules.empty()) {
    Status loaded = LoadResources(options.resources, &resources);
    if (!loaded.ok()) return loaded;
    input->gazetteer = resources.entity_data->gazetteer.entities();
  } else {
    Gazetteer gazetteer;
    Status loaded = LoadGazetteers(DataDir(options.resources), options.resources.gazetteers,
                                   &gazetteer);
    if (!loaded.ok()) return loaded;
    input->gazetteer = gazetteer.entities();
  }

  BuildOptions build;
  build.read.layout = options.layout;
  build.read.speakers = SplitList(options.speakers);
  build.jobs = options.jobs;
  size_t transcripts_done = 0;  // in earlier runs
  if (options.on_episode) {
    build.on_episode = [&](size_t index, const AnalyzedEpisode& analyzed) {
      options.on_episode(transcripts_done + index, analyzed);
    };
  }
  std::optional<GraphBuilder> builder;
  if (any_transcript) builder.emplace(*resources.analyzer, build);

  // Runs of transcripts are built together (in parallel); saved graphs are
  // read one by one; each part merges in, in the order given.
  std::vector<std::string> transcripts;
  auto flush = [&]() -> Status {
    if (transcripts.empty()) return Status::Ok();
    KnowledgeGraph part;
    Status s = builder->Build(transcripts, &part, sink);
    transcripts_done += transcripts.size();
    transcripts.clear();
    if (!s.ok()) return s;
    return MergeGraph(part, &input->graph);
  };
  for (size_t i = 0; i < options.files.size(); ++i) {
    const std::string& file = options.files[i];
    if (!saved[i]) {
      transcripts.push_back(file);
      continue;
    }
    Status s = flush();
    if (!s.ok()) return s;
    KnowledgeGraph saved_graph;
    s = ReadGraphJson(file, &saved_graph);
    if (!s.ok()) return s;
    if (input->graph.node_count() == 0 && input->graph.episodes().empty()) {
      input->graph = std::move(saved_graph);  // what merging into nothing gives
      continue;
    }
    s = MergeGraph(saved_graph, &input->graph);
    if (!s.ok()) return s;
  }
  return flush();
}

Status ResolveNames(const NameIndex& names, NameKind kind, const std::string& flag,
                    const std::vector<std::string>& typed, std::vector<std::string>* ids) {
  for (const std::string& name : typed) {
    std::string id;
    Status s = names.Resolve(kind, name, &id);
    if (!s.ok()) return Status::Error("", 0, flag + ": " + s.message());
    ids->push_back(id);
  }
  return Status::Ok();
}

}  // namespace claimgraph
