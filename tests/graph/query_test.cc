#include "graph/query.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

using fixtures::EpisodeMaker;
using fixtures::TwoEpisodeGraph;

// The claim texts of the rows, to compare whole results at a glance.
std::vector<std::string> Texts(const std::vector<ClaimRow>& rows) {
  std::vector<std::string> texts;
  for (const ClaimRow& row : rows) texts.push_back(row.text);
  return texts;
}

using Texts_ = std::vector<std::string>;

TEST(FindClaimsTest, NoFilterReturnsEveryClaimInGraphOrder) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  std::vector<ClaimRow> rows = FindClaims(graph, ClaimQuery{});
  ASSERT_EQ(rows.size(), 11u);
  EXPECT_EQ(rows.front().text, "Did Meta buy Scale AI?");
  EXPECT_EQ(rows.back().text, "Reportedly Microsoft invested in OpenAI again.");
}

TEST(FindClaimsTest, RowCarriesEpisodeSourceSpeakerAndLabels) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.relations = {"uses"};
  query.episodes = {"episode:ep-a"};
  std::vector<ClaimRow> rows = FindClaims(graph, query);
  ASSERT_EQ(rows.size(), 1u);
  const ClaimRow& row = rows[0];
  EXPECT_EQ(row.claim, "claim:ep-a:4");
  EXPECT_EQ(row.episode, "episode:ep-a");
  EXPECT_EQ(row.episode_title, "Episode ep-a");
  EXPECT_EQ(row.date, "2025-06-30");
  EXPECT_EQ(row.source, "a.txt");
  EXPECT_EQ(row.seconds, 620);
  EXPECT_EQ(row.line, 20);
  EXPECT_EQ(row.speaker, "person:ben-guest");
  EXPECT_EQ(row.speaker_label, "Ben Guest");
  EXPECT_EQ(row.subject_label, "Apple");
  EXPECT_EQ(row.object_label, "NVIDIA");
  EXPECT_TRUE(row.negated);
  EXPECT_EQ(row.modality, "asserted");
  EXPECT_EQ(row.label, "Apple not uses NVIDIA");
}

TEST(FindClaimsTest, SpeakerFilterKeepsThatSpeakersClaims) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.speakers = {"person:cy-guest"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Apple uses NVIDIA chips in the cloud.",
                    "Llama 4 is better than Grok 4.",
                    "Reportedly Microsoft invested in OpenAI again."}));
}

TEST(FindClaimsTest, SeveralSpeakersMeanEitherOfThem) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.speakers = {"person:cy-guest", "person:ada-host"};
  EXPECT_EQ(FindClaims(graph, query).size(), 7u);
}

TEST(FindClaimsTest, AboutMatchesSubjectObjectAndMention) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.about = {"person:mark-zuckerberg"};
  EXPECT_EQ(Texts(FindClaims(graph, query)), (Texts_{"Zuck wants superintelligence."}));
  query.about = {"company:openai"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Open AI competes with Meta.", "Meta competes with OpenAI.",
                    "Reportedly Microsoft invested in OpenAI again."}));
}

TEST(FindClaimsTest, RelationFilter) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.relations = {"outperforms"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"I think Grok 4 beats Llama 4.", "Llama 4 is better than Grok 4."}));
}

TEST(FindClaimsTest, EpisodeFilter) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.episodes = {"episode:ep-b"};
  EXPECT_EQ(FindClaims(graph, query).size(), 5u);
}

TEST(FindClaimsTest, ModalityFilter) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.modalities = {"hedged", "reported"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"I think Grok 4 beats Llama 4.",
                    "Reportedly Microsoft invested in OpenAI again."}));
}

TEST(FindClaimsTest, SinceAndUntilBoundTheTimeInTheEpisodeInclusively) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.episodes = {"episode:ep-a"};
  query.since_seconds = 620;  // 10:20
  query.until_seconds = 700;  // 11:40
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Apple doesn't really buy NVIDIA hardware.",
                    "I think Grok 4 beats Llama 4."}));
}

TEST(FindClaimsTest, UntimedClaimNeverPassesATimeBound) {
  EpisodeMaker m("untimed", "", "u.txt");
  int s = m.Say("Ada Host", 0, 3, "Meta bought Scale.");
  m.Claim(s, "Meta bought Scale.", "acquired", "company:meta", "company:scale-ai");
  AnalyzedEpisode untimed = m.episode();
  untimed.episode.segments[0].seconds.reset();
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(untimed).ok());
  ClaimQuery query;
  EXPECT_EQ(FindClaims(graph, query).size(), 1u);
  query.since_seconds = 0;
  EXPECT_EQ(FindClaims(graph, query).size(), 0u);
}

TEST(FindClaimsTest, DateRangeSelectsEpisodesAndSkipsUndated) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  EpisodeMaker m("undated", "", "u.txt");
  m.Claim(m.Say("Ada Host", 0, 3, "Meta bought Scale."), "Meta bought Scale.",
          "acquired", "company:meta", "company:scale-ai");
  ASSERT_TRUE(graph.AddEpisode(m.episode()).ok());
  ClaimQuery query;
  query.relations = {"acquired"};
  query.since_date = "2025-07-01";
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Meta acquired Scale AI last month."}));
  query.since_date = "";
  query.until_date = "2025-06-30";
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Did Meta buy Scale AI?", "Meta bought Scale."}));
}

TEST(FindClaimsTest, BetweenFindsClaimsLinkingBothEntitiesEitherWay) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.between = {"company:meta", "company:openai"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Open AI competes with Meta.", "Meta competes with OpenAI."}));
}

TEST(FindClaimsTest, FiltersCombineWithAnd) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.about = {"company:meta"};
  query.speakers = {"person:ada-host"};
  query.modalities = {"asserted"};
  EXPECT_EQ(Texts(FindClaims(graph, query)),
            (Texts_{"Meta acquired Scale AI last month.", "Meta competes with OpenAI."}));
}

TEST(FindClaimsTest, UnknownIdsMatchNothing) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery query;
  query.about = {"company:nobody"};
  EXPECT_TRUE(FindClaims(graph, query).empty());
}

TEST(SummariseSpeakerTest, CountsMentionsAndClaimsMostMentionedFirst) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  std::vector<TopicRow> rows = SummariseSpeaker(graph, "person:ben-guest", {});
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].label, "Meta");
  EXPECT_EQ(rows[0].mentions, 3);  // three segments of Ben's
  EXPECT_EQ(rows[0].claims, 2);
  EXPECT_EQ(rows[0].episodes, (std::vector<std::string>{"episode:ep-a"}));
  // Then one mention and one claim each, by label.
  std::vector<std::string> rest;
  for (size_t i = 1; i < rows.size(); ++i) rest.push_back(rows[i].label);
  EXPECT_EQ(rest, (Texts_{"Apple", "Mark Zuckerberg", "NVIDIA", "OpenAI", "Scale AI"}));
}

TEST(SummariseSpeakerTest, ScopeLimitsEpisodesAndRowCount) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  ClaimQuery scope;
  scope.episodes = {"episode:ep-b"};
  std::vector<TopicRow> rows = SummariseSpeaker(graph, "person:ada-host", scope, 2);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].label, "Meta");
  EXPECT_EQ(rows[0].mentions, 2);
  EXPECT_EQ(rows[1].label, "OpenAI");
}

TEST(ResolveRelationTest, AcceptsHyphensAndCase) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  std::string relation;
  ASSERT_TRUE(ResolveRelation(graph, "Tried-To-Acquire", &relation).ok());
  EXPECT_EQ(relation, "tried_to_acquire");
}

TEST(ResolveRelationTest, MisspelledRelationSuggestsNearest) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  std::string relation;
  EXPECT_EQ(ResolveRelation(graph, "aquired", &relation).ToString(),
            "error: no relation is named \"aquired\"; did you mean acquired?");
  EXPECT_EQ(ResolveRelation(graph, "likes", &relation).ToString(),
            "error: no relation is named \"likes\" (see docs/relations.md)");
}

TEST(ResolveModalityTest, UnknownModalityListsTheNames) {
  std::string modality;
  ASSERT_TRUE(ResolveModality("Hedged", &modality).ok());
  EXPECT_EQ(modality, "hedged");
  EXPECT_EQ(ResolveModality("sure", &modality).ToString(),
            "error: no modality is named \"sure\" (asserted, hedged, reported, "
            "predicted or question)");
}

TEST(ParseTimeBoundTest, ClockTimeOrDate) {
  std::optional<long long> seconds;
  std::string date;
  ASSERT_TRUE(ParseTimeBound("--since", "10:00", &seconds, &date).ok());
  EXPECT_EQ(seconds, 600);
  EXPECT_EQ(date, "");
  seconds.reset();
  ASSERT_TRUE(ParseTimeBound("--until", "2025-06-30", &seconds, &date).ok());
  EXPECT_FALSE(seconds);
  EXPECT_EQ(date, "2025-06-30");
  EXPECT_EQ(ParseTimeBound("--since", "yesterday", &seconds, &date).ToString(),
            "error: --since \"yesterday\" is neither a time in the episode (10:00, "
            "1:02:03) nor a date (2025-06-30)");
  EXPECT_FALSE(ParseTimeBound("--since", "2025-13-01", &seconds, &date).ok());
}

}  // namespace
}  // namespace claimgraph
