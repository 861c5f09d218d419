#include "graph/edge_type_table.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace claimgraph {
namespace {

TEST(EdgeTypeTableTest, NumberReadsBackItsTypeAndRole) {
  uint32_t n = EdgeTypeRoleNumber("about", "subject");
  EXPECT_EQ(EdgeTypeRoleOf(n).type, "about");
  EXPECT_EQ(EdgeTypeRoleOf(n).role, "subject");
}

TEST(EdgeTypeTableTest, SamePairGetsTheSameNumber) {
  EXPECT_EQ(EdgeTypeRoleNumber("mentions", ""), EdgeTypeRoleNumber("mentions", ""));
}

TEST(EdgeTypeTableTest, RoleTellsPairsOfOneTypeApart) {
  EXPECT_NE(EdgeTypeRoleNumber("about", "subject"), EdgeTypeRoleNumber("about", "object"));
}

TEST(EdgeTypeTableTest, PairsPastTheFirstChunkReadBack) {
  std::vector<uint32_t> numbers;
  for (int i = 0; i < 3000; ++i) {
    numbers.push_back(EdgeTypeRoleNumber("relation_" + std::to_string(i), "r"));
  }
  for (int i = 0; i < 3000; ++i) {
    ASSERT_EQ(EdgeTypeRoleOf(numbers[i]).type, "relation_" + std::to_string(i));
  }
}

TEST(EdgeTypeTableTest, ThreadsAgreeOnNumbers) {
  std::vector<uint32_t> a(200), b(200);
  auto number_all = [](std::vector<uint32_t>& out) {
    for (size_t i = 0; i < out.size(); ++i)
      out[i] = EdgeTypeRoleNumber("threaded_" + std::to_string(i), "");
  };
  std::thread first(number_all, std::ref(a)), second(number_all, std::ref(b));
  first.join();
  second.join();
  EXPECT_EQ(a, b);
}

}  // namespace
}  // namespace claimgraph
