// Modality and negation, decided by the shipped cue lists, on sentences.
#include "extract/claims/modality.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/claims/claims_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

const char kBought[] = "company:meta acquired company:scale-ai";

std::string Bought(const std::string& modality) {
  return std::string(kBought) + " (" + modality + ")";
}

TEST(ModalityTest, PlainStatementIsAsserted) {
  EXPECT_THAT(Relations("[Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityTest, IThinkHedges) {
  EXPECT_THAT(Relations("I think [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged")));
}

TEST(ModalityTest, ProbablyAndMaybeHedge) {
  EXPECT_THAT(Relations("[Meta](company:meta) probably bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged")));
  EXPECT_THAT(Relations("Maybe [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged")));
}

TEST(ModalityTest, NotSureHedges) {
  EXPECT_THAT(Relations("I'm not sure, but [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged")));
}

TEST(ModalityTest, HedgeAfterTheClaimDoesNotCount) {
  EXPECT_THAT(Relations("[Meta](company:meta) bought [Scale](company:scale-ai), probably for the people."),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityTest, KnowForAFactOutranksAHedge) {
  EXPECT_THAT(Relations("I think, no, I know for a fact [Meta](company:meta) bought "
                        "[Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityTest, RumorsAreReported) {
  EXPECT_THAT(Relations("The rumor is [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("reported")));
}

TEST(ModalityTest, AllegedlyIsReported) {
  EXPECT_THAT(Relations("[Meta](company:meta) allegedly bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("reported")));
}

TEST(ModalityTest, IHaveHeardIsReported) {
  EXPECT_THAT(Relations("I've heard [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("reported")));
}

TEST(ModalityTest, SomeoneSaidIsReported) {
  EXPECT_THAT(Relations("[Sam](person:sam-altman) said [Meta](company:meta) bought "
                        "[Scale](company:scale-ai)."),
              ElementsAre(Bought("reported")));
}

TEST(ModalityTest, ReportOutranksHedge) {
  EXPECT_THAT(Relations("I think it's rumors, but [Meta](company:meta) bought "
                        "[Scale](company:scale-ai)."),
              ElementsAre(Bought("reported")));
}

TEST(ModalityTest, ShortRumorSentenceLendsToItsNeighbours) {
  EXPECT_THAT(Relations("[Meta](company:meta) bought [Scale](company:scale-ai). These are rumors. "
                        "[Google](company:google) bought [Lepton](company:lepton)."),
              ElementsAre(Bought("reported"), "company:google acquired company:lepton (reported)"));
}

TEST(ModalityTest, RumorsInAnotherSegmentDoNotLend) {
  EXPECT_THAT(Relations({{"Ann Lee", "[Meta](company:meta) bought [Scale](company:scale-ai)."},
                         {"Bo Chen", "These are rumors."}}),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityTest, WillPredicts) {
  EXPECT_THAT(Relations("[Microsoft](company:microsoft) will sue [OpenAI](company:openai)."),
              ElementsAre("company:microsoft sued company:openai (predicted)"));
}

TEST(ModalityTest, GoingToPredicts) {
  EXPECT_THAT(Relations("[Meta](company:meta) is gonna buy [Scale](company:scale-ai)."),
              ElementsAre(Bought("predicted")));
}

TEST(ModalityTest, FutureOutsideTheClaimDoesNotPredict) {
  EXPECT_THAT(Relations("I will tell you this: [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityTest, HedgeOutranksPrediction) {
  EXPECT_THAT(Relations("I think [Meta](company:meta) will buy [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged")));
}

TEST(ModalityTest, QuestionIsAQuestion) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Bo Chen", "Do you use [Grok 3](model:grok-3) day to day?"}}),
              ElementsAre("person:ann-lee uses model:grok-3 (question)"));
}

TEST(ModalityTest, WonderingIsAQuestionWithoutAMark) {
  EXPECT_THAT(Relations("I wonder if [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("question")));
}

TEST(ModalityTest, RightTagLeavesAStatement) {
  EXPECT_THAT(Relations("[Meta](company:meta) bought [Scale](company:scale-ai), right?"),
              ElementsAre(Bought("asserted")));
}

TEST(NegationTest, DoesNotNegates) {
  EXPECT_THAT(Relations("[Apple](company:apple) doesn't really buy much [NVIDIA](company:nvidia) "
                        "hardware."),
              ElementsAre("company:apple uses company:nvidia (asserted, negated)"));
}

TEST(NegationTest, NeverNegates) {
  EXPECT_THAT(Relations("[Meta](company:meta) never bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted, negated")));
}

TEST(NegationTest, NoLongerNegates) {
  EXPECT_THAT(Relations("[Apple](company:apple) no longer uses [NVIDIA](company:nvidia)."),
              ElementsAre("company:apple uses company:nvidia (asserted, negated)"));
}

TEST(NegationTest, NotNegates) {
  EXPECT_THAT(Relations("[Meta](company:meta) did not buy [Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted, negated")));
}

TEST(NegationTest, IDoNotThinkDeniesWhatFollows) {
  EXPECT_THAT(Relations("I don't think [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("hedged, negated")));
}

TEST(NegationTest, NegationInAnotherClauseDoesNotCount) {
  EXPECT_THAT(Relations("It was not cheap, but [Meta](company:meta) bought [Scale](company:scale-ai)."),
              ElementsAre(Bought("asserted")));
}

TEST(ModalityFunctionTest, StrongerModalityFollowsTheOrder) {
  EXPECT_EQ(StrongerModality(Modality::kHedged, Modality::kReported), Modality::kReported);
  EXPECT_EQ(StrongerModality(Modality::kPredicted, Modality::kHedged), Modality::kHedged);
  EXPECT_EQ(StrongerModality(Modality::kAsserted, Modality::kPredicted), Modality::kPredicted);
  EXPECT_EQ(StrongerModality(Modality::kQuestion, Modality::kReported), Modality::kQuestion);
}

TEST(ModalityFunctionTest, QuestionMarkAfterATagIsNoQuestion) {
  std::string text = "Meta bought it, right?";
  TextSpan sentence{0, text.size()};
  std::vector<CueSpan> none;
  EXPECT_TRUE(IsQuestion(text, sentence, none));
  std::vector<CueSpan> tag = {{CueKind::kTag, 14, text.size()}};
  EXPECT_FALSE(IsQuestion(text, sentence, tag));
}

}  // namespace
}  // namespace claimgraph
