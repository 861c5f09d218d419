// The "speaker-heading" layout (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(SpeakerHeadingReaderTest, IsDetected) {
  EXPECT_EQ(ReadFixture("speaker_heading.txt").layout, "speaker-heading");
}

TEST(SpeakerHeadingReaderTest, ReadsPlainAndBracketedHeadings) {
  EXPECT_THAT(Turns(ReadFixture("speaker_heading.txt")),
              ElementsAre("Ann Lee@0:6", "Raj Patel@9:9", "Ann Lee@70:12",
                          "Raj Patel@75:15"));
}

TEST(SpeakerHeadingReaderTest, ChapterLinesAreChaptersNotTitle) {
  Episode e = ReadFixture("speaker_heading.txt");
  EXPECT_EQ(e.title, "Export Controls and the Chip War");
  ASSERT_EQ(e.chapters.size(), 2u);
  EXPECT_EQ(e.chapters[1].title, "What the rules cover");
  EXPECT_EQ(e.chapters[1].seconds, 70);
  EXPECT_EQ(e.chapters[1].line, 4);
}

TEST(SpeakerHeadingReaderTest, TextBelowJoinsLines) {
  EXPECT_EQ(ReadFixture("speaker_heading.txt").segments[3].text,
            "Chips above a performance threshold, and the tools to make "
            "them. The threshold has moved twice.");
}

}  // namespace
}  // namespace claimgraph
