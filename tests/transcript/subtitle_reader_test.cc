// The "webvtt" and "srt" layouts (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(SubtitleReaderTest, WebVttIsDetectedByItsHeader) {
  Episode e = ReadFixture("voices.vtt");
  EXPECT_EQ(e.layout, "webvtt");
  EXPECT_EQ(e.title, "Memory Wall, episode 3");
}

TEST(SubtitleReaderTest, VoiceTagsNameSpeakersAndCuesOfOneSpeakerMerge) {
  Episode e = ReadFixture("voices.vtt");
  EXPECT_THAT(Turns(e), ElementsAre("Ann Lee@1:6", "Bo Chen@7:14",
                                    "Ann Lee@62:18", "Bo Chen@62:18"));
  EXPECT_EQ(e.segments[0].text,
            "Memory bandwidth is the real wall, not the compute.");
}

TEST(SubtitleReaderTest, MarkupIsDropped) {
  EXPECT_EQ(ReadFixture("voices.vtt").segments[1].text,
            "Really? Even with HBM4?");
}

TEST(SubtitleReaderTest, SrtIsDetected) {
  EXPECT_EQ(ReadFixture("prefixes.srt").layout, "srt");
}

TEST(SubtitleReaderTest, NamePrefixesStartTurnsAndUnprefixedCuesContinue) {
  Episode e = ReadFixture("prefixes.srt");
  EXPECT_THAT(Turns(e),
              ElementsAre("Ann Lee@0:2", "Bo Chen@5:10", "Ann Lee@7:14"));
  EXPECT_EQ(e.segments[0].text,
            "Every fab needs water, and a lot of it. That is the part people "
            "forget.");
}

TEST(SubtitleReaderTest, DashesAlternateSpeakersNamedByBracketsAndText) {
  Episode e = ReadFixture("dashes.srt");
  EXPECT_THAT(Turns(e),
              ElementsAre("Tom Alder@4:6", "Priya Raman@8:11",
                          "Tom Alder@10:15", "Priya Raman@13:20",
                          "Tom Alder@13:20", "Priya Raman@16:25"));
}

TEST(SubtitleReaderTest, SoundLabelsAreNotSpeech) {
  Episode e = ReadFixture("dashes.srt");
  EXPECT_EQ(e.segments[0].seconds, 4);
  EXPECT_EQ(e.segments[1].text, "Thanks for having me.");
}

TEST(SubtitleReaderTest, UnnamedAlternatingTurnsAreNumberedSpeakers) {
  EXPECT_THAT(Turns(ReadFixture("alternating.srt")),
              ElementsAre("Speaker 1@1:2", "Speaker 2@3:6", "Speaker 1@5:10",
                          "Speaker 2@7:14"));
}

TEST(SubtitleReaderTest, UnnamedAlternatingTurnsTakeGivenNames) {
  ReadOptions options;
  options.speakers = {"Lex Fridman", "Jensen Huang"};
  Episode e = ReadFixture("alternating.srt", options);
  EXPECT_THAT(e.speakers, ElementsAre("Lex Fridman", "Jensen Huang"));
  EXPECT_EQ(e.segments[3].speaker, "Jensen Huang");
}

TEST(SubtitleReaderTest, RollingCaptionLinesAreReadOnce) {
  Episode e = ReadFixture("rolling.vtt");
  ASSERT_EQ(e.segments.size(), 1u);
  EXPECT_EQ(e.segments[0].text,
            "the grid is the bottleneck now, not the chips");
}

TEST(SubtitleReaderTest, CuesWithoutNumbersOrHeaderAreSrt) {
  Episode e = ParseOk(
      "00:00:01,000 --> 00:00:02,000\nANN: Hi.\n\n"
      "00:00:03.000 --> 00:00:04.000\nBO: Hello.\n");
  EXPECT_EQ(e.layout, "srt");
  EXPECT_THAT(Turns(e), ElementsAre("Ann@1:1", "Bo@3:4"));
}

}  // namespace
}  // namespace claimgraph
