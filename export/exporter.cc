#include "export/exporter.h"

#include <algorithm>

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

}  // namespace

std::vector<std::string> KnownFormats() { return {"json"}; }

Status ResolveFormat(const std::string& path, const std::string& format,
                     std::string* resolved) {
  std::vector<std::string> known = KnownFormats();
  std::string wanted = format.empty() ? Extension(path) : format;
  if (std::find(known.begin(), known.end(), wanted) == known.end()) {
    std::string list;
    for (const std::string& name : known) list += (list.empty() ? "" : ", ") + name;
    return Status::Error(path, 0,
                         format.empty()
                             ? "cannot tell the output format from the file name; "
                               "use --format (" + list + ")"
                             : "unknown format '" + format + "' (" + list + ")");
  }
  *resolved = wanted;
  return Status::Ok();
}

Status ExportGraph(const KnowledgeGraph& graph, const std::string& path,
                   const ExportOptions& options) {
  std::string format;
  Status s = ResolveFormat(path, options.format, &format);
  if (!s.ok()) return s;
  return WriteJson(graph, path);
}

}  // namespace claimgraph
