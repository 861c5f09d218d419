#include "report/claim_comparison.h"

#include <gtest/gtest.h>

#include "base/text.h"
#include "tests/report/fixture_graph.h"

namespace claimgraph {
namespace {

using Ids = std::vector<std::string>;

struct Said {
  std::string subject, relation, object;
  bool negated = false;
  Modality modality = Modality::kAsserted;
};

// One episode whose single speaker makes each claim in `said`, in order.
AnalyzedEpisode Episode(const std::string& stem, const std::vector<Said>& said) {
  AnalyzedEpisode a;
  a.episode.id = "episode:" + stem;
  a.episode.source = stem + ".txt";
  a.episode.segments = {Segment{"Ann Host", 0, 1, "Things were said.", false}};
  for (const Said& s : said) {
    for (const std::string& id : {s.subject, s.object}) {
      bool known = false;
      for (const Entity& e : a.entities) known = known || e.id == id;
      if (known) continue;
      Entity e;
      e.id = id;
      e.type = EntityType::kCompany;
      e.name = id.substr(id.find(':') + 1);
      a.entities.push_back(e);
    }
    Claim claim;
    claim.segment = 0;
    claim.text = "Things were said.";
    claim.relation = s.relation;
    claim.subject = s.subject;
    claim.object = s.object;
    claim.about = {{s.subject, Role::kSubject}, {s.object, Role::kObject}};
    claim.negated = s.negated;
    claim.modality = s.modality;
    a.claims.push_back(claim);
  }
  return a;
}

KnowledgeGraph Graph(const std::vector<AnalyzedEpisode>& episodes) {
  KnowledgeGraph graph;
  for (const AnalyzedEpisode& e : episodes) EXPECT_TRUE(graph.AddEpisode(e).ok());
  return graph;
}

TEST(ClaimComparisonTest, SameAssertionInTwoEpisodesAgrees) {
  ClaimComparison c = CompareClaims(FixtureGraph());
  ASSERT_EQ(c.agreements.size(), 1u);
  const ClaimAgreement& a = c.agreements[0];
  EXPECT_EQ(a.subject, "company:meta");
  EXPECT_EQ(a.relation, "acquired");
  EXPECT_EQ(a.object, "company:scale-ai");
  EXPECT_FALSE(a.negated);
  EXPECT_EQ(a.claims, (Ids{"claim:2025-06-30-fixture-a:1", "claim:2025-07-14-fixture-b:1"}));
  EXPECT_EQ(a.episodes, (Ids{"episode:2025-06-30-fixture-a", "episode:2025-07-14-fixture-b"}));
}

TEST(ClaimComparisonTest, AssertedInOneEpisodeAndNegatedInAnotherConflict) {
  ClaimComparison c = CompareClaims(FixtureGraph());
  ASSERT_EQ(c.conflicts.size(), 2u);
  const ClaimConflict& x = c.conflicts[0];
  EXPECT_EQ(x.kind, "negated");
  EXPECT_EQ(x.subject, "company:apple");
  EXPECT_EQ(x.relation, "uses");
  EXPECT_EQ(x.object, "company:nvidia");
  EXPECT_EQ(x.claims, (Ids{"claim:2025-07-14-fixture-b:2"}));
  EXPECT_EQ(x.against, (Ids{"claim:2025-06-30-fixture-a:3"}));
}

TEST(ClaimComparisonTest, OppositeOutperformsClaimsConflictOnceToldFromTheFirst) {
  ClaimComparison c = CompareClaims(FixtureGraph());
  ASSERT_EQ(c.conflicts.size(), 2u);
  const ClaimConflict& x = c.conflicts[1];
  EXPECT_EQ(x.kind, "reversed");
  EXPECT_EQ(x.subject, "model:claude");
  EXPECT_EQ(x.object, "model:gpt-4-5");
  EXPECT_EQ(x.claims, (Ids{"claim:2025-06-30-fixture-a:4"}));
  EXPECT_EQ(x.against, (Ids{"claim:2025-07-14-fixture-b:3"}));
}

TEST(ClaimComparisonTest, DisagreementWithinOneEpisodeIsNotAcrossEpisodes) {
  ClaimComparison c = CompareClaims(Graph({Episode(
      "a", {{"company:x", "uses", "company:y"},
            {"company:x", "uses", "company:y", true},
            {"company:x", "outperforms", "company:y"},
            {"company:y", "outperforms", "company:x"}})}));
  EXPECT_TRUE(c.conflicts.empty());
  EXPECT_TRUE(c.agreements.empty());
}

TEST(ClaimComparisonTest, QuestionsAssertNothing) {
  ClaimComparison c = CompareClaims(Graph(
      {Episode("a", {{"company:x", "acquired", "company:y"}}),
       Episode("b", {{"company:x", "acquired", "company:y", false, Modality::kQuestion},
                     {"company:x", "acquired", "company:y", true, Modality::kQuestion}})}));
  EXPECT_TRUE(c.conflicts.empty());
  EXPECT_TRUE(c.agreements.empty());
}

TEST(ClaimComparisonTest, SymmetricRelationsAgreeInEitherOrder) {
  ClaimComparison c = CompareClaims(
      Graph({Episode("a", {{"company:y", "competes_with", "company:x"}}),
             Episode("b", {{"company:x", "competes_with", "company:y"}})}));
  ASSERT_EQ(c.agreements.size(), 1u);
  EXPECT_EQ(c.agreements[0].subject, "company:x");
  EXPECT_EQ(c.agreements[0].object, "company:y");
  EXPECT_EQ(c.agreements[0].claims.size(), 2u);
}

TEST(ClaimComparisonTest, DirectedRelationsInOppositeOrderDoNotAgree) {
  ClaimComparison c = CompareClaims(
      Graph({Episode("a", {{"company:y", "acquired", "company:x"}}),
             Episode("b", {{"company:x", "acquired", "company:y"}})}));
  EXPECT_TRUE(c.agreements.empty());
  EXPECT_TRUE(c.conflicts.empty());
}

TEST(ClaimComparisonTest, NegationsThatAgreeAreAnAgreement) {
  ClaimComparison c = CompareClaims(
      Graph({Episode("a", {{"company:x", "uses", "company:y", true}}),
             Episode("b", {{"company:x", "uses", "company:y", true}})}));
  ASSERT_EQ(c.agreements.size(), 1u);
  EXPECT_TRUE(c.agreements[0].negated);
  EXPECT_TRUE(c.conflicts.empty());
}

}  // namespace
}  // namespace claimgraph
