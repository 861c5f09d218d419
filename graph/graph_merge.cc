#include "graph/graph_merge.h"

#include <algorithm>

namespace claimgraph {
namespace {

// What an existing node takes from the same node in another graph.
void Absorb(const NodeData& from, NodeData& into) {
  if (!IsEntityType(into.type)) return;
  const NodeProfile& source = from.profile();
  NodeProfile& target = into.mutable_profile();
  for (const InternedString& alias : source.aliases) InsertSortedUnique(target.aliases, alias);
  target.mentions += source.mentions;
  // MergeGraph refuses an episode both graphs have, so none of these is
  // there yet: appended without a search.
  target.episodes.insert(target.episodes.end(), source.episodes.begin(), source.episodes.end());
  into.speaker = into.speaker || from.speaker;
  if (target.kind.empty()) target.kind = source.kind;
  if (target.homepage.empty()) target.homepage = source.homepage;
  if (target.wikidata.empty()) target.wikidata = source.wikidata;
}

}  // namespace

Status MergeGraph(const KnowledgeGraph& from, KnowledgeGraph* into) {
  for (const EpisodeRecord& record : from.episodes()) {
    if (into->Find(record.id)) {
      return Status::Error(record.source.str(), 0,
                           "episode " + record.id.str() + " is already in the graph");
    }
  }
  const KnowledgeGraph::Graph& g = from.graph();
  std::vector<KnowledgeGraph::Vertex> mapped(boost::num_vertices(g));
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& node = g[v];
    std::optional<KnowledgeGraph::Vertex> existing = into->Find(node.id);
    if (existing) {
      Absorb(node, into->mutable_graph()[*existing]);
      mapped[v] = *existing;
    } else {
      mapped[v] = into->AddNode(node);
    }
  }
  // The global edge list keeps the order edges were added in.
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    into->AddEdge(mapped[boost::source(e, g)], mapped[boost::target(e, g)],
                    EdgeAt(g, e));
  }
  for (const EpisodeRecord& record : from.episodes()) into->AddEpisodeRecord(record);
  return Status::Ok();
}

}  // namespace claimgraph
