#include "graph/optional_seconds.h"

#include <gtest/gtest.h>

#include <optional>
#include <vector>

namespace claimgraph {
namespace {

TEST(OptionalSecondsTest, KeepsATimeOrNoneInEightBytes) {
  static_assert(sizeof(OptionalSeconds) == 8);
  EXPECT_FALSE(OptionalSeconds().has_value());
  EXPECT_FALSE(OptionalSeconds(std::nullopt).has_value());
  EXPECT_EQ(*OptionalSeconds(0), 0);
  EXPECT_EQ(OptionalSeconds(-5).value_or(7), -5);
  EXPECT_EQ(OptionalSeconds().value_or(7), 7);
}

TEST(OptionalSecondsTest, ConvertsToAndFromStdOptionalUnchanged) {
  for (std::optional<long long> value :
       {std::optional<long long>(), std::optional<long long>(0),
        std::optional<long long>(431), std::optional<long long>(-1)}) {
    std::optional<long long> back = OptionalSeconds(value);
    EXPECT_EQ(back, value);
  }
}

TEST(OptionalSecondsTest, OrdersAsStdOptionalDoes) {
  const std::vector<std::optional<long long>> values = {std::nullopt, -3, 0, 12};
  for (const auto& a : values) {
    for (const auto& b : values) {
      EXPECT_EQ(OptionalSeconds(a) < OptionalSeconds(b), a < b);
      EXPECT_EQ(OptionalSeconds(a) == OptionalSeconds(b), a == b);
    }
  }
}

}  // namespace
}  // namespace claimgraph
