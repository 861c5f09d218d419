// The shipped relation rules on sentences written for them: each relation in
// the active and passive voice, nominalised, coordinated, inverted, tried,
// and with adverbs and hedges between its words.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/claims/claims_test_util.h"

namespace claimgraph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// --- acquired / tried_to_acquire ----------------------------------------------------

TEST(AcquiredRuleTest, Active) {
  EXPECT_THAT(Relations("[Google](company:google) acquired [DeepMind](company:deepmind) in 2014."),
              ElementsAre("company:google acquired company:deepmind (asserted)"));
}

TEST(AcquiredRuleTest, Passive) {
  EXPECT_THAT(Relations("[DeepMind](company:deepmind) was acquired by [Google](company:google)."),
              ElementsAre("company:google acquired company:deepmind (asserted)"));
}

TEST(AcquiredRuleTest, NominalisedWithPossessive) {
  EXPECT_THAT(Relations("[Google](company:google)'s purchase of [DeepMind](company:deepmind) paid off."),
              ElementsAre("company:google acquired company:deepmind (asserted)"));
}

TEST(AcquiredRuleTest, NominalisedObjectFirst) {
  EXPECT_THAT(Relations("The [DeepMind](company:deepmind) acquisition by [Google](company:google) paid off."),
              ElementsAre("company:google acquired company:deepmind (asserted)"));
}

TEST(AcquiredRuleTest, CoordinatedObjects) {
  EXPECT_THAT(Relations("[Google](company:google) bought [DeepMind](company:deepmind) and "
                        "[Nest](company:nest)."),
              ElementsAre("company:google acquired company:deepmind (asserted)",
                          "company:google acquired company:nest (asserted)"));
}

TEST(AcquiredRuleTest, AdverbsBetweenSubjectAndVerb) {
  EXPECT_THAT(Relations("[Google](company:google), reportedly, has quietly already bought "
                        "[Nest](company:nest)."),
              ElementsAre("company:google acquired company:nest (reported)"));
}

TEST(AcquiredRuleTest, BuyBackIsNoAcquisition) {
  EXPECT_THAT(Relations("[AMD](company:amd) is buying [Oracle](company:oracle) back."), IsEmpty());
}

TEST(AcquiredRuleTest, BuyingSomeonesStuffIsNoAcquisition) {
  EXPECT_THAT(Relations("[Meta](company:meta) buys [Acme](company:acme)'s stuff."), IsEmpty());
}

TEST(TriedToAcquireRuleTest, TriedTo) {
  EXPECT_THAT(Relations("[Meta](company:meta) tried to buy [Perplexity](company:perplexity)."),
              ElementsAre("company:meta tried_to_acquire company:perplexity (asserted)"));
}

TEST(TriedToAcquireRuleTest, WantedToWithHedge) {
  EXPECT_THAT(Relations("[Meta](company:meta) probably wanted to acquire [Perplexity](company:perplexity)."),
              ElementsAre("company:meta tried_to_acquire company:perplexity (hedged)"));
}

TEST(TriedToAcquireRuleTest, RejectedOfferInverts) {
  EXPECT_THAT(Relations("[Perplexity](company:perplexity) rejected [Meta](company:meta)'s offer."),
              ElementsAre("company:meta tried_to_acquire company:perplexity (asserted)"));
}

TEST(TriedToAcquireRuleTest, NominalisedBid) {
  EXPECT_THAT(Relations("[Meta](company:meta)'s bid for [Perplexity](company:perplexity) failed."),
              ElementsAre("company:meta tried_to_acquire company:perplexity (asserted)"));
}

// --- hired / tried_to_hire --------------------------------------------------------------

TEST(HiredRuleTest, Active) {
  EXPECT_THAT(Relations("[Meta](company:meta) poached [Ruoming Pang](person:ruoming-pang)."),
              ElementsAre("company:meta hired person:ruoming-pang (asserted)"));
}

TEST(HiredRuleTest, Passive) {
  EXPECT_THAT(Relations("[Ruoming Pang](person:ruoming-pang) was recruited by [Meta](company:meta)."),
              ElementsAre("company:meta hired person:ruoming-pang (asserted)"));
}

TEST(HiredRuleTest, AcquiHire) {
  EXPECT_THAT(Relations("[Meta](company:meta) bought [Scale](company:scale-ai) mainly to get "
                        "[Alex](person:alexandr-wang)."),
              Contains("company:meta hired person:alexandr-wang (asserted)"));
}

TEST(TriedToHireRuleTest, TryingTo) {
  EXPECT_THAT(Relations("[Meta](company:meta) is trying to hire [Nat](person:nat-friedman) and "
                        "[Daniel](person:daniel-gross)."),
              ElementsAre("company:meta tried_to_hire person:nat-friedman (asserted)",
                          "company:meta tried_to_hire person:daniel-gross (asserted)"));
}

TEST(TriedToHireRuleTest, OffersTo) {
  EXPECT_THAT(Relations("[Meta](company:meta) made $100 million offers to [Noam](person:noam-brown)."),
              ElementsAre("company:meta tried_to_hire person:noam-brown (asserted)"));
}

TEST(TriedToHireRuleTest, PersonDecliningAnOfferInverts) {
  EXPECT_THAT(Relations("[Ilya](person:ilya-sutskever) turned down [Zuck](person:mark-zuckerberg)'s offer."),
              ElementsAre("person:mark-zuckerberg tried_to_hire person:ilya-sutskever (asserted)"));
}

// --- invested_in ---------------------------------------------------------------------

TEST(InvestedInRuleTest, Active) {
  EXPECT_THAT(Relations("[Amazon](company:amazon) invested billions in [Anthropic](company:anthropic)."),
              ElementsAre("company:amazon invested_in company:anthropic (asserted)"));
}

TEST(InvestedInRuleTest, Passive) {
  EXPECT_THAT(Relations("[Anthropic](company:anthropic) is backed by [Amazon](company:amazon)."),
              ElementsAre("company:amazon invested_in company:anthropic (asserted)"));
}

TEST(InvestedInRuleTest, Nominalised) {
  EXPECT_THAT(Relations("[Amazon](company:amazon)'s investment in [Anthropic](company:anthropic) grew."),
              ElementsAre("company:amazon invested_in company:anthropic (asserted)"));
}

TEST(InvestedInRuleTest, RaisingFromInverts) {
  EXPECT_THAT(Relations("[Anthropic](company:anthropic) raised $4 billion from [Amazon](company:amazon)."),
              ElementsAre("company:amazon invested_in company:anthropic (asserted)"));
}

// --- partnered_with ----------------------------------------------------------------------

TEST(PartneredWithRuleTest, Active) {
  EXPECT_THAT(Relations("[Apple](company:apple) signed a deal with [OpenAI](company:openai)."),
              ElementsAre("company:apple partnered_with company:openai (asserted)"));
}

TEST(PartneredWithRuleTest, CoordinatedSubjects) {
  EXPECT_THAT(Relations("[Oracle](company:oracle) and [OpenAI](company:openai) partnered on Stargate."),
              ElementsAre("company:oracle partnered_with company:openai (asserted)"));
}

TEST(PartneredWithRuleTest, NominalisedRelationship) {
  EXPECT_THAT(Relations("Let's talk about [Microsoft](company:microsoft) and [OpenAI](company:openai)'s "
                        "relationship."),
              ElementsAre("company:microsoft partnered_with company:openai (asserted)"));
}

TEST(PartneredWithRuleTest, GoingToSomeoneToBuild) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) went to [Oracle](company:oracle) to build clusters."),
              ElementsAre("company:openai partnered_with company:oracle (asserted)"));
}

// --- supplies ----------------------------------------------------------------------------

TEST(SuppliesRuleTest, SellsTo) {
  EXPECT_THAT(Relations("[NVIDIA](company:nvidia) sells most of its GPUs to [Microsoft](company:microsoft)."),
              ElementsAre("company:nvidia supplies company:microsoft (asserted)"));
}

TEST(SuppliesRuleTest, RentsFromInverts) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) rents GPUs from [CoreWeave](company:coreweave)."),
              ElementsAre("company:coreweave supplies company:openai (asserted)"));
}

TEST(SuppliesRuleTest, ProviderTo) {
  EXPECT_THAT(Relations("[Azure](product:azure) is the main compute provider to [OpenAI](company:openai)."),
              ElementsAre("product:azure supplies company:openai (asserted)"));
}

TEST(SuppliesRuleTest, CustomerOfInverts) {
  EXPECT_THAT(Relations("[Microsoft](company:microsoft) is the biggest customer of [CoreWeave](company:coreweave)."),
              ElementsAre("company:coreweave supplies company:microsoft (asserted)"));
}

// --- competes_with -------------------------------------------------------------------------

TEST(CompetesWithRuleTest, Active) {
  EXPECT_THAT(Relations("[AMD](company:amd) competes head on with [NVIDIA](company:nvidia)."),
              ElementsAre("company:amd competes_with company:nvidia (asserted)"));
}

TEST(CompetesWithRuleTest, RivalOf) {
  EXPECT_THAT(Relations("[Anthropic](company:anthropic) is the main rival of [OpenAI](company:openai)."),
              ElementsAre("company:anthropic competes_with company:openai (asserted)"));
}

TEST(CompetesWithRuleTest, Versus) {
  EXPECT_THAT(Relations("It's really [TPU](product:tpu) versus [Blackwell](product:blackwell)."),
              ElementsAre("product:tpu competes_with product:blackwell (asserted)"));
}

TEST(CompetesWithRuleTest, CoordinatedRivals) {
  EXPECT_THAT(Relations("[AMD](company:amd) and [Intel](company:intel) are bitter rivals."),
              ElementsAre("company:amd competes_with company:intel (asserted)"));
}

TEST(CompetesWithRuleTest, TryingToCompete) {
  EXPECT_THAT(Relations("[NVIDIA](company:nvidia) is trying to compete with [CoreWeave](company:coreweave)."),
              ElementsAre("company:nvidia competes_with company:coreweave (asserted)"));
}

// --- released / trained / delayed ----------------------------------------------------------

TEST(ReleasedRuleTest, Active) {
  EXPECT_THAT(Relations("[Anthropic](company:anthropic) launched [Claude 4](model:claude-4) in May."),
              ElementsAre("company:anthropic released model:claude-4 (asserted)"));
}

TEST(ReleasedRuleTest, Passive) {
  EXPECT_THAT(Relations("[Claude 4](model:claude-4) was announced by [Anthropic](company:anthropic)."),
              ElementsAre("company:anthropic released model:claude-4 (asserted)"));
}

TEST(ReleasedRuleTest, CameOutIsTheMakers) {
  EXPECT_THAT(Relations("When [Claude 4](model:claude-4) came out, people loved it.",
                        {Known("model:claude-4", "company:anthropic")}),
              ElementsAre("company:anthropic released model:claude-4 (asserted)"));
}

TEST(ReleasedRuleTest, NominalisedLaunchIsTheMakers) {
  EXPECT_THAT(Relations("The launch of [Claude 4](model:claude-4) went well.",
                        {Known("model:claude-4", "company:anthropic")}),
              ElementsAre("company:anthropic released model:claude-4 (asserted)"));
}

TEST(TrainedRuleTest, Active) {
  EXPECT_THAT(Relations("[DeepSeek](company:deepseek) trained [V3](model:deepseek-v3) on 2,000 GPUs."),
              ElementsAre("company:deepseek trained model:deepseek-v3 (asserted)"));
}

TEST(TrainedRuleTest, Passive) {
  EXPECT_THAT(Relations("[V3](model:deepseek-v3) was trained by [DeepSeek](company:deepseek)."),
              ElementsAre("company:deepseek trained model:deepseek-v3 (asserted)"));
}

TEST(TrainedRuleTest, StartedTraining) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) started training [GPT-5](model:gpt-5) last year."),
              ElementsAre("company:openai trained model:gpt-5 (asserted)"));
}

TEST(DelayedRuleTest, Active) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) shelved [Orion](model:orion)."),
              ElementsAre("company:openai delayed model:orion (asserted)"));
}

TEST(DelayedRuleTest, PassiveWithAgent) {
  EXPECT_THAT(Relations("[Orion](model:orion) was pushed back by [OpenAI](company:openai)."),
              ElementsAre("company:openai delayed model:orion (asserted)"));
}

TEST(DelayedRuleTest, DeprecationIsTheMakers) {
  EXPECT_THAT(Relations("The deprecation of [Orion](model:orion) was no surprise.",
                        {Known("model:orion", "company:openai")}),
              ElementsAre("company:openai delayed model:orion (asserted)"));
}

// --- outperforms ---------------------------------------------------------------------------

TEST(OutperformsRuleTest, BetterThan) {
  EXPECT_THAT(Relations("[o3](model:o3) is way better than [GPT-4o](model:gpt-4o)."),
              ElementsAre("model:o3 outperforms model:gpt-4o (asserted)"));
}

TEST(OutperformsRuleTest, WorseThanInverts) {
  EXPECT_THAT(Relations("[GPT-4o](model:gpt-4o) is much worse than [o3](model:o3)."),
              ElementsAre("model:o3 outperforms model:gpt-4o (asserted)"));
}

TEST(OutperformsRuleTest, BeatsWithCoordination) {
  EXPECT_THAT(Relations("[o3](model:o3) beats [GPT-4o](model:gpt-4o) and [Gemini](model:gemini)."),
              ElementsAre("model:o3 outperforms model:gpt-4o (asserted)",
                          "model:o3 outperforms model:gemini (asserted)"));
}

TEST(OutperformsRuleTest, BeatenByInverts) {
  EXPECT_THAT(Relations("[Llama 4](model:llama-4) got beaten by [Qwen 3](model:qwen-3)."),
              ElementsAre("model:qwen-3 outperforms model:llama-4 (asserted)"));
}

TEST(OutperformsRuleTest, BehindInverts) {
  EXPECT_THAT(Relations("[AMD](company:amd) is still behind [NVIDIA](company:nvidia)."),
              ElementsAre("company:nvidia outperforms company:amd (asserted)"));
}

TEST(OutperformsRuleTest, ComparedToInverts) {
  EXPECT_THAT(Relations("Compared to [NVIDIA](company:nvidia), [AMD](company:amd) is worse."),
              ElementsAre("company:nvidia outperforms company:amd (asserted)"));
}

TEST(OutperformsRuleTest, BetterThanTheSpeakerExpectedIsNoComparison) {
  EXPECT_THAT(Relations("[Grok 3](model:grok-3) was better than I expected."), IsEmpty());
}

// --- founded / works_at / sued / uses --------------------------------------------------------

TEST(FoundedRuleTest, Active) {
  EXPECT_THAT(Relations("[Mira](person:mira-murati) founded [Thinking Machines](company:thinking-machines)."),
              ElementsAre("person:mira-murati founded company:thinking-machines (asserted)"));
}

TEST(FoundedRuleTest, PassiveReducedRelative) {
  EXPECT_THAT(Relations("[Thinking Machines](company:thinking-machines), founded by "
                        "[Mira](person:mira-murati), raised a lot."),
              ElementsAre("person:mira-murati founded company:thinking-machines (asserted)"));
}

TEST(FoundedRuleTest, CoFounderWith) {
  EXPECT_THAT(Relations("[Daniel](person:daniel-gross) co-founded [SSI](company:ssi) with "
                        "[Ilya](person:ilya-sutskever)."),
              ElementsAre("person:daniel-gross founded company:ssi (asserted)",
                          "person:ilya-sutskever founded company:ssi (asserted)"));
}

TEST(FoundedRuleTest, FounderOf) {
  EXPECT_THAT(Relations("[Dario](person:dario-amodei) is the co-founder of [Anthropic](company:anthropic)."),
              ElementsAre("person:dario-amodei founded company:anthropic (asserted)"));
}

TEST(WorksAtRuleTest, Joined) {
  EXPECT_THAT(Relations("[Alex](person:alexandr-wang) joined [Meta](company:meta) in June."),
              ElementsAre("person:alexandr-wang works_at company:meta (asserted)"));
}

TEST(WorksAtRuleTest, RoleAt) {
  EXPECT_THAT(Relations("[Greg](person:greg-brockman) is the president of [OpenAI](company:openai)."),
              ElementsAre("person:greg-brockman works_at company:openai (asserted)"));
}

TEST(WorksAtRuleTest, CompanyTitleName) {
  EXPECT_THAT(Relations("[NVIDIA](company:nvidia) CEO [Jensen](person:jensen-huang) spoke."),
              ElementsAre("person:jensen-huang works_at company:nvidia (asserted)"));
}

TEST(WorksAtRuleTest, GoingToIsPredicted) {
  EXPECT_THAT(Relations("[Daniel](person:daniel-gross) is going to [Meta](company:meta)."),
              ElementsAre("person:daniel-gross works_at company:meta (predicted)"));
}

TEST(SuedRuleTest, Active) {
  EXPECT_THAT(Relations("[Elon](person:elon-musk) sued [OpenAI](company:openai) last year."),
              ElementsAre("person:elon-musk sued company:openai (asserted)"));
}

TEST(SuedRuleTest, ThreatenedTo) {
  EXPECT_THAT(Relations("[NVIDIA](company:nvidia) threatened to sue [Apple](company:apple)."),
              ElementsAre("company:nvidia sued company:apple (asserted)"));
}

TEST(SuedRuleTest, Passive) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) was sued by [The Times](company:nyt)."),
              ElementsAre("company:nyt sued company:openai (asserted)"));
}

TEST(UsesRuleTest, Active) {
  EXPECT_THAT(Relations("[Cursor](company:cursor) mostly uses [Claude](model:claude)."),
              ElementsAre("company:cursor uses model:claude (asserted)"));
}

TEST(UsesRuleTest, RunsOn) {
  EXPECT_THAT(Relations("[Gemini](model:gemini) runs on [TPU](product:tpu)."),
              ElementsAre("model:gemini uses product:tpu (asserted)"));
}

TEST(UsesRuleTest, BuyingHardwareIsUsingIt) {
  EXPECT_THAT(Relations("[Meta](company:meta) buys tons of [AMD](company:amd) GPUs."),
              ElementsAre("company:meta uses company:amd (asserted)"));
}

TEST(UsesRuleTest, Passive) {
  EXPECT_THAT(Relations("[Claude](model:claude) is used by [Cursor](company:cursor)."),
              ElementsAre("company:cursor uses model:claude (asserted)"));
}

TEST(UsesRuleTest, TheModelIGoTo) {
  EXPECT_THAT(Relations("The model I go to the most is [o3](model:o3)."),
              ElementsAre("person:ann-lee uses model:o3 (asserted)"));
}

}  // namespace
}  // namespace claimgraph
