// The "diarized-json" layout (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(DiarizedJsonReaderTest, ReadsWhisperXSegments) {
  Episode e = ReadFixture("whisperx.json");
  EXPECT_EQ(e.layout, "diarized-json");
  EXPECT_THAT(Turns(e), ElementsAre("SPEAKER_00@0:3", "SPEAKER_01@4:10",
                                    "SPEAKER_00@75:22"));
}

TEST(DiarizedJsonReaderTest, RunOfOneSpeakerIsOneTurn) {
  EXPECT_EQ(ReadFixture("whisperx.json").segments[1].text,
            "Thanks, glad to be here. The rules changed twice this year.");
}

TEST(DiarizedJsonReaderTest, GenericLabelsTakeGivenNames) {
  ReadOptions options;
  options.speakers = {"Ann Lee", "Raj Patel"};
  EXPECT_THAT(ReadFixture("whisperx.json", options).speakers,
              ElementsAre("Ann Lee", "Raj Patel"));
}

TEST(DiarizedJsonReaderTest, AssemblyAiUtterancesAreInMilliseconds) {
  EXPECT_THAT(Turns(ReadFixture("assemblyai.json")),
              ElementsAre("A@0:5", "B@4:6", "A@61:7"));
}

TEST(DiarizedJsonReaderTest, TopLevelArrayWithClockAndNumberTimes) {
  Episode e = ReadFixture("array.json");
  EXPECT_THAT(Turns(e),
              ElementsAre("Ann Lee@2:2", "Bo Chen@9:3", "Ann Lee@15:4"));
}

TEST(DiarizedJsonReaderTest, TitleAndDateAtTopLevelAreRead) {
  Episode e = ParseOk(
      R"({"title": "Fabs", "date": "2024-02-03", "segments": [)"
      R"({"speaker": "A", "start": 1, "text": "Hi."}]})");
  EXPECT_EQ(e.title, "Fabs");
  EXPECT_EQ(e.date, "2024-02-03");
}

TEST(DiarizedJsonReaderTest, SegmentsAfterARepeatedByteOrderMarkKeepTheirLines) {
  Episode e = ParseOk(
      "\xEF\xBB\xBF\xEF\xBB\xBF{\"segments\": [\n"
      "{\"speaker\": \"A\", \"start\": 1, \"text\": \"Hi.\"},\n"
      "{\"speaker\": \"B\", \"start\": 2, \"text\": \"Yes.\"}]}");
  ASSERT_EQ(e.segments.size(), 2u);
  EXPECT_EQ(e.segments[0].line, 2);
  EXPECT_EQ(e.segments[1].line, 3);
}

TEST(DiarizedJsonReaderTest, BrokenJsonIsAnErrorAtItsPosition) {
  EXPECT_EQ(ParseError("{\"segments\": [\n  {\"speaker\": \"A\", \"start\": 1,}\n]}"),
            "t.txt:2:31: error: invalid JSON: syntax error while parsing "
            "object key - unexpected '}'; expected string literal");
}

TEST(DiarizedJsonReaderTest, NumberTooLargeIsAnErrorAtTheNumber) {
  EXPECT_EQ(ParseError("{\"segments\": [\n  {\"speaker\": \"A\", \"start\": 1e400}]}"),
            "t.txt:2:29: error: invalid JSON: number overflow parsing '1e400'");
}

TEST(DiarizedJsonReaderTest, JsonWithoutSegmentsIsAnError) {
  ReadOptions options;
  options.layout = "diarized-json";
  EXPECT_EQ(ParseError("{\"speaker\": \"A\"}", options),
            "t.txt:1: error: JSON without speaker segments: expected an "
            "array, or an object with \"segments\" or \"utterances\"");
}

TEST(DiarizedJsonReaderTest, NonObjectSegmentIsSkippedWithAWarning) {
  CollectingSink sink;
  Episode e = ParseOk("[\n\"oops\",\n{\"speaker\": \"A\", \"start\": 1, "
                      "\"text\": \"Hi.\"}\n]",
                      {}, &sink);
  EXPECT_EQ(e.segments.size(), 1u);
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:2: warning: segment is not an object; "
                          "skipped"));
}

}  // namespace
}  // namespace claimgraph
