#include "graph/knowledge_graph.h"

#include <gtest/gtest.h>

#include "base/text.h"

namespace claimgraph {
namespace {

Entity Company(const std::string& name) {
  Entity e;
  e.id = MakeId("company", name);
  e.type = EntityType::kCompany;
  e.name = name;
  return e;
}

AnalyzedEpisode TwoTurns(const std::string& source) {
  AnalyzedEpisode a;
  a.episode.id = "episode:" + source;
  a.episode.source = source + ".txt";
  a.episode.title = "Title " + source;
  a.episode.segments = {
      Segment{"Matthew Berman", 0, 9, "What about Meta and Scale AI?", false},
      Segment{"Dylan Patel", 18, 12, "Meta bought Scale. Meta again.", false},
  };
  a.entities = {Company("Meta"), Company("Scale AI")};
  a.mentions = {
      Mention{"company:meta", "Meta", 0, 11, 15},
      Mention{"company:scale-ai", "Scale AI", 0, 20, 28},
      Mention{"company:meta", "Meta", 1, 0, 4},
      Mention{"company:scale-ai", "Scale", 1, 12, 17},
      Mention{"company:meta", "Meta", 1, 19, 23},
  };
  Claim claim;
  claim.segment = 1;
  claim.text = "Meta bought Scale.";
  claim.about = {{"company:meta", Role::kSubject}, {"company:scale-ai", Role::kObject}};
  claim.relation = "acquired";
  claim.subject = "company:meta";
  claim.object = "company:scale-ai";
  a.claims = {claim};
  return a;
}

size_t CountEdges(const KnowledgeGraph& graph, const std::string& type) {
  size_t n = 0;
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].type() == type) ++n;
  return n;
}

TEST(KnowledgeGraphTest, OneMentionsEdgePerSegmentAndEntity) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  EXPECT_EQ(CountEdges(graph, "mentions"), 4u);
  EXPECT_EQ(graph.node(*graph.Find("company:meta")).profile().mentions, 2);
}

TEST(KnowledgeGraphTest, MovingAGraphMovesItsNodesAndEdgesWithoutCopying) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  const KnowledgeGraph::Graph* nodes_and_edges = &graph.graph();
  size_t nodes = graph.node_count(), edges = graph.edge_count();

  KnowledgeGraph moved(std::move(graph));
  KnowledgeGraph assigned;
  assigned = std::move(moved);

  EXPECT_EQ(&assigned.graph(), nodes_and_edges);
  EXPECT_EQ(assigned.node_count(), nodes);
  EXPECT_EQ(assigned.edge_count(), edges);
  EXPECT_TRUE(assigned.Find("company:meta").has_value());
  EXPECT_EQ(assigned.episodes().size(), 1u);
}

TEST(KnowledgeGraphTest, SurfaceFormsBecomeSortedAliases) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  EXPECT_EQ(graph.node(*graph.Find("company:scale-ai")).profile().aliases,
            (std::vector<InternedString>{"Scale", "Scale AI"}));
}

TEST(KnowledgeGraphTest, RelationClaimMakesClaimNodeAndRelationEdge) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  auto claim = graph.Find("claim:a:1");
  ASSERT_TRUE(claim);
  EXPECT_EQ(graph.node(*claim).label, "Meta acquired Scale AI");
  EXPECT_EQ(graph.node(*claim).claim_speaker, "person:dylan-patel");
  EXPECT_EQ(CountEdges(graph, "acquired"), 1u);
  EXPECT_EQ(CountEdges(graph, "said"), 1u);
  EXPECT_EQ(CountEdges(graph, "about"), 2u);
}

TEST(KnowledgeGraphTest, ClaimWithoutRelationIsLabelledByItsSentenceWithoutKeepingIt) {
  AnalyzedEpisode episode = TwoTurns("a");
  Claim& claim = episode.claims[0];
  claim.relation = claim.subject = claim.object = "";
  claim.text = "Meta bought Scale, and then they hired the whole team behind the data engine.";
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(episode).ok());
  const NodeData& node = graph.node(*graph.Find("claim:a:1"));
  EXPECT_TRUE(node.label.empty());
  EXPECT_EQ(NodeLabel(node), "Meta bought Scale, and then they hired the whole team behind...");
  std::string scratch;
  EXPECT_EQ(NodeLabel(node, scratch), NodeLabel(node));
}

TEST(KnowledgeGraphTest, SentenceLabelCutsALongSentenceAtAWord) {
  EXPECT_EQ(SentenceLabel("Short enough."), "Short enough.");
  EXPECT_EQ(SentenceLabel(std::string(70, 'x')), std::string(60, 'x') + "...");
}

TEST(KnowledgeGraphTest, RecurringEntitiesAndSpeakersMergeAcrossEpisodes) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("b")).ok());
  const NodeData& meta = graph.node(*graph.Find("company:meta"));
  EXPECT_EQ(meta.profile().episodes, (std::vector<InternedString>{"episode:a", "episode:b"}));
  EXPECT_EQ(meta.profile().mentions, 4);
  const NodeData& dylan = graph.node(*graph.Find("person:dylan-patel"));
  EXPECT_TRUE(dylan.speaker);
  EXPECT_EQ(dylan.profile().episodes.size(), 2u);
  EXPECT_EQ(CountEdges(graph, "appears_in"), 4u);
}

TEST(KnowledgeGraphTest, SameEpisodeTwiceIsAnError) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  Status again = graph.AddEpisode(TwoTurns("a"));
  EXPECT_FALSE(again.ok());
  EXPECT_EQ(graph.episodes().size(), 1u);
}

TEST(KnowledgeGraphTest, TurnsListEverySegmentInOrder) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  const EpisodeRecord& record = graph.episodes()[0];
  ASSERT_EQ(record.turns.size(), 2u);
  EXPECT_EQ(record.turns[1].speaker, "person:dylan-patel");
  EXPECT_EQ(record.turns[1].seconds, 18);
  EXPECT_EQ(record.turns[1].line, 12);
}

// Regression: two segments starting on the same line gave their mentions
// edges the same key, which NetworkX's multigraph loader then merged.
TEST(KnowledgeGraphTest, MentionKeysStayUniqueWhenSegmentsShareALine) {
  AnalyzedEpisode a = TwoTurns("a");
  a.episode.segments[1].speaker = "Matthew Berman";
  a.episode.segments[1].line = a.episode.segments[0].line;
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(a).ok());
  std::vector<std::string> keys;
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].type() == "mentions" && g[boost::target(e, g)].id == "company:meta")
      keys.push_back(EdgeAt(g, e).key.str());
  EXPECT_EQ(keys, (std::vector<std::string>{"mentions:a:9", "mentions:a:9:2"}));
}

TEST(KnowledgeGraphTest, AboutEdgeKeyJoinsClaimAndEntityIds) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  std::vector<std::string> keys;
  std::string scratch;
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].type() == "about") keys.emplace_back(EdgeKey(g, e, scratch));
  EXPECT_EQ(keys, (std::vector<std::string>{"claim:a:1:company:meta",
                                            "claim:a:1:company:scale-ai"}));
}

TEST(KnowledgeGraphTest, StoredEdgeKeyIsReadAsStored) {
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  std::string scratch = "untouched";
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].type() != "said") continue;
    EXPECT_EQ(EdgeKey(g, e, scratch), "claim:a:1");
  }
  EXPECT_EQ(scratch, "untouched");
}

KnowledgeGraph::Edge OnlyEdgeOfType(const KnowledgeGraph& graph, std::string_view type) {
  const auto& g = graph.graph();
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    if (g[e].type() == type) return e;
  ADD_FAILURE() << "no " << type << " edge";
  return {};
}

// A claim and its speaker, added by hand, so that edges into the claim can
// agree with it or not.
struct ClaimAndSpeaker {
  KnowledgeGraph graph;
  KnowledgeGraph::Vertex speaker, claim;
  ClaimAndSpeaker() {
    speaker = graph.AddNode(NodeData{.id = "person:dylan-patel", .type = NodeType::kPerson});
    NodeData claim_node{.id = "claim:a:1", .type = NodeType::kClaim};
    claim_node.line = 12;
    claim_node.episode = "episode:a";
    claim_node.seconds = 18;
    claim = graph.AddNode(std::move(claim_node));
  }
};

TEST(KnowledgeGraphTest, SaidEdgeThatAgreesWithItsClaimStoresNoDetail) {
  ClaimAndSpeaker f;
  f.graph.AddEdge(f.speaker, f.claim,
                  EdgeData{.type = "said", .key = "claim:a:1", .episode = "episode:a",
                           .seconds = 18, .line = 12});
  const auto& g = f.graph.graph();
  EXPECT_TRUE(g[boost::graph_bundle].details.empty());
  EXPECT_TRUE(g[boost::graph_bundle].places.empty());
  EdgeData read = EdgeAt(g, OnlyEdgeOfType(f.graph, "said"));
  EXPECT_EQ(read.key, "claim:a:1");
  EXPECT_EQ(read.episode, "episode:a");
  EXPECT_EQ(read.seconds, 18);
  EXPECT_EQ(read.line, 12);
}

TEST(KnowledgeGraphTest, SaidEdgeThatDiffersFromItsClaimKeepsItsOwnFields) {
  ClaimAndSpeaker f;
  f.graph.AddEdge(f.speaker, f.claim,
                  EdgeData{.type = "said", .key = "claim:a:1", .episode = "episode:b",
                           .seconds = 18, .line = 12});
  EdgeData read = EdgeAt(f.graph.graph(), OnlyEdgeOfType(f.graph, "said"));
  EXPECT_EQ(read.episode, "episode:b");
  EXPECT_EQ(read.key, "claim:a:1");
}

// The first edge of `type` in the graph of TwoTurns("a"), read whole.
EdgeData ReadEdgeOfTwoTurns(std::string_view type) {
  KnowledgeGraph graph;
  EXPECT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  return EdgeAt(graph.graph(), OnlyEdgeOfType(graph, type));
}

void ExpectSameEdge(const EdgeData& read, const EdgeData& expected) {
  EXPECT_EQ(read.type, expected.type);
  EXPECT_EQ(read.key, expected.key);
  EXPECT_EQ(read.episode, expected.episode);
  EXPECT_EQ(read.seconds, expected.seconds);
  EXPECT_EQ(read.line, expected.line);
  EXPECT_EQ(read.negated, expected.negated);
  EXPECT_EQ(read.key_form, expected.key_form);
  EXPECT_EQ(read.role, expected.role);
  EXPECT_EQ(read.claim, expected.claim);
  EXPECT_EQ(read.speaker, expected.speaker);
  EXPECT_EQ(read.modality, expected.modality);
}

TEST(KnowledgeGraphTest, RelationEdgeReadsBackEveryField) {
  ExpectSameEdge(ReadEdgeOfTwoTurns("acquired"),
                 EdgeData{.type = "acquired", .key = "claim:a:1", .episode = "episode:a",
                          .seconds = 18, .line = 12, .claim = "claim:a:1",
                          .speaker = "person:dylan-patel", .modality = "asserted"});
}

TEST(KnowledgeGraphTest, MentionsEdgeReadsBackItsPlace) {
  ExpectSameEdge(ReadEdgeOfTwoTurns("mentions"),
                 EdgeData{.type = "mentions", .key = "mentions:a:9", .episode = "episode:a",
                          .seconds = 0, .line = 9});
}

TEST(KnowledgeGraphTest, AboutEdgeReadsBackOnlyItsRole) {
  ExpectSameEdge(ReadEdgeOfTwoTurns("about"),
                 EdgeData{.type = "about", .key_form = EdgeKeyForm::kSourceTarget,
                          .role = "subject"});
}

TEST(KnowledgeGraphTest, NodeWithoutProfileReadsEmptyProfile) {
  NodeData claim{.id = "claim:a:1", .type = NodeType::kClaim};
  EXPECT_TRUE(claim.profile().aliases.empty());
  EXPECT_EQ(claim.profile().mentions, 0);
  EXPECT_TRUE(claim.profile().kind.empty());
}

TEST(KnowledgeGraphTest, CopiedNodeOwnsItsProfile) {
  NodeData meta{.id = "company:meta"};
  meta.mutable_profile().kind = "lab";
  NodeData copy = meta;
  copy.mutable_profile().kind = "company";
  copy.mutable_profile().aliases.push_back("Facebook");
  EXPECT_EQ(meta.profile().kind, "lab");
  EXPECT_TRUE(meta.profile().aliases.empty());
  EXPECT_EQ(copy.profile().kind, "company");
}

TEST(KnowledgeGraphTest, ReservedNodesKeepTheirPlaceAsTheGraphGrows) {
  KnowledgeGraph graph;
  graph.ReserveNodes(1000);
  ASSERT_TRUE(graph.AddEpisode(TwoTurns("a")).ok());
  const NodeData* first = &graph.node(0);
  for (int i = 0; i < 100; ++i) {
    std::string source = "e";
    source += std::to_string(i);  // not "e" + ...: g++ 12 warns (-Wrestrict) there
    ASSERT_TRUE(graph.AddEpisode(TwoTurns(source)).ok());
  }
  EXPECT_EQ(&graph.node(0), first);
  EXPECT_EQ(graph.Find("episode:e99").has_value(), true);
}

}  // namespace
}  // namespace claimgraph
