#include "graph/stats.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

using fixtures::TwoEpisodeGraph;

long long CountOf(const std::vector<GraphStats::Count>& counts,
                  const std::string& name) {
  for (const GraphStats::Count& c : counts)
    if (c.name == name) return c.count;
  return -1;
}

TEST(StatsTest, CountsNodesByTypeWithEveryTypeListed) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  GraphStats stats = ComputeStats(graph, {});
  EXPECT_EQ(stats.episodes, 2);
  ASSERT_EQ(stats.nodes.size(), 6u);
  EXPECT_EQ(stats.nodes[0].name, "person");
  EXPECT_EQ(stats.nodes[0].count, 4);  // three speakers and Zuckerberg
  EXPECT_EQ(CountOf(stats.nodes, "company"), 6);
  EXPECT_EQ(CountOf(stats.nodes, "model"), 2);
  EXPECT_EQ(CountOf(stats.nodes, "product"), 0);
  EXPECT_EQ(CountOf(stats.nodes, "episode"), 2);
  EXPECT_EQ(CountOf(stats.nodes, "claim"), 11);
}

TEST(StatsTest, CountsEdgesStructuralFirstThenRelationsByName) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  GraphStats stats = ComputeStats(graph, {});
  std::vector<std::string> names;
  for (const GraphStats::Count& c : stats.edges) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{
                       "mentions", "said", "about", "appears_in", "acquired",
                       "competes_with", "invested_in", "outperforms", "uses"}));
  EXPECT_EQ(CountOf(stats.edges, "mentions"), 22);
  EXPECT_EQ(CountOf(stats.edges, "acquired"), 3);
  EXPECT_EQ(CountOf(stats.edges, "appears_in"), 4);
}

TEST(StatsTest, TopEntitiesByMentionsThenLabel) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  GraphStats stats = ComputeStats(graph, StatsOptions{.top = 3});
  ASSERT_EQ(stats.top_entities.size(), 3u);
  EXPECT_EQ(stats.top_entities[0].label, "Meta");
  EXPECT_EQ(stats.top_entities[0].mentions, 6);
  EXPECT_EQ(stats.top_entities[0].episodes, 2);
  EXPECT_EQ(stats.top_entities[1].label, "OpenAI");
  EXPECT_EQ(stats.top_entities[2].label, "Scale AI");
}

TEST(StatsTest, SpeakerShareByTurnsAndWordsPerEpisode) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  GraphStats stats = ComputeStats(graph, {});
  ASSERT_EQ(stats.speakers.size(), 4u);
  const GraphStats::SpeakerShare& ada = stats.speakers[0];
  const GraphStats::SpeakerShare& ben = stats.speakers[1];
  EXPECT_EQ(ada.episode, "episode:ep-a");
  EXPECT_EQ(ada.label, "Ada Host");
  // Ada, Ben, Ben, Ada, Ben, Ben(continued): four turns, Ben's last two one.
  EXPECT_EQ(ada.turns, 2);
  EXPECT_EQ(ben.turns, 2);
  EXPECT_EQ(ben.segments, 4);
  EXPECT_DOUBLE_EQ(ada.turn_share, 0.5);
  EXPECT_EQ(ada.words, 11 + 7);
  EXPECT_EQ(ben.words, 6 + 6 + 5 + 4);
  EXPECT_DOUBLE_EQ(ada.word_share, 18.0 / 39.0);
  EXPECT_EQ(stats.speakers[2].episode, "episode:ep-b");
}

TEST(StatsTest, EpisodeFilterLimitsMentionsAndShares) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  GraphStats stats = ComputeStats(graph, StatsOptions{.top = 0, .episodes = {"episode:ep-b"}});
  EXPECT_EQ(stats.episodes, 1);
  EXPECT_EQ(stats.top_entities.size(), 8u);
  EXPECT_EQ(stats.top_entities[0].label, "Meta");
  EXPECT_EQ(stats.top_entities[1].label, "OpenAI");
  EXPECT_EQ(stats.top_entities[0].mentions, 2);
  ASSERT_EQ(stats.speakers.size(), 2u);
  EXPECT_EQ(stats.speakers[0].label, "Ada Host");
  EXPECT_EQ(stats.speakers[1].label, "Cy Guest");
}

}  // namespace
}  // namespace claimgraph
