// MatchClockedLine, the shared line match of the clocked layouts
// (speaker_line_reader.h), what LineWanted leaves out, and the line readers'
// MayStartTurnBefore.
#include "extract/transcript/speaker_line_reader.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/source_text.h"

namespace claimgraph {
namespace {

const RE2& Turn() {
  static const RE2 kTurn(std::string("(") + kNamePattern + R"() \(()" +
                         kClockPattern + R"()\) (.*))");
  return kTurn;
}

const RE2& Continuation() {
  static const RE2 kContinuation(std::string(R"(\(()") + kClockPattern +
                                 R"()\) (.*))");
  return kContinuation;
}

LineMatch Match(std::string_view line, LineWanted wanted) {
  return MatchClockedLine(line, Turn(), Continuation(), wanted);
}

TEST(MatchClockedLineTest, ATurnIsFoundAlikeWhateverIsWanted) {
  for (LineWanted wanted : {LineWanted::kAll, LineWanted::kTurn}) {
    LineMatch m = Match("Ann Lee (1:05) Hello there.", wanted);
    EXPECT_EQ(m.kind, LineMatch::Kind::kTurn);
    EXPECT_EQ(m.name, "Ann Lee");
    EXPECT_EQ(m.seconds, 65);
    EXPECT_EQ(m.text, "Hello there.");
  }
}

TEST(MatchClockedLineTest, AContinuationIsReadOnlyWhenAllIsWanted) {
  EXPECT_EQ(Match("(1:10) And more.", LineWanted::kAll).kind,
            LineMatch::Kind::kContinuation);
  EXPECT_EQ(Match("(1:10) And more.", LineWanted::kTurn).kind,
            LineMatch::Kind::kNone);
}

TEST(MatchClockedLineTest, AChapterLineIsReadOnlyWhenAllIsWanted) {
  EXPECT_EQ(Match("1:05 - Board saga", LineWanted::kAll).kind,
            LineMatch::Kind::kChapter);
  EXPECT_EQ(Match("1:05 - Board saga", LineWanted::kTurn).kind,
            LineMatch::Kind::kNone);
}

SourceText Decoded(std::string bytes) {
  SourceText text;
  EXPECT_TRUE(SourceText::Decode(std::move(bytes), "t.txt", nullptr, &text).ok());
  return text;
}

TEST(MayStartTurnBeforeTest, FalseWhenNoLineBeforeIsATurnInTheLayout) {
  SourceText text = Decoded(
      "1\n00:00:01,000 --> 00:00:03,000\nANN LEE: Hello.\n\n"
      "2\n00:00:04,000 --> 00:00:06,000\nBO CHEN: Hi.\n");
  EXPECT_FALSE(NameColonLayout().MayStartTurnBefore(text, 3));
  EXPECT_TRUE(NameColonLayout().MayStartTurnBefore(text, 4));
}

TEST(MayStartTurnBeforeTest, ReadersThatCannotTellSayTrue) {
  SourceText text = Decoded("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHi.\n");
  EXPECT_TRUE(WebVttLayout().MayStartTurnBefore(text, 1));
}

}  // namespace
}  // namespace claimgraph
