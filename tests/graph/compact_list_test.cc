#include "graph/compact_list.h"

#include <gtest/gtest.h>

#include <vector>

#include "graph/interned_string.h"

namespace claimgraph {
namespace {

std::vector<int> Items(const CompactList<int>& list) { return {list.begin(), list.end()}; }

TEST(CompactListTest, IsOnePointer) {
  EXPECT_EQ(sizeof(CompactList<InternedString>), sizeof(void*));
}

TEST(CompactListTest, EmptyListHasNoItems) {
  CompactList<int> list;
  EXPECT_TRUE(list.empty());
  EXPECT_EQ(list.size(), 0u);
  EXPECT_EQ(list.begin(), list.end());
}

TEST(CompactListTest, PushBackKeepsOrderAcrossGrowth) {
  CompactList<int> list;
  std::vector<int> expected;
  for (int i = 0; i < 100; ++i) {
    list.push_back(i);
    expected.push_back(i);
  }
  EXPECT_EQ(Items(list), expected);
  EXPECT_EQ(list.back(), 99);
  EXPECT_EQ(list[42], 42);
}

TEST(CompactListTest, InsertInTheMiddleShiftsTheRest) {
  CompactList<int> list = {1, 2, 4};
  int* at = list.insert(list.begin() + 2, 3);
  EXPECT_EQ(*at, 3);
  EXPECT_EQ(Items(list), (std::vector<int>{1, 2, 3, 4}));
}

TEST(CompactListTest, InsertSortedUniqueKeepsOrderAndAddsNoRepeat) {
  CompactList<int> list;
  for (int value : {3, 1, 2, 3, 1}) InsertSortedUnique(list, value);
  EXPECT_EQ(Items(list), (std::vector<int>{1, 2, 3}));
}

TEST(CompactListTest, InsertRangeAppendsAnotherList) {
  CompactList<int> list = {1, 2};
  CompactList<int> more = {3, 4, 5};
  list.insert(list.end(), more.begin(), more.end());
  EXPECT_EQ(Items(list), (std::vector<int>{1, 2, 3, 4, 5}));
}

TEST(CompactListTest, CopiesAreIndependent) {
  CompactList<int> a = {1, 2};
  CompactList<int> b = a;
  b.push_back(3);
  EXPECT_EQ(Items(a), (std::vector<int>{1, 2}));
  EXPECT_EQ(Items(b), (std::vector<int>{1, 2, 3}));
  a = b;
  EXPECT_TRUE(a == b);
}

TEST(CompactListTest, MoveLeavesTheSourceEmpty) {
  CompactList<int> a = {1, 2};
  CompactList<int> b = std::move(a);
  EXPECT_TRUE(a.empty());  // NOLINT(bugprone-use-after-move): what a move leaves is the point
  EXPECT_EQ(Items(b), (std::vector<int>{1, 2}));
}

TEST(CompactListTest, TakesAVector) {
  CompactList<InternedString> list = std::vector<InternedString>{"company:meta", "company:openai"};
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[1], "company:openai");
}

}  // namespace
}  // namespace claimgraph
