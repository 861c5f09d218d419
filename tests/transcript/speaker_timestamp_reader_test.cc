// The "speaker-timestamp" layout (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(SpeakerTimestampReaderTest, IsDetected) {
  EXPECT_EQ(ReadFixture("speaker_timestamp.txt").layout, "speaker-timestamp");
}

TEST(SpeakerTimestampReaderTest, ReadsTurnsWithTextOnTheLineOrBelow) {
  Episode e = ReadFixture("speaker_timestamp.txt");
  EXPECT_THAT(Turns(e), ElementsAre("Ann Lee@5:3", "Bo Chen@21:4",
                                    "Ann Lee@30:7", "Ann Lee@48:8+",
                                    "Bo Chen@62:9"));
  EXPECT_EQ(e.segments[1].text, "Why is that? Is it the transformers?");
}

TEST(SpeakerTimestampReaderTest, BareTimeWithTextContinuesSpeaker) {
  Episode e = ReadFixture("speaker_timestamp.txt");
  EXPECT_EQ(e.segments[3].text,
            "And the utilities are cautious, for good reason.");
}

TEST(SpeakerTimestampReaderTest, FirstLineIsTheTitle) {
  EXPECT_EQ(ReadFixture("speaker_timestamp.txt").title,
            "Chips and Power, episode 12");
}

TEST(SpeakerTimestampReaderTest, ChapterLikeLineInSpeechIsText) {
  Episode e = ParseOk(
      "Ann Lee (00:00:05) We met at the fab.\n"
      "10:30 - and then the power went out.\n"
      "Bo Chen (00:00:21) Really?\n");
  EXPECT_TRUE(e.chapters.empty());
  EXPECT_EQ(e.segments[0].text,
            "We met at the fab. 10:30 - and then the power went out.");
}

}  // namespace
}  // namespace claimgraph
