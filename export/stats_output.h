// export/stats_output.h
// How `claimgraph stats` writes GraphStats (graph/stats.h): as text tables
// for a terminal, or as JSON.
//
// Text: a summary line ("2 episodes, 140 nodes, 612 edges"), then the tables
// NODES (TYPE, COUNT), EDGES (TYPE, COUNT), TOP ENTITIES (ENTITY, TYPE,
// MENTIONS, EPISODES) and SPEAKERS (EPISODE, SPEAKER, TURNS, TURN SHARE,
// WORDS, WORD SHARE), shares as percentages with one decimal.
//
// JSON (fields in this order):
//
//   {"episodes": 2,
//    "nodes": {"person": 4, "company": 6, ...},      every type, in that order
//    "edges": {"mentions": 22, "said": 11, ...},     types that occur
//    "top_entities": [{"id", "name", "type", "mentions", "episodes"}],
//    "speakers": [{"episode", "speaker", "speaker_name", "turns", "segments",
//                  "words", "turn_share", "word_share"}]}   shares 0..1
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXPORT_STATS_OUTPUT_H_
#define CLAIMGRAPH_EXPORT_STATS_OUTPUT_H_

#include <string>

#include "graph/stats.h"

namespace claimgraph {

std::string StatsText(const GraphStats& stats, size_t width);

std::string StatsJson(const GraphStats& stats);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_STATS_OUTPUT_H_
