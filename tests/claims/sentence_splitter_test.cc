#include "extract/claims/sentence_splitter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan s : SplitSentences(text)) out.emplace_back(text.substr(s.begin, s.size()));
  return out;
}

std::vector<std::string> Clauses(std::string_view text) {
  std::vector<std::string> out;
  for (TextSpan s : SplitSentences(text))
    for (TextSpan c : SplitClauses(text, s)) out.emplace_back(text.substr(c.begin, c.size()));
  return out;
}

TEST(SentenceSplitterTest, BreaksAtFullStopsQuestionAndExclamationMarks) {
  EXPECT_THAT(Sentences("Meta bought it. Did they? Wow! Yes."),
              ElementsAre("Meta bought it.", "Did they?", "Wow!", "Yes."));
}

TEST(SentenceSplitterTest, RightTagEndsItsOwnSentence) {
  EXPECT_THAT(Sentences("Sam is a great leader, right? And Greg leads research."),
              ElementsAre("Sam is a great leader, right?", "And Greg leads research."));
}

TEST(SentenceSplitterTest, QuestionMarkBeforeLowerCaseDoesNotBreak) {
  EXPECT_THAT(Sentences("it is good, right? and then they shipped it."),
              ElementsAre("it is good, right? and then they shipped it."));
}

TEST(SentenceSplitterTest, TitlesDoNotBreak) {
  EXPECT_THAT(Sentences("Mr. Altman met Dr. Su. They talked."),
              ElementsAre("Mr. Altman met Dr. Su.", "They talked."));
}

TEST(SentenceSplitterTest, DecimalsAndPricesDoNotBreak) {
  EXPECT_THAT(Sentences("GPT-4.5 costs $1.40 per call. It is 4.5 times more."),
              ElementsAre("GPT-4.5 costs $1.40 per call.", "It is 4.5 times more."));
}

TEST(SentenceSplitterTest, DottedAcronymBreaksOnlyBeforeASentenceStarter) {
  EXPECT_THAT(Sentences("The U.S. Government bought chips in the U.S. Then it stopped."),
              ElementsAre("The U.S. Government bought chips in the U.S.",
                          "Then it stopped."));
}

TEST(SentenceSplitterTest, EllipsisBreaksOnlyBeforeACapital) {
  EXPECT_THAT(Sentences("Well... you know... They bought it."),
              ElementsAre("Well... you know...", "They bought it."));
}

TEST(SentenceSplitterTest, UnicodeEllipsisBreaksBeforeACapital) {
  EXPECT_THAT(Sentences("Well\xE2\x80\xA6 They bought it."),
              ElementsAre("Well\xE2\x80\xA6", "They bought it."));
}

TEST(SentenceSplitterTest, InitialsDoNotBreak) {
  EXPECT_THAT(Sentences("J. Smith joined. He left."),
              ElementsAre("J. Smith joined.", "He left."));
}

TEST(SentenceSplitterTest, TextWithoutFinalPunctuationIsTheLastSentence) {
  EXPECT_THAT(Sentences("They bought it. and then it shipped and nobody noticed"),
              ElementsAre("They bought it. and then it shipped and nobody noticed"));
  EXPECT_THAT(Sentences("Yeah. and then it shipped"), ElementsAre("Yeah. and then it shipped"));
  EXPECT_THAT(Sentences("Yeah. So it shipped"), ElementsAre("Yeah.", "So it shipped"));
}

TEST(SentenceSplitterTest, SpansAreTrimmedOfSpacesAndNoBreakSpaces) {
  std::string text = "  \xC2\xA0Hello there.\xC2\xA0 ";
  std::vector<TextSpan> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "Hello there.");
}

TEST(SentenceSplitterTest, BlankTextHasNoSentences) {
  EXPECT_TRUE(SplitSentences("   ").empty());
  EXPECT_TRUE(SplitSentences("").empty());
}

TEST(SentenceSplitterTest, ClosingQuoteStaysWithItsSentence) {
  EXPECT_THAT(Sentences("He said \"we won.\" Then he left."),
              ElementsAre("He said \"we won.\"", "Then he left."));
}

TEST(ClauseSplitterTest, RunOnSentenceBreaksBeforeConjunctionWithNewSubject) {
  EXPECT_THAT(Clauses("CoreWeave has big deals with OpenAI, and Oracle has deals too."),
              ElementsAre("CoreWeave has big deals with OpenAI", "and Oracle has deals too."));
}

TEST(ClauseSplitterTest, ConjunctionBeforePronounBreaks) {
  EXPECT_THAT(Clauses("I was not sure about it, but they bought it anyway."),
              ElementsAre("I was not sure about it", "but they bought it anyway."));
}

TEST(ClauseSplitterTest, ListOfNamesStaysWhole) {
  EXPECT_THAT(Clauses("They rent clusters at Oracle and Amazon, and Crusoe."),
              ElementsAre("They rent clusters at Oracle and Amazon, and Crusoe."));
  EXPECT_THAT(Clauses("They rent clusters at Oracle, and Amazon and Crusoe as well."),
              ElementsAre("They rent clusters at Oracle, and Amazon and Crusoe as well."));
}

TEST(ClauseSplitterTest, VerbCoordinationStaysWhole) {
  EXPECT_THAT(Clauses("Zuck tried to buy it and was rebuffed by Ilya."),
              ElementsAre("Zuck tried to buy it and was rebuffed by Ilya."));
}

TEST(ClauseSplitterTest, LongClauseBreaksWithoutComma) {
  EXPECT_THAT(Clauses("Meta still goes to NVIDIA for most of the work because NVIDIA is the best."),
              ElementsAre("Meta still goes to NVIDIA for most of the work",
                          "because NVIDIA is the best."));
}

TEST(ClauseSplitterTest, ShortPiecesAreNotCutOff) {
  EXPECT_THAT(Clauses("Yes, and they did."), ElementsAre("Yes, and they did."));
}

TEST(ClauseSplitterTest, ASplitterReusedForEachSentenceSplitsAsAFreshOne) {
  std::string text =
      "CoreWeave has big deals with OpenAI, and Oracle has deals too. Meta bought it. "
      "I was not sure about it, but they bought it anyway.";
  ClauseSplitter splitter;
  for (TextSpan sentence : SplitSentences(text))
    EXPECT_EQ(splitter.Split(text, sentence), SplitClauses(text, sentence))
        << text.substr(sentence.begin, sentence.size());
}

}  // namespace
}  // namespace claimgraph
