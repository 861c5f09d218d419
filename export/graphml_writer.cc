#include "export/graphml_writer.h"

#include <charconv>
#include <deque>
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

// One <data> element; `key` is an NMTOKEN and `value` is escaped here.
void Data(std::string& out, std::string_view key, const AttrValue& value) {
  out += "      <data key=\""sv;
  out += key;
  out += "\">"sv;
  AppendXmlValue(out, value, AppendXmlText);
  out += "</data>\n"sv;
}

void DataText(std::string& out, std::string_view key, std::string_view text) {
  out += "      <data key=\""sv;
  out += key;
  out += "\">"sv;
  AppendXmlText(out, text);
  out += "</data>\n"sv;
}

void AppendInt(std::string& out, long long value) {
  char buffer[24];
  out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, value).ptr);
}

// `keys` are the ids of the r, g and b keys.
void Color(std::string& out, const std::string_view (&keys)[3], const Rgb& color) {
  const int parts[3] = {color.r, color.g, color.b};
  for (int i = 0; i < 3; ++i) {
    out += "      <data key=\""sv;
    out += keys[i];
    out += "\">"sv;
    AppendInt(out, parts[i]);
    out += "</data>\n"sv;
  }
}

// Graph ids as NMTOKENs, unique, by node position. Graph ids are unique, so
// when every one is an NMTOKEN already (the usual case) they are used as
// they are. Otherwise an id that only becomes an NMTOKEN by escaping could
// meet one spelled that way already, so repeats get a suffix. `made` keeps
// the ids made here. An NMTOKEN holds nothing an attribute escapes (no
// quotes, '&', '<', '>' or whitespace), so they go into the file as they are.
std::vector<std::string_view> UniqueNodeIds(const std::vector<ViewNode>& nodes,
                                            std::deque<std::string>* made) {
  std::vector<std::string_view> ids;
  ids.reserve(nodes.size());
  bool all_tokens = true;
  for (const ViewNode& node : nodes) {
    if (!IsXmlNmtoken(node.id)) {
      all_tokens = false;
      break;
    }
    ids.push_back(node.id);
  }
  if (all_tokens) return ids;
  ids.clear();
  std::unordered_set<std::string_view> used;
  used.reserve(nodes.size());
  for (const ViewNode& node : nodes) {
    std::string token = ToXmlNmtoken(node.id);
    std::string unique = token;
    for (int n = 2; used.count(unique); ++n) unique = token + "_" + std::to_string(n);
    ids.push_back(made->emplace_back(std::move(unique)));
    used.insert(ids.back());
  }
  return ids;
}

GraphView GraphmlView(const KnowledgeGraph& graph, GraphViewKind kind) {
  return BuildGraphView(graph, kind, /*one_edge_per_pair=*/true, /*with_moments=*/false);
}

void WriteDocument(const GraphView& view, BlockOutput& block) {
  std::string& out = block.buffer();
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<!-- claimgraph ";
  out += kVersion;
  out += ", ";
  out += GraphViewName(view.kind);
  out += " view: open in Gephi with File > Open -->\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

  // Gephi's own properties first, then the view's attributes.
  Key(out, "n_label", "node", "label", "string");
  Key(out, "n_r", "node", "r", "int");
  Key(out, "n_g", "node", "g", "int");
  Key(out, "n_b", "node", "b", "int");
  Key(out, "n_size", "node", "size", "double");
  for (const AttrSpec& spec : view.node_attrs)
    Key(out, "n_" + spec.name, "node", spec.name, GraphmlType(spec.type));
  Key(out, "e_label", "edge", "label", "string");
  Key(out, "e_weight", "edge", "weight", "double");
  Key(out, "e_r", "edge", "r", "int");
  Key(out, "e_g", "edge", "g", "int");
  Key(out, "e_b", "edge", "b", "int");
  for (const AttrSpec& spec : view.edge_attrs)
    Key(out, "e_" + spec.name, "edge", spec.name, GraphmlType(spec.type));

  // Key ids are the same for every node and edge: build them once.
  auto key_ids = [](const char* prefix, const std::vector<AttrSpec>& specs) {
    std::vector<std::string> keys;
    for (const AttrSpec& spec : specs) keys.push_back(prefix + spec.name);
    return keys;
  };
  const std::vector<std::string> node_keys = key_ids("n_", view.node_attrs);
  const std::vector<std::string> edge_keys = key_ids("e_", view.edge_attrs);

  out += "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  static constexpr std::string_view kNodeColor[3] = {"n_r", "n_g", "n_b"};
  static constexpr std::string_view kEdgeColor[3] = {"e_r", "e_g", "e_b"};
  std::deque<std::string> made_ids;
  const std::vector<std::string_view> ids = UniqueNodeIds(view.nodes, &made_ids);
  for (size_t n = 0; n < view.nodes.size(); ++n) {
    const ViewNode& node = view.nodes[n];
    out += "    <node id=\""sv;
    out += ids[n];
    out += "\">\n"sv;
    DataText(out, "n_label", node.label);
    Color(out, kNodeColor, node.color);
    Data(out, "n_size", node.size);
    for (const AttrEntry& entry : node.values) Data(out, node_keys[entry.attr], entry.value);
    out += "    </node>\n"sv;
    block.Flush();
  }
  for (size_t e = 0; e < view.edges.size(); ++e) {
    const ViewEdge& edge = view.edges[e];
    out += "    <edge id=\"e"sv;
    AppendInt(out, static_cast<long long>(e));
    out += "\" source=\""sv;
    out += ids[edge.source_node];
    out += "\" target=\""sv;
    out += ids[edge.target_node];
    out += "\">\n"sv;
    DataText(out, "e_label", edge.label);
    Data(out, "e_weight", edge.weight);
    if (edge.color) Color(out, kEdgeColor, *edge.color);
    for (const AttrEntry& entry : edge.values) Data(out, edge_keys[entry.attr], entry.value);
    out += "    </edge>\n"sv;
    block.Flush();
  }
  out += "  </graph>\n</graphml>\n";
  block.Finish();
}

}  // namespace

std::string ToGraphml(const KnowledgeGraph& graph, GraphViewKind kind) {
  GraphView view = GraphmlView(graph, kind);
  BlockOutput out(nullptr, EstimatedXmlBytes(view));
  WriteDocument(view, out);
  return out.TakeText();
}

Status WriteGraphml(const KnowledgeGraph& graph, GraphViewKind kind,
                    const std::string& path) {
  GraphView view = GraphmlView(graph, kind);
  AtomicFileWriter file(path);
  if (!file.status().ok()) return file.status();
  BlockOutput out(&file.stream());
  WriteDocument(view, out);
  return file.Commit();
}

}  // namespace claimgraph
