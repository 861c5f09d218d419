#include "base/literal_set.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace claimgraph {
namespace {

std::vector<int> FindIn(const LiteralSet& set, std::string_view text) {
  std::vector<int> found;
  set.Find(text, &found);
  return found;
}

TEST(LiteralSetTest, FindsEachLiteralOnceInAscendingOrder) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"invested", "acquired", "<company:"}));
  EXPECT_EQ(FindIn(set, "<company:a> acquired <company:b>, then acquired more"),
            std::vector<int>({1, 2}));
}

TEST(LiteralSetTest, FindsLiteralsThatShareTheirFirstBytes) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"acquire", "acquired", "acq", "quire", "acquisitions"}));
  EXPECT_EQ(FindIn(set, "they acquire"), std::vector<int>({0, 2, 3}));
  EXPECT_EQ(FindIn(set, "they acquired"), std::vector<int>({0, 1, 2, 3}));
  EXPECT_EQ(FindIn(set, "acquisition"), std::vector<int>({2}));
  EXPECT_EQ(FindIn(set, "acquisitions"), std::vector<int>({2, 4}));
}

TEST(LiteralSetTest, FindsALiteralThatEndsTheText) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"said"}));
  EXPECT_EQ(FindIn(set, "said"), std::vector<int>({0}));
  EXPECT_EQ(FindIn(set, "she said"), std::vector<int>({0}));
  EXPECT_TRUE(FindIn(set, "she sai").empty());
  EXPECT_TRUE(FindIn(set, "").empty());
}

TEST(LiteralSetTest, MatchesBytesExactly) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"sold", "caf\xC3\xA9"}));
  EXPECT_TRUE(FindIn(set, "SOLD").empty());
  EXPECT_EQ(FindIn(set, "a caf\xC3\xA9 sold"), std::vector<int>({0, 1}));
}

TEST(LiteralSetTest, ReportsEqualLiteralsTogether) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"deal", "deal"}));
  EXPECT_EQ(FindIn(set, "a deal"), std::vector<int>({0, 1}));
}

TEST(LiteralSetTest, RefusesALiteralShorterThanThreeBytes) {
  LiteralSet set;
  ASSERT_TRUE(set.Build({"deal"}));
  EXPECT_FALSE(set.Build({"deal", "ai"}));
  EXPECT_EQ(set.size(), 0u);
  EXPECT_TRUE(FindIn(set, "a deal").empty());
}

// The set must agree with a plain substring search: random literals and
// texts over small alphabets, so that starts collide, literals overlap, and
// long literals (compared in two parts) are found too.
TEST(LiteralSetTest, AgreesWithSubstringSearchOnRandomTexts) {
  std::mt19937 random(7);
  const std::string alphabets[] = {"ab", std::string("ab<\0\xFF", 5)};
  for (int round = 0; round < 400; ++round) {
    const std::string& alphabet = alphabets[round % 2];
    auto word = [&](size_t min, size_t max) {
      std::string text(std::uniform_int_distribution<size_t>(min, max)(random), ' ');
      for (char& c : text)
        c = alphabet[std::uniform_int_distribution<size_t>(0, alphabet.size() - 1)(random)];
      return text;
    };
    std::vector<std::string> literals;
    for (int i = 0; i < 1 + round % 40; ++i) literals.push_back(word(3, 14));
    LiteralSet set;
    ASSERT_TRUE(set.Build(literals));
    std::string text = word(0, 120);
    std::vector<int> expected;
    for (size_t i = 0; i < literals.size(); ++i)
      if (text.find(literals[i]) != std::string::npos) expected.push_back(static_cast<int>(i));
    ASSERT_EQ(FindIn(set, text), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace claimgraph
