// Users' own data files, broken: a gazetteer with a bad JSON line, pattern
// families or relation rules with a bad regex. Each is refused with one line
// naming file, line and column, exit code 1, and any existing output kept; and a user rule
// that would take exponential time in a backtracking engine runs in linear
// time, because every pattern is RE2.
#include <algorithm>
#include <filesystem>

#include "tests/errors/transcript_fixture.h"

namespace claimgraph::testing {
namespace {

namespace fs = std::filesystem;

class ResourceErrorsTest : public TranscriptErrorsTest {
 protected:
  // Builds out.json from kTwoTurns with `extra` options, over an existing
  // out.json that must survive a refusal.
  CliResult BuildWith(const std::vector<std::string>& extra) {
    WriteTestFile(Path("in.txt"), kTwoTurns);
    WriteTestFile(Path("out.json"), "old graph");
    std::vector<std::string> args = {"build", Path("in.txt"), "-o", Path("out.json")};
    args.insert(args.end(), extra.begin(), extra.end());
    return RunCli(args);
  }
  void ExpectRefused(const CliResult& r, const std::string& error) {
    EXPECT_EQ(r.signal, 0);
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_EQ(r.err, error + "\n");
    EXPECT_EQ(ReadTestFile(Path("out.json")), "old graph");
  }
  // A copy of the shipped data folder, to break one file of.
  std::string CopyData() {
    fs::path data = dir_ / "data";
    fs::copy(fs::path(CLAIMGRAPH_SOURCE_DIR) / "data", data, fs::copy_options::recursive);
    return data.string();
  }
};

TEST_F(ResourceErrorsTest, GazetteerWithABadJsonLineNamesFileLineAndColumn) {
  WriteTestFile(Path("mine.json"),
                "{\"entities\": [\n"
                "  {\"name\": \"Acme Labs\", \"type\": \"company\"},\n"
                "  {\"name\": \"Bolt\" \"type\": \"company\"}\n"
                "]}\n");
  CliResult r = BuildWith({"--gazetteer", Path("mine.json")});
  ExpectRefused(r, Path("mine.json") +
                       ":3:24: error: bad JSON: syntax error while parsing "
                       "object - unexpected string literal; expected '}'");
}

TEST_F(ResourceErrorsTest, GazetteerCutOffMidFileNamesWhereItEnds) {
  WriteTestFile(Path("mine.json"),
                "{\"entities\": [\n  {\"name\": \"Acme Labs\", \"type\": \"comp");
  CliResult r = BuildWith({"--gazetteer", Path("mine.json")});
  ExpectRefused(r, Path("mine.json") +
                       ":2:38: error: bad JSON: syntax error while parsing value "
                       "- invalid string: missing closing quote; last read: "
                       "'\"comp'");
}

TEST_F(ResourceErrorsTest, PatternFamilyWithABadRegexNamesFileLineAndColumn) {
  std::string data = CopyData();
  std::string families = data + "/entities/families.txt";
  WriteTestFile(families,
                "# a user's families\n"
                "model   GPT-{1}   always   (?i)\\bGPT[- ]?(\\d(?:\\.\\d)?\\b\n");
  CliResult r = BuildWith({"--data-dir", data});
  ExpectRefused(r, families +
                       ":2:28: error: bad pattern: missing ): "
                       "(?i)\\bGPT[- ]?(\\d(?:\\.\\d)?\\b");
}

TEST_F(ResourceErrorsTest, RulesFileWithABadRegexNamesFileLineAndColumn) {
  WriteTestFile(Path("mine.rules"),
                "# my rules\n"
                "relation acquired 1 2 ({ORG}) (?:snapped up|grabbed ({ORG})\n"
                "example <company:meta> grabbed <company:scale-ai>. => "
                "company:meta company:scale-ai\n");
  CliResult r = BuildWith({"--rules", Path("mine.rules")});
  ExpectRefused(r, Path("mine.rules") +
                       ":2:23: error: bad pattern: missing ): ({ORG}) "
                       "(?:snapped up|grabbed ({ORG})");
}

TEST_F(ResourceErrorsTest, RulesFileWithABackreferenceIsRefusedNotBacktracked) {
  // RE2 has no backreferences: the one construct that forces backtracking
  // is refused when the file loads, not at match time.
  WriteTestFile(Path("mine.rules"),
                "cue hedged (\\w+) \\1\n"
                "example so so\n");
  CliResult r = BuildWith({"--rules", Path("mine.rules")});
  ExpectRefused(r, Path("mine.rules") +
                       ":1:18: error: bad pattern: bad escape sequence: \\1");
}

TEST_F(ResourceErrorsTest, ABrokenGazetteerIsReportedBeforeBrokenRules) {
  // The two load side by side; the message is the one loading them in
  // turn gives, whichever finishes first.
  WriteTestFile(Path("mine.json"), "{\"entities\": [\n  {\"name\": 1}\n]}\n");
  WriteTestFile(Path("mine.rules"), "cue hedged (\n");
  CliResult r = BuildWith({"--gazetteer", Path("mine.json"), "--rules", Path("mine.rules")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind(Path("mine.json") + ":2:", 0), 0u) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
}

// (a+)+$ against "aaaa...ab" takes exponential time in a backtracking
// engine (2^100000 steps here); RE2 matches in time linear in the text.
// Finishing at all is the test: ctest's timeout is the bound.
TEST_F(ResourceErrorsTest, CatastrophicBacktrackingPatternRunsInLinearTime) {
  WriteTestFile(Path("mine.rules"),
                "cue hedged (?:a+)+$\n"
                "example so aaaa\n"
                "relation acquired 1 2 ({ORG}) (?:(?:a|aa)+)+ ({ORG})\n"
                "example <company:meta> aaa <company:scale-ai> => "
                "company:meta company:scale-ai\n");
  std::string text = "(00:01) Ann Lee:\nMeta " + std::string(100'000, 'a') +
                     "b Scale AI " + std::string(100'000, 'a') + "b\n" +
                     "(00:04) Bo Chen:\nHi.\n";
  WriteTestFile(Path("in.txt"), text);
  CliResult r = RunCli({"build", Path("in.txt"), "-o", Path("out.json"),
                        "--rules", Path("mine.rules")});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err.rfind("claimgraph: wrote " + Path("out.json") + " (1 episode, ", 0), 0u)
      << r.err;
}

}  // namespace
}  // namespace claimgraph::testing
