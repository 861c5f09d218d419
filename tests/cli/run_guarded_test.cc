#include "cli/run_guarded.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <new>
#include <sstream>
#include <stdexcept>

#include "base/atomic_file.h"
#include "cli/command.h"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

TEST(RunGuardedTest, ReturnsTheCommandsExitCode) {
  std::ostringstream err;
  EXPECT_EQ(RunGuarded([] { return kExitUsage; }, err), kExitUsage);
  EXPECT_EQ(err.str(), "");
}

TEST(RunGuardedTest, AGraphTableFullIsAnErrorNamingTheLimit) {
  std::ostringstream err;
  int code = RunGuarded(
      []() -> int {
        throw std::length_error("more nodes than the id index can number");
      },
      err);
  EXPECT_EQ(code, kExitBadInput);
  EXPECT_EQ(err.str(),
            "claimgraph: error: the input is too large for one graph (more "
            "nodes than the id index can number); output files were left as "
            "they were\n");
}

TEST(RunGuardedTest, OutOfMemoryIsAnError) {
  std::ostringstream err;
  int code = RunGuarded([]() -> int { throw std::bad_alloc(); }, err);
  EXPECT_EQ(code, kExitBadInput);
  EXPECT_EQ(err.str(),
            "claimgraph: error: out of memory; output files were left as "
            "they were\n");
}

TEST(RunGuardedTest, AnOutputBeingWrittenWhenTheLimitIsHitLeavesNoFileBehind) {
  fs::path dir = fs::temp_directory_path() /
                 ("claimgraph-guarded-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ostringstream err;
  RunGuarded(
      [&]() -> int {
        AtomicFileWriter out((dir / "graph.json").string());
        out.stream() << "{\"nodes\": [";
        throw std::length_error("more edge details than an edge can number");
      },
      err);
  EXPECT_TRUE(fs::is_empty(dir));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimgraph
