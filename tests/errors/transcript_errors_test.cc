// Hostile transcripts through the whole command: broken encodings, odd line
// ends, huge inputs, impossible times, layouts pasted together. Each is
// either read correctly with a warning, or refused with one clear line and
// exit code 1; none crashes, and a refused input never touches the output.
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "extract/transcript/source_text.h"
#include "extract/transcript/transcript_reader.h"
#include "tests/errors/transcript_fixture.h"

namespace claimgraph::testing {
namespace {

using Json = nlohmann::json;

TEST_F(TranscriptErrorsTest, NulByteIsRefusedAndExistingOutputKept) {
  WriteTestFile(Path("out.json"), "old graph");
  CliResult r = Build(std::string("(00:01) Ann Lee:\nab\0cd\n", 23));
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":2:3: error: binary data (a NUL byte), not a text "
                       "transcript\nclaimgraph: no output written\n");
  EXPECT_EQ(ReadTestFile(Path("out.json")), "old graph");
  EXPECT_EQ(ListFolder(dir_), (std::vector<std::string>{"in.txt", "out.json"}));
}

TEST_F(TranscriptErrorsTest, OverlongUtf8IsReplacedWithAWarning) {
  // C0 AF is an overlong "/", the classic way past a path check.
  CliResult r = Build("(00:01) Ann Lee:\nHi \xC0\xAF there.\n(00:04) Bo Chen:\nHi.\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":2:4: warning: invalid UTF-8 replaced by U+FFFD (2 "
                       "bytes)\n" + Wrote(3, 2));
  EXPECT_FALSE(FindInvalidUtf8(ReadTestFile(Path("out.json"))).has_value());
  EXPECT_EQ(Segments("(00:01) Ann Lee:\nHi \xC0\xAF there.\n(00:04) Bo Chen:\nHi.\n")[0],
            "Ann Lee|00:00:01|1|Hi \xEF\xBF\xBD\xEF\xBF\xBD there.");
}

TEST_F(TranscriptErrorsTest, Utf8TruncatedAtEndOfFileIsReplacedWithAWarning) {
  CliResult r = Build("(00:01) Ann Lee:\nHello there.\n(00:04) Bo Chen:\nHi \xE2\x82");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":4:4: warning: invalid UTF-8 replaced by U+FFFD (2 "
                       "bytes)\n" + Wrote(3, 2));
  EXPECT_FALSE(FindInvalidUtf8(ReadTestFile(Path("out.json"))).has_value());
}

TEST_F(TranscriptErrorsTest, ByteOrderMarkIsNotPartOfTheFirstLine) {
  EXPECT_EQ(Segments(std::string("\xEF\xBB\xBF") + kTwoTurns), Segments(kTwoTurns));
  CliResult r = Build(std::string("\xEF\xBB\xBF") + kTwoTurns);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(Output()["episodes"][0]["speakers"],
            Json::parse(R"(["person:ann-lee", "person:bo-chen"])"));
}

// The warning names line 3 whichever line ends the file uses.
constexpr char kBackwardsLf[] = "(01:00) Ann Lee:\nFirst.\n(00:30) Bo Chen:\nSecond.\n";

TEST_F(TranscriptErrorsTest, CrlfLineEndsReadLikeLf) {
  std::string crlf = "(01:00) Ann Lee:\r\nFirst.\r\n(00:30) Bo Chen:\r\nSecond.\r\n";
  EXPECT_EQ(Segments(crlf), Segments(kBackwardsLf));
  CliResult r = Build(crlf);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":3: warning: timestamp 00:00:30 goes back from "
                       "00:01:00 (line 1)\n" + Wrote(3, 2));
}

TEST_F(TranscriptErrorsTest, CrOnlyLineEndsReadLikeLf) {
  std::string cr = "(01:00) Ann Lee:\rFirst.\r(00:30) Bo Chen:\rSecond.\r";
  EXPECT_EQ(Segments(cr), Segments(kBackwardsLf));
  CliResult r = Build(cr);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":3: warning: timestamp 00:00:30 goes back from "
                       "00:01:00 (line 1)\n" + Wrote(3, 2));
}

TEST_F(TranscriptErrorsTest, TimestampPastTwentyFourHoursIsKept) {
  CliResult r = Build("(23:59:59) Ann Lee:\nLate.\n(25:00:04) Bo Chen:\nLater.\n");
  EXPECT_EQ(r.exit_code, 0);
  Json turns = Output()["episodes"][0]["turns"];
  ASSERT_EQ(turns.size(), 2u);
  EXPECT_EQ(turns[1]["seconds"], 90004);
  EXPECT_EQ(turns[1]["time"], "25:00:04");
}

TEST_F(TranscriptErrorsTest, NegativeTimestampIsNeverATime) {
  EXPECT_EQ(Segments("(00:01) Ann Lee:\nHello.\n(-00:05) Bo Chen:\nHi.\n"),
            std::vector<std::string>{
                "Ann Lee|00:00:01|1|Hello. (-00:05) Bo Chen: Hi."});
}

TEST_F(TranscriptErrorsTest, NegativeAndHugeJsonStartsAreLeftUntimed) {
  CliResult r = Build(
      R"({"segments": [{"speaker": "Ann", "start": -5, "text": "Hi."},)"
      R"( {"speaker": "Bo", "start": 1e300, "text": "Yo."},)"
      R"( {"speaker": "Ann", "start": 90004.5, "text": "Late."}]})",
      "in.json");
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 0);
  Json turns = Output()["episodes"][0]["turns"];
  ASSERT_EQ(turns.size(), 3u);
  EXPECT_TRUE(turns[0]["seconds"].is_null());
  EXPECT_TRUE(turns[1]["seconds"].is_null());
  EXPECT_EQ(turns[2]["seconds"], 90004);
}

TEST_F(TranscriptErrorsTest, ClockWithHugeFieldsDoesNotOverflow) {
  // Not a clock ParseClock accepts: the line is speech, not a turn.
  EXPECT_EQ(Segments("(00:01) Ann Lee:\nHello.\n(99999999999999999999:00) Bo Chen:\nHi.\n"),
            std::vector<std::string>{"Ann Lee|00:00:01|1|Hello. "
                                     "(99999999999999999999:00) Bo Chen: Hi."});
}

TEST_F(TranscriptErrorsTest, MixedLayoutsWarnAboutTheTurnsNotRead) {
  CliResult r = Build(
      "(00:01) Ann Lee:\nHello.\n(00:04) Bo Chen:\nHi.\n"
      "ANN LEE: Now colon style.\nBO CHEN: Yes.\nANN LEE: Again.\nBO CHEN: More.\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":1: warning: the file mixes layouts: 2 turns in layout "
                       "\"timestamp-speaker\" before line 5 are not read (the "
                       "file is read as \"speaker-colon\"; see --layout)\n" +
                       Wrote(3, 2));
}

TEST_F(TranscriptErrorsTest, ForcedLayoutDoesNotWarnAboutMixing) {
  WriteTestFile(Path("in.txt"),
                "(00:01) Ann Lee:\nHello.\n(00:04) Bo Chen:\nHi.\n"
                "ANN LEE: Now colon style.\nBO CHEN: Yes.\n");
  CliResult r = RunCli({"build", Path("in.txt"), "-o", Path("out.json"),
                        "--layout", "speaker-colon", "-q"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace claimgraph::testing
