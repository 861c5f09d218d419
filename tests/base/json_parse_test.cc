#include "base/json_parse.h"

#include <gtest/gtest.h>

namespace claimgraph {
namespace {

TEST(ParseJsonTest, ValidDocumentIsParsed) {
  nlohmann::json doc;
  EXPECT_FALSE(ParseJson(R"({"a": [1, 2]})", &doc).has_value());
  EXPECT_EQ(doc["a"][1], 2);
}

TEST(ParseJsonTest, SyntaxErrorPointsAtTheOffendingCharacter) {
  nlohmann::json doc;
  std::optional<JsonParseFailure> bad = ParseJson("[1,, 2]", &doc);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->offset, 3u);
  EXPECT_EQ(bad->reason,
            "syntax error while parsing value - unexpected ','; expected '[', "
            "'{', or a literal");
}

TEST(ParseJsonTest, NumberOverflowIsAFailureAtTheNumberNotAnException) {
  nlohmann::json doc;
  std::optional<JsonParseFailure> bad = ParseJson("[0, 1E400]", &doc);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->offset, 4u);
  EXPECT_EQ(bad->reason, "number overflow parsing '1E400'");
}

TEST(ParseJsonTest, HugeTokenGivesAShortReason) {
  nlohmann::json doc;
  std::optional<JsonParseFailure> bad =
      ParseJson("[" + std::string(5000, '9') + "E999]", &doc);
  ASSERT_TRUE(bad.has_value());
  EXPECT_EQ(bad->offset, 1u);
  EXPECT_LE(bad->reason.size(), 203u);
}

}  // namespace
}  // namespace claimgraph
