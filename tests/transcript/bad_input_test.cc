// Bad input (issue 2, item 7): each case gives one clear line naming the file
// (and the line where there is one); errors leave no output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extract/transcript/source_text.h"
#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

// "a, b, c": the names in KnownLayouts().
std::string LayoutList() {
  std::string list;
  for (const std::string& name : KnownLayouts())
    list += (list.empty() ? "" : ", ") + name;
  return list;
}

constexpr char kTwoTurns[] =
    "(00:01) Ann Lee:\nHello there.\n(00:04) Bo Chen:\nHi.\n";

TEST(BadInputTest, EmptyFileIsAnError) {
  EXPECT_EQ(ParseError(""), "t.txt: error: the file is empty");
}

TEST(BadInputTest, WhitespaceOnlyFileIsEmpty) {
  EXPECT_EQ(ParseError(" \n\t\n\xC2\xA0\n"), "t.txt: error: the file is empty");
}

TEST(BadInputTest, NulByteIsBinaryDataAtItsLineAndColumn) {
  EXPECT_EQ(ParseError(std::string("(00:01) Ann Lee:\nab\0cd\n", 23)),
            "t.txt:2:3: error: binary data (a NUL byte), not a text "
            "transcript");
}

TEST(BadInputTest, MostlyInvalidUtf8IsAnError) {
  std::string bytes = "Ann: hi\n";
  for (int i = 0; i < 20; ++i) bytes += "\xFE\xFF\xC0";
  EXPECT_EQ(ParseError(bytes),
            "t.txt:2:1: error: not UTF-8 text: 60 of 68 bytes are invalid");
}

TEST(BadInputTest, SomeInvalidUtf8IsRepairedWithAWarning) {
  CollectingSink sink;
  Episode e = ParseOk(
      "(00:01) Ann Lee:\nCaf\xE9 prices went up.\n(00:04) Bo Chen:\nHi.\n", {},
      &sink);
  EXPECT_EQ(e.segments[0].text, "Caf\xEF\xBF\xBD prices went up.");
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:2:4: warning: invalid UTF-8 replaced by "
                          "U+FFFD (1 byte)"));
}

TEST(BadInputTest, NoRecognisableTurnsIsAnError) {
  EXPECT_EQ(ParseError("Just some notes.\nNothing anyone said.\n"),
            "t.txt: error: no speaker turns recognised in any known layout (" +
                LayoutList() + ")");
}

TEST(BadInputTest, ForcedLayoutWithoutTurnsIsAnError) {
  ReadOptions options;
  options.layout = "timestamp-speaker";
  EXPECT_EQ(ParseError("Just some notes.\n", options),
            "t.txt: error: no speaker turns found in layout "
            "\"timestamp-speaker\"");
}

TEST(BadInputTest, UnknownLayoutNameIsAnError) {
  ReadOptions options;
  options.layout = "teletext";
  EXPECT_EQ(ParseError(kTwoTurns, options),
            "t.txt: error: unknown layout \"teletext\" (known: " +
                LayoutList() + ")");
}

TEST(BadInputTest, TimestampGoingBackwardsIsAWarning) {
  CollectingSink sink;
  Episode e = ParseOk(
      "(01:00) Ann Lee:\nFirst.\n(00:30) Bo Chen:\nSecond.\n"
      "(01:10) Ann Lee:\nThird.\n",
      {}, &sink);
  EXPECT_EQ(e.segments.size(), 3u);
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:3: warning: timestamp 00:00:30 goes back "
                          "from 00:01:00 (line 1)"));
}

TEST(BadInputTest, OverlongLineIsCutWithAWarning) {
  std::string content = "(00:01) Ann Lee:\n" +
                        std::string(3 * SourceText::kMaxLineBytes, 'a') +
                        "\n(00:04) Bo Chen:\nHi.\n";
  CollectingSink sink;
  Episode e = ParseOk(content, {}, &sink);
  EXPECT_EQ(e.segments[0].text.size(), SourceText::kMaxLineBytes);
  EXPECT_EQ(e.segments[1].text, "Hi.");
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:2: warning: line longer than 1048576 bytes; "
                          "only its first 1048576 bytes are read"));
}

TEST(BadInputTest, OneHugeLineWithoutLineEndsEndsQuickly) {
  std::string content(8 * SourceText::kMaxLineBytes, '(');
  EXPECT_EQ(ParseError(content),
            "t.txt: error: no speaker turns recognised in any known layout (" +
                LayoutList() + ")");
}

TEST(BadInputTest, MissingFileIsAnError) {
  Episode e;
  CollectingSink sink;
  Status s = ReadTranscript("/nonexistent/ep.txt", {}, &e, &sink);
  EXPECT_EQ(s.ToString(),
            "/nonexistent/ep.txt: error: cannot read: No such file or "
            "directory");
}

TEST(BadInputTest, FolderIsAnError) {
  Episode e;
  CollectingSink sink;
  Status s = ReadTranscript(CLAIMGRAPH_TEST_DIR, {}, &e, &sink);
  EXPECT_EQ(s.ToString(),
            std::string(CLAIMGRAPH_TEST_DIR) + ": error: cannot read: is a "
                                               "folder");
}

TEST(BadInputTest, ErrorLeavesTheEpisodeUntouched) {
  Episode e;
  e.title = "unchanged";
  CollectingSink sink;
  ParseTranscript("no turns here\n", "t.txt", {}, &e, &sink);
  EXPECT_EQ(e.title, "unchanged");
  EXPECT_TRUE(e.segments.empty());
}

// The command line: a bad transcript exits 1, prints the error and writes
// nothing, even where an output file existed before.
TEST(BadInputTest, CommandLineExitsNonZeroAndWritesNothing) {
  // The process id keeps a release and a sanitizer run of this test apart.
  std::string dir = ::testing::TempDir() + std::to_string(getpid());
  std::string input = dir + "/bad_input_empty.txt";
  std::string output = dir + "/bad_input_out.json";
  std::string log = dir + "/bad_input_log.txt";
  std::filesystem::create_directories(dir);
  std::ofstream(input).close();
  std::remove(output.c_str());
  std::string command = std::string(CLAIMGRAPH_BINARY) + " build " + input +
                        " -o " + output + " 2> " + log;
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  struct stat info;
  EXPECT_NE(stat(output.c_str(), &info), 0);
  std::ifstream in(log);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, input + ": error: the file is empty");
}

// An unknown --layout is a usage error (exit 2), caught before any reading.
TEST(BadInputTest, CommandLineRejectsUnknownLayout) {
  std::string dir = ::testing::TempDir() + std::to_string(getpid());
  std::string output = dir + "/bad_layout_out.json";
  std::string log = dir + "/bad_layout_log.txt";
  std::filesystem::create_directories(dir);
  std::remove(output.c_str());
  std::string command = std::string(CLAIMGRAPH_BINARY) + " build " +
                        FixturePath("speaker_colon.txt") +
                        " --layout teletext -o " + output + " 2> " + log;
  int status = std::system(command.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  struct stat info;
  EXPECT_NE(stat(output.c_str(), &info), 0);
  std::ifstream in(log);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "--layout: teletext not in {timestamp-speaker,markdown-links,"
                   "speaker-timestamp,transcription-service,speaker-heading,"
                   "speaker-colon,webvtt,srt,diarized-json}");
}

}  // namespace
}  // namespace claimgraph
