// Outputs that cannot be written: a folder, a missing folder, a full disk.
// Each gives one clear message naming the path and leaves any existing output
// exactly as it was, with no temporary file left behind.
#include <signal.h>
#include <sys/resource.h>

#include "base/atomic_file.h"
#include "tests/errors/hostile.h"

namespace claimgraph::testing {
namespace {

using OutputErrorsTest = HostileTest;

TEST_F(OutputErrorsTest, OutputPathThatIsAFolderIsRefused) {
  std::string path = Path("out.json");
  std::filesystem::create_directory(path);
  Status s = WriteFileAtomically(path, "{}");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), path + ": error: cannot write: Is a directory");
  EXPECT_EQ(ListFolder(dir_), std::vector<std::string>{"out.json"});
}

TEST_F(OutputErrorsTest, OutputInMissingFolderIsRefused) {
  std::string path = Path("missing/out.json");
  Status s = WriteFileAtomically(path, "{}");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            path + ": error: cannot write: No such file or directory");
  EXPECT_TRUE(ListFolder(dir_).empty());
}

TEST_F(OutputErrorsTest, FullDeviceIsReportedNotIgnored) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  // Larger than any stream buffer, so the failure shows while writing.
  Status s = WriteFileAtomically("/dev/full", std::string(1 << 20, 'x'));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            "/dev/full: error: cannot write: No space left on device");
}

TEST_F(OutputErrorsTest, SmallOutputToFullDeviceIsReportedAtCommit) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  // Fits in the stream buffer: the error only appears on the final flush.
  Status s = WriteFileAtomically("/dev/full", "{}");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(),
            "/dev/full: error: cannot write: No space left on device");
}

// The disk fills while the temporary file is being written. A file-size
// limit stands in for the full disk: writes past it fail with EFBIG, as
// writes to a full disk fail with ENOSPC.
TEST_F(OutputErrorsTest, DiskFullMidWriteKeepsExistingOutputAndNoTempFile) {
  std::string path = Path("out.json");
  WriteTestFile(path, "old graph");
  struct rlimit saved;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  struct rlimit limited = saved;
  limited.rlim_cur = 64 * 1024;
  sighandler_t old_handler = signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
  Status s = WriteFileAtomically(path, std::string(1 << 20, 'x'));
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, old_handler);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), path + ": error: cannot write: File too large");
  EXPECT_EQ(ReadTestFile(path), "old graph");
  EXPECT_EQ(ListFolder(dir_), std::vector<std::string>{"out.json"});
}

TEST_F(OutputErrorsTest, CliBadInputLeavesExistingOutputUntouched) {
  std::string output = Path("out.json");
  WriteTestFile(output, "old graph");
  std::string input = Path("missing.txt");
  CliResult r = RunCli({"build", input, "-o", output});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, input +
                       ": error: cannot read: No such file or directory\n"
                       "claimgraph: no output written\n");
  EXPECT_EQ(ReadTestFile(output), "old graph");
  EXPECT_EQ(ListFolder(dir_), std::vector<std::string>{"out.json"});
}

TEST_F(OutputErrorsTest, CliInputThatIsAFolderIsRefused) {
  std::string output = Path("out.json");
  CliResult r = RunCli({"build", dir_.string(), "-o", output});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, dir_.string() +
                       ": error: cannot read: is a folder\n"
                       "claimgraph: no output written\n");
  EXPECT_TRUE(ListFolder(dir_).empty());
}


// The command's side of the same cases: one line naming the path, exit code
// 2 (an I/O error, not bad input), and nothing else touched.
constexpr char kTwoTurnsText[] =
    "(00:01) Ann Lee:\nHello there.\n(00:04) Bo Chen:\nHi.\n";

TEST_F(OutputErrorsTest, CliOutputUnderAFileIsRefused) {
  WriteTestFile(Path("in.txt"), kTwoTurnsText);
  std::string output = Path("in.txt") + "/out.json";
  CliResult r = RunCli({"build", Path("in.txt"), "-o", output});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, output + ": error: cannot write: Not a directory\n");
  EXPECT_EQ(ReadTestFile(Path("in.txt")), kTwoTurnsText);
  EXPECT_EQ(ListFolder(dir_), std::vector<std::string>{"in.txt"});
}

TEST_F(OutputErrorsTest, CliOutputToFullDeviceIsReported) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  WriteTestFile(Path("in.txt"), kTwoTurnsText);
  CliResult r = RunCli({"build", Path("in.txt"), "-o", "/dev/full", "--format", "json"});
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "/dev/full: error: cannot write: No space left on device\n");
}

// The disk fills while the command writes: a file-size limit, inherited by
// the child, stands in for the full disk (see above).
TEST_F(OutputErrorsTest, CliDiskFullMidWriteKeepsExistingOutput) {
  std::string text;
  for (int i = 0; i < 2000; ++i) {
    text += "(00:" + std::to_string(10 + i % 50) + ") " +
            (i % 2 ? "Ann Lee" : "Bo Chen") +
            ":\nI think Meta bought Scale AI and Google invested in Anthropic.\n";
  }
  WriteTestFile(Path("in.txt"), text);
  std::string output = Path("out.json");
  WriteTestFile(output, "old graph");
  struct rlimit saved;
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
  struct rlimit limited = saved;
  limited.rlim_cur = 256 * 1024;
  sighandler_t old_handler = signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
  CliResult r = RunCli({"build", Path("in.txt"), "-o", output, "-q"});
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, old_handler);
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, output + ": error: cannot write: File too large\n");
  EXPECT_EQ(ReadTestFile(output), "old graph");
  EXPECT_EQ(ListFolder(dir_), (std::vector<std::string>{"in.txt", "out.json"}));
}

}  // namespace
}  // namespace claimgraph::testing
