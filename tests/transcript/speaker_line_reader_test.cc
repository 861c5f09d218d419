// MatchClockedLine, the shared line match of the clocked layouts
// (speaker_line_reader.h), and what LineWanted leaves out.
#include "extract/transcript/speaker_line_reader.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <string>

#include "extract/transcript/line_patterns.h"

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

}  // namespace
}  // namespace claimgraph
