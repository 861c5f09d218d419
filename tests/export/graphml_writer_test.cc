#include "export/graphml_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "export/text_escape.h"
#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;
using namespace testing_support;

KnowledgeGraph Nasty() { return GraphOf({EpisodeOne(), EpisodeTwo(), UntimedEpisode()}); }

std::string WriteTo(const KnowledgeGraph& graph, GraphViewKind view, const std::string& name) {
  std::string path = TempFolder("graphml") + "/" + name;
  Status s = WriteGraphml(graph, view, path);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return path;
}

TEST(GraphmlWriterTest, EntitiesViewValidatesAgainstTheSchema) {
  std::string path = WriteTo(Nasty(), GraphViewKind::kEntities, "entities.graphml");
  std::string output;
  EXPECT_EQ(ValidateGraphml(path, &output), 0) << output;
}

TEST(GraphmlWriterTest, ClaimsViewValidatesAgainstTheSchema) {
  std::string path = WriteTo(Nasty(), GraphViewKind::kClaims, "claims.graphml");
  std::string output;
  EXPECT_EQ(ValidateGraphml(path, &output), 0) << output;
}

// The validator must be able to fail: a key name with a space is not an
// NMTOKEN, and the schema says so.
TEST(GraphmlWriterTest, SchemaRejectsAKeyNameThatIsNotAnNmtoken) {
  std::string text = ToGraphml(Nasty(), GraphViewKind::kEntities);
  text = std::regex_replace(text, std::regex("attr.name=\"is_speaker\""),
                            "attr.name=\"is speaker\"");
  std::string path = TempFolder("graphml") + "/broken.graphml";
  WriteAll(path, text);
  std::string output;
  EXPECT_EQ(ValidateGraphml(path, &output), 3) << output;
  EXPECT_NE(output.find("'is speaker' is not a valid value"), std::string::npos) << output;
}

TEST(GraphmlWriterTest, KeysAreTypedForNodeOrEdgeNeverAll) {
  std::string text = ToGraphml(Nasty(), GraphViewKind::kClaims);
  std::regex key("<key id=\"[^\"]+\" for=\"(node|edge)\" attr.name=\"[A-Za-z_]+\" "
                 "attr.type=\"(boolean|int|double|string)\"/>");
  int keys = 0;
  for (size_t at = text.find("<key "); at != std::string::npos;
       at = text.find("<key ", at + 1)) {
    std::string line = text.substr(at, text.find('\n', at) - at);
    EXPECT_TRUE(std::regex_match(line, key)) << line;
    ++keys;
  }
  EXPECT_GT(keys, 20);
  EXPECT_EQ(text.find("for=\"all\""), std::string::npos);
}

TEST(GraphmlWriterTest, NodeIdsAreStableIdsMadeIntoNmtokens) {
  std::string text = ToGraphml(Nasty(), GraphViewKind::kEntities);
  EXPECT_NE(text.find("<node id=\"company:meta\">"), std::string::npos);
  EXPECT_NE(text.find("<node id=\"person:שלום-כהן\">"), std::string::npos);
  EXPECT_NE(text.find("<node id=\"person:conan-o_x2019_brien\">"), std::string::npos);
  EXPECT_NE(text.find("<node id=\"product:robo-_x1F916_-tab-name\">"), std::string::npos);
}

TEST(GraphmlWriterTest, NetworkxReadsEveryNodeWithLabelTypeColourAndSize) {
  KnowledgeGraph graph = Nasty();
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  Json loaded =
      Json::parse(NetworkxLoad("graphml", WriteTo(graph, GraphViewKind::kEntities, "e.graphml")));
  EXPECT_EQ(loaded["directed"], true);
  EXPECT_EQ(loaded["multigraph"], false);  // no parallel edges for Gephi to sum
  ASSERT_EQ(loaded["nodes"].size(), view.nodes.size());
  for (const ViewNode& node : view.nodes) {
    const Json& seen = loaded["nodes"][ToXmlNmtoken(node.id)];
    EXPECT_EQ(seen["label"], CleanText(node.label)) << node.id;
    EXPECT_EQ(seen["type"], node.type) << node.id;
    EXPECT_EQ(seen["r"], node.color.r) << node.id;
    EXPECT_EQ(seen["g"], node.color.g) << node.id;
    EXPECT_EQ(seen["b"], node.color.b) << node.id;
    EXPECT_EQ(seen["size"], node.size) << node.id;
  }
  const Json& meta = loaded["nodes"]["company:meta"];
  EXPECT_EQ(meta["mentions"], 6);
  EXPECT_EQ(meta["aliases"], "Meta");
  EXPECT_EQ(loaded["nodes"]["person:dylan-patel"]["is_speaker"], true);
}

TEST(GraphmlWriterTest, NetworkxReadsEveryEdgeWithWeightAndAttributes) {
  KnowledgeGraph graph = Nasty();
  GraphView view = BuildGraphView(graph, GraphViewKind::kEntities, true);
  Json loaded =
      Json::parse(NetworkxLoad("graphml", WriteTo(graph, GraphViewKind::kEntities, "e.graphml")));
  ASSERT_EQ(loaded["edges"].size(), view.edges.size());
  std::map<std::pair<std::string, std::string>, Json> by_ends;
  for (const Json& edge : loaded["edges"]) 
    by_ends[{edge[0].get<std::string>(), edge[1].get<std::string>()}] = edge[3];
  for (const ViewEdge& edge : view.edges) {
    const Json& seen = by_ends[{ToXmlNmtoken(edge.source), ToXmlNmtoken(edge.target)}];
    EXPECT_EQ(seen["weight"], edge.weight) << edge.source << " -> " << edge.target;
    EXPECT_EQ(seen["type"], edge.type);
    EXPECT_EQ(seen["label"], edge.label);
  }
  const Json& acquired = by_ends[{"company:meta", "company:scale-ai"}];
  EXPECT_EQ(acquired["relations"], "acquired=2; invested_in=1");
  EXPECT_EQ(acquired["speakers"], "Dylan Patel; Matthew Berman");
  EXPECT_EQ(acquired["negated"], 1);
}

TEST(GraphmlWriterTest, NastyTextRoundTripsThroughNetworkx) {
  KnowledgeGraph graph = Nasty();
  Json loaded =
      Json::parse(NetworkxLoad("graphml", WriteTo(graph, GraphViewKind::kClaims, "c.graphml")));
  EXPECT_EQ(loaded["nodes"]["company:at-t-labs-inc"]["label"], kAtt);
  EXPECT_EQ(loaded["nodes"]["company:at-t-labs-inc"]["homepage"],
            "https://att.example/?a=1&b=<2>");
  EXPECT_EQ(loaded["nodes"]["person:שלום-כהן"]["label"], kHebrew);
  EXPECT_EQ(loaded["nodes"]["person:conan-o_x2019_brien"]["label"], kConan);
  // The control character U+0001 cannot be written in XML 1.0.
  EXPECT_EQ(loaded["nodes"]["product:robo-_x1F916_-tab-name"]["label"],
            "Robo 🤖\uFFFD \\Tab\tName");
  EXPECT_EQ(loaded["nodes"]["product:robo-_x1F916_-tab-name"]["aliases"],
            "Robo\r\n🤖; Robo 🤖");
  EXPECT_EQ(loaded["nodes"]["episode:2025-06-30-ep-one"]["title"],
            "AT&T <Special> \"Quotes\" 'single'");
  EXPECT_EQ(loaded["nodes"]["claim:2025-06-30-ep-one:5"]["text"],
            "Robo 🤖 is neat\u2028really.");
}

TEST(GraphmlWriterTest, ClaimsViewCarriesClaimFieldsOnClaimNodes) {
  Json loaded = Json::parse(
      NetworkxLoad("graphml", WriteTo(Nasty(), GraphViewKind::kClaims, "c.graphml")));
  const Json& claim = loaded["nodes"]["claim:2025-06-30-ep-one:3"];
  EXPECT_EQ(claim["type"], "claim");
  EXPECT_EQ(claim["relation"], "invested_in");
  EXPECT_EQ(claim["speaker"], "person:dylan-patel");
  EXPECT_EQ(claim["seconds"], 431);
  EXPECT_EQ(claim["negated"], true);
  EXPECT_EQ(claim["label"], "Meta not invested in Scale AI");
}

TEST(GraphmlWriterTest, SameGraphGivesSameBytes) {
  EXPECT_EQ(ToGraphml(Nasty(), GraphViewKind::kEntities),
            ToGraphml(Nasty(), GraphViewKind::kEntities));
  std::string a = ReadAll(WriteTo(Nasty(), GraphViewKind::kClaims, "a.graphml"));
  std::string b = ReadAll(WriteTo(Nasty(), GraphViewKind::kClaims, "b.graphml"));
  EXPECT_EQ(a, b);
}

TEST(GraphmlWriterTest, IdsThatCollideAfterEscapingStayUnique) {
  KnowledgeGraph graph;
  NodeData a{.id = "company:a b", .label = "A B", .type = NodeType::kCompany};
  NodeData b{.id = "company:a_x0020_b", .label = "A_B", .type = NodeType::kCompany};
  graph.AddNode(b);
  graph.AddNode(a);
  std::string path = TempFolder("graphml") + "/collide.graphml";
  ASSERT_TRUE(WriteGraphml(graph, GraphViewKind::kEntities, path).ok());
  std::string text = ReadAll(path);
  EXPECT_NE(text.find("<node id=\"company:a_x0020_b\">"), std::string::npos);
  EXPECT_NE(text.find("<node id=\"company:a_x0020_b_2\">"), std::string::npos);
  std::string output;
  EXPECT_EQ(ValidateGraphml(path, &output), 0) << output;
}

}  // namespace
}  // namespace claimgraph
