#include "extract/entities/pattern_families.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

class PatternFamiliesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = families_.Load(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/entities/families.txt");
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  // "surface=name" for the always-rules' hits (the others need an episode).
  std::vector<std::string> Names(const std::string& text) {
    std::vector<std::string> out;
    for (const FamilyHit& hit : families_.Find(text)) {
      const FamilyRule& rule = families_.rules()[hit.rule];
      if (rule.conditions[0].kind == FamilyCondition::Kind::kAlways)
        out.push_back(hit.surface + "=" + hit.name);
    }
    return out;
  }
  PatternFamilies families_;
};

using NameList = std::vector<std::string>;

TEST_F(PatternFamiliesTest, GptVersionsTakeTheMakersSpelling) {
  EXPECT_EQ(Names("GPT4.5 beat gpt 5 and GPT-4o"),
            (NameList{"GPT4.5=GPT-4.5", "gpt 5=GPT-5", "GPT-4o=GPT-4o"}));
}

TEST_F(PatternFamiliesTest, OSeriesInLowerCase) {
  EXPECT_EQ(Names("I use o3 and o4-mini"), (NameList{"o3=o3", "o4-mini=o4-mini"}));
}

TEST_F(PatternFamiliesTest, ClaudeVersionAndTier) {
  EXPECT_EQ(Names("Claude 4 and Claude 3.5 Sonnet and Claude Opus"),
            (NameList{"Claude 4=Claude 4", "Claude 3.5 Sonnet=Claude 3.5 Sonnet",
                   "Claude Opus=Claude Opus"}));
}

TEST_F(PatternFamiliesTest, LlamaVersionsAndSizes) {
  EXPECT_EQ(Names("run LLAMA7B, not LLaMA-2 or Llama 4"),
            (NameList{"LLAMA7B=Llama 7B", "LLaMA-2=Llama 2", "Llama 4=Llama 4"}));
}

TEST_F(PatternFamiliesTest, GrokGeminiDeepSeekQwen) {
  EXPECT_EQ(Names("Grok 3.5, Gemini 2.5 Pro, DeepSeek R1, Qwen 3"),
            (NameList{"Grok 3.5=Grok 3.5", "Gemini 2.5 Pro=Gemini 2.5 Pro",
                   "DeepSeek R1=DeepSeek-R1", "Qwen 3=Qwen3"}));
}

TEST_F(PatternFamiliesTest, BareVersionIsNotAQuantity) {
  std::vector<std::string> surfaces;
  for (const FamilyHit& hit : families_.Find("raised $4.5 billion, 4.5 percent, and 4.5 shipped"))
    surfaces.push_back(hit.surface + "@" + std::to_string(hit.begin));
  EXPECT_EQ(surfaces, (std::vector<std::string>{"4.5@38"}));
}

TEST(ExpandTemplateTest, OptionalPartNeedsItsGroups) {
  EXPECT_EQ(ExpandTemplate("Claude_{1}[_{2:title}]", {"3.5", "sonnet"}), "Claude 3.5 Sonnet");
  EXPECT_EQ(ExpandTemplate("Claude_{1}[_{2:title}]", {"4", ""}), "Claude 4");
}

TEST(PatternFamiliesErrorTest, BadPatternNamesLineAndColumn) {
  PatternFamilies families;
  Status s = families.Parse("# comment\nmodel  X-{1}  always  (unclosed\n", "f.txt");
  EXPECT_EQ(s.ToString(), "f.txt:2:23: error: bad pattern: missing ): (unclosed");
}

TEST(PatternFamiliesErrorTest, TemplateGroupMustExist) {
  PatternFamilies families;
  Status s = families.Parse("model  X-{2}  always  X-(\\d)\n", "f.txt");
  EXPECT_EQ(s.ToString(), "f.txt:1:8: error: the template uses group 2 but the pattern has 1");
}

TEST(PatternFamiliesErrorTest, UnknownConditionIsAnError) {
  PatternFamilies families;
  Status s = families.Parse("model  X-{1}  sometimes  X-(\\d)\n", "f.txt");
  EXPECT_EQ(s.ToString(),
            "f.txt:1:15: error: unknown condition \"sometimes\" (expected always, "
            "episode:IDS, in-play, near:PREFIX or list:TYPE)");
}

TEST(PatternFamiliesErrorTest, UnknownConditionShowsAControlCharacterAsAnEscape) {
  PatternFamilies families;
  Status s = families.Parse("model  X-{1}  some\x1btimes  X-(\\d)\n", "f.txt");
  EXPECT_NE(s.message().find("unknown condition \"some\\x1btimes\" ("), std::string::npos)
      << s.ToString();
}

}  // namespace
}  // namespace claimgraph
