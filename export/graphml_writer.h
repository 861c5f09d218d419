// export/graphml_writer.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Writes a view of the graph (export/graph_view.h) as GraphML 1.1 that Gephi
// opens with no manual fixing and that validates against the GraphML schema
// (tests/export/schemas/graphml/graphml.xsd). Our own writer, not Boost's
// write_graphml, because Boost names nodes n0, n1... by index and we need the
// stable ids ("company:openai") that make files from different runs line up.
//
// The file, in short:
//
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
//     <key id="n_label" for="node" attr.name="label" attr.type="string"/>
//     <key id="n_r" for="node" attr.name="r" attr.type="int"/>  (g, b, size)
//     <key id="n_type" for="node" attr.name="type" attr.type="string"/>
//     ...                        (every view attribute, typed, for node or edge)
//     <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
//     <graph id="claimgraph" edgedefault="directed">
//       <node id="company:openai"><data key="n_label">OpenAI</data>...</node>
//       <edge id="e0" source="person:dylan-patel" target="company:openai">
//         <data key="e_weight">4.0</data>...</edge>
//
// - Keys are declared for="node" or for="edge", never "all" (Gephi turns an
//   "all" key named label into an ordinary column), with NMTOKEN attr.names
//   and the types GraphML allows (boolean, int, double, string).
// - Every node has `label`, `type`, a colour as `r`, `g`, `b` and a `size`;
//   every edge has `weight` and `label`. These are the names Gephi reads as
//   its own properties; NetworkX reads them as ordinary attributes.
// - Node ids are the graph's ids, made into NMTOKENs where they are not (see
//   ToXmlNmtoken); edge ids are e0, e1... in view order.
// - Absent values have no <data> element.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_GRAPHML_WRITER_H_
#define CLAIMGRAPH_EXPORT_GRAPHML_WRITER_H_

#include <string>

#include "base/status.h"
#include "export/graph_view.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// The whole document for `view` of `graph`, ending in a newline.
std::string ToGraphml(const KnowledgeGraph& graph, GraphViewKind view);

// Writes ToGraphml(graph, view) to `path` atomically ("-" for standard output),
// a megabyte at a time (export/block_output.h).
Status WriteGraphml(const KnowledgeGraph& graph, GraphViewKind view,
                    const std::string& path);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_GRAPHML_WRITER_H_
