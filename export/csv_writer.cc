#include "export/csv_writer.h"

#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <initializer_list>
#include <span>

#include "base/atomic_file.h"
#include "base/text.h"
#include "export/block_output.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

// One row, its fields appended in place: a graph of millions of rows is
// written without a string or a vector for each field.
class CsvRow {
 public:
  explicit CsvRow(BlockOutput& block) : block_(block), out_(block.buffer()) {}

  // Text, quoted and escaped as CsvField quotes it.
  CsvRow& Text(std::string_view text) {
    Separate();
    AppendCsvField(out_, text);
    return *this;
  }
  // Bytes that need no quoting: header names, numbers, labels, booleans.
  CsvRow& Plain(std::string_view text) {
    Separate();
    out_ += text;
    return *this;
  }
  CsvRow& List(std::span<const InternedString> items) {
    return items.empty() ? Empty() : Plain(CsvArray(items));
  }
  CsvRow& Number(long long value) {
    char digits[24];
    return Plain({digits, std::to_chars(digits, digits + sizeof digits, value).ptr});
  }
  CsvRow& Bool(bool value) { return Plain(value ? "true" : "false"); }
  CsvRow& Seconds(const std::optional<long long>& seconds) {
    return seconds ? Number(*seconds) : Empty();
  }
  CsvRow& Clock(const std::optional<long long>& seconds) {
    return seconds ? Plain(FormatClock(*seconds)) : Empty();
  }
  CsvRow& Empty(int count = 1) {
    for (int i = 0; i < count; ++i) Separate();
    return *this;
  }
  // Ends the line; the block goes to the file when it is full.
  void End() {
    out_ += '\n';
    block_.Flush();
  }

 private:
  void Separate() {
    if (fields_++ > 0) out_ += ',';
  }

  BlockOutput& block_;
  std::string& out_;
  int fields_ = 0;
};

void Header(BlockOutput& block, std::initializer_list<std::string_view> names) {
  CsvRow row(block);
  for (std::string_view name : names) row.Plain(name);
  row.End();
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

void WriteNodes(const KnowledgeGraph& graph, BlockOutput& out) {
  const KnowledgeGraph::Graph& g = graph.graph();
  Header(out, {":ID", "id", ":LABEL", "label", "type", "is_speaker:boolean",
               "mentions:int", "aliases:string[]", "episodes:string[]", "kind",
               "homepage", "wikidata", "title", "date", "source", "text", "speaker",
               "episode", "seconds:int", "time", "line:int", "relation", "subject",
               "object", "about:string[]", "modality", "negated:boolean"});
  std::string labels;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& n = g[v];
    std::string_view type = NodeTypeName(n.type);
    labels = Neo4jLabel(type);
    if (n.speaker) labels += ";Speaker";
    CsvRow row(out);
    row.Text(n.id).Text(n.id).Plain(labels).Text(NodeLabel(n)).Plain(type);
    if (IsEntityType(n.type)) {
      const NodeProfile& profile = n.profile();
      if (n.type == NodeType::kPerson) {
        row.Bool(n.speaker);
      } else {
        row.Empty();
      }
      row.Number(profile.mentions).List(profile.aliases).List(profile.episodes);
      row.Text(profile.kind).Text(profile.homepage).Text(profile.wikidata);
    } else {
      row.Empty(7);
    }
    if (n.type == NodeType::kEpisode) {
      row.Text(n.profile().title).Text(n.profile().date).Text(n.profile().source);
    } else {
      row.Empty(3);
    }
    if (n.type == NodeType::kClaim) {
      row.Text(n.text).Text(n.claim_speaker).Text(n.episode);
      row.Seconds(n.seconds).Clock(n.seconds).Number(n.line);
      row.Text(n.relation).Text(n.subject).Text(n.object).List(n.about);
      row.Text(n.modality).Bool(n.negated);
    } else {
      row.Empty(12);
    }
    row.End();
  }
  out.Finish();
}

void WriteEdges(const KnowledgeGraph& graph, BlockOutput& out) {
  const KnowledgeGraph::Graph& g = graph.graph();
  Header(out, {":START_ID", ":END_ID", ":TYPE", "source", "target", "kind", "key",
               "episode", "seconds:int", "time", "line:int", "role", "claim",
               "speaker", "modality", "negated:boolean"});
  std::string key;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeData edge = EdgeAt(g, e);
    const InternedString& source = g[boost::source(e, g)].id;
    const InternedString& target = g[boost::target(e, g)].id;
    bool timed = edge.type != "appears_in" && edge.type != "about";
    bool relation = !edge.claim.empty();
    CsvRow row(out);
    row.Text(source).Text(target).Text(Neo4jType(edge.type)).Text(source).Text(target);
    row.Text(edge.type).Text(EdgeKey(g, e, key)).Text(edge.episode);
    if (timed) {
      row.Seconds(edge.seconds).Clock(edge.seconds).Number(edge.line);
    } else {
      row.Empty(3);
    }
    row.Text(edge.role).Text(edge.claim).Text(edge.speaker).Text(edge.modality);
    if (relation) {
      row.Bool(edge.negated);
    } else {
      row.Empty();
    }
    row.End();
  }
  out.Finish();
}

}  // namespace

std::string ToNodesCsv(const KnowledgeGraph& graph) {
  BlockOutput out;
  WriteNodes(graph, out);
  return out.TakeText();
}

std::string ToEdgesCsv(const KnowledgeGraph& graph) {
  BlockOutput out;
  WriteEdges(graph, out);
  return out.TakeText();
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
  AtomicFileWriter nodes_out(JoinPath(folder, "nodes.csv"));
  if (!nodes_out.status().ok()) return nodes_out.status();
  AtomicFileWriter edges_out(JoinPath(folder, "edges.csv"));
  if (!edges_out.status().ok()) return edges_out.status();
  // Each file is written a block at a time; both temporary files are
  // complete and flushed before either is renamed.
  BlockOutput nodes(&nodes_out.stream());
  WriteNodes(graph, nodes);
  nodes_out.stream() << std::flush;
  BlockOutput edges(&edges_out.stream());
  WriteEdges(graph, edges);
  edges_out.stream() << std::flush;
  if (!nodes_out.stream()) return nodes_out.Commit();  // reports the write error
  if (!edges_out.stream()) return edges_out.Commit();
  Status s = nodes_out.Commit();
  if (!s.ok()) return s;
  return edges_out.Commit();
}

}  // namespace claimgraph
