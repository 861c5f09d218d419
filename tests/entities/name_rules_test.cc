#include "extract/entities/name_rules.h"

#include <gtest/gtest.h>

namespace claimgraph {
namespace {

// "type:name" for every typed name, in the order Type returns them.
std::vector<std::string> Typed(const NameRules& rules, std::string_view text) {
  std::vector<std::string> out;
  for (const TypedName& t : rules.Type(text))
    out.push_back(std::string(EntityTypeName(t.type)) + ":" +
                  std::string(text.substr(t.begin, t.end - t.begin)));
  return out;
}

NameRules RulesOf(std::string_view typing) {
  NameRules rules;
  EXPECT_TRUE(rules.ParseTyping(typing, "typing.txt").ok());
  return rules;
}

using Names = std::vector<std::string>;

TEST(NameRulesTest, TitleMakesTheNameAfterItAPerson) {
  NameRules rules = RulesOf("person \\b(?:Dr\\.?|Professor)\\s+{NAME}\n");
  EXPECT_EQ(Typed(rules, "we asked Dr. Jane Roe about it"), (Names{"person:Jane Roe"}));
}

TEST(NameRulesTest, TextThatNoRuleMatchesHasNoTypedNames) {
  NameRules rules = RulesOf(
      "person \\bProfessor\\s+{NAME}\n"
      "company {NAME}'s\\s+CEO\\b\n");
  EXPECT_EQ(Typed(rules, "nobody here is named"), Names{});
}

TEST(NameRulesTest, EveryRuleThatMatchesCountsInTextOrder) {
  NameRules rules = RulesOf(
      "person \\bProfessor\\s+{NAME}\n"
      "company {NAME}'s\\s+CEO\\b\n"
      "product \\bthe\\s+{NAME}\\s+app\\b\n");
  EXPECT_EQ(Typed(rules, "Acme Labs's CEO met Professor Ada Byron, then Zeta's CEO"),
            (Names{"company:Acme Labs", "person:Ada Byron", "company:Zeta"}));
}

TEST(NameRulesTest, RulesFromALaterFileAreUsedToo) {
  NameRules rules = RulesOf("person \\bProfessor\\s+{NAME}\n");
  ASSERT_TRUE(rules.ParseTyping("model \\bthe\\s+{NAME}\\s+model\\b\n", "more.txt").ok());
  EXPECT_EQ(Typed(rules, "Professor Ada Byron built the Orca model"),
            (Names{"person:Ada Byron", "model:Orca"}));
}

TEST(NameRulesTest, UnknownTypeIsAnErrorWithItsLine) {
  NameRules rules;
  Status s = rules.ParseTyping("# rules\nplace \\bin\\s+{NAME}\n", "typing.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("typing.txt:2"), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("unknown type"), std::string::npos) << s.ToString();
}

TEST(NameRulesTest, PatternWithoutNameIsAnError) {
  NameRules rules;
  Status s = rules.ParseTyping("person \\bProfessor\\b\n", "typing.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("has no {NAME}"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace claimgraph
