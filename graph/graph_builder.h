// graph/graph_builder.h
// The whole pipeline over many files: read each transcript, analyze it, and
// merge it into one KnowledgeGraph, in the order the files were given.
//
//   GraphBuilder builder(analyzer, options);
//   KnowledgeGraph graph;
//   Status s = builder.Build({"a.txt", "b.vtt"}, &graph, &sink);
//
// Thread safety: Build may run concurrently on different graphs.
#ifndef CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_
#define CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "extract/episode_analyzer.h"
#include "extract/transcript/transcript_reader.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

struct BuildOptions {
  ReadOptions read;
};

class GraphBuilder {
 public:
  // `analyzer` is borrowed and must outlive the builder.
  GraphBuilder(const EpisodeAnalyzer& analyzer, BuildOptions options);

  // Reads every file and adds its episode to `graph`. Stops at the first file
  // that cannot be read and returns its error; warnings go to `sink`.
  Status Build(const std::vector<std::string>& files, KnowledgeGraph* graph,
               DiagnosticSink* sink) const;

 private:
  const EpisodeAnalyzer& analyzer_;
  BuildOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_GRAPH_BUILDER_H_
