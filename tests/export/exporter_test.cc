#include "export/exporter.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "export/claims_jsonl_writer.h"
#include "export/csv_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_writer.h"
#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using namespace testing_support;

std::string Resolve(const std::string& path, const std::string& format = "") {
  std::string resolved;
  Status s = ResolveFormat(path, format, &resolved);
  return s.ok() ? resolved : s.ToString();
}

TEST(ExporterTest, FormatComesFromTheExtension) {
  EXPECT_EQ(Resolve("out.json"), "json");
  EXPECT_EQ(Resolve("out.jsonl"), "jsonl");
  EXPECT_EQ(Resolve("dir.v2/out.graphml"), "graphml");
  EXPECT_EQ(Resolve("out.gexf"), "gexf");
}

TEST(ExporterTest, PathEndingInSlashOrAnExistingFolderMeansCsv) {
  EXPECT_EQ(Resolve("out/"), "csv");
  EXPECT_EQ(Resolve(TempFolder("x")), "csv");
}

TEST(ExporterTest, ExistingFolderWithAFileExtensionKeepsThatFormat) {
  std::string folder = TempFolder("x") + "/out.json";
  std::filesystem::create_directory(folder);
  EXPECT_EQ(Resolve(folder), "json");
  Status s = ExportGraph(GraphOf({EpisodeOne()}), folder, {});
  EXPECT_EQ(s.ToString(), folder + ": error: cannot write: Is a directory");
}

TEST(ExporterTest, FormatOptionWinsOverTheExtension) {
  EXPECT_EQ(Resolve("out.txt", "graphml"), "graphml");
}

TEST(ExporterTest, UnknownExtensionAsksForFormat) {
  EXPECT_EQ(Resolve("out.xml"),
            "out.xml: error: cannot tell the output format from the file name; use "
            "--format (json, jsonl, graphml, gexf, csv)");
}

TEST(ExporterTest, CsvFileNameExplainsThatCsvIsAFolder) {
  EXPECT_EQ(Resolve("out.csv"),
            "out.csv: error: csv output is a folder (nodes.csv and edges.csv); name a "
            "folder ending in '/'");
}

TEST(ExporterTest, UnknownFormatIsNamed) {
  EXPECT_EQ(Resolve("out.json", "dot"),
            "out.json: error: unknown format 'dot' (json, jsonl, graphml, gexf, csv)");
}

TEST(ExporterTest, ViewIsCheckedBeforeAnythingIsWritten) {
  EXPECT_EQ(CheckExportOptions("out.graphml", {"", "people"}).ToString(),
            "out.graphml: error: unknown view 'people' (entities, claims)");
  EXPECT_EQ(CheckExportOptions("out.json", {"", "claims"}).ToString(),
            "out.json: error: --view applies to graphml and gexf only, not json");
  EXPECT_TRUE(CheckExportOptions("out.gexf", {"", "claims"}).ok());
}

TEST(ExporterTest, EachFormatWritesWhatItsWriterWrites) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  std::string dir = TempFolder("each");
  ASSERT_TRUE(ExportGraph(graph, dir + "/g.json", {}).ok());
  EXPECT_EQ(ReadAll(dir + "/g.json"), ToJson(graph));
  ASSERT_TRUE(ExportGraph(graph, dir + "/c.jsonl", {}).ok());
  EXPECT_EQ(ReadAll(dir + "/c.jsonl"), ToClaimsJsonl(graph));
  ASSERT_TRUE(ExportGraph(graph, dir + "/g.graphml", {}).ok());
  EXPECT_EQ(ReadAll(dir + "/g.graphml"), ToGraphml(graph, GraphViewKind::kEntities));
  ASSERT_TRUE(ExportGraph(graph, dir + "/c.graphml", {"", "claims"}).ok());
  EXPECT_EQ(ReadAll(dir + "/c.graphml"), ToGraphml(graph, GraphViewKind::kClaims));
  ASSERT_TRUE(ExportGraph(graph, dir + "/g.gexf", {"", "claims"}).ok());
  EXPECT_EQ(ReadAll(dir + "/g.gexf"), ToGexf(graph, GraphViewKind::kClaims));
  ASSERT_TRUE(ExportGraph(graph, dir + "/csv/", {}).ok());
  EXPECT_EQ(ReadAll(dir + "/csv/nodes.csv"), ToNodesCsv(graph));
  EXPECT_EQ(ReadAll(dir + "/csv/edges.csv"), ToEdgesCsv(graph));
}

TEST(ExporterTest, FailedWriteLeavesTheOldFileAlone) {
  std::string dir = TempFolder("fail");
  WriteAll(dir + "/g.json", "old");
  Status s = ExportGraph(GraphOf({EpisodeOne()}), dir + "/missing/g.json", {});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(ReadAll(dir + "/g.json"), "old");
}

TEST(ExporterTest, CommandLineRejectsAViewForJsonBeforeReading) {
  std::string output;
  int status = RunCommand(std::string(CLAIMGRAPH_BINARY) +
                       " build no-such-file.txt -o out.json --view claims",
                   &output);
  EXPECT_EQ(status, 2);
  EXPECT_EQ(output, "out.json: error: --view applies to graphml and gexf "
                    "only, not json\n");
}

}  // namespace
}  // namespace claimgraph
