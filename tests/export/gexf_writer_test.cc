#include "export/gexf_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;
using namespace testing_support;

std::string WriteTo(const KnowledgeGraph& graph, GraphViewKind view) {
  std::string path = TempFolder("gexf") + "/graph.gexf";
  Status s = WriteGexf(graph, view, path);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return path;
}

Json Load(const std::string& path) {
  std::string output;
  int status = RunCommand("/usr/bin/python3 " +
                       ShellQuote(std::string(CLAIMGRAPH_TEST_DIR) + "/export/gexf_load.py") +
                       " " + ShellQuote(path),
                   &output);
  EXPECT_EQ(status, 0) << output;
  return status == 0 ? Json::parse(output) : Json::object();
}

const Json& NodeById(const Json& doc, const std::string& id) {
  for (const Json& node : doc["nodes"])
    if (node["id"] == id) return node;
  static const Json kMissing = Json::object();
  ADD_FAILURE() << "no node " << id;
  return kMissing;
}

AnalyzedEpisode Undated(AnalyzedEpisode episode) {
  episode.episode.date.clear();
  return episode;
}

void ExpectValid(const std::string& path) {
  std::string output;
  EXPECT_EQ(ValidateGexf(path, &output), 0) << output;
}

TEST(GexfWriterTest, OneEpisodeValidatesInBothViews) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  ExpectValid(WriteTo(graph, GraphViewKind::kEntities));
  ExpectValid(WriteTo(graph, GraphViewKind::kClaims));
}

TEST(GexfWriterTest, DatedEpisodesValidateInBothViews) {
  KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo()});
  ExpectValid(WriteTo(graph, GraphViewKind::kEntities));
  ExpectValid(WriteTo(graph, GraphViewKind::kClaims));
}

TEST(GexfWriterTest, UntimedEpisodeValidates) {
  ExpectValid(WriteTo(GraphOf({UntimedEpisode()}), GraphViewKind::kClaims));
}

// The validator must be able to fail: GEXF 1.3 lives at gexf.net without www.
TEST(GexfWriterTest, SchemaRejectsTheWwwNamespace) {
  std::string text = ToGexf(GraphOf({EpisodeOne()}), GraphViewKind::kEntities);
  size_t at = text.find("http://gexf.net/1.3\"");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 19, "http://www.gexf.net/1.3");
  std::string path = TempFolder("gexf") + "/broken.gexf";
  WriteAll(path, text);
  std::string output;
  EXPECT_EQ(ValidateGexf(path, &output), 3) << output;
}

TEST(GexfWriterTest, OneEpisodeCountsSecondsIntoTheEpisode) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kEntities));
  EXPECT_EQ(doc["version"], "1.3");
  EXPECT_EQ(doc["graph"]["mode"], "dynamic");
  EXPECT_EQ(doc["graph"]["timeformat"], "double");
  EXPECT_EQ(NodeById(doc, "company:scale-ai")["start"], "0.0");
  EXPECT_EQ(NodeById(doc, "person:שלום-כהן")["start"], "431.0");
  EXPECT_EQ(NodeById(doc, "person:conan-o’brien")["start"], "500.0");
  EXPECT_EQ(NodeById(doc, "person:dylan-patel")["start"], "18.0");
}

TEST(GexfWriterTest, EntitiesHaveAStartAndNoEndSoTheyStayVisible) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kEntities));
  for (const Json& node : doc["nodes"]) {
    EXPECT_TRUE(node.contains("start")) << node.dump();
    EXPECT_FALSE(node.contains("end")) << node.dump();
    EXPECT_FALSE(node.contains("timestamp")) << node.dump();
  }
}

TEST(GexfWriterTest, DatedEpisodesUsePublicationDatePlusOffset) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne(), EpisodeTwo()}), GraphViewKind::kClaims));
  EXPECT_EQ(doc["graph"]["timeformat"], "dateTime");
  EXPECT_EQ(NodeById(doc, "person:שלום-כהן")["start"], "2025-06-30T00:07:11");
  EXPECT_EQ(NodeById(doc, "person:sam-altman")["start"], "2025-07-15T00:00:05");
  EXPECT_EQ(NodeById(doc, "claim:2025-07-15-ep-two:1")["start"], "2025-07-15T00:00:05");
  EXPECT_EQ(NodeById(doc, "episode:2025-07-15-ep-two")["start"], "2025-07-15T00:00:05");
  // Meta was first named in the first episode and stays from then on.
  EXPECT_EQ(NodeById(doc, "company:meta")["start"], "2025-06-30T00:00:00");
}

TEST(GexfWriterTest, UndatedEpisodesAreLaidEndToEnd) {
  Json doc = Load(WriteTo(GraphOf({Undated(EpisodeOne()), Undated(EpisodeTwo())}),
                          GraphViewKind::kEntities));
  EXPECT_EQ(doc["graph"]["timeformat"], "double");
  // The first episode's last turn is at 520 s, so the second starts at 521.
  EXPECT_EQ(NodeById(doc, "person:sam-altman")["start"], "526.0");
}

TEST(GexfWriterTest, AnyEpisodeWithoutAValidDateKeepsTheClockInSeconds) {
  AnalyzedEpisode two = EpisodeTwo();
  two.episode.date = "2025-02-30";
  Json doc = Load(WriteTo(GraphOf({EpisodeOne(), two}), GraphViewKind::kEntities));
  EXPECT_EQ(doc["graph"]["timeformat"], "double");
  EXPECT_EQ(NodeById(doc, "person:sam-altman")["start"], "526.0");
}

TEST(GexfWriterTest, UntimedGraphIsStatic) {
  Json doc = Load(WriteTo(GraphOf({UntimedEpisode()}), GraphViewKind::kClaims));
  EXPECT_EQ(doc["graph"]["mode"], "static");
  EXPECT_FALSE(doc["graph"].contains("timeformat"));
  for (const Json& node : doc["nodes"]) EXPECT_FALSE(node.contains("start"));
}

TEST(GexfWriterTest, RelationEdgesCarryTheRelationAsKind) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kEntities));
  std::set<std::string> kinds;
  for (const Json& edge : doc["edges"]) {
    kinds.insert(edge["kind"]);
    if (edge["source"] == "company:meta" && edge["kind"] == "acquired") {
      EXPECT_EQ(edge["weight"], "2.0");
      EXPECT_EQ(edge["label"], "acquired");
      EXPECT_EQ(edge["values"]["speakers"], "Dylan Patel; Matthew Berman");
      EXPECT_EQ(edge["start"], "18.0");
    }
  }
  EXPECT_EQ(kinds, (std::set<std::string>{"acquired", "invested_in", "mentions",
                                          "works_at"}));
}

TEST(GexfWriterTest, ParallelEdgesDifferInKind) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne(), EpisodeTwo()}), GraphViewKind::kEntities));
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const Json& edge : doc["edges"])
    EXPECT_TRUE(seen.insert({edge["source"].get<std::string>(),
                             edge["target"].get<std::string>(),
                             edge["kind"].get<std::string>()})
                    .second)
        << edge.dump();
}

// The schema does not check references, so the test does.
TEST(GexfWriterTest, EdgesReferToNodesThatStartNoLater) {
  for (GraphViewKind view : {GraphViewKind::kEntities, GraphViewKind::kClaims}) {
    Json doc = Load(WriteTo(GraphOf({EpisodeOne(), EpisodeTwo()}), view));
    std::map<std::string, std::string> start;
    for (const Json& node : doc["nodes"])
      start[node["id"].get<std::string>()] = node.value("start", "");
    for (const Json& edge : doc["edges"]) {
      for (const char* end : {"source", "target"}) {
        std::string id = edge[end];
        ASSERT_TRUE(start.count(id)) << edge.dump();
        EXPECT_LE(start[id], edge.value("start", "")) << edge.dump();
      }
    }
  }
}

TEST(GexfWriterTest, AttributesAreDeclaredAndValuesUseThem) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kClaims));
  EXPECT_EQ(doc["attributes"]["node"]["type"], "string");
  EXPECT_EQ(doc["attributes"]["node"]["mentions"], "integer");
  EXPECT_EQ(doc["attributes"]["node"]["negated"], "boolean");
  for (const char* domain : {"nodes", "edges"}) {
    std::string cls = std::string(domain) == "nodes" ? "node" : "edge";
    for (const Json& element : doc[domain])
      for (const auto& [key, value] : element["values"].items())
        EXPECT_TRUE(doc["attributes"][cls].contains(key)) << key;
  }
}

TEST(GexfWriterTest, NodesHaveColourAndSizeByType) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kClaims));
  EXPECT_EQ(NodeById(doc, "person:dylan-patel")["color"], Json({213, 94, 0}));
  EXPECT_EQ(NodeById(doc, "company:meta")["color"], Json({0, 114, 178}));
  EXPECT_EQ(NodeById(doc, "episode:2025-06-30-ep-one")["size"], 40.0);
}

TEST(GexfWriterTest, NastyTextRoundTrips) {
  Json doc = Load(WriteTo(GraphOf({EpisodeOne()}), GraphViewKind::kClaims));
  EXPECT_EQ(NodeById(doc, "company:at-t-labs-inc")["label"], kAtt);
  EXPECT_EQ(NodeById(doc, "person:שלום-כהן")["label"], kHebrew);
  // Labels are XML tokens: the TAB folds to a space; ^A cannot be written.
  EXPECT_EQ(NodeById(doc, "product:robo-🤖-tab-name")["label"], "Robo 🤖\uFFFD \\Tab Name");
  EXPECT_EQ(NodeById(doc, "product:robo-🤖-tab-name")["values"]["aliases"],
            "Robo\r\n🤖; Robo 🤖");
  EXPECT_EQ(NodeById(doc, "episode:2025-06-30-ep-one")["values"]["title"],
            "AT&T <Special> \"Quotes\" 'single'");
}

TEST(GexfWriterTest, SameGraphGivesSameBytes) {
  KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo()});
  EXPECT_EQ(ToGexf(graph, GraphViewKind::kEntities), ToGexf(graph, GraphViewKind::kEntities));
  EXPECT_EQ(ToGexf(graph, GraphViewKind::kClaims), ToGexf(graph, GraphViewKind::kClaims));
}

}  // namespace
}  // namespace claimgraph
