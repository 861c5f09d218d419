#include "extract/entities/name_index.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

TEST(EditDistanceTest, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(EditDistance("kitten", "sitting", 9), 3);
  EXPECT_EQ(EditDistance("nvidia", "nvidia", 3), 0);
  EXPECT_EQ(EditDistance("", "abc", 5), 3);
}

TEST(EditDistanceTest, StopsPastTheLimit) {
  EXPECT_EQ(EditDistance("anthropic", "microsoft", 2), 3);
  EXPECT_EQ(EditDistance("ab", "abcdef", 2), 3);
}

// Names longer than the row kept on the stack take the other path.
TEST(EditDistanceTest, MeasuresNamesLongerThanSixtyFourLetters) {
  std::string a(100, 'a'), b(100, 'a');
  b[50] = 'b';
  b.push_back('c');
  EXPECT_EQ(EditDistance(a, b, 10), 2);
  EXPECT_EQ(EditDistance(b, a, 10), 2);
}

}  // namespace
}  // namespace claimgraph
