#include "base/edit_distance.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

TEST(BoundedEditDistanceTest, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 9), 3);
  EXPECT_EQ(BoundedEditDistance("nvidia", "nvidia", 3), 0);
  EXPECT_EQ(BoundedEditDistance("", "abc", 5), 3);
  EXPECT_EQ(BoundedEditDistance("grok", "groq", 2), 1);
}

// Levenshtein, not Damerau: swapping two letters is two edits.
TEST(BoundedEditDistanceTest, CountsASwapOfTwoLettersAsTwoEdits) {
  EXPECT_EQ(BoundedEditDistance("opneai", "openai", 2), 2);
}

TEST(BoundedEditDistanceTest, StopsPastTheLimit) {
  EXPECT_EQ(BoundedEditDistance("anthropic", "microsoft", 2), 3);
  EXPECT_EQ(BoundedEditDistance("ab", "abcdef", 2), 3);
  EXPECT_EQ(BoundedEditDistance("meta", "microsoft", 2), 3);
}

// Names longer than the row kept on the stack take the other path.
TEST(BoundedEditDistanceTest, MeasuresNamesLongerThanSixtyFourLetters) {
  std::string a(100, 'a'), b(100, 'a');
  b[50] = 'b';
  b.push_back('c');
  EXPECT_EQ(BoundedEditDistance(a, b, 10), 2);
  EXPECT_EQ(BoundedEditDistance(b, a, 10), 2);
}

}  // namespace
}  // namespace claimgraph
