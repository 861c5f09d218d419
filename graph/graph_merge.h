// graph/graph_merge.h
// Stage 5 of 6: transcript -> segments -> mentions -> claims -> [graph] -> export
//
// Merges one knowledge graph into another, as AddEpisode merges episodes:
// nodes with the same id become one (an entity keeps every alias, the sum of
// its mentions and every episode it appears in; a person who speaks anywhere
// is a speaker), every other node, every edge and every episode record of
// `from` is added after those of `into`. So graphs saved by separate runs
// (read back with ReadGraphJson) can be queried and compared as one, and
//
//   merge(build(a, b), build(c)) == build(a, b, c)
//
// node for node and edge for edge, in the same order.
//
//   KnowledgeGraph all, other;
//   ReadGraphJson("a.json", &all);
//   ReadGraphJson("b.json", &other);
//   Status s = MergeGraph(other, &all);
//
// Thread safety: reads `from`, writes `into`; neither may change meanwhile.
#ifndef CLAIMGRAPH_GRAPH_GRAPH_MERGE_H_
#define CLAIMGRAPH_GRAPH_GRAPH_MERGE_H_

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// Fails, changing nothing, when an episode of `from` is already in `into`
// (the same episode would be counted twice), naming the episode's source.
Status MergeGraph(const KnowledgeGraph& from, KnowledgeGraph* into);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_GRAPH_MERGE_H_
