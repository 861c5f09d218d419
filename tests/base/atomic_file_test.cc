#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("claimgraph-atomic-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicFileTest, WritesContentAndLeavesNoTemporaryFile) {
  std::string path = (dir_ / "out.txt").string();
  ASSERT_TRUE(WriteFileAtomically(path, "hello").ok());
  std::string content;
  ASSERT_TRUE(ReadFile(path, &content).ok());
  EXPECT_EQ(content, "hello");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFileTest, UncommittedWriterLeavesExistingFileUntouched) {
  std::string path = (dir_ / "out.txt").string();
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  {
    AtomicFileWriter writer(path);
    writer.stream() << "new";
  }
  std::string content;
  ASSERT_TRUE(ReadFile(path, &content).ok());
  EXPECT_EQ(content, "old");
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFileTest, MissingFolderIsAnErrorNamingThePath) {
  std::string path = (dir_ / "no" / "such" / "out.txt").string();
  Status s = WriteFileAtomically(path, "x");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.diagnostic().file, path);
  EXPECT_NE(s.message().find("cannot write"), std::string::npos);
}

TEST_F(AtomicFileTest, FullDiskIsAnError) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  Status s = WriteFileAtomically("/dev/full", std::string(1 << 16, 'x'));
  EXPECT_FALSE(s.ok());
}

TEST_F(AtomicFileTest, ReadingMissingFileSaysWhy) {
  std::string content;
  Status s = ReadFile((dir_ / "missing.txt").string(), &content);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "cannot read: No such file or directory");
}

TEST_F(AtomicFileTest, ReadsAnEmptyFile) {
  std::string path = (dir_ / "empty.txt").string();
  ASSERT_TRUE(WriteFileAtomically(path, "").ok());
  std::string content = "left over";
  ASSERT_TRUE(ReadFile(path, &content).ok());
  EXPECT_EQ(content, "");
}

TEST_F(AtomicFileTest, ReadsAPipeLongerThanItsFirstBuffer) {
  // A pipe has no size to read by: the buffer must grow as the text comes.
  std::string path = (dir_ / "pipe").string();
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  std::string sent;
  for (int i = 0; sent.size() < 300000; ++i) sent += "line " + std::to_string(i) + "\n";
  std::thread writer([&] {
    std::ofstream out(path, std::ios::binary);
    out << sent;
  });
  std::string content;
  Status s = ReadFile(path, &content);
  writer.join();
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(content, sent);
}

TEST_F(AtomicFileTest, ReadingAFolderSaysSo) {
  std::string content;
  Status s = ReadFile(dir_.string(), &content);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "cannot read: is a folder");
}

}  // namespace
}  // namespace claimgraph
