// cli/graph_input.h
// The graph that query, compare and stats read: built from the files on the
// command line, each either a saved claimgraph JSON graph (read back) or a
// transcript (read and analyzed, as `build` does). Everything merges into one
// graph in the order given, so `query a.json b.txt` asks about both.
//
// A file is taken for a saved graph when its name ends in .json and its first
// 4 KiB say "claimgraph-json" (the writer puts the format first); any other
// .json is a transcript (e.g. diarized JSON).
//
// Also loads the gazetteer, whose names and aliases let a query say "zuck"
// or "open ai" even when the transcripts never used those words. What
// reading a transcript needs besides (the rules, the rest of the entity
// data, all compiled) is loaded only when a file is a transcript or --rules
// names a file, which is then checked as `build` checks it: a query on
// saved graphs starts several times faster without it.
#ifndef CLAIMGRAPH_CLI_GRAPH_INPUT_H_
#define CLAIMGRAPH_CLI_GRAPH_INPUT_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/resources.h"
#include "extract/analyzed_episode.h"
#include "extract/entities/entity.h"
#include "graph/knowledge_graph.h"
#include "graph/name_index.h"

namespace claimgraph {

struct GraphInputOptions {
  std::vector<std::string> files;
  std::string layout;
  std::string speakers;
  ResourceOptions resources;
  int jobs = 0;
  bool quiet = false;
  // Called as each transcript is analyzed, with its index among the
  // transcripts (the files that are not saved graphs) in the order given;
  // see BuildOptions::on_episode for the thread it runs on.
  std::function<void(size_t transcript, const AnalyzedEpisode& analyzed)> on_episode;
};

// Adds the positional FILES and the options that shape reading them.
void AddGraphInputOptions(CLI::App* command, GraphInputOptions* options);

struct GraphInput {
  KnowledgeGraph graph;
  std::vector<Entity> gazetteer;  // every known entity, for name lookup
};

// Reads every file into `input`. Warnings go to `sink`. Errors name the file
// (and line, where the input has one).
Status LoadGraphInput(const GraphInputOptions& options, GraphInput* input,
                      DiagnosticSink* sink);

// Resolves each name the user typed for `flag` (e.g. "--episode") to an id,
// appending to `ids`; the first that matches nothing or several things
// gives an error prefixed with the flag ("--episode: no episode ...").
Status ResolveNames(const NameIndex& names, NameKind kind, const std::string& flag,
                    const std::vector<std::string>& typed, std::vector<std::string>* ids);

// True when `path` holds a saved claimgraph JSON graph (see above).
bool IsSavedGraph(const std::string& path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_GRAPH_INPUT_H_
