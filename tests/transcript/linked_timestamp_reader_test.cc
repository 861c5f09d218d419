// The "markdown-links" layout of lexfridman.com transcripts (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(LinkedTimestampReaderTest, IsDetected) {
  EXPECT_EQ(ReadFixture("markdown_links.md").layout, "markdown-links");
}

TEST(LinkedTimestampReaderTest, ReadsNamedAndUnnamedParagraphs) {
  EXPECT_THAT(Turns(ReadFixture("markdown_links.md")),
              ElementsAre("Mira Okafor@0:25", "Jon Reyes@12:27",
                          "Jon Reyes@20:29+", "Jon Reyes@70:33+",
                          "Mira Okafor@75:35", "Mira Okafor@91:37+",
                          "Jon Reyes@91:39", "Mira Okafor@100:41"));
}

TEST(LinkedTimestampReaderTest, UnnamedParagraphAfterHeadingKeepsSpeaker) {
  Episode e = ReadFixture("markdown_links.md");
  EXPECT_EQ(e.segments[3].speaker, "Jon Reyes");
  EXPECT_EQ(e.segments[3].text, "So how long does a grid connection take?");
}

TEST(LinkedTimestampReaderTest, InlineTimestampInTextIsNotATurn) {
  Episode e = ReadFixture("markdown_links.md");
  EXPECT_EQ(e.segments[4].text,
            "In Virginia, years. [inaudible 00:01:20] It depends on the "
            "utility.");
}

TEST(LinkedTimestampReaderTest, TitleIsTheFirstLevelOneHeading) {
  EXPECT_EQ(ReadFixture("markdown_links.md").title,
            "#88 – Mira Okafor: Power, Chips and the Grid | Signal Podcast");
}

TEST(LinkedTimestampReaderTest, HeadingsAreChaptersTimedByTheContents) {
  Episode e = ReadFixture("markdown_links.md");
  ASSERT_EQ(e.chapters.size(), 2u);
  EXPECT_EQ(e.chapters[0].title, "Introduction");
  EXPECT_EQ(e.chapters[0].line, 23);
  EXPECT_EQ(e.chapters[0].seconds, 0);
  EXPECT_EQ(e.chapters[1].title, "Data centres and the grid");
  EXPECT_EQ(e.chapters[1].seconds, 70);
}

TEST(LinkedTimestampReaderTest, HeadingWithoutContentsEntryTakesNextTime) {
  Episode e = ParseOk(
      "## Opening\n\n"
      "Ann Lee [(00:00:04)](https://youtube.com/watch?v=a&t=4) Hello.\n\n"
      "Bo Chen [(00:00:09)](https://youtube.com/watch?v=a&t=9) Hi.\n");
  ASSERT_EQ(e.chapters.size(), 1u);
  EXPECT_EQ(e.chapters[0].seconds, 4);
}

TEST(LinkedTimestampReaderTest, UnnamedParagraphBeforeAnySpeakerIsAWarning) {
  CollectingSink sink;
  Episode e = ParseOk(
      "[(00:00:01)](https://youtube.com/watch?v=a&t=1) Who is talking?\n\n"
      "Ann Lee [(00:00:04)](https://youtube.com/watch?v=a&t=4) Hello.\n",
      {}, &sink);
  EXPECT_THAT(Turns(e), ElementsAre("Ann Lee@4:3"));
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:1: warning: timed paragraph before any "
                          "named speaker; skipped"));
}

}  // namespace
}  // namespace claimgraph
