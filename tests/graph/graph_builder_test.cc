#include "graph/graph_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cli/resources.h"
#include "export/json_writer.h"

namespace claimgraph {
namespace {

const std::string kDir = CLAIMGRAPH_TEST_DIR "/graph/fixtures/parallel/";

std::vector<std::string> Episodes() {
  std::vector<std::string> files;
  for (int i = 1; i <= 6; ++i) files.push_back(kDir + "ep" + std::to_string(i) + ".txt");
  return files;
}

// The JSON of the graph built from `files` with `jobs` threads.
std::string BuildJson(const std::vector<std::string>& files, int jobs,
                      Status* status, std::vector<std::string>* warnings = nullptr) {
  Resources resources;
  Status loaded = LoadResources(ResourceOptions{}, &resources);
  EXPECT_TRUE(loaded.ok()) << loaded.ToString();
  BuildOptions options;
  options.jobs = jobs;
  GraphBuilder builder(*resources.analyzer, options);
  KnowledgeGraph graph;
  CollectingSink sink;
  *status = builder.Build(files, &graph, &sink);
  if (warnings) {
    for (const Diagnostic& d : sink.diagnostics()) warnings->push_back(d.ToString());
  }
  return ToJson(graph);
}

TEST(GraphBuilderTest, FourJobsWriteTheSameJsonAsOne) {
  Status one_status, four_status;
  std::string one = BuildJson(Episodes(), 1, &one_status);
  std::string four = BuildJson(Episodes(), 4, &four_status);
  ASSERT_TRUE(one_status.ok()) << one_status.ToString();
  ASSERT_TRUE(four_status.ok()) << four_status.ToString();
  EXPECT_NE(one.find("episode:ep6"), std::string::npos);
  EXPECT_EQ(one, four);
}

TEST(GraphBuilderTest, EpisodesKeepInputOrderWithManyJobs) {
  std::vector<std::string> files = Episodes();
  std::reverse(files.begin(), files.end());
  Status status;
  std::string json = BuildJson(files, 4, &status);
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_LT(json.find("\"id\": \"episode:ep6\""), json.find("\"id\": \"episode:ep1\""));
}

TEST(GraphBuilderTest, FirstBadFileInInputOrderIsTheErrorWithManyJobs) {
  std::vector<std::string> files = Episodes();
  files.insert(files.begin() + 2, kDir + "missing-a.txt");
  files.insert(files.begin() + 5, kDir + "missing-b.txt");
  Status one, four;
  BuildJson(files, 1, &one);
  BuildJson(files, 4, &four);
  EXPECT_EQ(one.ToString(),
            kDir + "missing-a.txt: error: cannot read: No such file or directory");
  EXPECT_EQ(four.ToString(), one.ToString());
}

}  // namespace
}  // namespace claimgraph
