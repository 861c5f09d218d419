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

TEST(RulePrefilterTest, IsUnusableWithoutPatterns) {
  RulePrefilter filter;
  EXPECT_FALSE(filter.Compile());
  EXPECT_FALSE(filter.usable());
}

}  // namespace
}  // namespace claimgraph
