#include "export/csv_writer.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "base/atomic_file.h"
#include "base/text.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

std::string Number(long long value) { return std::to_string(value); }
std::string Bool(bool value) { return value ? "true" : "false"; }

std::string Seconds(const std::optional<long long>& seconds) {
  return seconds ? Number(*seconds) : "";
}
std::string Clock(const std::optional<long long>& seconds) {
  return seconds ? FormatClock(*seconds) : "";
}

void Row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += fields[i];
  }
  out += '\n';
}

// "company" -> "Company"
std::string Neo4jLabel(std::string_view type) {
  std::string label(type);
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] -= 'a' - 'A';
  return label;
}

// "tried_to_acquire" -> "TRIED_TO_ACQUIRE"; other characters as they are.
std::string Neo4jType(std::string_view type) {
  std::string out(type);
  for (char& c : out) c = ToAsciiUpper(c);
  return out;
}

std::string JoinPath(const std::string& folder, const char* name) {
  if (!folder.empty() && folder.back() == '/') return folder + name;
  return folder + "/" + name;
}

}  // namespace

std::string ToNodesCsv(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  std::string out;
  Row(out, {":ID", "id", ":LABEL", "label", "type", "is_speaker:boolean",
            "mentions:int", "aliases:string[]", "episodes:string[]", "kind",
            "homepage", "wikidata", "title", "date", "source", "text", "speaker",
            "episode", "seconds:int", "time", "line:int", "relation", "subject",
            "object", "about:string[]", "modality", "negated:boolean"});
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& n = g[v];
    std::string type(NodeTypeName(n.type));
    std::string labels = Neo4jLabel(type);
    if (n.speaker) labels += ";Speaker";
    std::vector<std::string> row = {CsvField(n.id), CsvField(n.id), labels,
                                    CsvField(NodeLabel(n)), type};
    if (IsEntityType(n.type)) {
      row.insert(row.end(),
                 {n.type == NodeType::kPerson ? Bool(n.speaker) : "",
                  Number(n.profile().mentions), n.profile().aliases.empty() ? "" : CsvArray(n.profile().aliases),
                  n.profile().episodes.empty() ? "" : CsvArray(n.profile().episodes), CsvField(n.profile().kind),
                  CsvField(n.profile().homepage), CsvField(n.profile().wikidata)});
    } else {
      row.insert(row.end(), 7, "");
    }
    if (n.type == NodeType::kEpisode) {
      row.insert(row.end(), {CsvField(n.profile().title), CsvField(n.profile().date), CsvField(n.profile().source)});
    } else {
      row.insert(row.end(), 3, "");
    }
    if (n.type == NodeType::kClaim) {
      row.insert(row.end(),
                 {CsvField(n.text), CsvField(n.claim_speaker), CsvField(n.episode),
                  Seconds(n.seconds), Clock(n.seconds), Number(n.line),
                  CsvField(n.relation), CsvField(n.subject), CsvField(n.object),
                  n.about.empty() ? "" : CsvArray(n.about), CsvField(n.modality),
                  Bool(n.negated)});
    } else {
      row.insert(row.end(), 12, "");
    }
    Row(out, row);
  }
  return out;
}

std::string ToEdgesCsv(const KnowledgeGraph& graph) {
  const KnowledgeGraph::Graph& g = graph.graph();
  std::string out;
  Row(out, {":START_ID", ":END_ID", ":TYPE", "source", "target", "kind", "key",
            "episode", "seconds:int", "time", "line:int", "role", "claim",
            "speaker", "modality", "negated:boolean"});
  std::string key;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeData edge = EdgeAt(g, e);
    std::string source = CsvField(g[boost::source(e, g)].id);
    std::string target = CsvField(g[boost::target(e, g)].id);
    bool timed = edge.type != "appears_in" && edge.type != "about";
    bool relation = !edge.claim.empty();
    Row(out, {source, target, CsvField(Neo4jType(edge.type)), source, target,
              CsvField(edge.type), CsvField(EdgeKey(g, e, key)), CsvField(edge.episode),
              timed ? Seconds(edge.seconds) : "", timed ? Clock(edge.seconds) : "",
              timed ? Number(edge.line) : "", CsvField(edge.role),
              CsvField(edge.claim), CsvField(edge.speaker),
              CsvField(edge.modality), relation ? Bool(edge.negated) : ""});
  }
  return out;
}

Status WriteCsvFolder(const KnowledgeGraph& graph, const std::string& folder) {
  struct stat info;
  if (stat(folder.c_str(), &info) == 0) {
    if (!S_ISDIR(info.st_mode))
      return Status::Error(folder, 0, "cannot write CSV: not a folder");
  } else if (mkdir(folder.c_str(), 0777) != 0) {
    return Status::Error(folder, 0,
                         std::string("cannot create folder: ") + std::strerror(errno));
  }
  std::string nodes = ToNodesCsv(graph);
  std::string edges = ToEdgesCsv(graph);
  AtomicFileWriter nodes_out(JoinPath(folder, "nodes.csv"));
  if (!nodes_out.status().ok()) return nodes_out.status();
  AtomicFileWriter edges_out(JoinPath(folder, "edges.csv"));
  if (!edges_out.status().ok()) return edges_out.status();
  // Both temporary files are complete and flushed before either is renamed.
  nodes_out.stream() << nodes << std::flush;
  edges_out.stream() << edges << std::flush;
  if (!nodes_out.stream()) return nodes_out.Commit();  // reports the write error
  if (!edges_out.stream()) return edges_out.Commit();
  Status s = nodes_out.Commit();
  if (!s.ok()) return s;
  return edges_out.Commit();
}

}  // namespace claimgraph
