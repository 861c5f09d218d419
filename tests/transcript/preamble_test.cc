// Title, date and speakers from the lines before the first turn (preamble.h).
#include "extract/transcript/preamble.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(PreambleTest, FrontMatterListsSpeakersInline) {
  Episode e = ParseOk(
      "---\ntitle: 'Chips'\ndate: \"2022-01-05\"\nspeakers: [Ann Lee, Bo Chen]\n"
      "---\nANN LEE: Hi.\nBO CHEN: Hello.\nANN LEE: Bye.\n");
  EXPECT_EQ(e.title, "Chips");
  EXPECT_EQ(e.date, "2022-01-05");
  EXPECT_THAT(e.speakers, ElementsAre("Ann Lee", "Bo Chen"));
}

TEST(PreambleTest, SpeakersLineSplitsOnCommasAndAnd) {
  Episode e = ParseOk(
      "Speakers: Ann Lee, Bo Chen and Cy Dorn\n"
      "(00:01) Ann Lee:\nHi.\n");
  EXPECT_THAT(e.speakers, ElementsAre("Ann Lee", "Bo Chen", "Cy Dorn"));
}

TEST(PreambleTest, DateLineWithoutNameGivesTheRestAsTitle) {
  Episode e = ParseOk("2021-07-01 Chips and water\n(00:01) Ann Lee:\nHi.\n");
  EXPECT_EQ(e.date, "2021-07-01");
  EXPECT_EQ(e.title, "Chips and water");
}

TEST(PreambleTest, UnclosedFrontMatterIsNotFrontMatter) {
  SourceText text;
  ASSERT_TRUE(SourceText::Decode("---\ntitle: x\n", "t", nullptr, &text).ok());
  EXPECT_EQ(FrontMatterEnd(text.lines()), 0u);
}

TEST(PreambleTest, RecognisesTranscriptMarkers) {
  EXPECT_TRUE(IsTranscriptMarker("Transcript"));
  EXPECT_TRUE(IsTranscriptMarker("## Transcript:"));
  EXPECT_TRUE(IsTranscriptMarker("FULL TRANSCRIPT"));
  EXPECT_FALSE(IsTranscriptMarker("Transcript of a talk"));
}

}  // namespace
}  // namespace claimgraph
