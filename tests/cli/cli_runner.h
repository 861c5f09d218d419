// tests/cli/cli_runner.h
// Runs the claimgraph binary the way a user would and captures what it
// prints, for end-to-end tests of the commands.
#ifndef CLAIMGRAPH_TESTS_CLI_CLI_RUNNER_H_
#define CLAIMGRAPH_TESTS_CLI_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace claimgraph::testing_cli {

struct CliResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder for one test's files.
inline std::string TempDir(const std::string& name) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("claimgraph-cli-" + name + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

// Runs `claimgraph ARGS` from the tests folder (so fixture paths are short),
// with standard output to a file (not a terminal), and COLUMNS set so tables
// wrap the same way everywhere. `args` is given to the shell as is.
inline CliResult RunCli(const std::string& args) {
  std::string dir = TempDir("run");
  std::string command = "cd '" CLAIMGRAPH_TEST_DIR "' && COLUMNS=100 '" CLAIMGRAPH_BINARY
                        "' " + args + " >'" + dir + "/out' 2>'" + dir + "/err'";
  int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadAll(dir + "/out");
  result.err = ReadAll(dir + "/err");
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace claimgraph::testing_cli

#endif  // CLAIMGRAPH_TESTS_CLI_CLI_RUNNER_H_
