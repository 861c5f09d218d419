#include "graph/graph_builder.h"

#include <utility>

namespace claimgraph {

GraphBuilder::GraphBuilder(const EpisodeAnalyzer& analyzer, BuildOptions options)
    : analyzer_(analyzer), options_(std::move(options)) {}

Status GraphBuilder::Build(const std::vector<std::string>& files,
                           KnowledgeGraph* graph, DiagnosticSink* sink) const {
  for (const std::string& file : files) {
    Episode episode;
    Status read = ReadTranscript(file, options_.read, &episode, sink);
    if (!read.ok()) return read;
    Status added = graph->AddEpisode(analyzer_.Analyze(std::move(episode)));
    if (!added.ok()) return added;
  }
  return Status::Ok();
}

}  // namespace claimgraph
