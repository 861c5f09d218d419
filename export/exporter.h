// export/exporter.h
// Chooses a writer for an output path: by --format when given, else by the
// path's extension. Every writer writes atomically (see base/atomic_file.h).
//
//   Status s = ExportGraph(graph, "out.graphml", "");
//
// Formats: json (.json) — more are listed by KnownFormats().
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
  std::string format;  // empty: from the extension
};

// The format names --format accepts.
std::vector<std::string> KnownFormats();

// The format for `path`, or an error naming the path when neither `format`
// nor the extension says.
Status ResolveFormat(const std::string& path, const std::string& format,
                     std::string* resolved);

Status ExportGraph(const KnowledgeGraph& graph, const std::string& path,
                   const ExportOptions& options);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_EXPORTER_H_
