#include "export/graphml_writer.h"

#include <utility>

#include "base/atomic_file.h"
#include "base/string_map.h"
#include "base/version.h"
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

// One <data> element; `key` is an NMTOKEN and `value` is escaped here.
void Data(std::string& out, std::string_view key, const AttrValue& value) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  AppendXmlValue(out, value, AppendXmlText);
  out += "</data>\n";
}

void DataText(std::string& out, std::string_view key, std::string_view text) {
  out += "      <data key=\"";
  out += key;
  out += "\">";
  AppendXmlText(out, text);
  out += "</data>\n";
}

void Color(std::string& out, std::string_view prefix, const Rgb& color) {
  for (auto [suffix, part] : {std::pair{"r", color.r}, {"g", color.g}, {"b", color.b}}) {
    out += "      <data key=\"";
    out += prefix;
    out += suffix;
    out += "\">";
    out += std::to_string(part);
    out += "</data>\n";
  }
}

// Graph ids as NMTOKENs, unique: an id that only becomes an NMTOKEN by
// escaping could meet one spelled that way already, so repeats get a suffix.
// Returns them escaped for an attribute, by node position.
std::vector<std::string> UniqueNodeIds(const std::vector<ViewNode>& nodes) {
  std::vector<std::string> ids;
  ids.reserve(nodes.size());
  StringSet used;
  for (const ViewNode& node : nodes) {
    std::string token = ToXmlNmtoken(node.id);
    std::string unique = token;
    for (int n = 2; used.count(unique); ++n) unique = token + "_" + std::to_string(n);
    ids.push_back(EscapeXmlAttribute(unique));
    used.insert(std::move(unique));
  }
  return ids;
}

}  // namespace

std::string ToGraphml(const KnowledgeGraph& graph, GraphViewKind kind) {
  GraphView view = BuildGraphView(graph, kind, /*one_edge_per_pair=*/true);
  std::string out;
  out.reserve(EstimatedXmlBytes(view));
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<!-- claimgraph ";
  out += kVersion;
  out += ", ";
  out += GraphViewName(kind);
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
  const std::vector<std::string> ids = UniqueNodeIds(view.nodes);
  for (size_t n = 0; n < view.nodes.size(); ++n) {
    const ViewNode& node = view.nodes[n];
    out += "    <node id=\"";
    out += ids[n];
    out += "\">\n";
    DataText(out, "n_label", node.label);
    Color(out, "n_", node.color);
    Data(out, "n_size", node.size);
    for (size_t i = 0; i < node.values.size(); ++i) {
      if (node.values[i]) Data(out, node_keys[i], *node.values[i]);
    }
    out += "    </node>\n";
  }
  for (size_t e = 0; e < view.edges.size(); ++e) {
    const ViewEdge& edge = view.edges[e];
    out += "    <edge id=\"e";
    out += std::to_string(e);
    out += "\" source=\"";
    out += ids[edge.source_node];
    out += "\" target=\"";
    out += ids[edge.target_node];
    out += "\">\n";
    DataText(out, "e_label", edge.label);
    Data(out, "e_weight", edge.weight);
    if (edge.color) Color(out, "e_", *edge.color);
    for (size_t i = 0; i < edge.values.size(); ++i) {
      if (edge.values[i]) Data(out, edge_keys[i], *edge.values[i]);
    }
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

Status WriteGraphml(const KnowledgeGraph& graph, GraphViewKind view,
                    const std::string& path) {
  return WriteFileAtomically(path, ToGraphml(graph, view));
}

}  // namespace claimgraph
