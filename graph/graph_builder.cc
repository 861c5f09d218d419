#include "graph/graph_builder.h"

#include <utility>

#include "base/ordered_parallel.h"

namespace claimgraph {
namespace {

// What a worker hands back for one file. Warnings wait here so that they
// reach the caller's sink in input order, from one thread.
struct EpisodeResult {
  Status status;
  AnalyzedEpisode analyzed;
  CollectingSink warnings;
};

}  // namespace

GraphBuilder::GraphBuilder(const EpisodeAnalyzer& analyzer, BuildOptions options)
    : analyzer_(analyzer), options_(std::move(options)) {}

Status GraphBuilder::Build(const std::vector<std::string>& files,
                           KnowledgeGraph* graph, DiagnosticSink* sink) const {
  auto produce = [&](size_t i) {
    EpisodeResult result;
    Episode episode;
    result.status =
        ReadTranscript(files[i], options_.read, &episode, &result.warnings);
    if (result.status.ok()) result.analyzed = analyzer_.Analyze(std::move(episode), &result.warnings);
    return result;
  };
  auto consume = [&](size_t i, EpisodeResult&& result) {
    for (const Diagnostic& d : result.warnings.diagnostics()) sink->Report(d);
    if (!result.status.ok()) return result.status;
    Status added = graph->AddEpisode(result.analyzed);
    if (added.ok() && options_.on_episode) options_.on_episode(i, result.analyzed);
    return added;
  };
  return ParallelInOrder<EpisodeResult>(
      files.size(), {.jobs = options_.jobs, .window = options_.window}, produce,
      consume);
}

}  // namespace claimgraph
