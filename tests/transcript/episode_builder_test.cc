// EpisodeBuilder: the rules shared by every layout.
#include "extract/transcript/episode_builder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

SourceText Text(const std::string& source) {
  SourceText text;
  EXPECT_TRUE(SourceText::Decode("x", source, nullptr, &text).ok());
  return text;
}

Episode Finish(EpisodeBuilder& builder, const ReadOptions& options = {},
               CollectingSink* sink = nullptr) {
  Episode e;
  CollectingSink local;
  Status s = builder.Finish(Text("shows/2024-05-01 Chips Talk.txt"), options,
                            "test", &e, sink ? sink : &local);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return e;
}

TEST(EpisodeBuilderTest, IdIsTheSlugOfTheFileStem) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 0, 1);
  EXPECT_EQ(Finish(b).id, "episode:2024-05-01-chips-talk");
}

TEST(EpisodeBuilderTest, DateComesFromTheFileNameWhenTheTextHasNone) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 0, 1);
  EXPECT_EQ(Finish(b).date, "2024-05-01");
}

TEST(EpisodeBuilderTest, OneSpeakerInDifferentCasesKeepsTheBestCasedForm) {
  EpisodeBuilder b;
  b.StartTurn("DYLAN PATEL", 0, 1);
  b.StartTurn("Matthew  Berman", 5, 2);
  b.StartTurn("Dylan Patel", 9, 3);
  b.StartTurn("dylan patel", 12, 4);
  Episode e = Finish(b);
  EXPECT_THAT(e.speakers, ElementsAre("Dylan Patel", "Matthew Berman"));
  EXPECT_EQ(e.segments[0].speaker, "Dylan Patel");
  EXPECT_EQ(e.segments[3].speaker, "Dylan Patel");
}

TEST(EpisodeBuilderTest, AllCapitalNamesAreShownInTitleCase) {
  EpisodeBuilder b;
  b.StartTurn("SAM ALTMAN", 0, 1);
  EXPECT_THAT(Finish(b).speakers, ElementsAre("Sam Altman"));
}

TEST(EpisodeBuilderTest, HeaderSpellingOfASpeakerWins) {
  EpisodeBuilder b;
  b.AddHeaderSpeaker("Lisa Su");
  b.StartTurn("LISA SU", 0, 1);
  EXPECT_THAT(Finish(b).speakers, ElementsAre("Lisa Su"));
}

TEST(EpisodeBuilderTest, HeaderSpeakersWithoutTurnsAreListedLast) {
  EpisodeBuilder b;
  b.AddHeaderSpeaker("Producer Pat");
  b.StartTurn("Ann Lee", 0, 1);
  EXPECT_THAT(Finish(b).speakers, ElementsAre("Ann Lee", "Producer Pat"));
}

TEST(EpisodeBuilderTest, GenericLabelsTakeTheGivenNamesInOrderOfFirstTurn) {
  EpisodeBuilder b;
  b.StartTurn("Speaker 2", 0, 1);
  b.StartTurn("Speaker 1", 4, 2);
  b.StartTurn("Speaker 2", 8, 3);
  ReadOptions options;
  options.speakers = {"Lex Fridman", "Sam Altman"};
  Episode e = Finish(b, options);
  EXPECT_THAT(e.speakers, ElementsAre("Lex Fridman", "Sam Altman"));
  EXPECT_EQ(e.segments[2].speaker, "Lex Fridman");
}

TEST(EpisodeBuilderTest, RealNamesAreNotReplacedByGivenNames) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 0, 1);
  ReadOptions options;
  options.speakers = {"Someone Else"};
  EXPECT_THAT(Finish(b, options).speakers, ElementsAre("Ann Lee"));
}

TEST(EpisodeBuilderTest, RecognisesGenericLabels) {
  EXPECT_TRUE(IsGenericSpeaker("Speaker 1"));
  EXPECT_TRUE(IsGenericSpeaker("SPEAKER_00"));
  EXPECT_TRUE(IsGenericSpeaker("spk_2"));
  EXPECT_TRUE(IsGenericSpeaker("B"));
  EXPECT_TRUE(IsGenericSpeaker("Unknown Speaker"));
  EXPECT_FALSE(IsGenericSpeaker("Speaker Pelosi"));
  EXPECT_FALSE(IsGenericSpeaker("Ann"));
}

TEST(EpisodeBuilderTest, ContinuationMeansSameSpeakerAsTheSegmentBefore) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 0, 1);
  b.StartContinuation(5, 2);
  b.StartTurn("ANN LEE", 9, 3);
  b.StartTurn("Bo Chen", 12, 4);
  Episode e = Finish(b);
  EXPECT_THAT(Turns(e), ElementsAre("Ann Lee@0:1", "Ann Lee@5:2+",
                                    "Ann Lee@9:3+", "Bo Chen@12:4"));
}

TEST(EpisodeBuilderTest, ContinuationBeforeAnyTurnOpensNothing) {
  EpisodeBuilder b;
  EXPECT_FALSE(b.StartContinuation(5, 2));
  EXPECT_FALSE(b.has_turns());
}

TEST(EpisodeBuilderTest, TextIsJoinedWithSingleSpaces) {
  EpisodeBuilder b;
  b.AddText("before any turn");
  b.StartTurn("Ann Lee", 0, 1);
  b.AddText("  It was\xC2\xA0 late, ");
  b.AddText("   ");
  b.AddText("again.");
  EXPECT_EQ(Finish(b).segments[0].text, "It was late, again.");
}

TEST(EpisodeBuilderTest, TextAfterCloseTurnIsDropped) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 0, 1);
  b.AddText("Spoken.");
  b.CloseTurn();
  b.AddText("Not spoken.");
  EXPECT_EQ(Finish(b).segments[0].text, "Spoken.");
}

TEST(EpisodeBuilderTest, ManyBackwardsTimestampsGiveTenWarningsAndASummary) {
  EpisodeBuilder b;
  b.StartTurn("Ann Lee", 1000, 1);
  for (int i = 0; i < 12; ++i) b.StartTurn("Bo Chen", i, i + 2);
  CollectingSink sink;
  Finish(b, {}, &sink);
  ASSERT_EQ(sink.diagnostics().size(), 11u);
  EXPECT_EQ(sink.diagnostics().back().ToString(),
            "shows/2024-05-01 Chips Talk.txt: warning: 2 more timestamps go "
            "back in time");
}

TEST(EpisodeBuilderTest, NoTurnIsAnError) {
  EpisodeBuilder b;
  Episode e;
  Status s = b.Finish(Text("t.txt"), {}, "srt", &e, nullptr);
  EXPECT_EQ(s.ToString(), "t.txt: error: no speaker turns found in layout \"srt\"");
}

}  // namespace
}  // namespace claimgraph
