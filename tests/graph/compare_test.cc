#include "graph/compare.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

using fixtures::EpisodeMaker;
using fixtures::TwoEpisodeGraph;

Comparison CompareAB(const KnowledgeGraph& graph) {
  Comparison result;
  Status s = CompareEpisodes(graph, {"episode:ep-a", "episode:ep-b"}, &result);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return result;
}

std::vector<std::string> Claims(const std::vector<Statement>& statements) {
  std::vector<std::string> ids;
  for (const Statement& s : statements) ids.push_back(s.claim);
  return ids;
}

using Ids = std::vector<std::string>;

TEST(CompareTest, EntitiesInCommonAndUniqueToEach) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  EXPECT_EQ(c.common, (Ids{"company:meta", "company:openai", "company:scale-ai",
                           "company:apple", "model:grok-4", "model:llama-4",
                           "company:nvidia"}));
  ASSERT_EQ(c.unique.size(), 2u);
  EXPECT_EQ(c.unique[0], (Ids{"person:mark-zuckerberg"}));
  EXPECT_EQ(c.unique[1], (Ids{"company:microsoft"}));
}

TEST(CompareTest, MentionCountsPerEntityPerEpisodeMostFirst) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  ASSERT_FALSE(c.entities.empty());
  EXPECT_EQ(c.entities[0].label, "Meta");
  EXPECT_EQ(c.entities[0].mentions, (std::vector<long long>{4, 2}));
  EXPECT_EQ(c.entities[0].total, 6);
  EXPECT_EQ(c.entities[1].label, "OpenAI");
  EXPECT_EQ(c.entities[1].mentions, (std::vector<long long>{1, 2}));
}

TEST(CompareTest, SharedEntityListsEachSpeakersClaimsByEpisode) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  auto meta = std::find_if(c.shared.begin(), c.shared.end(),
                           [](const auto& s) { return s.id == "company:meta"; });
  ASSERT_NE(meta, c.shared.end());
  // Episode A: Ada's claims, then Ben's (order of first turn); then episode B.
  EXPECT_EQ(Claims(meta->statements),
            (Ids{"claim:ep-a:1", "claim:ep-a:2", "claim:ep-a:6", "claim:ep-b:1",
                 "claim:ep-b:4"}));
  EXPECT_EQ(meta->statements[0].speaker_label, "Ada Host");
  EXPECT_EQ(meta->statements[3].episode, 1u);
  EXPECT_EQ(c.shared.size(), c.common.size());
}

TEST(CompareTest, SameRelationInBothEpisodesAgreesAndQuestionsDoNotCount) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  ASSERT_EQ(c.agreements.size(), 2u);
  const Comparison::Finding& acquired = c.agreements[0];
  EXPECT_EQ(acquired.kind, "agree");
  EXPECT_EQ(acquired.relation, "acquired");
  EXPECT_EQ(acquired.subject_label, "Meta");
  EXPECT_EQ(acquired.object_label, "Scale AI");
  // The question "Did Meta buy Scale AI?" (claim:ep-a:1) asserts nothing.
  EXPECT_EQ(Claims(acquired.statements), (Ids{"claim:ep-a:2", "claim:ep-b:1"}));
}

TEST(CompareTest, SymmetricRelationAgreesInEitherDirection) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  ASSERT_EQ(c.agreements.size(), 2u);
  const Comparison::Finding& competes = c.agreements[1];
  EXPECT_EQ(competes.relation, "competes_with");
  EXPECT_EQ(Claims(competes.statements), (Ids{"claim:ep-a:6", "claim:ep-b:4"}));
}

TEST(CompareTest, RelationNegatedInOneEpisodeConflicts) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  ASSERT_EQ(c.conflicts.size(), 2u);
  const Comparison::Finding& outperforms = c.conflicts[0];
  const Comparison::Finding& uses = c.conflicts[1];
  EXPECT_EQ(uses.kind, "negation");
  EXPECT_EQ(uses.relation, "uses");
  EXPECT_EQ(uses.subject_label, "Apple");
  EXPECT_EQ(uses.object_label, "NVIDIA");
  EXPECT_EQ(Claims(uses.statements), (Ids{"claim:ep-a:4", "claim:ep-b:2"}));
  EXPECT_TRUE(uses.statements[0].negated);
  EXPECT_FALSE(uses.statements[1].negated);
  EXPECT_EQ(outperforms.kind, "opposite");
}

TEST(CompareTest, OutperformsInOppositeDirectionsConflicts) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c = CompareAB(graph);
  ASSERT_EQ(c.conflicts.size(), 2u);
  const Comparison::Finding& f = c.conflicts[0];
  EXPECT_EQ(f.kind, "opposite");
  EXPECT_EQ(f.relation, "outperforms");
  EXPECT_EQ(f.subject, "model:grok-4");
  EXPECT_EQ(f.object, "model:llama-4");
  EXPECT_EQ(Claims(f.statements), (Ids{"claim:ep-a:5", "claim:ep-b:3"}));
  EXPECT_EQ(f.statements[0].modality, "hedged");
}

TEST(CompareTest, ConflictWithinOneEpisodeIsNotAnEpisodeConflict) {
  EpisodeMaker a("one", "2025-01-01", "one.txt");
  int s = a.Say("Ada Host", 0, 1, "Apple uses NVIDIA. Apple does not use NVIDIA.");
  a.Claim(s, "Apple uses NVIDIA.", "uses", "company:apple", "company:nvidia");
  a.Claim(s, "Apple does not use NVIDIA.", "uses", "company:apple",
          "company:nvidia", Modality::kAsserted, true);
  EpisodeMaker b("two", "2025-01-02", "two.txt");
  b.Say("Cy Guest", 0, 1, "Nothing about that.");
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(a.episode()).ok());
  ASSERT_TRUE(graph.AddEpisode(b.episode()).ok());
  Comparison c;
  ASSERT_TRUE(CompareEpisodes(graph, {"episode:one", "episode:two"}, &c).ok());
  EXPECT_TRUE(c.conflicts.empty());
  EXPECT_TRUE(c.agreements.empty());
  EXPECT_TRUE(c.common.empty());
}

TEST(CompareTest, NeedsTwoDistinctKnownEpisodes) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c;
  EXPECT_EQ(CompareEpisodes(graph, {"episode:ep-a"}, &c).ToString(),
            "error: compare needs at least two episodes");
  EXPECT_EQ(CompareEpisodes(graph, {"episode:ep-a", "episode:zz"}, &c).ToString(),
            "error: episode episode:zz is not in the graph");
  EXPECT_EQ(CompareEpisodes(graph, {"episode:ep-a", "episode:ep-a"}, &c).ToString(),
            "error: episode episode:ep-a is given twice");
  EXPECT_TRUE(c.episodes.empty());
}

TEST(CompareTest, OrderOfEpisodesIsTheOrderGiven) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  Comparison c;
  ASSERT_TRUE(CompareEpisodes(graph, {"episode:ep-b", "episode:ep-a"}, &c).ok());
  EXPECT_EQ(c.episodes[0].id, "episode:ep-b");
  EXPECT_EQ(c.unique[0], (Ids{"company:microsoft"}));
  EXPECT_EQ(c.entities[0].mentions, (std::vector<long long>{2, 4}));
}

}  // namespace
}  // namespace claimgraph
