// The "speaker-colon" layout (layouts.h): untimed "NAME: text" paragraphs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(NameColonReaderTest, IsDetected) {
  EXPECT_EQ(ReadFixture("speaker_colon.txt").layout, "speaker-colon");
}

TEST(NameColonReaderTest, ReadsUntimedTurnsByLine) {
  EXPECT_THAT(Turns(ReadFixture("speaker_colon.txt")),
              ElementsAre("Ann Lee@-:9", "Carlos Ruiz@-:11", "Ann Lee@-:14",
                          "Carlos Ruiz@-:18"));
}

TEST(NameColonReaderTest, FrontMatterGivesTitleDateAndSpeakerSpelling) {
  Episode e = ReadFixture("speaker_colon.txt");
  EXPECT_EQ(e.title, "The Foundry Business");
  EXPECT_EQ(e.date, "2023-09-14");
  EXPECT_THAT(e.speakers, ElementsAre("Ann Lee", "Carlos Ruiz"));
}

TEST(NameColonReaderTest, UnlabelledLineContinuesTheParagraph) {
  EXPECT_EQ(ReadFixture("speaker_colon.txt").segments[1].text,
            "Lithography, mostly. One EUV tool costs more than a jet. And you "
            "need dozens of them.");
}

TEST(NameColonReaderTest, LabelUsedOnceAmongRepeatedLabelsIsText) {
  EXPECT_EQ(ReadFixture("speaker_colon.txt").segments[2].text,
            "Who makes them? Correction: the fab count was updated after "
            "recording.");
}

TEST(NameColonReaderTest, ReadsMarkdownBoldLabels) {
  Episode e = ReadFixture("speaker_colon.md");
  EXPECT_EQ(e.layout, "speaker-colon");
  EXPECT_THAT(Turns(e), ElementsAre("Ann Lee@-:3", "Carlos Ruiz@-:5",
                                    "Ann Lee@-:7", "Carlos Ruiz@-:9"));
  EXPECT_EQ(e.segments[2].text, "Who makes the tools?");
  EXPECT_EQ(e.title, "The Foundry Business");
}

TEST(NameColonReaderTest, TitleLineIsNotASpeaker) {
  Episode e = ParseOk(
      "Title: Fabs\nANN: One.\nBO: Two.\nANN: Three.\nBO: Four.\n");
  EXPECT_EQ(e.title, "Fabs");
  EXPECT_THAT(e.speakers, ElementsAre("Ann", "Bo"));
}

}  // namespace
}  // namespace claimgraph
