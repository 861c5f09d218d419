#include "extract/claims/discourse_context.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

const std::string kMeta = "company:meta";
const std::string kScale = "company:scale-ai";
const std::string kOracle = "company:oracle";
const std::string kAmazon = "company:amazon";
const std::string kAlex = "person:alexandr-wang";
const std::string kNat = "person:nat-friedman";
const std::string kLlama = "model:llama-4";

constexpr TypeMask kCompany = TypeBit(EntityType::kCompany);
constexpr TypeMask kPerson = TypeBit(EntityType::kPerson);

std::string One(const Reference& r) {
  if (r.count != 1) return r.count == 0 ? "none" : "group";
  return *r.ids[0];
}

TEST(PronounTest, KnowsPersonsNumbersAndCases) {
  ASSERT_TRUE(LookupPronoun("them").has_value());
  EXPECT_EQ(LookupPronoun("them")->kind, PronounKind::kThey);
  EXPECT_TRUE(LookupPronoun("them")->object);
  EXPECT_TRUE(LookupPronoun("their")->possessive);
  EXPECT_EQ(LookupPronoun("me")->kind, PronounKind::kI);
  EXPECT_FALSE(LookupPronoun("themselves").has_value());
  EXPECT_FALSE(LookupPronoun("meta").has_value());
}

TEST(PronounTest, KnowsTheShortestAndLongestPronounsAndNotTheEmptyWord) {
  ASSERT_TRUE(LookupPronoun("i").has_value());
  EXPECT_EQ(LookupPronoun("i")->kind, PronounKind::kI);
  ASSERT_TRUE(LookupPronoun("y'all").has_value());
  EXPECT_EQ(LookupPronoun("y'all")->kind, PronounKind::kYou);
  EXPECT_FALSE(LookupPronoun("").has_value());
  EXPECT_FALSE(LookupPronoun("the").has_value());
}

TEST(PronounTest, TheyMeansACompanyHeAPersonItAModel) {
  EXPECT_EQ(PronounTypes(PronounKind::kThey), kCompany);
  EXPECT_EQ(PronounTypes(PronounKind::kHe), kPerson);
  EXPECT_EQ(PronounTypes(PronounKind::kIt),
            TypeBit(EntityType::kModel) | TypeBit(EntityType::kProduct));
  EXPECT_EQ(PronounTypes(PronounKind::kI), 0u);
  EXPECT_EQ(PronounGroupTypes(PronounKind::kThey), kCompany | kPerson);
  EXPECT_EQ(PronounGroupTypes(PronounKind::kHe), 0u);
}

TEST(DiscourseContextTest, PronounTakesTheMostRecentCompatibleEntity) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.StartSentence();
  context.StartClause();
  context.Add(&kAlex, EntityType::kPerson, true);
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), kMeta);
  EXPECT_EQ(One(context.Resolve(kPerson, 0, true, nullptr)), kAlex);
}

TEST(DiscourseContextTest, TwoCandidatesInOneClauseAreAmbiguous) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, false);
  context.Add(&kScale, EntityType::kCompany, false);
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), "none");
}

TEST(DiscourseContextTest, TheClauseSubjectWinsOverOtherCandidates) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.Add(&kScale, EntityType::kCompany, false);
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), kMeta);
}

TEST(DiscourseContextTest, ATopicSetOffByACommaIsNoSubject) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.Add(&kScale, EntityType::kCompany, false);
  context.NoSubjectInClause();
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), "none");
}

TEST(DiscourseContextTest, AnEntityAPronounNamedIsFollowed) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kAlex, EntityType::kPerson, false, /*via_pronoun=*/true);
  context.Add(&kNat, EntityType::kPerson, false);
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kPerson, 0, true, nullptr)), kAlex);
}

TEST(DiscourseContextTest, ObjectPronounSkipsEntitiesOfItsOwnClause) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kScale, EntityType::kCompany, true);
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  // "Meta bought them": not Meta.
  EXPECT_EQ(One(context.Resolve(kCompany, 0, false, nullptr)), kScale);
  // "Meta said they ...": Meta.
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), kMeta);
}

TEST(DiscourseContextTest, ExcludedIdNeverCounts) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kAlex, EntityType::kPerson, true);
  EXPECT_EQ(One(context.Resolve(kPerson, 0, true, &kAlex)), "none");
}

TEST(DiscourseContextTest, LookbackIsBounded) {
  DiscourseContext context(2);
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  for (int i = 0; i < 3; ++i) {
    context.StartSentence();
    context.StartClause();
  }
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), "none");
}

TEST(DiscourseContextTest, ShorterLookbackForOnePronoun) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kLlama, EntityType::kModel, true);
  context.StartSentence();
  context.StartSentence();
  context.StartClause();
  TypeMask model = TypeBit(EntityType::kModel);
  EXPECT_EQ(One(context.Resolve(model, 0, true, nullptr, 1)), "none");
  EXPECT_EQ(One(context.Resolve(model, 0, true, nullptr, 2)), kLlama);
}

TEST(DiscourseContextTest, AnswerMayPointIntoTheQuestion) {
  DiscourseContext context;
  context.StartTurn();  // the host asks about Meta
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.MarkQuestion();
  context.StartTurn();  // the guest answers: "They ..."
  context.StartSentence();
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), kMeta);
}

TEST(DiscourseContextTest, AStatementTurnIsNotLookedInto) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  EXPECT_EQ(One(context.Resolve(kCompany, 0, true, nullptr)), "none");
}

TEST(DiscourseContextTest, PluralPronounTakesACoordinatedGroup) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kOracle, EntityType::kCompany, false);
  context.Add(&kAmazon, EntityType::kCompany, false, false, /*joins_previous=*/true);
  context.StartClause();
  Reference them = context.Resolve(kCompany, kCompany | kPerson, false, nullptr);
  ASSERT_EQ(them.count, 2);
  EXPECT_EQ(*them.ids[0], kOracle);
  EXPECT_EQ(*them.ids[1], kAmazon);
}

TEST(DiscourseContextTest, PluralPronounTakesAGroupOfPeople) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kAlex, EntityType::kPerson, false);
  context.Add(&kNat, EntityType::kPerson, false, false, true);
  context.StartClause();
  EXPECT_EQ(context.Resolve(kCompany, kCompany | kPerson, false, nullptr).count, 2);
  // A singular pronoun never takes a group.
  EXPECT_EQ(One(context.Resolve(kPerson, 0, true, nullptr)), "none");
}

TEST(DiscourseContextTest, ElidedSubjectComesFromAnEarlierClause) {
  DiscourseContext context;
  context.StartTurn();
  context.StartSentence();
  context.StartClause();
  context.Add(&kMeta, EntityType::kCompany, true);
  context.StartSentence();
  context.StartClause();
  context.Add(&kScale, EntityType::kCompany, false);  // "Tried to buy Scale."
  const std::string* subject = context.ResolveElided(kCompany | kPerson, &kScale);
  ASSERT_NE(subject, nullptr);
  EXPECT_EQ(*subject, kMeta);
}

}  // namespace
}  // namespace claimgraph
