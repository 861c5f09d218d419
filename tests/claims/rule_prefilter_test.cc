#include "extract/claims/rule_prefilter.h"

#include <gtest/gtest.h>

namespace claimgraph {
namespace {

TEST(RulePrefilterTest, LeavesOutPatternsWhoseWordsAreMissing) {
  RulePrefilter filter;
  ASSERT_TRUE(filter.Add("(<company:[^>]+>) acquired (<company:[^>]+>)", RE2::Options()));
  ASSERT_TRUE(filter.Add("(<person:[^>]+>) joined (<company:[^>]+>)", RE2::Options()));
  ASSERT_TRUE(filter.Compile());
  RulePrefilter::Scratch scratch;
  std::vector<int> hits;
  filter.Candidates("<company:meta> acquired <company:scale-ai>", &scratch, &hits);
  EXPECT_EQ(hits, std::vector<int>({0}));
}

TEST(RulePrefilterTest, KeepsPatternsWithoutWordsAsCandidates) {
  RulePrefilter filter;
  ASSERT_TRUE(filter.Add("acquired", RE2::Options()));
  ASSERT_TRUE(filter.Add("[a-z]+ing", RE2::Options()));
  ASSERT_TRUE(filter.Compile());
  RulePrefilter::Scratch scratch;
  std::vector<int> hits;
  filter.Candidates("nothing here", &scratch, &hits);
  EXPECT_EQ(hits, std::vector<int>({1}));
}

TEST(RulePrefilterTest, FindsWordsWrittenInCapitals) {
  RulePrefilter filter;
  ASSERT_TRUE(filter.Add("bought", RE2::Options()));
  ASSERT_TRUE(filter.Add("(?i)sold", RE2::Options()));
  ASSERT_TRUE(filter.Compile());
  RulePrefilter::Scratch scratch;
  std::vector<int> hits;
  filter.Candidates("they SOLD it and bought more", &scratch, &hits);
  EXPECT_EQ(hits, std::vector<int>({0, 1}));
}

// Candidates are remembered by the words found: a text with other words
// must not get the answer remembered for the one before, in any order.
TEST(RulePrefilterTest, RememberedCandidatesFollowTheWordsOfEachText) {
  RulePrefilter filter;
  ASSERT_TRUE(filter.Add("acquired", RE2::Options()));
  ASSERT_TRUE(filter.Add("invested", RE2::Options()));
  ASSERT_TRUE(filter.Add("acquired.*invested", RE2::Options()));
  ASSERT_TRUE(filter.Compile());
  RulePrefilter::Scratch scratch;
  std::vector<int> hits;
  for (int round = 0; round < 2; ++round) {
    filter.Candidates("they acquired it", &scratch, &hits);
    EXPECT_EQ(hits, std::vector<int>({0}));
    filter.Candidates("they invested", &scratch, &hits);
    EXPECT_EQ(hits, std::vector<int>({1}));
    filter.Candidates("invested, then acquired", &scratch, &hits);
    EXPECT_EQ(hits, std::vector<int>({0, 1, 2}));
    filter.Candidates("acquired and invested", &scratch, &hits);
    EXPECT_EQ(hits, std::vector<int>({0, 1, 2}));
    filter.Candidates("nothing", &scratch, &hits);
    EXPECT_TRUE(hits.empty());
  }
}

TEST(RulePrefilterTest, IsUnusableWithoutPatterns) {
  RulePrefilter filter;
  EXPECT_FALSE(filter.Compile());
  EXPECT_FALSE(filter.usable());
}

}  // namespace
}  // namespace claimgraph
