#include "export/graphml_writer.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <span>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "base/atomic_file.h"
#include "base/version.h"
#include "export/block_output.h"
#include "export/text_escape.h"

namespace claimgraph {
namespace {

std::string_view GraphmlType(AttrType type) {
  switch (type) {
    case AttrType::kString: return "string";
    case AttrType::kInt: return "int";
    case AttrType::kDouble: return "double";
    case AttrType::kBoolean: return "boolean";
  }
  return "string";
}

void Key(std::string& out, const std::string& id, const char* domain,
         const std::string& name, std::string_view type) {
  out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + name +
         "\" attr.type=\"" + std::string(type) + "\"/>\n";
}

// Markup goes in as string_views: `out += "..."` would measure every
// literal again for each of a million elements.
using namespace std::string_view_literals;

// The start of a <data> element for the key with id `key` (an NMTOKEN):
// made once per key, as a file has millions of them.
std::string DataStart(std::string_view key) {
  std::string start = "      <data key=\"";
  start += key;
  start += "\">";
  return start;
}

// One <data> element; `value` is escaped here.
void Data(std::string& out, std::string_view start, const AttrValue& value) {
  out += start;
  AppendXmlValue(out, value, AppendXmlText);
  out += "</data>\n"sv;
}

void DataText(std::string& out, std::string_view start, std::string_view text) {
  out += start;
  AppendXmlText(out, text);
  out += "</data>\n"sv;
}

void AppendInt(std::string& out, long long value) {
  char buffer[24];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

// The r, g and b elements of a colour, kept for the last colour asked for:
// nodes and edges come in long runs of one colour (claims, said edges).
class ColorElements {
 public:
  explicit ColorElements(std::string_view prefix)
      : starts_{DataStart(std::string(prefix) + "r"), DataStart(std::string(prefix) + "g"),
                DataStart(std::string(prefix) + "b")} {}

  const std::string& Of(const Rgb& color) {
    if (text_.empty() || color.r != last_.r || color.g != last_.g || color.b != last_.b) {
      last_ = color;
      text_.clear();
      const int parts[3] = {color.r, color.g, color.b};
      for (int i = 0; i < 3; ++i) {
        text_ += starts_[i];
        AppendInt(text_, parts[i]);
        text_ += "</data>\n"sv;
      }
    }
    return text_;
  }

 private:
  std::string starts_[3];
  Rgb last_;
  std::string text_;
};

// Graph ids as NMTOKENs, unique, by node position. Graph ids are unique, so
// when every one is an NMTOKEN already (the usual case) they are used as
// they are. Otherwise an id that only becomes an NMTOKEN by escaping could
// meet one spelled that way already, so repeats get a suffix. `made` keeps
// the ids made here. An NMTOKEN holds nothing an attribute escapes (no
// quotes, '&', '<', '>' or whitespace), so they go into the file as they are.
std::vector<std::string_view> UniqueNodeIds(std::span<const std::string_view> node_ids,
                                            std::deque<std::string>* made) {
  if (std::all_of(node_ids.begin(), node_ids.end(), IsXmlNmtoken))
    return {node_ids.begin(), node_ids.end()};
  std::vector<std::string_view> ids;
  ids.reserve(node_ids.size());
  std::unordered_set<std::string_view> used;
  used.reserve(node_ids.size());
  for (std::string_view id : node_ids) {
    std::string token = ToXmlNmtoken(id);
    std::string unique = token;
    for (int n = 2; used.count(unique); ++n) unique = token + "_" + std::to_string(n);
    ids.push_back(made->emplace_back(std::move(unique)));
    used.insert(ids.back());
  }
  return ids;
}

// Writes each node and edge as the view makes it.
class GraphmlDocument : public GraphViewVisitor {
 public:
  explicit GraphmlDocument(BlockOutput& block) : block_(block), out_(block.buffer()) {}

  void Begin(const GraphView& header, std::span<const std::string_view> node_ids) override {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ += "<!-- claimgraph ";
    out_ += kVersion;
    out_ += ", ";
    out_ += GraphViewName(header.kind);
    out_ += " view: open in Gephi with File > Open -->\n";
    out_ += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

    // Gephi's own properties first, then the view's attributes.
    Key(out_, "n_label", "node", "label", "string");
    Key(out_, "n_r", "node", "r", "int");
    Key(out_, "n_g", "node", "g", "int");
    Key(out_, "n_b", "node", "b", "int");
    Key(out_, "n_size", "node", "size", "double");
    for (const AttrSpec& spec : header.node_attrs)
      Key(out_, "n_" + spec.name, "node", spec.name, GraphmlType(spec.type));
    Key(out_, "e_label", "edge", "label", "string");
    Key(out_, "e_weight", "edge", "weight", "double");
    Key(out_, "e_r", "edge", "r", "int");
    Key(out_, "e_g", "edge", "g", "int");
    Key(out_, "e_b", "edge", "b", "int");
    for (const AttrSpec& spec : header.edge_attrs)
      Key(out_, "e_" + spec.name, "edge", spec.name, GraphmlType(spec.type));

    for (const AttrSpec& spec : header.node_attrs)
      node_starts_.push_back(DataStart("n_" + spec.name));
    for (const AttrSpec& spec : header.edge_attrs)
      edge_starts_.push_back(DataStart("e_" + spec.name));
    ids_ = UniqueNodeIds(node_ids, &made_ids_);
    out_ += "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  }

  void Node(const ViewNode& node) override {
    out_ += "    <node id=\""sv;
    out_ += ids_[nodes_++];
    out_ += "\">\n"sv;
    DataText(out_, kNodeLabel, node.label);
    out_ += node_color_.Of(node.color);
    Data(out_, kNodeSize, node.size);
    for (const AttrEntry& entry : node.values) Data(out_, node_starts_[entry.attr], entry.value);
    out_ += "    </node>\n"sv;
    block_.Flush();
  }

  void Edge(const ViewEdge& edge) override {
    out_ += "    <edge id=\"e"sv;
    AppendInt(out_, edges_++);
    out_ += "\" source=\""sv;
    out_ += ids_[edge.source_node];
    out_ += "\" target=\""sv;
    out_ += ids_[edge.target_node];
    out_ += "\">\n"sv;
    DataText(out_, kEdgeLabel, edge.label);
    Data(out_, kEdgeWeight, edge.weight);
    if (edge.color) out_ += edge_color_.Of(*edge.color);
    for (const AttrEntry& entry : edge.values) Data(out_, edge_starts_[entry.attr], entry.value);
    out_ += "    </edge>\n"sv;
    block_.Flush();
  }

  void Finish() {
    out_ += "  </graph>\n</graphml>\n";
    block_.Finish();
  }

 private:
  BlockOutput& block_;
  std::string& out_;  // block_'s buffer, which it keeps for its whole life
  static constexpr std::string_view kNodeLabel = "      <data key=\"n_label\">";
  static constexpr std::string_view kNodeSize = "      <data key=\"n_size\">";
  static constexpr std::string_view kEdgeLabel = "      <data key=\"e_label\">";
  static constexpr std::string_view kEdgeWeight = "      <data key=\"e_weight\">";
  std::vector<std::string> node_starts_, edge_starts_;  // by attribute
  ColorElements node_color_{"n_"}, edge_color_{"e_"};
  std::deque<std::string> made_ids_;
  std::vector<std::string_view> ids_;  // by node position
  size_t nodes_ = 0;
  long long edges_ = 0;
};

void WriteDocument(const KnowledgeGraph& graph, GraphViewKind kind, BlockOutput& block) {
  GraphmlDocument document(block);
  VisitGraphView(graph, kind, /*one_edge_per_pair=*/true, document);
  document.Finish();
}

}  // namespace

std::string ToGraphml(const KnowledgeGraph& graph, GraphViewKind kind) {
  BlockOutput out;
  WriteDocument(graph, kind, out);
  return out.TakeText();
}

Status WriteGraphml(const KnowledgeGraph& graph, GraphViewKind kind,
                    const std::string& path) {
  AtomicFileWriter file(path);
  if (!file.status().ok()) return file.status();
  BlockOutput out(&file.stream());
  WriteDocument(graph, kind, out);
  return file.Commit();
}

}  // namespace claimgraph
