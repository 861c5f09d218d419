#include "export/graph_view.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "export/text_escape.h"
#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using namespace testing_support;

const ViewNode* FindNode(const GraphView& view, const std::string& id) {
  for (const ViewNode& node : view.nodes)
    if (node.id == id) return &node;
  return nullptr;
}

std::vector<const ViewEdge*> EdgesBetween(const GraphView& view, const std::string& source,
                                          const std::string& target) {
  std::vector<const ViewEdge*> out;
  for (const ViewEdge& edge : view.edges)
    if (edge.source == source && edge.target == target) out.push_back(&edge);
  return out;
}

std::optional<AttrValue> Value(const std::vector<AttrSpec>& specs,
                               const AttrValues& values, const std::string& name) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].name != name) continue;
    const AttrValue* value = FindAttr(values, i);
    if (!value) return std::nullopt;
    // Compare text as text, whether the view copied it or borrowed it.
    if (AttrText(*value)) return AttrValue(std::string(*AttrText(*value)));
    return *value;
  }
  return std::nullopt;
}

std::optional<AttrValue> EdgeValue(const GraphView& view, const ViewEdge& edge,
                                   const std::string& name) {
  return Value(view.edge_attrs, edge.values, name);
}

TEST(GraphViewTest, EntitiesViewHasOnlyPeopleCompaniesModelsAndProducts) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  std::set<std::string> types;
  for (const ViewNode& node : view.nodes) types.emplace(node.type);
  EXPECT_EQ(types, (std::set<std::string>{"company", "person", "product"}));
  EXPECT_EQ(view.nodes.size(), 8u);  // 2 speakers + 6 entities
}

TEST(GraphViewTest, MentionsBecomeOneWeightedEdgePerSpeakerAndEntity) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  auto edges = EdgesBetween(view, "person:matthew-berman", "company:meta");
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0]->type, "mentions");
  EXPECT_EQ(edges[0]->weight, 2.0);
  EXPECT_EQ(EdgeValue(view, *edges[0], "mentions"), AttrValue(2LL));
}

TEST(GraphViewTest, PairEdgeListsEachEpisodeOnceInOrderOfFirstMention) {
  // A saved graph may list its edges in any order: episodes a, b, a.
  KnowledgeGraph graph;
  NodeData speaker, entity;
  speaker.id = "person:ann";
  speaker.type = NodeType::kPerson;
  entity.id = "company:meta";
  entity.type = NodeType::kCompany;
  KnowledgeGraph::Vertex from = graph.AddNode(speaker), to = graph.AddNode(entity);
  int line = 0;
  for (const char* episode : {"episode:a", "episode:a", "episode:b", "episode:a"}) {
    EdgeData mention;
    mention.type = "mentions";
    mention.episode = episode;
    mention.line = ++line;
    mention.key = "k" + std::to_string(line);
    graph.AddEdge(from, to, mention);
  }
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    GraphView view = BuildGraphView(graph, kind, true);
    auto edges = EdgesBetween(view, "person:ann", "company:meta");
    ASSERT_EQ(edges.size(), 1u);
    EXPECT_EQ(EdgeValue(view, *edges[0], "episodes"), AttrValue(std::string("episode:a; episode:b")));
    EXPECT_EQ(EdgeValue(view, *edges[0], "mentions"), AttrValue(4LL));
  }
}

TEST(GraphViewTest, RelationsAggregatePerSubjectRelationObjectWithSpeakers) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, false);
  auto edges = EdgesBetween(view, "company:meta", "company:scale-ai");
  ASSERT_EQ(edges.size(), 2u);
  EXPECT_EQ(edges[0]->type, "acquired");
  EXPECT_EQ(edges[0]->weight, 2.0);
  EXPECT_EQ(EdgeValue(view, *edges[0], "claims"), AttrValue(2LL));
  EXPECT_EQ(EdgeValue(view, *edges[0], "speakers"),
            AttrValue(std::string("Dylan Patel; Matthew Berman")));
  EXPECT_EQ(EdgeValue(view, *edges[0], "claim_ids"),
            AttrValue(std::string("claim:2025-06-30-ep-one:1; claim:2025-06-30-ep-one:4")));
  EXPECT_EQ(edges[1]->type, "invested_in");
  EXPECT_EQ(EdgeValue(view, *edges[1], "negated"), AttrValue(1LL));
}

TEST(GraphViewTest, OneEdgePerPairFoldsRelationsBetweenTheSameNodes) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  auto edges = EdgesBetween(view, "company:meta", "company:scale-ai");
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0]->type, "acquired+invested_in");
  EXPECT_EQ(edges[0]->label, "acquired, invested in");
  EXPECT_EQ(edges[0]->weight, 3.0);
  EXPECT_EQ(EdgeValue(view, *edges[0], "relations"),
            AttrValue(std::string("acquired=2; invested_in=1")));
}

TEST(GraphViewTest, OneEdgePerPairFoldsAMentionIntoTheSpeakersRelation) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  auto edges = EdgesBetween(view, "person:dylan-patel", "company:at-t-labs-inc");
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0]->type, "works_at");
  EXPECT_EQ(EdgeValue(view, *edges[0], "mentions"), AttrValue(1LL));
  EXPECT_EQ(EdgeValue(view, *edges[0], "claims"), AttrValue(1LL));
  EXPECT_EQ(edges[0]->weight, 2.0);
}

TEST(GraphViewTest, NoTwoEdgesShareSourceTargetAndKind) {
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    for (bool per_pair : {true, false}) {
      KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo()});
      GraphView view = BuildGraphView(graph, kind, per_pair);
      std::set<std::tuple<std::string, std::string, std::string>> seen;
      for (const ViewEdge& edge : view.edges) {
        std::string kind_key = per_pair ? "" : edge.type;
        EXPECT_TRUE(seen.insert({std::string(edge.source), std::string(edge.target), kind_key})
                        .second)
            << edge.source << " -> " << edge.target << " " << edge.type;
      }
    }
  }
}

TEST(GraphViewTest, ClaimsViewReifiesClaimsBetweenSpeakerAndEntities) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kClaims, true);
  EXPECT_EQ(view.nodes.size(), 14u);  // 8 people and things, 1 episode, 5 claims
  std::map<std::string, int> by_type;
  for (const ViewEdge& edge : view.edges) ++by_type[edge.type];
  EXPECT_EQ(by_type, (std::map<std::string, int>{
                         {"about", 9}, {"appears_in", 2}, {"mentions", 10}, {"said", 5}}));
  auto said = EdgesBetween(view, "person:dylan-patel", "claim:2025-06-30-ep-one:3");
  ASSERT_EQ(said.size(), 1u);
  EXPECT_EQ(EdgeValue(view, *said[0], "time"), AttrValue(std::string("00:07:11")));
  auto about = EdgesBetween(view, "claim:2025-06-30-ep-one:3", "company:meta");
  ASSERT_EQ(about.size(), 1u);
  EXPECT_EQ(EdgeValue(view, *about[0], "role"), AttrValue(std::string("subject")));
}

TEST(GraphViewTest, AppearsInWeighsTheSpeakersTurns) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kClaims, true);
  auto edges = EdgesBetween(view, "person:dylan-patel", "episode:2025-06-30-ep-one");
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(edges[0]->weight, 3.0);
}

TEST(GraphViewTest, EveryNodeHasALabelColourAndSizeByType) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kClaims, true);
  for (const ViewNode& node : view.nodes) EXPECT_FALSE(node.label.empty()) << node.id;
  const ViewNode* speaker = FindNode(view, "person:dylan-patel");
  const ViewNode* person = FindNode(view, "person:conan-o’brien");
  const ViewNode* company = FindNode(view, "company:meta");
  const ViewNode* claim = FindNode(view, "claim:2025-06-30-ep-one:1");
  ASSERT_TRUE(speaker && person && company && claim);
  EXPECT_EQ(speaker->color.r, 213);
  EXPECT_EQ(person->color.r, 230);
  EXPECT_EQ(company->color.b, 178);
  EXPECT_EQ(speaker->size, 30.0);
  EXPECT_EQ(company->size, 16.0);  // 8 + 4 * sqrt(4 mentions)
  EXPECT_EQ(claim->size, 5.0);
}

TEST(GraphViewTest, EntityMomentsIncludeEveryMention) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  const ViewNode* scale = FindNode(view, "company:scale-ai");
  ASSERT_TRUE(scale);
  std::set<long long> seconds;
  for (const Moment& m : scale->moments) seconds.insert(m.seconds.value_or(-1));
  EXPECT_EQ(seconds, (std::set<long long>{0, 18, 431, 500}));
}

TEST(GraphViewTest, EdgeEndsIndexTheNodesTheyName) {
  KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo()});
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    GraphView view = BuildGraphView(graph, kind, true);
    ASSERT_FALSE(view.edges.empty());
    for (const ViewEdge& edge : view.edges) {
      ASSERT_LT(edge.source_node, view.nodes.size());
      ASSERT_LT(edge.target_node, view.nodes.size());
      EXPECT_EQ(view.nodes[edge.source_node].id, edge.source);
      EXPECT_EQ(view.nodes[edge.target_node].id, edge.target);
    }
  }
}

// The view points into the graph's text instead of copying every sentence.
TEST(GraphViewTest, ClaimTextIsBorrowedFromTheGraph) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  GraphView view = BuildGraphView(graph, GraphViewKind::kClaims, true);
  const ViewNode* claim = FindNode(view, "claim:2025-06-30-ep-one:1");
  ASSERT_TRUE(claim);
  std::string_view text = graph.node(*graph.Find("claim:2025-06-30-ep-one:1")).text;
  for (size_t i = 0; i < view.node_attrs.size(); ++i) {
    if (view.node_attrs[i].name != "text") continue;
    const AttrValue* value = FindAttr(claim->values, i);
    ASSERT_TRUE(value && AttrText(*value));
    EXPECT_EQ(AttrText(*value)->data(), text.data());
  }
}

// Writers walk the values as they come, and both formats list attributes in
// declaration order; the entities view sets `speakers` before `claims`,
// which is declared first.
TEST(GraphViewTest, ValuesComeInAttributeOrderOncePerAttribute) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    GraphView view = BuildGraphView(graph, kind, true);
    auto check = [](const AttrValues& values, size_t attrs) {
      for (size_t i = 0; i < values.size(); ++i) {
        EXPECT_LT(values[i].attr, attrs);
        if (i > 0) {
          EXPECT_LT(values[i - 1].attr, values[i].attr);
        }
      }
    };
    for (const ViewNode& node : view.nodes) check(node.values, view.node_attrs.size());
    for (const ViewEdge& edge : view.edges) check(edge.values, view.edge_attrs.size());
  }
  GraphView entities = BuildGraphView(graph, GraphViewKind::kEntities, true);
  auto works = EdgesBetween(entities, "person:dylan-patel", "company:at-t-labs-inc");
  ASSERT_EQ(works.size(), 1u);
  EXPECT_TRUE(EdgeValue(entities, *works[0], "speakers"));
  EXPECT_TRUE(EdgeValue(entities, *works[0], "claims"));
}

TEST(GraphViewTest, ViewWithoutMomentsHasTheSameItemsAndNoMoments) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    GraphView with = BuildGraphView(graph, kind, true);
    GraphView without = BuildGraphView(graph, kind, true, /*with_moments=*/false);
    ASSERT_EQ(with.nodes.size(), without.nodes.size());
    ASSERT_EQ(with.edges.size(), without.edges.size());
    size_t moments = 0;
    for (size_t i = 0; i < with.nodes.size(); ++i) {
      EXPECT_EQ(with.nodes[i].id, without.nodes[i].id);
      EXPECT_EQ(with.nodes[i].values.size(), without.nodes[i].values.size());
      EXPECT_TRUE(without.nodes[i].moments.empty());
      moments += with.nodes[i].moments.size();
    }
    for (size_t i = 0; i < with.edges.size(); ++i) {
      EXPECT_EQ(with.edges[i].type, without.edges[i].type);
      EXPECT_EQ(with.edges[i].weight, without.edges[i].weight);
      EXPECT_TRUE(without.edges[i].moments.empty());
    }
    EXPECT_GT(moments, 0u);
  }
}

// One line per item, with everything a writer reads from it.
std::string Describe(const ViewNode& node) {
  std::string out = std::string(node.id) + "|" + std::string(node.type) + "|" +
                    std::string(node.label) + "|" + FormatDouble(node.size);
  for (const AttrEntry& entry : node.values) {
    out += '|';
    out += std::to_string(entry.attr);
    out += '=';
    AppendXmlValue(out, entry.value, AppendXmlText);
  }
  return out;
}

std::string Describe(const ViewEdge& edge) {
  std::string out = std::to_string(edge.source_node) + ">" + std::to_string(edge.target_node) +
                    "|" + edge.type + "|" + edge.label + "|" + FormatDouble(edge.weight) +
                    "|" + (edge.color ? std::to_string(edge.color->r) : "-");
  for (const AttrEntry& entry : edge.values) {
    out += '|';
    out += std::to_string(entry.attr);
    out += '=';
    AppendXmlValue(out, entry.value, AppendXmlText);
  }
  return out;
}

class RecordingVisitor : public GraphViewVisitor {
 public:
  void Begin(const GraphView& header, std::span<const std::string_view> node_ids) override {
    attrs = header.node_attrs.size() * 100 + header.edge_attrs.size();
    ids.assign(node_ids.begin(), node_ids.end());
  }
  void Node(const ViewNode& node) override { items.push_back(Describe(node)); }
  void Edge(const ViewEdge& edge) override { items.push_back(Describe(edge)); }

  size_t attrs = 0;
  std::vector<std::string> ids;
  std::vector<std::string> items;
};

TEST(GraphViewTest, VisitorGetsTheViewsItemsInTheViewsOrder) {
  KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo()});
  for (GraphViewKind kind : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    for (bool one_edge_per_pair : {true, false}) {
      GraphView view = BuildGraphView(graph, kind, one_edge_per_pair, /*with_moments=*/false);
      RecordingVisitor visitor;
      VisitGraphView(graph, kind, one_edge_per_pair, visitor);
      std::vector<std::string> ids;
      std::vector<std::string> items;
      for (const ViewNode& node : view.nodes) {
        ids.emplace_back(node.id);
        items.push_back(Describe(node));
      }
      for (const ViewEdge& edge : view.edges) items.push_back(Describe(edge));
      EXPECT_EQ(visitor.attrs, view.node_attrs.size() * 100 + view.edge_attrs.size());
      EXPECT_EQ(visitor.ids, ids);
      EXPECT_EQ(visitor.items, items);
      EXPECT_GT(view.edges.size(), 0u);
    }
  }
}

TEST(GraphViewTest, ViewNamesParse) {
  EXPECT_EQ(ParseGraphView("claims"), GraphViewKind::kClaims);
  EXPECT_EQ(ParseGraphView("entities"), GraphViewKind::kEntities);
  EXPECT_EQ(ParseGraphView("entity"), std::nullopt);
  EXPECT_EQ(GraphViewName(kDefaultGraphView), "entities");
}

TEST(GraphViewTest, FormatDoubleIsStable) {
  EXPECT_EQ(FormatDouble(3), "3.0");
  EXPECT_EQ(FormatDouble(12.5), "12.5");
  EXPECT_EQ(FormatDouble(0.1), "0.1");
  EXPECT_EQ(FormatDouble(-3), "-3.0");
  EXPECT_EQ(FormatDouble(-0.0), "-0.0");
  EXPECT_EQ(FormatDouble(123456789012345.0), "123456789012345.0");
  EXPECT_EQ(FormatDouble(1e15), "1e+15");
}

}  // namespace
}  // namespace claimgraph
