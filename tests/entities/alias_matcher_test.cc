#include "extract/entities/alias_matcher.h"

#include <gtest/gtest.h>

#include "extract/entities/folded_text.h"
#include "extract/entities/gazetteer_loader.h"

namespace claimgraph {
namespace {

class AliasMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(LoadGazetteerFile(std::string(CLAIMGRAPH_TEST_DIR) +
                                      "/entities/fixtures/small.json", &gazetteer_).ok());
    matcher_ = std::make_unique<AliasMatcher>(gazetteer_);
    ASSERT_TRUE(matcher_->status().ok());
  }
  // "surface=id" for every hit, first ref.
  std::vector<std::string> Find(const std::string& text) {
    std::vector<std::string> out;
    for (const AliasHit& hit : matcher_->Find(text))
      out.push_back(hit.surface + "=" + gazetteer_.entities()[hit.refs[0].entity].id);
    return out;
  }
  Gazetteer gazetteer_;
  std::unique_ptr<AliasMatcher> matcher_;
};

using Hits = std::vector<std::string>;

TEST(FoldTextTest, SoftAndHardBreaks) {
  FoldedText f = FoldText("Open-AI\xE2\x80\x99s GPT-4.5, then");
  EXPECT_EQ(f.text, "|Open AI's GPT 4 5|then|");
  EXPECT_EQ(f.Original(1, 5), (std::pair<size_t, size_t>{0, 4}));
}

TEST_F(AliasMatcherTest, SpacingHyphenAndCaseVariantsMeetOneAlias) {
  EXPECT_EQ(Find("open AI and Open-AI and OPENAI and OpenAI"),
            (Hits{"open AI=company:openai", "Open-AI=company:openai",
                  "OPENAI=company:openai", "OpenAI=company:openai"}));
}

TEST_F(AliasMatcherTest, NameWithSpaceMatchesJoinedSpelling) {
  EXPECT_EQ(Find("they bought ScaleAI"), (Hits{"ScaleAI=company:scale-ai"}));
}

TEST_F(AliasMatcherTest, VersionDotsAndSpacesFold) {
  EXPECT_EQ(Find("GPT 4.5, GPT4.5 and GPT-4.5"),
            (Hits{"GPT 4.5=model:gpt-4-5", "GPT4.5=model:gpt-4-5", "GPT-4.5=model:gpt-4-5"}));
}

TEST_F(AliasMatcherTest, PossessivesAndPluralsAreKeptInTheSurface) {
  EXPECT_EQ(Find("NVIDIA\xE2\x80\x99s chips, OpenAI's and the Googles, the Metas"),
            (Hits{"NVIDIA\xE2\x80\x99s=company:nvidia", "OpenAI's=company:openai",
                  "Metas=company:meta"}));
}

// Whether a final "s" or apostrophe is an ending or part of the name decides
// `suffixed`: the matcher works that out only for matches that end so.
// ("Thinking Machine" is a name too, so "Thinking Machines" is it plus "s".)
TEST_F(AliasMatcherTest, EndingIsToldApartFromANameThatEndsInS) {
  std::vector<AliasHit> hits = matcher_->Find(
      "OpenAI's deal, the Metas, Nebius, Nebius's, Thinking Machines, NVIDIAs' and Apple");
  std::vector<std::pair<std::string, bool>> seen;
  for (const AliasHit& hit : hits) seen.emplace_back(hit.surface, hit.suffixed);
  EXPECT_EQ(seen, (std::vector<std::pair<std::string, bool>>{{"OpenAI's", true},
                                                             {"Metas", true},
                                                             {"Nebius", false},
                                                             {"Nebius's", true},
                                                             {"Thinking Machines", true},
                                                             {"NVIDIAs'", true},
                                                             {"Apple", false}}));
}

TEST_F(AliasMatcherTest, OnlyWholeWordsMatch) {
  EXPECT_EQ(Find("metadata and reopen aim"), Hits{});
}

TEST_F(AliasMatcherTest, TitleCaseRuleRejectsLowerCase) {
  EXPECT_EQ(Find("an apple a day, says Apple"), (Hits{"Apple=company:apple"}));
}

TEST_F(AliasMatcherTest, ExactCaseRuleRejectsOtherCasing) {
  EXPECT_EQ(Find("at scale, Scale did"), (Hits{"Scale=company:scale-ai"}));
}

TEST_F(AliasMatcherTest, ExactCaseRuleAcceptsAllCapitals) {
  EXPECT_EQ(Find("SCALE did, sCALE did not"), (Hits{"SCALE=company:scale-ai"}));
}

TEST_F(AliasMatcherTest, LookupFindsEveryNameAndAliasButNoOtherWord) {
  for (const Entity& entity : gazetteer_.entities()) {
    std::vector<std::string> names{entity.name};
    for (const Alias& alias : entity.aliases) names.push_back(alias.text);
    for (const std::string& name : names) {
      std::string key = NameKey(FoldName(name));
      if (key.size() < 2) continue;  // one-letter names are not looked for
      EXPECT_NE(matcher_->Lookup(key), nullptr) << name;
    }
  }
  for (std::string_view word : {"the", "metadata", "scaled", "o", ""})
    EXPECT_EQ(matcher_->Lookup(word), nullptr) << word;
}

TEST_F(AliasMatcherTest, LongestMatchWins) {
  EXPECT_EQ(Find("Llama 4 Scout"), (Hits{"Llama 4 Scout=model:llama-4-scout"}));
}

TEST_F(AliasMatcherTest, PluralWordOfNameMayBeDropped) {
  EXPECT_EQ(Find("the Thinking Machine team"),
            (Hits{"Thinking Machine=company:thinking-machines-lab"}));
}

TEST_F(AliasMatcherTest, ShortNameLooksLikeAWordInLowerCase) {
  EXPECT_EQ(Find("what did D-ID do"), (Hits{"D-ID=company:d-id"}));
}

TEST_F(AliasMatcherTest, AcronymMayBeWrittenInTitleCase) {
  EXPECT_EQ(Find("Cuda or CUDA but not cuda"),
            (Hits{"Cuda=product:cuda", "CUDA=product:cuda"}));
}

TEST_F(AliasMatcherTest, NoMatchAcrossPunctuation) {
  EXPECT_EQ(Find("they scale. AI is"), Hits{});
}

TEST(EffectiveCaseTest, NarrowsWeakNamesOnly) {
  EXPECT_EQ(EffectiveCase("OpenAI", CaseRule::kAny), CaseRule::kAny);
  EXPECT_EQ(EffectiveCase("D ID", CaseRule::kAny), CaseRule::kExact);
  EXPECT_EQ(EffectiveCase("Shap E", CaseRule::kAny), CaseRule::kExact);
  EXPECT_EQ(EffectiveCase("vLLM", CaseRule::kAny), CaseRule::kExact);
  EXPECT_EQ(EffectiveCase("CUDA", CaseRule::kAny), CaseRule::kTitle);
  EXPECT_EQ(EffectiveCase("Box", CaseRule::kAny), CaseRule::kTitle);
}

}  // namespace
}  // namespace claimgraph
