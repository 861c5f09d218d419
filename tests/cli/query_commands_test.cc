// End-to-end tests of build (merging episodes), query, compare and stats,
// run as a user would run them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_runner.h"

namespace claimgraph {
namespace {

using testing_cli::CliResult;
using testing_cli::ReadAll;
using testing_cli::RunCli;
using testing_cli::TempDir;

const char kTxt[] = "cli/fixtures/2025-05-01-chips-weekly.txt";
const char kVtt[] = "cli/fixtures/2025-06-02-chips-weekly.vtt";
const std::string kBoth = std::string(kTxt) + " " + kVtt;

TEST(BuildCommandTest, MergesEpisodesOfDifferentLayoutsIntoOneGraph) {
  std::string dir = TempDir("build");
  CliResult r = RunCli("build " + kBoth + " -o " + dir + "/all.json -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(ReadAll(dir + "/all.json"));
  ASSERT_EQ(doc["episodes"].size(), 2u);
  EXPECT_EQ(doc["episodes"][0]["layout"], "timestamp-speaker");
  EXPECT_EQ(doc["episodes"][1]["layout"], "webvtt");
  // Ada Host speaks in both: one node that lists both episodes.
  int ada = 0;
  for (const auto& node : doc["nodes"]) {
    if (node["id"] != "person:ada-host") continue;
    ++ada;
    EXPECT_EQ(node["episodes"],
              (nlohmann::json{"episode:2025-05-01-chips-weekly",
                              "episode:2025-06-02-chips-weekly"}));
  }
  EXPECT_EQ(ada, 1);
}

TEST(StatsCommandTest, CountsTurnsAndWordsPerSpeakerAsJsonWhenPiped) {
  CliResult r = RunCli("stats " + kBoth + " -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["episodes"], 2);
  const nlohmann::json& ada = doc["speakers"][0];
  EXPECT_EQ(ada["speaker"], "person:ada-host");
  EXPECT_EQ(ada["turns"], 2);
  EXPECT_EQ(ada["words"], 9 + 3);
  const nlohmann::json& ben = doc["speakers"][1];
  EXPECT_EQ(ben["words"], 13 + 5);
  EXPECT_EQ(ada["word_share"], 0.4);
}

TEST(StatsCommandTest, TableWhenAskedFor) {
  CliResult r = RunCli("stats " + kBoth + " -q --format table");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.substr(0, r.out.find(',')), "2 episodes");
  EXPECT_NE(r.out.find("EPISODE                  SPEAKER    TURNS  TURN SHARE  WORDS  "
                       "WORD SHARE\n"
                       "-------                  -------    -----  ----------  -----  "
                       "----------\n"
                       "2025-05-01-chips-weekly  Ada Host   2      50.0%       12     40.0%\n"
                       "2025-05-01-chips-weekly  Ben Guest  2      50.0%       18     60.0%\n"
                       "2025-06-02-chips-weekly  Ada Host   2      66.7%       8      42.1%\n"
                       "2025-06-02-chips-weekly  Cy Guest   1      33.3%       11     57.9%\n"),
            std::string::npos)
      << r.out;
}

TEST(QueryCommandTest, SavedGraphAnswersLikeItsTranscripts) {
  std::string dir = TempDir("saved");
  ASSERT_EQ(RunCli("build " + kBoth + " -o " + dir + "/all.json -q").exit_code, 0);
  CliResult from_transcripts = RunCli("query " + kBoth + " --about amd --format json -q");
  CliResult from_graph = RunCli("query " + dir + "/all.json --about amd --format json -q");
  ASSERT_EQ(from_graph.exit_code, 0) << from_graph.err;
  EXPECT_NE(from_graph.out.find("Meta uses AMD for inference."), std::string::npos);
  EXPECT_EQ(from_graph.out, from_transcripts.out);
}

// A saved graph is only looked up, by the gazetteer's names: a data folder
// with nothing else (no rules, no name lists) answers the same, though it
// could not read a transcript.
TEST(QueryCommandTest, SavedGraphNeedsOnlyTheGazetteer) {
  std::string dir = TempDir("gazetteer-only");
  ASSERT_EQ(RunCli("build " + kBoth + " -o " + dir + "/all.json -q").exit_code, 0);
  std::filesystem::create_directories(dir + "/data");
  std::filesystem::copy(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/gazetteer",
                        dir + "/data/gazetteer", std::filesystem::copy_options::recursive);
  std::string only = " --data-dir " + dir + "/data";
  CliResult shipped = RunCli("query " + dir + "/all.json --about amd --format json -q");
  CliResult names_only = RunCli("query " + dir + "/all.json --about amd --format json -q" + only);
  ASSERT_EQ(names_only.exit_code, 0) << names_only.err;
  EXPECT_EQ(names_only.out, shipped.out);
  EXPECT_NE(RunCli(std::string("query ") + kTxt + " --about amd -q" + only).exit_code, 0);
}

// Rules the user names are checked even when no transcript needs them, as
// `build` checks them: a mistake in one is not passed over in silence.
TEST(QueryCommandTest, RulesFileNamedForASavedGraphIsStillChecked) {
  std::string dir = TempDir("saved-rules");
  ASSERT_EQ(RunCli("build " + kBoth + " -o " + dir + "/all.json -q").exit_code, 0);
  std::ofstream(dir + "/mine.rules") << "relation acquired 1 2 ({ORG}) (?:grabbed ({ORG})\n";
  CliResult r = RunCli("query " + dir + "/all.json --about amd -q --rules " + dir + "/mine.rules");
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find(dir + "/mine.rules:1:"), std::string::npos) << r.err;
}

TEST(QueryCommandTest, GazetteerAliasNotSaidInTheEpisodesStillResolves) {
  // "Facebook" is never said; the gazetteer knows it as Meta.
  CliResult r = RunCli(std::string("query ") + kTxt + " --about facebook --format csv -q");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Meta uses AMD for inference."), std::string::npos) << r.out;
}

TEST(QueryCommandTest, UnknownFormatIsAUsageError) {
  CliResult r = RunCli("query " + kBoth + " --format xml");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "error: --format xml: use table, json or csv\n");
  EXPECT_EQ(r.out, "");
}

TEST(QueryCommandTest, CompareTakesNoCsv) {
  CliResult r = RunCli("compare " + kBoth + " --format csv");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "error: --format csv: use table or json\n");
}

TEST(QueryCommandTest, UnknownEpisodeSuggestsTheNearestNames) {
  CliResult r = RunCli("query " + kBoth + " --episode 2025-05-02 -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "error: --episode: no episode in the graph is named \"2025-05-02\"; did "
            "you mean Chips Weekly: packaging again (episode:2025-06-02-chips-weekly) "
            "or Power and packaging (episode:2025-05-01-chips-weekly)?\n");
  EXPECT_EQ(r.out, "");
}

TEST(QueryCommandTest, UnknownSpeakerIsAUsageError) {
  CliResult r = RunCli("query " + kBoth + " --speaker 'Ada Hots' -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "error: --speaker: no speaker in the graph is named \"Ada Hots\"; did "
            "you mean Ada Host (person:ada-host)?\n");
}

TEST(QueryCommandTest, BadTimeIsAUsageError) {
  CliResult r = RunCli("query " + kBoth + " --since soon -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "error: --since \"soon\" is neither a time in the episode (10:00, "
            "1:02:03) nor a date (2025-06-30)\n");
}

TEST(QueryCommandTest, UnreadableInputIsBadInputAndPrintsNothing) {
  CliResult r = RunCli("query cli/fixtures/missing.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("cli/fixtures/missing.txt"), std::string::npos) << r.err;
}

TEST(CompareCommandTest, NeedsTwoEpisodes) {
  CliResult r = RunCli(std::string("compare ") + kTxt + " -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "error: compare needs at least two episodes\n");
}

TEST(CompareCommandTest, SameEpisodeTwiceIsAnError) {
  CliResult r = RunCli("compare " + kBoth + " --episode 2025-05-01 --episode "
                       "2025-05-01-chips-weekly.txt -q");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "error: episode episode:2025-05-01-chips-weekly is given twice\n");
}

}  // namespace
}  // namespace claimgraph
