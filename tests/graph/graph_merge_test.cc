#include "graph/graph_merge.h"

#include <gtest/gtest.h>

#include "export/json_writer.h"
#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

TEST(GraphMergeTest, MergingSeparateBuildsEqualsBuildingTogether) {
  KnowledgeGraph together = fixtures::TwoEpisodeGraph();
  KnowledgeGraph a, b;
  ASSERT_TRUE(a.AddEpisode(fixtures::EpisodeA()).ok());
  ASSERT_TRUE(b.AddEpisode(fixtures::EpisodeB()).ok());
  ASSERT_TRUE(MergeGraph(b, &a).ok());
  EXPECT_EQ(ToJson(a), ToJson(together));
}

TEST(GraphMergeTest, RecurringEntityAndSpeakerBecomeOneNode) {
  KnowledgeGraph a, b;
  ASSERT_TRUE(a.AddEpisode(fixtures::EpisodeA()).ok());
  ASSERT_TRUE(b.AddEpisode(fixtures::EpisodeB()).ok());
  ASSERT_TRUE(MergeGraph(b, &a).ok());
  const NodeData& meta = a.node(*a.Find("company:meta"));
  EXPECT_EQ(meta.profile().mentions, 6);
  EXPECT_EQ(meta.profile().episodes, (std::vector<InternedString>{"episode:ep-a", "episode:ep-b"}));
  const NodeData& openai = a.node(*a.Find("company:openai"));
  EXPECT_EQ(openai.profile().aliases, (std::vector<InternedString>{"Open AI", "OpenAI"}));
  const NodeData& ada = a.node(*a.Find("person:ada-host"));
  EXPECT_TRUE(ada.speaker);
  EXPECT_EQ(ada.profile().episodes.size(), 2u);
  EXPECT_EQ(a.episodes().size(), 2u);
}

TEST(GraphMergeTest, SameEpisodeTwiceFailsAndChangesNothing) {
  KnowledgeGraph a, again;
  ASSERT_TRUE(a.AddEpisode(fixtures::EpisodeA()).ok());
  ASSERT_TRUE(again.AddEpisode(fixtures::EpisodeA()).ok());
  size_t nodes = a.node_count(), edges = a.edge_count();
  EXPECT_EQ(MergeGraph(again, &a).ToString(),
            "a.txt: error: episode episode:ep-a is already in the graph");
  EXPECT_EQ(a.node_count(), nodes);
  EXPECT_EQ(a.edge_count(), edges);
}

}  // namespace
}  // namespace claimgraph
