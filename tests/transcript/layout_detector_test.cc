// Layout detection (layout_detector.h) and the layout names.
#include "extract/transcript/layout_detector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

SourceText Decode(const std::string& content) {
  SourceText text;
  EXPECT_TRUE(SourceText::Decode(content, "t.txt", nullptr, &text).ok());
  return text;
}

TEST(LayoutDetectorTest, KnownLayoutsAreListedInAFixedOrder) {
  EXPECT_THAT(KnownLayouts(),
              ElementsAre("timestamp-speaker", "markdown-links",
                          "speaker-timestamp", "transcription-service",
                          "speaker-heading", "speaker-colon", "webvtt", "srt",
                          "diarized-json"));
}

TEST(LayoutDetectorTest, HighestScoreWins) {
  SourceText text = Decode(
      "(00:01) Ann Lee:\nHi.\n(00:02) Bo Chen:\nNote: hello.\n"
      "(00:03) Ann Lee:\nBye.\n");
  const LayoutReader* reader = DetectLayout(text);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->name(), "timestamp-speaker");
}

TEST(LayoutDetectorTest, DetectionHandsOverTheScoresWhenItScoredEveryLayout) {
  SourceText text = Decode(
      "(00:01) Ann Lee:\nHi.\n(00:02) Bo Chen:\nNote: hello.\n"
      "(00:03) Ann Lee:\nBye.\n");
  std::vector<std::pair<const LayoutReader*, int>> scores = {{nullptr, 7}};
  const LayoutReader* reader = DetectLayout(text, &scores);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(scores, ScoreLayouts(text));
}

TEST(LayoutDetectorTest, ASelfDeclaringFileLeavesTheScoresEmpty) {
  SourceText text = Decode("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann Lee>Hi.\n");
  std::vector<std::pair<const LayoutReader*, int>> scores = {{nullptr, 7}};
  const LayoutReader* reader = DetectLayout(text, &scores);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->name(), "webvtt");
  EXPECT_TRUE(scores.empty());
}

TEST(LayoutDetectorTest, NothingMatchingGivesNoLayout) {
  EXPECT_EQ(DetectLayout(Decode("just prose\nwith no turns\n")), nullptr);
}

TEST(LayoutDetectorTest, EqualScoresGoToTheLayoutListedFirst) {
  // One turn line for each of two layouts.
  SourceText text = Decode("ANN: Hi.\n(00:01) Bo Chen:\nHello.\n");
  const LayoutReader* reader = DetectLayout(text);
  ASSERT_NE(reader, nullptr);
  EXPECT_EQ(reader->name(), "timestamp-speaker");
}

TEST(LayoutDetectorTest, ForcedLayoutOverridesDetection) {
  ReadOptions options;
  options.layout = "speaker-colon";
  Episode e = ParseOk("(00:01) Ann Lee: Hi.\nBO CHEN: Hello.\nBO CHEN: Bye.\n",
                      options);
  EXPECT_EQ(e.layout, "speaker-colon");
  EXPECT_THAT(Turns(e), ElementsAre("Bo Chen@-:2", "Bo Chen@-:3+"));
}

TEST(LayoutDetectorTest, FindsReadersByName) {
  ASSERT_NE(FindLayout("srt"), nullptr);
  EXPECT_EQ(FindLayout("srt")->name(), "srt");
  EXPECT_EQ(FindLayout("docx"), nullptr);
}

}  // namespace
}  // namespace claimgraph
