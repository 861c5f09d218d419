#include "report/report_data.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/report/fixture_graph.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;

MentionSentences FixtureSentences() {
  MentionSentences sentences;
  for (const AnalyzedEpisode& e : FixtureEpisodes()) sentences.AddEpisode(e);
  return sentences;
}

Json Data(const KnowledgeGraph& graph, const MentionSentences& sentences,
          ReportOptions options = {}) {
  return Json::parse(ReportDataJson(graph, sentences, options));
}

int NodeIndex(const Json& data, const std::string& id) {
  for (size_t i = 0; i < data["nodes"].size(); ++i)
    if (data["nodes"][i]["id"] == id) return static_cast<int>(i);
  return -1;
}

TEST(ReportDataTest, NodesAreTheGraphsEntitiesInGraphOrder) {
  KnowledgeGraph graph = FixtureGraph();
  Json data = Data(graph, {});
  std::vector<std::string> expected;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.graph())))
    if (IsEntityType(graph.node(v).type)) expected.push_back(graph.node(v).id.str());
  std::vector<std::string> ids;
  for (const Json& node : data["nodes"]) ids.push_back(node["id"]);
  EXPECT_EQ(ids, expected);
  EXPECT_EQ(ids.size(), 14u);
}

TEST(ReportDataTest, TimelineRowsAreTheMostMentionedEntitiesFirstMentionedFirst) {
  ReportOptions options;
  options.timeline_rows = 2;
  Json data = Data(FixtureGraph(), FixtureSentences(), options);
  const Json& episode = data["episodes"][0];
  EXPECT_EQ(episode["rows"], Json({NodeIndex(data, "company:meta"),
                                   NodeIndex(data, "company:scale-ai")}));
  for (const Json& mark : episode["marks"]) {
    EXPECT_TRUE(mark["e"] == NodeIndex(data, "company:meta") ||
                mark["e"] == NodeIndex(data, "company:scale-ai"));
  }
  EXPECT_EQ(episode["marks"].size(), 4u);
}

TEST(ReportDataTest, MarkQuotesTheSentenceOfItsMention) {
  Json data = Data(FixtureGraph(), FixtureSentences());
  int zuck = NodeIndex(data, "person:mark-zuckerberg");
  std::vector<std::string> quoted;
  for (const Json& mark : data["episodes"][0]["marks"]) {
    if (mark["e"] == zuck && mark["line"] == 12) {
      for (int t : mark["q"]) quoted.push_back(data["texts"][t]);
    }
  }
  EXPECT_EQ(quoted, (std::vector<std::string>{"Zuck tried to buy SSI before that, I've heard."}));
}

TEST(ReportDataTest, WithoutSentencesMarkQuotesTheClaimsOfItsSegment) {
  Json data = Data(FixtureGraph(), {});
  int meta = NodeIndex(data, "company:meta");
  std::vector<std::string> quoted;
  for (const Json& mark : data["episodes"][0]["marks"]) {
    if (mark["e"] == meta && mark["line"] == 12) {
      for (int t : mark["q"]) quoted.push_back(data["texts"][t]);
    }
  }
  EXPECT_EQ(quoted, (std::vector<std::string>{"Meta acquired Scale AI for the people."}));
}

TEST(ReportDataTest, LinkJoinsSpeakerToWhatTheyMentionedAndClaimed) {
  Json data = Data(FixtureGraph(), {});
  int dylan = NodeIndex(data, "person:dylan-patel");
  int meta = NodeIndex(data, "company:meta");
  const Json* found = nullptr;
  for (const Json& link : data["links"])
    if (link["s"] == dylan && link["t"] == meta) found = &link;
  ASSERT_NE(found, nullptr);
  EXPECT_EQ((*found)["n"], 1);
  EXPECT_EQ((*found)["by"], Json::parse("[[0, 1]]"));
  ASSERT_EQ((*found)["claims"].size(), 1u);
  EXPECT_EQ(data["claims"][(*found)["claims"][0].get<int>()]["id"],
            "claim:2025-06-30-fixture-a:1");
}

TEST(ReportDataTest, RelationEdgeCountsItsNegatedClaims) {
  Json data = Data(FixtureGraph(), {});
  int apple = NodeIndex(data, "company:apple");
  int nvidia = NodeIndex(data, "company:nvidia");
  const Json* found = nullptr;
  for (const Json& r : data["relations"])
    if (r["s"] == apple && r["t"] == nvidia && r["r"] == "uses") found = &r;
  ASSERT_NE(found, nullptr);
  EXPECT_EQ((*found)["claims"].size(), 2u);
  EXPECT_EQ((*found)["negated"], 1);
}

TEST(ReportDataTest, ComparisonRefersToClaimsByIndex) {
  Json data = Data(FixtureGraph(), {});
  ASSERT_EQ(data["conflicts"].size(), 2u);
  const Json& conflict = data["conflicts"][0];
  EXPECT_EQ(conflict["kind"], "negated");
  EXPECT_EQ(data["claims"][conflict["against"][0].get<int>()]["text"],
            "Apple doesn't really buy much NVIDIA hardware.");
  ASSERT_EQ(data["agreements"].size(), 1u);
  EXPECT_EQ(data["agreements"][0]["episodes"], Json({0, 1}));
}

TEST(ReportDataTest, UntimedEpisodePlacesMarksByLine) {
  AnalyzedEpisode a;
  a.episode.id = "episode:untimed";
  a.episode.source = "untimed.txt";
  a.episode.segments = {Segment{"Ann", std::nullopt, 4, "Meta is big.", false},
                        Segment{"Bob", std::nullopt, 9, "Meta again.", false}};
  Entity meta;
  meta.id = "company:meta";
  meta.name = "Meta";
  a.entities = {meta};
  a.mentions = {Mention{"company:meta", "Meta", 0, 0, 4},
                Mention{"company:meta", "Meta", 1, 0, 4}};
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(a).ok());
  Json data = Data(graph, {});
  const Json& episode = data["episodes"][0];
  EXPECT_FALSE(episode["timed"]);
  EXPECT_EQ(episode["end"], 9);
  EXPECT_EQ(episode["marks"][1]["x"], 9);
  EXPECT_EQ(episode["turns"], Json::parse("[[0, 4], [1, 9]]"));
}

TEST(ReportDataTest, TitleIsTheEpisodesOrTheirCount) {
  KnowledgeGraph graph = FixtureGraph();
  EXPECT_EQ(ReportTitle(graph, {}), "2 episodes");
  ReportOptions options;
  options.title = "Mine";
  EXPECT_EQ(ReportTitle(graph, options), "Mine");
  KnowledgeGraph one;
  ASSERT_TRUE(one.AddEpisode(FixtureEpisodes()[1]).ok());
  EXPECT_EQ(ReportTitle(one, {}), "Chips and models");
}

}  // namespace
}  // namespace claimgraph
