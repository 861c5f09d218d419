#include "export/json_writer.h"

#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;
using namespace testing_support;

Json Document(const KnowledgeGraph& graph) { return Json::parse(ToJson(graph)); }

KnowledgeGraph TwoEpisodes() { return GraphOf({EpisodeOne(), EpisodeTwo()}); }

void ExpectKeys(const Json& object, std::initializer_list<const char*> keys) {
  for (const char* key : keys)
    EXPECT_TRUE(object.contains(key)) << "missing " << key << " in " << object.dump();
}

TEST(JsonWriterTest, TopLevelIsANodeLinkMultigraph) {
  Json doc = Document(TwoEpisodes());
  EXPECT_EQ(doc["format"], "claimgraph-json");
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["directed"], true);
  EXPECT_EQ(doc["multigraph"], true);
  EXPECT_EQ(doc["graph"]["generator"], "claimgraph 0.1.0");
  EXPECT_EQ(doc["episodes"].size(), 2u);
}

TEST(JsonWriterTest, EveryEdgeHasAKeyUniqueAmongEdgesJoiningTheSameNodes) {
  Json doc = Document(TwoEpisodes());
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const Json& edge : doc["edges"]) {
    ASSERT_TRUE(edge.contains("key")) << edge.dump();
    ASSERT_TRUE(edge["key"].is_string());
    EXPECT_FALSE(edge["key"].get<std::string>().empty()) << edge.dump();
    EXPECT_TRUE(seen.insert({edge["source"].get<std::string>(),
                             edge["target"].get<std::string>(),
                             edge["key"].get<std::string>()}).second)
        << "repeated key: " << edge.dump();
  }
  EXPECT_EQ(seen.size(), TwoEpisodes().edge_count());
}

TEST(JsonWriterTest, RelationEdgesAreKeyedByTheirClaim) {
  Json doc = Document(TwoEpisodes());
  int relations = 0;
  for (const Json& edge : doc["edges"]) {
    if (!edge.contains("claim")) continue;
    ++relations;
    EXPECT_EQ(edge["key"], edge["claim"]);
    ExpectKeys(edge, {"speaker", "episode", "seconds", "time", "line", "modality",
                      "negated"});
  }
  EXPECT_EQ(relations, 5);
}

TEST(JsonWriterTest, NodesCarryTheFieldsOfTheirType) {
  Json doc = Document(TwoEpisodes());
  std::map<std::string, int> by_type;
  for (const Json& node : doc["nodes"]) {
    ExpectKeys(node, {"id", "type", "label"});
    std::string type = node["type"];
    ++by_type[type];
    if (type == "episode") {
      ExpectKeys(node, {"title", "date"});
    } else if (type == "claim") {
      ExpectKeys(node, {"text", "speaker", "episode", "seconds", "time", "line",
                        "relation", "subject", "object", "about", "modality",
                        "negated"});
    } else {
      ExpectKeys(node, {"aliases", "mentions", "episodes"});
    }
  }
  EXPECT_EQ(by_type["episode"], 2);
  EXPECT_EQ(by_type["claim"], 6);
  EXPECT_EQ(by_type["company"], 4);
}

TEST(JsonWriterTest, EdgesCarryTheFieldsOfTheirType) {
  Json doc = Document(TwoEpisodes());
  std::set<std::string> types;
  for (const Json& edge : doc["edges"]) {
    ExpectKeys(edge, {"source", "target", "type", "key"});
    std::string type = edge["type"];
    types.insert(type);
    if (type == "mentions" || type == "said") {
      ExpectKeys(edge, {"episode", "seconds", "time", "line"});
    } else if (type == "about") {
      ExpectKeys(edge, {"role"});
    }
  }
  EXPECT_EQ(types, (std::set<std::string>{"about", "acquired", "appears_in",
                                          "invested_in", "mentions", "released",
                                          "said", "works_at"}));
}

TEST(JsonWriterTest, EpisodesCarryMetadataChaptersAndTurns) {
  Json episode = Document(TwoEpisodes())["episodes"][0];
  ExpectKeys(episode, {"id", "title", "date", "source", "layout", "speakers",
                       "chapters", "turns"});
  EXPECT_EQ(episode["speakers"],
            Json({"person:matthew-berman", "person:dylan-patel"}));
  EXPECT_EQ(episode["chapters"][0]["time"], "00:00:00");
  EXPECT_EQ(episode["turns"][2], Json::parse(R"({"speaker": "person:dylan-patel",
      "seconds": 431, "time": "00:07:11", "line": 97, "words": 12})"));
}

TEST(JsonWriterTest, UntimedLayoutsWriteNullSecondsAndDate) {
  Json doc = Document(GraphOf({UntimedEpisode()}));
  EXPECT_TRUE(doc["episodes"][0]["date"].is_null());
  EXPECT_TRUE(doc["episodes"][0]["turns"][0]["seconds"].is_null());
  EXPECT_TRUE(doc["episodes"][0]["turns"][0]["time"].is_null());
}

TEST(JsonWriterTest, SameGraphGivesSameBytes) {
  EXPECT_EQ(ToJson(TwoEpisodes()), ToJson(TwoEpisodes()));
}

TEST(JsonWriterTest, TextMadeOnSeveralThreadsIsTheSameBytes) {
  // Many more nodes and edges than one thread's run (1,024), so runs meet.
  KnowledgeGraph graph = TwoEpisodes();
  std::vector<KnowledgeGraph::Vertex> companies;
  for (int i = 0; i < 9000; ++i) {
    std::string n = std::to_string(i);
    companies.push_back(graph.AddNode(
        NodeData{.id = "company:c" + n, .label = "C" + n, .type = NodeType::kCompany}));
  }
  for (size_t i = 1; i < companies.size(); ++i) {
    graph.AddEdge(companies[i - 1], companies[i],
                  EdgeData{.type = "mentions", .key = std::to_string(i),
                           .episode = "e", .seconds = static_cast<long long>(i),
                           .line = static_cast<int>(i)});
  }
  std::string one = ToJson(graph, 1);
  EXPECT_EQ(ToJson(graph, 3), one);
  EXPECT_EQ(ToJson(graph, 0), one);
  EXPECT_EQ(Json::parse(one)["nodes"].size(), graph.node_count());
}

TEST(JsonWriterTest, EmptyGraphIsTheSameBytesOnSeveralThreads) {
  EXPECT_EQ(ToJson(KnowledgeGraph(), 2), ToJson(KnowledgeGraph(), 1));
}

TEST(JsonWriterTest, NastyTextSurvivesAsValidJson) {
  Json doc = Document(TwoEpisodes());
  std::set<std::string> labels;
  for (const Json& node : doc["nodes"]) labels.insert(node["label"]);
  EXPECT_TRUE(labels.count(kAtt));
  EXPECT_TRUE(labels.count(kHebrew));
  EXPECT_TRUE(labels.count(kRobot));  // JSON can carry \u0001; it is escaped
  EXPECT_TRUE(labels.count(kConan));
}

// Loads the file with Debian's NetworkX (node_link_graph) and compares what
// it saw, node by node and edge by edge, with the graph.
TEST(JsonWriterTest, NetworkxLoadsEveryNodeEdgeAndAttribute) {
  KnowledgeGraph graph = TwoEpisodes();
  std::string path = TempFolder("json") + "/graph.json";
  ASSERT_TRUE(WriteJson(graph, path).ok());
  std::string loaded_text = NetworkxLoad("json", path);
  ASSERT_FALSE(loaded_text.empty());
  Json loaded = Json::parse(loaded_text);
  Json doc = Document(graph);

  EXPECT_EQ(loaded["directed"], true);
  EXPECT_EQ(loaded["multigraph"], true);
  ASSERT_EQ(loaded["nodes"].size(), graph.node_count());
  ASSERT_EQ(loaded["edges"].size(), graph.edge_count());
  for (const Json& node : doc["nodes"]) {
    const Json& seen = loaded["nodes"][node["id"].get<std::string>()];
    for (const auto& [key, value] : node.items()) {
      if (key == "id") continue;
      EXPECT_EQ(seen[key], value) << node["id"] << "." << key;
    }
  }
  // NetworkX lists edges by source node, so match them by (source, target, key).
  std::map<std::tuple<std::string, std::string, std::string>, Json> by_key;
  for (const Json& seen : loaded["edges"]) 
    by_key[{seen[0].get<std::string>(), seen[1].get<std::string>(),
            seen[2].get<std::string>()}] = seen[3];
  ASSERT_EQ(by_key.size(), graph.edge_count());
  for (const Json& edge : doc["edges"]) {
    auto found = by_key.find({edge["source"].get<std::string>(),
                              edge["target"].get<std::string>(),
                              edge["key"].get<std::string>()});
    ASSERT_NE(found, by_key.end()) << edge.dump();
    for (const auto& [key, value] : edge.items()) {
      if (key == "source" || key == "target" || key == "key") continue;
      EXPECT_EQ(found->second[key], value) << edge.dump() << " ." << key;
    }
  }
}

}  // namespace
}  // namespace claimgraph
