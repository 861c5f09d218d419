#include "export/exporter.h"

#include <sys/stat.h>

#include <algorithm>

#include "export/claims_jsonl_writer.h"
#include "export/csv_writer.h"
#include "export/gexf_writer.h"
#include "export/graph_view.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"

namespace claimgraph {
namespace {

std::string Extension(const std::string& path) {
  size_t slash = path.find_last_of('/');
  size_t dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
    return "";
  return path.substr(dot + 1);
}

bool IsFolder(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::string FormatList() {
  std::string list;
  for (const std::string& name : KnownFormats()) list += (list.empty() ? "" : ", ") + name;
  return list;
}

}  // namespace

std::vector<std::string> KnownFormats() {
  return {"json", "jsonl", "graphml", "gexf", "csv"};
}

Status ResolveFormat(const std::string& path, const std::string& format,
                     std::string* resolved) {
  std::vector<std::string> known = KnownFormats();
  if (!format.empty()) {
    if (std::find(known.begin(), known.end(), format) == known.end())
      return Status::Error(path, 0,
                           "unknown format '" + format + "' (" + FormatList() + ")");
    if (format == "csv" && path == "-")
      return Status::Error(path, 0, "csv output is a folder; name one");
    *resolved = format;
    return Status::Ok();
  }
  // A trailing '/' says folder; then a known extension wins, so that an
  // existing folder called out.json is an error rather than a CSV folder.
  if (!path.empty() && path.back() == '/') {
    *resolved = "csv";
    return Status::Ok();
  }
  std::string extension = Extension(path);
  if (extension == "csv") {
    return Status::Error(path, 0,
                         "csv output is a folder (nodes.csv and edges.csv); "
                         "name a folder ending in '/'");
  }
  if (std::find(known.begin(), known.end(), extension) != known.end()) {
    *resolved = extension;
    return Status::Ok();
  }
  if (IsFolder(path)) {
    *resolved = "csv";
    return Status::Ok();
  }
  return Status::Error(path, 0,
                       "cannot tell the output format from the file name; "
                       "use --format (" + FormatList() + ")");
}

Status CheckExportOptions(const std::string& path, const ExportOptions& options) {
  std::string format;
  Status s = ResolveFormat(path, options.format, &format);
  if (!s.ok()) return s;
  if (options.view.empty()) return Status::Ok();
  if (!ParseGraphView(options.view))
    return Status::Error(path, 0,
                         "unknown view '" + options.view + "' (entities, claims)");
  if (format != "graphml" && format != "gexf")
    return Status::Error(path, 0,
                         "--view applies to graphml and gexf only, not " + format);
  return Status::Ok();
}

Status ExportGraph(const KnowledgeGraph& graph, const std::string& path,
                   const ExportOptions& options) {
  Status s = CheckExportOptions(path, options);
  if (!s.ok()) return s;
  std::string format;
  ResolveFormat(path, options.format, &format);
  GraphViewKind view = ParseGraphView(options.view).value_or(kDefaultGraphView);
  if (format == "jsonl") return WriteClaimsJsonl(graph, path);
  if (format == "graphml") return WriteGraphml(graph, view, path);
  if (format == "gexf") return WriteGexf(graph, view, path);
  if (format == "csv") return WriteCsvFolder(graph, path);
  return WriteJson(graph, path, options.jobs);
}

}  // namespace claimgraph
