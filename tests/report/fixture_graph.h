// tests/report/fixture_graph.h
// A hand-built graph for the report's tests: two short episodes with
// speakers, entities (every type), mentions, and relation claims that agree
// ("Meta acquired Scale AI" in both), conflict by negation ("Apple uses
// NVIDIA" / "Apple doesn't use NVIDIA") and conflict by reversal ("Claude
// outperforms GPT-4.5" / "GPT-4.5 outperforms Claude"). One sentence holds
// "</script><!--" and U+2028, which the page must survive.
#ifndef CLAIMGRAPH_TESTS_REPORT_FIXTURE_GRAPH_H_
#define CLAIMGRAPH_TESTS_REPORT_FIXTURE_GRAPH_H_

#include <vector>

#include "extract/analyzed_episode.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// The two episodes, in order.
std::vector<AnalyzedEpisode> FixtureEpisodes();

// Both episodes added to a fresh graph.
KnowledgeGraph FixtureGraph();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_TESTS_REPORT_FIXTURE_GRAPH_H_
