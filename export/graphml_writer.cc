#include "export/graphml_writer.h"

#include <unordered_map>
#include <unordered_set>

#include "base/atomic_file.h"
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

std::string ValueText(const AttrValue& value) {
  if (const std::string* s = std::get_if<std::string>(&value)) return EscapeXmlText(*s);
  if (const long long* i = std::get_if<long long>(&value)) return std::to_string(*i);
  if (const double* d = std::get_if<double>(&value)) return FormatDouble(*d);
  return std::get<bool>(value) ? "true" : "false";
}

void Key(std::string& out, const std::string& id, const char* domain,
         const std::string& name, std::string_view type) {
  out += "  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + name +
         "\" attr.type=\"" + std::string(type) + "\"/>\n";
}

void Data(std::string& out, const std::string& key, const std::string& text) {
  out += "      <data key=\"" + key + "\">" + text + "</data>\n";
}

// Graph ids as NMTOKENs, unique: an id that only becomes an NMTOKEN by
// escaping could meet one spelled that way already, so repeats get a suffix.
class NodeIds {
 public:
  const std::string& Add(const std::string& id) {
    std::string token = ToXmlNmtoken(id);
    std::string unique = token;
    for (int n = 2; used_.count(unique); ++n) unique = token + "_" + std::to_string(n);
    used_.insert(unique);
    return ids_[id] = unique;
  }
  const std::string& Get(const std::string& id) const { return ids_.at(id); }

 private:
  std::unordered_map<std::string, std::string> ids_;
  std::unordered_set<std::string> used_;
};

}  // namespace

std::string ToGraphml(const KnowledgeGraph& graph, GraphViewKind kind) {
  GraphView view = BuildGraphView(graph, kind, /*one_edge_per_pair=*/true);
  std::string out;
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

  out += "  <graph id=\"claimgraph\" edgedefault=\"directed\">\n";
  NodeIds ids;
  for (const ViewNode& node : view.nodes) {
    out += "    <node id=\"" + EscapeXmlAttribute(ids.Add(node.id)) + "\">\n";
    Data(out, "n_label", EscapeXmlText(node.label));
    Data(out, "n_r", std::to_string(node.color.r));
    Data(out, "n_g", std::to_string(node.color.g));
    Data(out, "n_b", std::to_string(node.color.b));
    Data(out, "n_size", FormatDouble(node.size));
    for (size_t i = 0; i < node.values.size(); ++i) {
      if (node.values[i])
        Data(out, "n_" + view.node_attrs[i].name, ValueText(*node.values[i]));
    }
    out += "    </node>\n";
  }
  for (size_t e = 0; e < view.edges.size(); ++e) {
    const ViewEdge& edge = view.edges[e];
    out += "    <edge id=\"e" + std::to_string(e) + "\" source=\"" +
           EscapeXmlAttribute(ids.Get(edge.source)) + "\" target=\"" +
           EscapeXmlAttribute(ids.Get(edge.target)) + "\">\n";
    Data(out, "e_label", EscapeXmlText(edge.label));
    Data(out, "e_weight", FormatDouble(edge.weight));
    if (edge.color) {
      Data(out, "e_r", std::to_string(edge.color->r));
      Data(out, "e_g", std::to_string(edge.color->g));
      Data(out, "e_b", std::to_string(edge.color->b));
    }
    for (size_t i = 0; i < edge.values.size(); ++i) {
      if (edge.values[i])
        Data(out, "e_" + view.edge_attrs[i].name, ValueText(*edge.values[i]));
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
