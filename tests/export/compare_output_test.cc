#include "export/compare_output.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

Comparison CompareAB() {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  Comparison c;
  EXPECT_TRUE(CompareEpisodes(graph, {"episode:ep-a", "episode:ep-b"}, &c).ok());
  return c;
}

TEST(CompareOutputTest, TextShowsEverySectionWithinTheLimits) {
  EXPECT_EQ(CompareText(CompareAB(), {.width = 80, .top = 2, .statements = 2}),
            R"--(Episodes
  [1] 2025-06-30 Episode ep-a (a.txt)
  [2] 2025-07-15 Episode ep-b (b.vtt)

In common (7)
  Meta, OpenAI, Scale AI, Apple, Grok 4, Llama 4, NVIDIA
Only in [1] (1)
  Mark Zuckerberg
Only in [2] (1)
  Microsoft

Mentions per episode
ENTITY  TYPE     [1]  [2]  TOTAL
------  ----     ---  ---  -----
Meta    company  4    2    6
OpenAI  company  1    2    3
... and 7 more entities

Claims that agree (2)
  Meta acquired Scale AI
    [1] 00:00:15  Ben Guest: "Meta bought Scale." (a.txt:12)
    [2] 00:00:00  Ada Host: "Meta acquired Scale AI last month." (b.vtt:5)
  Meta competes with OpenAI
    [1] 00:13:20  Ben Guest: "Open AI competes with Meta." (a.txt:26)
    [2] 00:02:00  Ada Host: "Meta competes with OpenAI." (b.vtt:14)

Claims that conflict (2)
  Grok 4 outperforms Llama 4, and the other way round
    [1] 00:11:40  Ada Host (hedged): Grok 4 outperforms Llama 4: "I think Grok 4
                  beats Llama 4." (a.txt:24)
    [2] 00:01:30  Cy Guest: Llama 4 outperforms Grok 4: "Llama 4 is better than
                  Grok 4." (b.vtt:11)
  Apple uses NVIDIA: asserted in one episode, negated in another
    [1] 00:10:20  Ben Guest (negated): "Apple doesn't really buy NVIDIA
                  hardware." (a.txt:20)
    [2] 00:00:30  Cy Guest: "Apple uses NVIDIA chips in the cloud." (b.vtt:8)

Side by side: what each speaker said about the entities they share

Meta
[1]                                      [2]
---------------------------------------  ---------------------------------------
Ada Host (question), 00:00:00: Did Meta  Ada Host, 00:00:00: Meta acquired Scale
  buy Scale AI?                            AI last month.
Ben Guest, 00:00:15: Meta bought Scale.  Ada Host, 00:02:00: Meta competes with
... and 1 more claim                       OpenAI.

OpenAI
[1]                                      [2]
---------------------------------------  ---------------------------------------
Ben Guest, 00:13:20: Open AI competes    Ada Host, 00:02:00: Meta competes with
  with Meta.                               OpenAI.
                                         Cy Guest (reported), 00:03:20:
                                           Reportedly Microsoft invested in
                                           OpenAI again.

... and 5 more shared entities
)--");
}

TEST(CompareOutputTest, EntityWithoutClaimsInAnEpisodeSaysSo) {
  fixtures::EpisodeMaker a("x", "2025-01-01", "x.txt");
  a.Mention(a.Say("Ada Host", 0, 1, "Meta."), "company:meta");
  fixtures::EpisodeMaker b("y", "2025-01-02", "y.txt");
  int s = b.Say("Cy Guest", 0, 1, "Meta uses NVIDIA.");
  b.Mention(s, "company:meta");
  b.Claim(s, "Meta uses NVIDIA.", "uses", "company:meta", "company:nvidia");
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(a.episode()).ok());
  ASSERT_TRUE(graph.AddEpisode(b.episode()).ok());
  Comparison c;
  ASSERT_TRUE(CompareEpisodes(graph, {"episode:x", "episode:y"}, &c).ok());
  std::string text = CompareText(c, {.width = 60});
  EXPECT_NE(text.find("(mentioned; no claim)          Cy Guest, 00:00:00: Meta uses\n"),
            std::string::npos)
      << text;
}

TEST(CompareOutputTest, JsonHasEverySectionUnabridged) {
  nlohmann::json doc = nlohmann::json::parse(CompareJson(CompareAB()));
  EXPECT_EQ(doc["episodes"][1]["id"], "episode:ep-b");
  EXPECT_EQ(doc["episodes"][1]["date"], "2025-07-15");
  EXPECT_EQ(doc["common"].size(), 7u);
  EXPECT_EQ(doc["unique"]["episode:ep-a"][0], "person:mark-zuckerberg");
  EXPECT_EQ(doc["unique"]["episode:ep-b"][0], "company:microsoft");
  EXPECT_EQ(doc["entities"].size(), 9u);
  EXPECT_EQ(doc["entities"][0]["mentions"]["episode:ep-a"], 4);
  EXPECT_EQ(doc["entities"][0]["mentions"]["episode:ep-b"], 2);
  EXPECT_EQ(doc["shared"].size(), 7u);
  EXPECT_EQ(doc["shared"][0]["statements"].size(), 5u);
  EXPECT_EQ(doc["agreements"][0]["kind"], "agree");
  EXPECT_EQ(doc["agreements"][0]["statements"][1]["source"], "b.vtt");
  EXPECT_EQ(doc["conflicts"][0]["kind"], "opposite");
  EXPECT_EQ(doc["conflicts"][1]["kind"], "negation");
  const nlohmann::json& negated = doc["conflicts"][1]["statements"][0];
  EXPECT_EQ(negated.dump(),
            "{\"claim\":\"claim:ep-a:4\",\"episode\":\"episode:ep-a\","
            "\"label\":\"Apple not uses NVIDIA\",\"line\":20,\"modality\":"
            "\"asserted\",\"negated\":true,\"object\":\"company:nvidia\","
            "\"relation\":\"uses\",\"seconds\":620,\"source\":\"a.txt\","
            "\"speaker\":\"person:ben-guest\",\"speaker_name\":\"Ben Guest\","
            "\"subject\":\"company:apple\",\"text\":\"Apple doesn't really buy "
            "NVIDIA hardware.\",\"time\":\"00:10:20\"}");
}

}  // namespace
}  // namespace claimgraph
