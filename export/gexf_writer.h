// export/gexf_writer.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes a view of the graph (export/graph_view.h) as GEXF 1.3, Gephi's own
// format, with time, so that Gephi's timeline replays the conversation. The
// file validates against the GEXF 1.3 RelaxNG schema
// (tests/export/schemas/gexf-1.3/gexf.rng).
//
//   <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
//     <meta><creator>claimgraph X.Y.Z</creator><description>...</description></meta>
//     <graph defaultedgetype="directed" mode="dynamic" timeformat="double">
//       <attributes class="node"><attribute id="type" title="type" type="string"/>...
//       <nodes count="N">
//         <node id="company:openai" label="OpenAI" start="18.0">
//           <attvalues><attvalue for="type" value="company"/>...</attvalues>
//           <viz:color r="0" g="114" b="178"/><viz:size value="16.0"/>
//         </node>
//       <edges count="M">
//         <edge id="e0" source="person:dylan-patel" target="company:openai"
//               kind="mentions" label="mentions" weight="3.0" start="18.0">...
//
// Time. Every node and edge starts at its first moment (first mention, first
// turn, the claim) and has no end, so an entity stays on the timeline from
// the moment it is first named. A node never starts after an edge that
// touches it. The clock:
//   - one episode, or several without dates: timeformat="double", seconds
//     into the episode (several undated episodes are laid end to end, in
//     graph order, each after the last turn of the one before);
//   - several episodes that all have dates: timeformat="dateTime",
//     publication date plus offset ("2025-06-30T00:07:11");
//   - nothing timed at all (untimed layouts): mode="static", no times.
//
// Edges carry `kind` = their type (mentions, said, about, appears_in or the
// relation), so Gephi keeps edges of different kinds between the same two
// nodes apart; the view has at most one edge per (source, target, kind).
// Node and edge labels are XML tokens: runs of whitespace fold to one space.
// No xsi:schemaLocation and no date stamp, so the output is byte-identical
// for the same graph.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_GEXF_WRITER_H_
#define CLAIMGRAPH_EXPORT_GEXF_WRITER_H_

#include <string>

#include "base/status.h"
#include "export/graph_view.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// The whole document for `view` of `graph`, ending in a newline.
std::string ToGexf(const KnowledgeGraph& graph, GraphViewKind view);

// Writes ToGexf(graph, view) to `path` atomically ("-" for standard output),
// a megabyte at a time (export/block_output.h).
Status WriteGexf(const KnowledgeGraph& graph, GraphViewKind view,
                 const std::string& path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_GEXF_WRITER_H_
