#include "extract/claims/claim_extractor.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/claims/claims_test_util.h"

namespace claimgraph {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// --- What makes a claim --------------------------------------------------------

TEST(ClaimExtractorTest, StatementAboutAnEntityIsAClaim) {
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", "Yeah. [Meta](company:meta) has tons of talent."}});
  ExtractClaims(&e);
  ASSERT_EQ(e.claims.size(), 1u);
  const Claim& claim = e.claims[0];
  EXPECT_EQ(claim.text, "Meta has tons of talent.");
  EXPECT_EQ(claim.segment, 0);
  EXPECT_EQ(e.episode.segments[0].text.substr(claim.begin, claim.end - claim.begin), claim.text);
  EXPECT_TRUE(claim.relation.empty());
  ASSERT_EQ(claim.about.size(), 1u);
  EXPECT_EQ(claim.about[0].entity, "company:meta");
  EXPECT_EQ(claim.about[0].role, Role::kMention);
  EXPECT_EQ(claim.modality, Modality::kAsserted);
}

TEST(ClaimExtractorTest, FillerIsNoClaim) {
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", "Yeah. Right, right. Okay, so."}});
  ExtractClaims(&e);
  EXPECT_THAT(e.claims, IsEmpty());
}

TEST(ClaimExtractorTest, BareNameWithATagIsNoClaim) {
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", "[Open AI](company:openai), right?"}});
  ExtractClaims(&e);
  EXPECT_THAT(e.claims, IsEmpty());
}

TEST(ClaimExtractorTest, QuestionIsAClaimWithModalityQuestion) {
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", "What is going on at [Apple](company:apple)?"}});
  ExtractClaims(&e);
  ASSERT_EQ(e.claims.size(), 1u);
  EXPECT_EQ(e.claims[0].modality, Modality::kQuestion);
}

TEST(ClaimExtractorTest, RelationClaimListsSubjectObjectThenMentions) {
  AnalyzedEpisode e = MakeEpisode(
      {{"Ann Lee",
        "[Meta](company:meta) bought [Scale](company:scale-ai) to get [Alex](person:alexandr-wang)."}});
  ExtractClaims(&e);
  ASSERT_FALSE(e.claims.empty());
  const Claim& claim = e.claims[0];
  EXPECT_EQ(claim.relation, "acquired");
  ASSERT_EQ(claim.about.size(), 3u);
  EXPECT_EQ(claim.about[0].entity, "company:meta");
  EXPECT_EQ(claim.about[0].role, Role::kSubject);
  EXPECT_EQ(claim.about[1].entity, "company:scale-ai");
  EXPECT_EQ(claim.about[1].role, Role::kObject);
  EXPECT_EQ(claim.about[2].entity, "person:alexandr-wang");
  EXPECT_EQ(claim.about[2].role, Role::kMention);
  EXPECT_FALSE(claim.rule.empty());
  EXPECT_EQ(claim.masked,
            "<company:meta> bought <company:scale-ai> to get <person:alexandr-wang>.");
}

TEST(ClaimExtractorTest, EachRelationOfAClauseIsItsOwnClaim) {
  EXPECT_THAT(Relations("[Meta](company:meta) acquired [Scale AI](company:scale-ai), seemingly "
                        "for [Alexandr Wang](person:alexandr-wang)."),
              ElementsAre("company:meta acquired company:scale-ai (asserted)",
                          "company:meta hired person:alexandr-wang (hedged)"));
}

TEST(ClaimExtractorTest, ClaimsFollowSegmentsAndSentences) {
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", "[Meta](company:meta) is big. [Apple](company:apple) is big."},
                                   {"Bo Chen", "[Google](company:google) is big too."}});
  ExtractClaims(&e);
  ASSERT_EQ(e.claims.size(), 3u);
  EXPECT_EQ(e.claims[0].segment, 0);
  EXPECT_LT(e.claims[0].begin, e.claims[1].begin);
  EXPECT_EQ(e.claims[2].segment, 1);
}

TEST(ClaimExtractorTest, SameInputGivesSameClaims) {
  std::vector<Turn> turns = {{"Ann Lee", "[Meta](company:meta) bought [Scale](company:scale-ai)."},
                             {"Bo Chen", "They did? I think they hired [Alex](person:alexandr-wang)."}};
  AnalyzedEpisode a = MakeEpisode(turns), b = MakeEpisode(turns);
  ExtractClaims(&a);
  ExtractClaims(&b);
  ASSERT_EQ(a.claims.size(), b.claims.size());
  for (size_t i = 0; i < a.claims.size(); ++i) EXPECT_EQ(Describe(a.claims[i]), Describe(b.claims[i]));
}

// --- Who: I, you, we ------------------------------------------------------------

TEST(SubjectResolutionTest, IIsTheSpeaker) {
  EXPECT_THAT(Relations("I use [Claude](model:claude) every day."),
              ElementsAre("person:ann-lee uses model:claude (asserted)"));
}

TEST(SubjectResolutionTest, YouIsTheOtherSpeakerOfATwoPersonTalk) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Bo Chen", "You're using [o3](model:o3) day to day."}}),
              ElementsAre("person:ann-lee uses model:o3 (asserted)"));
}

TEST(SubjectResolutionTest, GenericYouIsNobody) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Bo Chen", "If you use [o3](model:o3) you wait a lot."}}),
              IsEmpty());
}

TEST(SubjectResolutionTest, GenericYouOnceMeansAnyoneForTheTurn) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Bo Chen", "You can just go with the best. You're buying "
                                     "[Scale](company:scale-ai) for the people."}}),
              IsEmpty());
}

TEST(SubjectResolutionTest, YouInAThreePersonTalkIsNobody) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Cy Dee", "Hi."},
                         {"Bo Chen", "You're using [o3](model:o3) day to day."}}),
              IsEmpty());
}

TEST(SubjectResolutionTest, WeIsTheSpeakersOrganisationWhenTheGazetteerKnowsIt) {
  EXPECT_THAT(Relations("We use [Claude](model:claude) for everything.",
                        {Known("person:ann-lee", "company:acme")}),
              ElementsAre("company:acme uses model:claude (asserted)"));
}

TEST(SubjectResolutionTest, WeIsTheOrganisationTheTurnNames) {
  EXPECT_THAT(Relations("At [Acme](company:acme) we use [Claude](model:claude) for everything."),
              ElementsAre("company:acme uses model:claude (asserted)"));
}

TEST(SubjectResolutionTest, WeIsTheSpeakerOtherwise) {
  EXPECT_THAT(Relations("We use [Claude](model:claude) for everything."),
              ElementsAre("person:ann-lee uses model:claude (asserted)"));
}

TEST(SubjectResolutionTest, QuotedIIsNotTheSpeaker) {
  EXPECT_THAT(Relations("And the clouds are like, I use [AMD](company:amd) now."), IsEmpty());
}

TEST(SubjectResolutionTest, IThinkIsAnAsideNotASubject) {
  EXPECT_THAT(Relations("[Meta](company:meta), I think, bought [Scale](company:scale-ai)."),
              ElementsAre("company:meta acquired company:scale-ai (hedged)"));
}

TEST(SubjectResolutionTest, HostAndGuestInARelationAreNoClaim) {
  EXPECT_THAT(Relations({{"Ann Lee", "Hello."},
                         {"Bo Chen", "You're directly competing with me, right?"}}),
              IsEmpty());
}

// --- Who: they, he, it, elided subjects -------------------------------------------

TEST(SubjectResolutionTest, TheyIsTheMostRecentCompanyInTheTurn) {
  EXPECT_THAT(Relations("[Meta](company:meta) has the compute. They bought [Scale](company:scale-ai)."),
              ElementsAre("company:meta acquired company:scale-ai (asserted)"));
}

TEST(SubjectResolutionTest, HeIsTheMostRecentPersonButNeverTheSpeaker) {
  EXPECT_THAT(Relations("[Ilya](person:ilya-sutskever) saw it first. And he started his company, "
                        "[SSI](company:ssi)."),
              ElementsAre("person:ilya-sutskever founded company:ssi (asserted)"));
}

TEST(SubjectResolutionTest, ItIsAModelNamedJustBefore) {
  EXPECT_THAT(Relations("[Meta](company:meta) had [Behemoth](model:behemoth) ready. They might "
                        "not ever release it."),
              ElementsAre("company:meta released model:behemoth (hedged, negated)"));
}

TEST(SubjectResolutionTest, ItDoesNotReachFarBack) {
  EXPECT_THAT(Relations("[Meta](company:meta) had [Behemoth](model:behemoth). That was a while "
                        "ago. Many things happened. Then [Meta](company:meta) released it."),
              IsEmpty());
}

TEST(SubjectResolutionTest, TheyInAnAnswerPointsIntoTheQuestion) {
  EXPECT_THAT(Relations({{"Ann Lee", "What is going on at [Meta](company:meta)?"},
                         {"Bo Chen", "Well, they delayed [Behemoth](model:behemoth)."}}),
              ElementsAre("company:meta delayed model:behemoth (asserted)"));
}

TEST(SubjectResolutionTest, TwoCandidatesLeaveThePronounUnresolved) {
  EXPECT_THAT(Relations("I talked to [Oracle](company:oracle) about [Meta](company:meta). They "
                        "bought [Scale](company:scale-ai)."),
              IsEmpty());
}

TEST(SubjectResolutionTest, ThemForAListIsEveryoneInIt) {
  EXPECT_THAT(Relations("[AMD](company:amd) is everywhere. They're getting clusters at "
                        "[Oracle](company:oracle) and [Amazon](company:amazon). So they're "
                        "selling them GPUs."),
              ElementsAre("company:oracle supplies company:amd (asserted)",
                          "company:amazon supplies company:amd (asserted)",
                          "company:amd supplies company:oracle (asserted)",
                          "company:amd supplies company:amazon (asserted)"));
}

TEST(SubjectResolutionTest, ObjectPronounIsNotItsOwnSubject) {
  EXPECT_THAT(Relations("[NVIDIA](company:nvidia) is big. [NVIDIA](company:nvidia) sold them "
                        "GPUs that broke."),
              IsEmpty());
  EXPECT_THAT(Relations("It's about [Apple](company:apple). [NVIDIA](company:nvidia) sold them "
                        "GPUs that broke."),
              ElementsAre("company:nvidia supplies company:apple (asserted)"));
}

TEST(SubjectResolutionTest, TheyAfterPeopleMeansThosePeople) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) is hot. Most people invest when they can in "
                        "[Anthropic](company:anthropic)."),
              IsEmpty());
}

TEST(SubjectResolutionTest, SubjectPronounAfterThanStartsAClause) {
  EXPECT_THAT(Relations("[OpenAI](company:openai) was annoyed that [Microsoft](company:microsoft) "
                        "was way slower than they needed."),
              IsEmpty());
}

TEST(SubjectResolutionTest, UnresolvedTheyReleasingAModelIsItsMaker) {
  EXPECT_THAT(Relations("I don't remember when they released [GPT-4.5](model:gpt-4-5).",
                        {Known("model:gpt-4-5", "company:openai")}),
              ElementsAre("company:openai released model:gpt-4-5 (asserted)"));
}

TEST(SubjectResolutionTest, ElidedSubjectIsWhoTheTalkIsAbout) {
  EXPECT_THAT(Relations("[Zuck](person:mark-zuckerberg) wants it all. Also tried to buy "
                        "[Perplexity](company:perplexity)."),
              ElementsAre("person:mark-zuckerberg tried_to_acquire company:perplexity (asserted)"));
}

TEST(SubjectResolutionTest, PassiveWithoutAgentIsTheMaker) {
  EXPECT_THAT(Relations("So [Behemoth](model:behemoth) got delayed.",
                        {Known("model:behemoth", "company:meta")}),
              ElementsAre("company:meta delayed model:behemoth (asserted)"));
}

TEST(SubjectResolutionTest, PassiveWithoutAgentAndUnknownMakerIsNoClaim) {
  EXPECT_THAT(Relations("So [Behemoth](model:behemoth) got delayed."), IsEmpty());
}


// --- Bounded work ------------------------------------------------------------

// "[E0](company:e0), [E1](company:e1), ... and [En-1](company:en-1) partnered."
std::string CompanyList(size_t n) {
  std::string text;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) text += i + 1 == n ? " and " : ", ";
    text += "[E" + std::to_string(i) + "](company:e" + std::to_string(i) + ")";
  }
  return text + " partnered.";
}

std::vector<std::string> Diagnostics(const CollectingSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.diagnostics()) out.push_back(d.ToString());
  return out;
}

bool Names(const AnalyzedEpisode& e, const std::string& id) {
  for (const Claim& claim : e.claims)
    for (const ClaimEntity& about : claim.about)
      if (about.entity == id) return true;
  return false;
}

TEST(ClaimExtractorTest, SentenceNamingMoreEntitiesThanTheLimitIsCutWithAWarning) {
  constexpr size_t kMax = ClaimExtractor::kMaxEntitiesPerSentence;
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", CompanyList(kMax + 36)}});
  ListDirectory directory(e.entities);
  CollectingSink sink;
  ClaimExtractor(ShippedRules()).Extract(&e, directory, &sink);
  EXPECT_THAT(Diagnostics(sink),
              ElementsAre("test.txt:1: warning: a sentence names more than 64 "
                          "entities; only its first 64 are read for claims"));
  EXPECT_TRUE(Names(e, "company:e" + std::to_string(kMax - 1)));
  EXPECT_FALSE(Names(e, "company:e" + std::to_string(kMax)));
}

TEST(ClaimExtractorTest, SentenceNamingEntitiesUpToTheLimitIsReadWhole) {
  constexpr size_t kMax = ClaimExtractor::kMaxEntitiesPerSentence;
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", CompanyList(kMax)}});
  ListDirectory directory(e.entities);
  CollectingSink sink;
  ClaimExtractor(ShippedRules()).Extract(&e, directory, &sink);
  EXPECT_THAT(Diagnostics(sink), IsEmpty());
  EXPECT_TRUE(Names(e, "company:e" + std::to_string(kMax - 1)));
}

TEST(ClaimExtractorTest, EntityLimitCountsPerSentenceNotPerSegment) {
  constexpr size_t kMax = ClaimExtractor::kMaxEntitiesPerSentence;
  // Two sentences of kMax - 4 entities each: 2 * kMax - 8 in the segment.
  std::string first = CompanyList(kMax - 4);
  std::string second;
  for (size_t i = 0; i < kMax - 4; ++i) {
    second += i == 0 ? " " : ", ";
    second += "[F" + std::to_string(i) + "](company:f" + std::to_string(i) + ")";
  }
  AnalyzedEpisode e = MakeEpisode({{"Ann Lee", first + second + " compete."}});
  ListDirectory directory(e.entities);
  CollectingSink sink;
  ClaimExtractor(ShippedRules()).Extract(&e, directory, &sink);
  EXPECT_THAT(Diagnostics(sink), IsEmpty());
  EXPECT_TRUE(Names(e, "company:f" + std::to_string(kMax - 5)));
}

}  // namespace
}  // namespace claimgraph
