#include "cli/progress.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

TEST(FormatProgressTest, BeforeAnythingIsDoneShowsCountsOnly) {
  EXPECT_EQ(FormatProgress({0, 3, 0, 3'000'000, 0.5}),
            "claimgraph: 0/3 episodes, 0.0/3.0 MB");
}

TEST(FormatProgressTest, ShowsSpeedAndTimeLeftFromBytes) {
  EXPECT_EQ(FormatProgress({1, 4, 2'000'000, 8'000'000, 2.0}),
            "claimgraph: 1/4 episodes, 2.0/8.0 MB, 1.0 MB/s, 00:00:06 left");
}

TEST(FormatProgressTest, AtTheEndThereIsNoTimeLeft) {
  EXPECT_EQ(FormatProgress({1, 1, 500'000, 500'000, 0.25}),
            "claimgraph: 1/1 episode, 0.5/0.5 MB, 2.0 MB/s");
}

TEST(ProgressTest, QuietShowsNoProgress) { EXPECT_FALSE(ShouldShowProgress(true)); }

class ProgressReporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claimgraph-progress-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    for (int i = 0; i < 3; ++i) {
      std::string path = (dir_ / std::to_string(i)).string();
      std::ofstream(path) << std::string(1'000'000 * (i + 1), 'x');
      files_.push_back(path);
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::vector<std::string> files_;
  double now_ = 0;
};

TEST_F(ProgressReporterTest, DrawsInPlaceAndErasesAtTheEnd) {
  std::ostringstream out;
  ProgressReporter progress(files_, &out, [this] { return now_; });
  now_ = 1.0;
  progress.FileDone(0);
  progress.Finish();
  EXPECT_EQ(out.str(),
            "\r\033[Kclaimgraph: 0/3 episodes, 0.0/6.0 MB"
            "\r\033[Kclaimgraph: 1/3 episodes, 1.0/6.0 MB, 1.0 MB/s, 00:00:05 left"
            "\r\033[K");
}

TEST_F(ProgressReporterTest, RedrawsAtMostTenTimesASecondButAlwaysTheLast) {
  std::ostringstream out;
  ProgressReporter progress(files_, &out, [this] { return now_; });
  now_ = 0.01;
  progress.FileDone(0);  // too soon after the first line
  now_ = 0.02;
  progress.FileDone(1);  // still too soon
  now_ = 0.03;
  progress.FileDone(2);  // the last one always draws
  std::string text = out.str();
  EXPECT_EQ(text.find("1/3"), std::string::npos);
  EXPECT_EQ(text.find("2/3"), std::string::npos);
  EXPECT_NE(text.find("3/3 episodes, 6.0/6.0 MB, 200.0 MB/s"), std::string::npos);
}

TEST_F(ProgressReporterTest, WarningErasesTheLineWhichComesBackAtTheNextFile) {
  std::ostringstream out;
  ProgressReporter progress(files_, &out, [this] { return now_; });
  CollectingSink collected;
  ProgressAwareSink sink(&collected, &progress);
  sink.Warn("a.txt", 3, "odd line");
  out << "[warning]";
  now_ = 0.01;  // within the throttle, but the line was erased: it is redrawn
  progress.FileDone(0);
  EXPECT_EQ(out.str(),
            "\r\033[Kclaimgraph: 0/3 episodes, 0.0/6.0 MB"
            "\r\033[K[warning]"
            "\r\033[Kclaimgraph: 1/3 episodes, 1.0/6.0 MB, 100.0 MB/s, 00:00:01 left");
  ASSERT_EQ(collected.diagnostics().size(), 1u);
  EXPECT_EQ(collected.diagnostics()[0].ToString(), "a.txt:3: warning: odd line");
}

TEST_F(ProgressReporterTest, FileThatCannotBeReadCountsAsNoBytes) {
  files_.push_back((dir_ / "missing").string());
  std::ostringstream out;
  ProgressReporter progress(files_, &out, [this] { return now_; });
  EXPECT_EQ(progress.snapshot().bytes_total, 6'000'000u);
  EXPECT_EQ(progress.snapshot().total, 4u);
}

TEST_F(ProgressReporterTest, WithoutAStreamNothingIsCounted) {
  ProgressReporter progress(files_, nullptr, [this] { return now_; });
  progress.FileDone(0);
  progress.Finish();
  EXPECT_EQ(progress.snapshot().done, 0u);
}

}  // namespace
}  // namespace claimgraph
