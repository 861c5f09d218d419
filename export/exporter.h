// export/exporter.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// Chooses a writer for an output path: by --format when given, else by the
// path's extension. Every writer writes atomically (see base/atomic_file.h):
// a temporary file beside the target, renamed into place only when complete.
//
//   Status s = ExportGraph(graph, "out.graphml", {.view = "claims"});
//
// Formats (KnownFormats()):
//   json     .json     the claimgraph JSON contract         export/json_writer.h
//   jsonl    .jsonl    one claim per line                   export/claims_jsonl_writer.h
//   graphml  .graphml  Gephi / NetworkX, one view           export/graphml_writer.h
//   gexf     .gexf     Gephi with a timeline, one view      export/gexf_writer.h
//   csv      a folder  nodes.csv + edges.csv (Gephi, Neo4j) export/csv_writer.h
// A path ending in '/' or naming an existing folder means csv.
//
// Views (graphml and gexf only): "entities" (the default) or "claims"; see
// export/graph_view.h.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_EXPORTER_H_
#define CLAIMGRAPH_EXPORT_EXPORTER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

struct ExportOptions {
  std::string format;  // empty: from the path
  std::string view;    // empty: the default view; graphml and gexf only
  int jobs = 1;        // json: threads making the text (0: one per core)
};

// The format names --format accepts.
std::vector<std::string> KnownFormats();

// The format for `path`, or an error naming the path when neither `format`
// nor the path says, or when `format` is not known.
Status ResolveFormat(const std::string& path, const std::string& format,
                     std::string* resolved);

// Checks the options for `path` without writing anything: the format
// resolves, and a view is known and asked only of graphml or gexf. Commands
// call this before the slow work, so that a typo fails at once.
Status CheckExportOptions(const std::string& path, const ExportOptions& options);

// Writes `graph` to `path` in the resolved format. Errors name the path.
Status ExportGraph(const KnowledgeGraph& graph, const std::string& path,
                   const ExportOptions& options);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_EXPORTER_H_
