// graph/stats.h
// Questions about a graph: how big it is and who did the talking. Counts of
// nodes by type and edges by type, the most mentioned entities, and each
// speaker's share of each episode, by turns and by words. A pure function
// over a const KnowledgeGraph; the `stats` command is a thin wrapper.
//
//   GraphStats stats = ComputeStats(graph, StatsOptions{.top = 10});
//
// A turn is a run of segments by one speaker: a continuation paragraph of the
// same speaker does not start a new turn. Words are the whitespace-separated
// words of the segments (EpisodeRecord::Turn::words); a graph read from a JSON
// export without `words` counts 0 words, and shares by words are then 0.
//
// Thread safety: reads the graph only; calls may run concurrently.
#ifndef CLAIMGRAPH_GRAPH_STATS_H_
#define CLAIMGRAPH_GRAPH_STATS_H_

#include <string>
#include <vector>

#include "graph/knowledge_graph.h"

namespace claimgraph {

struct StatsOptions {
  size_t top = 10;                    // top entities listed; 0: all
  std::vector<std::string> episodes;  // episode ids; empty: all
};

struct GraphStats {
  struct Count {
    std::string name;
    long long count = 0;
  };
  struct TopEntity {
    std::string id, label;
    NodeType type = NodeType::kCompany;
    long long mentions = 0;
    long long episodes = 0;  // how many episodes mention it
  };
  struct SpeakerShare {
    std::string episode;  // episode id
    std::string speaker, label;
    long long turns = 0, words = 0, segments = 0;
    double turn_share = 0, word_share = 0;  // fractions of the episode's, 0..1
  };

  long long episodes = 0;
  // Nodes by type, in NodeType order, every type listed (0 included).
  std::vector<Count> nodes;
  // Edges by type: mentions, said, about, appears_in, then relations by name;
  // only types that occur.
  std::vector<Count> edges;
  // Most mentioned entities first, then by label.
  std::vector<TopEntity> top_entities;
  // Per episode in graph order, then speakers in order of first turn.
  std::vector<SpeakerShare> speakers;
};

// Counts within the episodes of `options` (all by default): mention edges,
// claims and turns of other episodes are left out; the node and edge counts
// are always of the whole graph. Cannot fail; unknown episode ids count
// nothing.
GraphStats ComputeStats(const KnowledgeGraph& graph, const StatsOptions& options);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_STATS_H_
