#include "extract/claims/masked_text.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

TEST(MaskedTextTest, LowerCasesAndFoldsSpaces) {
  EXPECT_EQ(NormalizeForRules("So  Meta\tBOUGHT\xC2\xA0it."), "so meta bought it.");
}

TEST(MaskedTextTest, SpellsOutNegativeContractions) {
  EXPECT_EQ(NormalizeForRules("Apple doesn't buy it, won't buy it, can't buy it."),
            "apple does not buy it, will not buy it, can not buy it.");
}

TEST(MaskedTextTest, SpellsOutOtherContractionsButKeepsApostropheS) {
  EXPECT_EQ(NormalizeForRules("They're sure we've seen it and I'm told he'll go. It's Meta's."),
            "they are sure we have seen it and i am told he will go. it's meta's.");
}

TEST(MaskedTextTest, CurlyApostrophesCountAsApostrophes) {
  EXPECT_EQ(NormalizeForRules("They didn\xE2\x80\x99t. It\xE2\x80\x99s \xE2\x80\x9Cgood\xE2\x80\x9D."),
            "they did not. it's \"good\".");
}

TEST(MaskedTextTest, SpokenShortFormsAreSpelledOut) {
  EXPECT_EQ(NormalizeForRules("They're gonna buy it, wanna bet?"),
            "they are going to buy it, want to bet?");
}

TEST(MaskedTextTest, SpokenShortFormsAreSpelledOutInAnyCase) {
  EXPECT_EQ(NormalizeForRules("GONNA Cannot gonnas"), "going to can not gonnas");
}

TEST(MaskedTextTest, EachLetterOfAPlainWordMapsBackToItself) {
  std::string text = "So BOUGHT it";
  MaskedText masked;
  masked.AppendText(text, 0, text.size());
  ASSERT_EQ(masked.text(), "so bought it");
  for (size_t i = 0; i < text.size(); ++i) {
    TextSpan said = masked.Original(i, i + 1);
    EXPECT_EQ(said.begin, i);
    EXPECT_EQ(said.end, i + 1);
  }
}

TEST(MaskedTextTest, DashesAreSpacedHyphens) {
  EXPECT_EQ(NormalizeForRules("Meta\xE2\x80\x94the buyer\xE2\x80\x94paid."), "meta - the buyer - paid.");
}

TEST(MaskedTextTest, PlaceholderCarriesTheIdAndMapsBackToTheWords) {
  std::string text = "So Meta bought Scale AI.";
  std::string meta = "company:meta", scale = "company:scale-ai";
  MaskedText masked;
  masked.AppendText(text, 0, 3);
  masked.AppendPlaceholder(meta, 3, 7, SlotSource::kMention);
  masked.AppendText(text, 7, 15);
  masked.AppendPlaceholder(scale, 15, 23, SlotSource::kMention);
  masked.AppendText(text, 23, 24);
  EXPECT_EQ(masked.text(), "so <company:meta> bought <company:scale-ai>.");
  ASSERT_EQ(masked.slots().size(), 2u);
  const MaskedSlot& second = masked.slots()[1];
  EXPECT_EQ(*second.entity, "company:scale-ai");
  TextSpan said = masked.Original(masked.slots()[0].masked_begin, second.masked_end);
  EXPECT_EQ(text.substr(said.begin, said.size()), "Meta bought Scale AI");
  EXPECT_EQ(masked.SlotAt(second.masked_begin), &second);
  EXPECT_EQ(masked.SlotAt(second.masked_begin + 1), nullptr);
}

TEST(MaskedTextTest, ExpandedContractionMapsBackToTheWholeWord) {
  std::string text = "they didn't buy";
  MaskedText masked;
  masked.AppendText(text, 0, text.size());
  ASSERT_EQ(masked.text(), "they did not buy");
  size_t not_at = masked.text().find("not");
  TextSpan said = masked.Original(not_at, not_at + 3);
  EXPECT_EQ(text.substr(said.begin, said.size()), "n't");
}

TEST(MaskedTextTest, ContractionAfterAPlaceholderIsSpelledOut) {
  std::string text = "they're buying";
  std::string meta = "company:meta";
  MaskedText masked;
  masked.AppendPlaceholder(meta, 0, 4, SlotSource::kPronoun);
  masked.AppendText(text, 4, text.size());
  EXPECT_EQ(masked.text(), "<company:meta> are buying");
}

TEST(MaskedTextTest, ClearKeepsNothing) {
  MaskedText masked;
  std::string id = "company:meta";
  masked.AppendPlaceholder(id, 0, 4, SlotSource::kMention);
  masked.Clear();
  EXPECT_EQ(masked.text(), "");
  EXPECT_TRUE(masked.slots().empty());
}

}  // namespace
}  // namespace claimgraph
