#include "export/stats_output.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

TEST(StatsOutputTest, TextTables) {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  EXPECT_EQ(StatsText(ComputeStats(graph, {.top = 3}), 80), R"--(2 episodes, 25 nodes, 68 edges

NODE TYPE  COUNT
---------  -----
person     4
company    6
model      2
product    0
episode    2
claim      11

EDGE TYPE      COUNT
---------      -----
mentions       22
said           11
about          21
appears_in     4
acquired       3
competes_with  2
invested_in    1
outperforms    2
uses           2

ENTITY    TYPE     MENTIONS  EPISODES
------    ----     --------  --------
Meta      company  6         2
OpenAI    company  3         2
Scale AI  company  3         2

EPISODE  SPEAKER    TURNS  TURN SHARE  WORDS  WORD SHARE
-------  -------    -----  ----------  -----  ----------
ep-a     Ada Host   2      50.0%       18     46.2%
ep-a     Ben Guest  2      50.0%       21     53.8%
ep-b     Ada Host   2      50.0%       10     33.3%
ep-b     Cy Guest   2      50.0%       20     66.7%
)--");
}

TEST(StatsOutputTest, JsonCountsAndSharesRoundedToFourDecimals) {
  KnowledgeGraph graph = fixtures::TwoEpisodeGraph();
  std::string json = StatsJson(ComputeStats(graph, {.top = 1}));
  EXPECT_EQ(json.substr(0, json.find("\"speakers\"")),
            R"--({
 "episodes": 2,
 "nodes": {
  "person": 4,
  "company": 6,
  "model": 2,
  "product": 0,
  "episode": 2,
  "claim": 11
 },
 "edges": {
  "mentions": 22,
  "said": 11,
  "about": 21,
  "appears_in": 4,
  "acquired": 3,
  "competes_with": 2,
  "invested_in": 1,
  "outperforms": 2,
  "uses": 2
 },
 "top_entities": [
  {
   "id": "company:meta",
   "name": "Meta",
   "type": "company",
   "mentions": 6,
   "episodes": 2
  }
 ],
 )--");
  EXPECT_NE(json.find(R"--(  {
   "episode": "episode:ep-a",
   "speaker": "person:ben-guest",
   "speaker_name": "Ben Guest",
   "turns": 2,
   "segments": 4,
   "words": 21,
   "turn_share": 0.5,
   "word_share": 0.5385
  },)--"),
            std::string::npos)
      << json;
}

}  // namespace
}  // namespace claimgraph
