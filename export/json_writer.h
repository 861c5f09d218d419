// export/json_writer.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes the graph as claimgraph JSON version 1, the contract documented in
// shared/spec/claimgraph-json.md (kept in docs/claimgraph-json.md). In short:
//
//   {"format": "claimgraph-json", "version": 1, "directed": true,
//    "multigraph": true, "graph": {"generator": "claimgraph X.Y.Z"},
//    "episodes": [{id, title, date, source, layout, speakers, chapters, turns}],
//    "nodes": [{id, type, label, ...}], "edges": [{source, target, type, key, ...}]}
//
// It is a NetworkX node-link document: node_link_graph(doc, edges="edges").
// export/json_reader.h reads it back into an identical KnowledgeGraph.
// Fields come in a fixed order, nodes and edges in graph order, so the same
// graph always gives the same bytes. Absent values are null (seconds, time,
// date) or left out (optional entity data such as homepage).
//
// Thread safety: reads the graph only; concurrent calls are safe.
#ifndef CLAIMGRAPH_EXPORT_JSON_WRITER_H_
#define CLAIMGRAPH_EXPORT_JSON_WRITER_H_

#include <string>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// The whole document, ending in a newline. With `jobs` above 1 the text of
// nodes and edges is made on that many threads (0: one per core); the bytes
// are the same at any count.
std::string ToJson(const KnowledgeGraph& graph, int jobs = 1);

// Writes ToJson(graph, jobs) to `path` atomically ("-" for standard output).
Status WriteJson(const KnowledgeGraph& graph, const std::string& path, int jobs = 1);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_JSON_WRITER_H_
