#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

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

}  // namespace
}  // namespace claimgraph
