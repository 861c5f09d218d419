// The "timestamp-speaker" layout of the founding sample (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(TimestampSpeakerReaderTest, ReadsEveryTurnWithItsTimeAndLine) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.layout, "timestamp-speaker");
  EXPECT_THAT(Turns(e),
              ElementsAre("Tom Alder@0:10", "Priya Raman@7:13",
                          "Priya Raman@15:16+", "Priya Raman@31:18+",
                          "Tom Alder@40:19", "Tom Alder@52:26+",
                          "Priya Raman@3665:30", "Tom Alder@3680:32"));
}

TEST(TimestampSpeakerReaderTest, TakesDateAndTitleFromTheDateLine) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.date, "2024-11-02");
  EXPECT_EQ(e.title, "Inference Costs, Custom Silicon and the Cloud Wars");
}

TEST(TimestampSpeakerReaderTest, ListsSpeakersInOrderOfFirstTurn) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_THAT(e.speakers, ElementsAre("Tom Alder", "Priya Raman"));
}

TEST(TimestampSpeakerReaderTest, ReadsChaptersAsTitleTimeAndSummary) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  ASSERT_EQ(e.chapters.size(), 2u);
  EXPECT_EQ(e.chapters[0].title, "Why Inference Costs Keep Falling");
  EXPECT_EQ(e.chapters[0].seconds, 0);
  EXPECT_EQ(e.chapters[0].line, 7);
  EXPECT_EQ(e.chapters[0].summary,
            "Priya Raman explains why the price of a token has fallen so "
            "quickly and what that means for start-ups.");
  EXPECT_EQ(e.chapters[1].title, "Custom Silicon at the Hyperscalers");
  EXPECT_EQ(e.chapters[1].seconds, 52);
}

TEST(TimestampSpeakerReaderTest, ChapterTextIsNotSpeech) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments[4].text, "So who wins from that?");
}

TEST(TimestampSpeakerReaderTest, BareTimestampContinuesCurrentSpeaker) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments[2].speaker, "Priya Raman");
  EXPECT_TRUE(e.segments[2].continuation);
  EXPECT_EQ(e.segments[2].text,
            "Most of that came from better kernels and batching, not from "
            "new chips.");
}

TEST(TimestampSpeakerReaderTest, TextAfterTimestampOnSameLineIsSpeech) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments[3].text,
            "and the rest came from quantisation, which people underrate.");
}

TEST(TimestampSpeakerReaderTest, NameOnTheLineAfterItsTimestampStartsATurn) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments[5].speaker, "Tom Alder");
  EXPECT_EQ(e.segments[5].line, 26);
  EXPECT_EQ(e.segments[5].text,
            "Let's talk about Trainium. Does anyone outside Amazon use it?");
}

TEST(TimestampSpeakerReaderTest, TextDirectlyUnderTheNameIsSpeech) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments[6].text,
            "A few labs do, mostly because the capacity is there.");
}

TEST(TimestampSpeakerReaderTest, TrailingPageFurnitureIsNotSpeech) {
  Episode e = ReadFixture("timestamp_speaker.txt");
  EXPECT_EQ(e.segments.back().text, "Priya, thank you for coming on.");
}

TEST(TimestampSpeakerReaderTest, NameAndTextOnTheTimestampLine) {
  Episode e = ParseOk(
      "[00:05] Ann Lee: We shipped the model in May.\n"
      "[00:09] Bo Chen: Was it late?\n"
      "[00:11] Ann Lee: Two weeks.\n");
  EXPECT_THAT(Turns(e),
              ElementsAre("Ann Lee@5:1", "Bo Chen@9:2", "Ann Lee@11:3"));
  EXPECT_EQ(e.segments[0].text, "We shipped the model in May.");
}

TEST(TimestampSpeakerReaderTest, ColonInTextIsNotATurnWhenNamesAreKnown) {
  Episode e = ParseOk(
      "(00:05) Ann Lee:\n"
      "We shipped the model in May.\n"
      "(00:09) Note: it was late.\n"
      "(00:12) Bo Chen:\n"
      "Why?\n");
  EXPECT_THAT(Turns(e),
              ElementsAre("Ann Lee@5:1", "Ann Lee@9:3+", "Bo Chen@12:4"));
  EXPECT_EQ(e.segments[1].text, "Note: it was late.");
}

TEST(TimestampSpeakerReaderTest, BareTimeUnderAParagraphAfterATurnIsNotAChapter) {
  Episode e = ParseOk(
      "(00:05) Ann Lee:\n"
      "\n"
      "We shipped the model in May\n"
      "(00:09)\n"
      "and it sold out in a week.\n"
      "(00:12) Bo Chen:\n"
      "Why?\n");
  EXPECT_TRUE(e.chapters.empty());
  EXPECT_THAT(Turns(e),
              ElementsAre("Ann Lee@5:1", "Ann Lee@9:4+", "Bo Chen@12:6"));
}

TEST(TimestampSpeakerReaderTest, MarkdownHeadingBetweenTurnsIsAChapter) {
  Episode e = ParseOk(
      "(00:05) Ann Lee:\nWe shipped in May.\n## Pricing\n"
      "(00:09) Bo Chen:\nAnd the price?\n");
  ASSERT_EQ(e.chapters.size(), 1u);
  EXPECT_EQ(e.chapters[0].title, "Pricing");
  EXPECT_EQ(e.chapters[0].seconds, 9);
  EXPECT_EQ(e.chapters[0].line, 3);
  EXPECT_EQ(e.segments[0].text, "We shipped in May.");
}

TEST(TimestampSpeakerReaderTest, FrontMatterIsNotSpeech) {
  Episode e = ParseOk(
      "---\ntitle: Chips\nspeakers: [Ann Lee]\n---\n"
      "(00:05) ANN LEE:\nHi.\n(00:09) Bo Chen:\nHello.\n");
  EXPECT_EQ(e.title, "Chips");
  EXPECT_THAT(e.speakers, ElementsAre("Ann Lee", "Bo Chen"));
}

}  // namespace
}  // namespace claimgraph
