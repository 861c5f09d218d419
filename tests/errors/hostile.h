// tests/errors/hostile.h
// Helpers for the hostile-input tests: a scratch folder per test, and a way
// to run the claimgraph binary and see its exit code, output and whether it
// crashed. The tests in this folder feed the tool what a careless or hostile
// world would (broken encodings, huge inputs, unwritable outputs) and assert
// the exact message, the exit code, and that nothing was half-written.
#ifndef CLAIMGRAPH_TESTS_ERRORS_HOSTILE_H_
#define CLAIMGRAPH_TESTS_ERRORS_HOSTILE_H_

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace claimgraph::testing {

// What one run of the binary did.
struct CliResult {
  int exit_code = -1;   // when it exited
  int signal = 0;       // when it was killed (a crash), else 0
  std::string out;      // standard output
  std::string err;      // standard error
};

// Runs build/<preset>/cli/claimgraph with `args`, standard input from
// /dev/null. `env` entries ("NAME=value") are added to the environment.
CliResult RunCli(const std::vector<std::string>& args,
                 const std::vector<std::string>& env = {});

// Writes `content` to `path`, failing the test when it cannot.
void WriteTestFile(const std::filesystem::path& path, const std::string& content);

// The content of `path`, or "<missing>" when it does not exist.
std::string ReadTestFile(const std::filesystem::path& path);

// The names inside `dir`, sorted.
std::vector<std::string> ListFolder(const std::filesystem::path& dir);

// A fresh folder for each test, removed afterwards.
class HostileTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  std::filesystem::path dir_;
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_ERRORS_HOSTILE_H_
