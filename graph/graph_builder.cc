#include "graph/graph_builder.h"

#include <cstdint>
#include <filesystem>
#include <system_error>
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

// Transcripts make at most about one node per this many bytes: the densest
// we have seen (an interview with short turns) made one per 128 bytes, a
// generated corpus one per 180, long-form podcasts one per 270.
constexpr uintmax_t kBytesPerNodeAtLeast = 64;

uintmax_t TotalBytes(const std::vector<std::string>& files) {
  uintmax_t bytes = 0;
  for (const std::string& file : files) {
    std::error_code error;
    uintmax_t size = std::filesystem::file_size(file, error);
    if (!error) bytes += size;  // unreadable files fail later, with a message
  }
  return bytes;
}

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
  // Room for every node the files could make, so the node array never moves
  // (see KnowledgeGraph::ReserveNodes).
  graph->ReserveNodes(graph->node_count() + TotalBytes(files) / kBytesPerNodeAtLeast);
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
