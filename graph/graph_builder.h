// graph/graph_builder.h
// The whole pipeline over many files: read each transcript, analyze it, and
// merge it into one KnowledgeGraph, in the order the files were given.
//
//   GraphBuilder builder(analyzer, options);
//   KnowledgeGraph graph;
//   Status s = builder.Build({"a.txt", "b.vtt"}, &graph, &sink);
//
// Episodes are read and analyzed on `BuildOptions::jobs` threads and added to
// the graph one by one in input order, so the graph, and every file written
// from it, is the same at any job count. Each episode's text is released as
// soon as it is in the graph, and only a few episodes are in flight at once
// (BuildOptions::window), so memory grows with the graph, not with the text.
//
// Thread safety: Build may run concurrently on different graphs.
#ifndef CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_
#define CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/episode_analyzer.h"
#include "extract/transcript/transcript_reader.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

struct BuildOptions {
  ReadOptions read;
  // Threads that read and analyze episodes; 0 means one per core.
  int jobs = 0;
  // Episodes read or analyzed but not yet in the graph, at most; 0 means
  // twice the job count.
  size_t window = 0;
  // Called once per file, in input order, on the thread that called Build,
  // right after the file's episode was added to the graph: `index` is the
  // file's position in the list given to Build. For progress displays
  // (cli/progress.h) and for outputs that keep more of each episode than the
  // graph does (the HTML report's sentences). `analyzed` is valid only during
  // the call.
  std::function<void(size_t index, const AnalyzedEpisode& analyzed)> on_episode;
};

class GraphBuilder {
 public:
  // `analyzer` is borrowed and must outlive the builder.
  GraphBuilder(const EpisodeAnalyzer& analyzer, BuildOptions options);

  // Reads every file and adds its episode to `graph`. Stops at the first file
  // (in input order) that cannot be read or added and returns its error; the
  // episodes before it stay in `graph`. Warnings go to `sink` in input order,
  // from the calling thread.
  Status Build(const std::vector<std::string>& files, KnowledgeGraph* graph,
               DiagnosticSink* sink) const;

 private:
  const EpisodeAnalyzer& analyzer_;
  BuildOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_
