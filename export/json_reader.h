// export/json_reader.h
// Reads claimgraph JSON version 1 (what export/json_writer.h writes, the
// contract in docs/claimgraph-json.md) back into a KnowledgeGraph, so that
// commands such as query and compare can work on a saved graph without the
// transcripts.
//
//   KnowledgeGraph graph;
//   Status s = ReadGraphJson("graph.json", &graph);
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 1; }
//
// Guarantee: nodes, edges and episode records come back exactly, in the same
// order, so ToJson(graph read from ToJson(g)) == ToJson(g), byte for byte.
// Derived fields (`time`, `graph.generator`) are not read; unknown fields
// are ignored, so files from later versions that only add fields still load.
// Fields the writer always writes but that are missing take their empty
// value; `id` and `type` of nodes, `source`, `target` and `type` of edges,
// and `id` of episodes are required.
//
// The file is read a megabyte at a time and parsed as it is read
// (base/json_members.h): one node, edge or episode at a time is held as a
// JSON value, never the whole document nor its text, so a saved graph of
// 1,000 episodes (570 MB) reads in half the time and a seventh of the
// memory it took as one value (6.4 to 6.6 s and 563 MB, from 13.1 to
// 13.9 s and 3.9 GB, alternating runs).
// Broken JSON is the exception: the file is then read again, whole, to say
// where. Parts out of the usual order (edges before nodes, in a file
// edited by hand) wait for their turn; format, version, episodes, nodes or
// edges appearing twice is an error, where read whole the last would
// silently win.
//
// Errors name the file and, where the JSON itself is broken, the line and
// column; otherwise the JSON Pointer of the bad value. Broken JSON is
// reported as such even after a bad value, since the whole text is parsed
// before any error is reported:
//
//   graph.json:3:14: error: invalid JSON: syntax error while parsing object ...
//   graph.json: error: /nodes/4/id: expected a string
//   graph.json: error: /edges/9/target: no node has id "company:nowhere"
//   graph.json: error: /nodes/7/id: duplicate node id "company:openai"
//   graph.json: error: /nodes: appears twice
//
// On error `*graph` is left unchanged.
//
// Thread safety: no shared state; concurrent calls on different graphs are
// safe.
#ifndef CLAIMGRAPH_EXPORT_JSON_READER_H_
#define CLAIMGRAPH_EXPORT_JSON_READER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// Reads the file at `path` and replaces `*graph` with its contents.
Status ReadGraphJson(const std::string& path, KnowledgeGraph* graph);

// The same for JSON text already in memory; `path` only names it in errors.
Status ParseGraphJson(std::string_view text, const std::string& path,
                      KnowledgeGraph* graph);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_JSON_READER_H_
