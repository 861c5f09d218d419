// export/graph_view.h
// Stage 6 of 6: transcript -> segments -> mentions -> claims -> graph -> [export]
//
// What the Gephi formats (GraphML, GEXF) draw: a view of the knowledge graph
// with typed attributes, a colour and size per node type, and no parallel
// edges that Gephi would silently sum. Gephi keys edges by (source, target,
// kind) and by default merges repeats into one edge that keeps only one of
// their attribute sets, so per-claim facts never ride on repeated edges:
//
//   claims view    every node of the graph: speakers, entities, episodes, and
//                  each claim as a node. Edges: speaker -said-> claim
//                  -about-> entity (role subject, object or mention);
//                  speaker -appears_in-> episode (weight: turns); speaker
//                  -mentions-> entity, one per pair (weight: mentions).
//   entities view  people, companies, models and products only. Mentions
//                  become one weighted speaker -> entity edge per pair;
//                  relation claims become one edge per (subject, relation,
//                  object) with a count, the speakers who said it, the claim
//                  ids and how many were negated.
//
// GraphML has no edge kind, so for it `one_edge_per_pair` folds everything
// between the same two nodes (in that direction) into one edge: a speaker who
// mentions OpenAI and says he works there gets one edge of type `works_at`
// with mentions > 0 and claims = 1; two relations between the same pair give
// type "acquired+invested_in". GEXF keeps one edge per kind.
//
//   GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
//   for (const ViewNode& node : view.nodes) ...
//
// or, for a writer that needs no timeline, each item as it is made:
//
//   VisitGraphView(graph, GraphViewKind::kClaims, true, writer);
//
// Nodes keep graph order; edges come in order of their first underlying
// graph edge. The same graph gives the same view.
//
// The view borrows the graph's text rather than copying it (an export of a
// thousand episodes would otherwise copy every claim once more): keep the
// graph alive, and unchanged, while the view is in use.
//
// Thread safety: reads the graph only.
#ifndef CLAIMGRAPH_EXPORT_GRAPH_VIEW_H_
#define CLAIMGRAPH_EXPORT_GRAPH_VIEW_H_

#include <cstddef>
#include <deque>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "graph/knowledge_graph.h"

namespace claimgraph {

enum class GraphViewKind { kEntities, kClaims };

// The view a Gephi export uses when none is asked for: the entities view,
// whose first picture is a readable map of who talks about whom (the claims
// view adds a node per claim, hundreds per episode).
inline constexpr GraphViewKind kDefaultGraphView = GraphViewKind::kEntities;

// "entities", "claims".
std::string_view GraphViewName(GraphViewKind kind);
std::optional<GraphViewKind> ParseGraphView(std::string_view name);

// The attribute types both GraphML and GEXF know (GraphML spells kInt "int",
// GEXF "integer").
enum class AttrType { kString, kInt, kDouble, kBoolean };

struct AttrSpec {
  std::string name;  // an XML NMTOKEN: letters, digits and '_'
  AttrType type = AttrType::kString;
};

// Text is a std::string when the view made it (joined lists, clock times)
// and a std::string_view into the graph when the graph has it already.
using AttrValue = std::variant<std::string, long long, double, bool, std::string_view>;

// The text of a string value of either kind; nullopt for numbers and booleans.
std::optional<std::string_view> AttrText(const AttrValue& value);

// One value an item has: `attr` is its place in GraphView::node_attrs (or
// edge_attrs). Items list only the values they have, in attribute order: a
// claim node has a dozen of the view's two dozen attributes, an entity six.
struct AttrEntry {
  size_t attr = 0;
  AttrValue value;
};
// An item's values, in GraphView::value_store.
using AttrValues = std::span<const AttrEntry>;

// The value of attribute `attr`, or nullptr when the item has none.
const AttrValue* FindAttr(const AttrValues& values, size_t attr);

struct Rgb {
  int r = 0, g = 0, b = 0;
};

// A point of the conversation: an episode (index into graph.episodes()) and
// seconds into it, nullopt where the layout has no timestamps.
struct Moment {
  size_t episode = 0;
  std::optional<long long> seconds;
};

struct ViewNode {
  std::string_view id;     // the graph's stable id
  std::string_view type;   // person, company, model, product, episode or claim
  std::string_view label;  // never empty: the id when the graph has no label
  Rgb color;
  double size = 10;
  AttrValues values;            // by GraphView::node_attrs
  std::vector<Moment> moments;  // when it was said or mentioned; may be empty
};

struct ViewEdge {
  std::string_view source, target;  // node ids
  size_t source_node = 0, target_node = 0;  // their places in GraphView::nodes
  std::string type;   // mentions, said, about, appears_in, a relation, or
                      // relations joined by '+' (one_edge_per_pair only)
  std::string label;  // human words: "tried to acquire", "mentions"
  double weight = 1;
  std::optional<Rgb> color;
  AttrValues values;  // by GraphView::edge_attrs
  std::vector<Moment> moments;
};

// Moved, never copied: items point into value_store.
struct GraphView {
  GraphView() = default;
  GraphView(GraphView&&) = default;
  GraphView& operator=(GraphView&&) = default;
  GraphView(const GraphView&) = delete;
  GraphView& operator=(const GraphView&) = delete;

  GraphViewKind kind = kDefaultGraphView;
  std::vector<AttrSpec> node_attrs;  // `type` first; label, colour and size
  std::vector<AttrSpec> edge_attrs;  // are fields, not attributes
  std::vector<ViewNode> nodes;
  std::vector<ViewEdge> edges;
  // Every item's values, item after item, in blocks that never move.
  std::vector<std::vector<AttrEntry>> value_store;
  // The labels the graph makes when read (NodeLabel), which nodes point into.
  std::deque<std::string> made_labels;
};

// `with_moments` false leaves every `moments` list empty, for a writer that
// draws no timeline (GraphML): gathering them costs a list per node.
GraphView BuildGraphView(const KnowledgeGraph& graph, GraphViewKind kind,
                         bool one_edge_per_pair, bool with_moments = true);
// The view would outlive a temporary graph.
GraphView BuildGraphView(KnowledgeGraph&& graph, GraphViewKind kind,
                         bool one_edge_per_pair, bool with_moments = true) = delete;

// What a writer that draws no timeline (GraphML) does with each item as the
// view makes it, so that no view is held whole: a claims view of a hundred
// episodes is 200,000 items, and building them all before writing the first
// cost as much as writing them. An item and its values are valid only
// during the call.
class GraphViewVisitor {
 public:
  virtual ~GraphViewVisitor() = default;
  // Before any item: `header` has the kind and the attributes, no items;
  // `node_ids` are the ids of the nodes to come, in their order.
  virtual void Begin(const GraphView& header, std::span<const std::string_view> node_ids) = 0;
  virtual void Node(const ViewNode& node) = 0;
  virtual void Edge(const ViewEdge& edge) = 0;
};

// Hands `visitor` the items of BuildGraphView(graph, kind, one_edge_per_pair,
// false), in the same order, one at a time.
void VisitGraphView(const KnowledgeGraph& graph, GraphViewKind kind, bool one_edge_per_pair,
                    GraphViewVisitor& visitor);

// Appends a value as both XML formats write it: text through `escape`
// (AppendXmlText for element content, AppendXmlAttribute inside quotes),
// numbers as FormatDouble and std::to_chars write them, booleans as
// "true"/"false".
void AppendXmlValue(std::string& out, const AttrValue& value,
                    void (*escape)(std::string&, std::string_view));

// A guess at the size of an XML file of this view, for reserving it at once:
// its text plus a few hundred bytes of markup per node and edge.
size_t EstimatedXmlBytes(const GraphView& view);

// The colour and size a node of this type gets: Okabe-Ito colours that stay
// apart for colour-blind readers (speakers vermillion, other people orange,
// companies blue, models green, products pink, episodes dark grey, claims
// light grey); entities grow with the square root of their mentions.
Rgb NodeColor(const NodeData& node);
double NodeSize(const NodeData& node);

// A double as both XML formats and Gephi read it, the same on every machine:
// integral values with one decimal ("3.0"), others with up to 10 significant
// digits.
std::string FormatDouble(double value);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_GRAPH_VIEW_H_
