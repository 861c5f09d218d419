// The report command as a user runs it: the binary, its exit code and its
// messages.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "report/report_assets.h"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

struct Outcome {
  int exit_code = -1;
  std::string err;
};

// Runs claimgraph with `args` (already shell-quoted), stderr captured.
Outcome Claimgraph(const std::string& args, const fs::path& dir) {
  fs::path err = dir / "stderr.txt";
  std::string command = std::string(CLAIMGRAPH_BINARY) + " " + args + " 2>" + err.string();
  int status = std::system(command.c_str());
  Outcome run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(err);
  std::stringstream text;
  text << in.rdbuf();
  run.err = text.str();
  return run;
}

class ReportCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claimgraph-report-cli-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ReportCommandTest, SavedJsonGraphMakesAReportOfItsEpisodes) {
  if (!EmbeddedReportAssets().available) GTEST_SKIP() << "built without the report's JavaScript";
  fs::path transcript = fs::path(CLAIMGRAPH_TEST_DIR) / "cli/fixtures/2025-05-01-chips-weekly.txt";
  fs::path graph = dir_ / "graph.json";
  ASSERT_EQ(Claimgraph("build -q " + transcript.string() + " -o " + graph.string(), dir_).exit_code, 0);
  fs::path out = dir_ / "r.html";
  Outcome run = Claimgraph("report -q " + graph.string() + " -o " + out.string(), dir_);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::ifstream in(out);
  std::stringstream html;
  html << in.rdbuf();
  EXPECT_NE(html.str().find("Ben Guest"), std::string::npos);
}

TEST_F(ReportCommandTest, WithoutTheJavaScriptTheCommandSaysHowToEnableIt) {
  const ReportAssets& assets = EmbeddedReportAssets();
  if (assets.available) GTEST_SKIP() << "this build has the report's JavaScript";
  Outcome run = Claimgraph("report x.txt -o " + (dir_ / "r.html").string(), dir_);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("install Node.js and npm"), std::string::npos) << run.err;
}

TEST_F(ReportCommandTest, MissingTranscriptIsBadInputAndNothingIsWritten) {
  if (!EmbeddedReportAssets().available) GTEST_SKIP() << "built without the report's JavaScript";
  fs::path out = dir_ / "r.html";
  Outcome run = Claimgraph("report " + (dir_ / "missing.txt").string() + " -o " + out.string(), dir_);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("claimgraph: no output written\n"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace claimgraph
