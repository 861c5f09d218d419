#include "export/csv_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using Json = nlohmann::json;
using namespace testing_support;

KnowledgeGraph Nasty() { return GraphOf({EpisodeOne(), EpisodeTwo(), UntimedEpisode()}); }

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// Reads a CSV file with Python's csv module (RFC 4180) into a list of dicts.
Json ReadCsv(const std::string& path) {
  return Json::parse(Python(
      "import csv, json, sys\n"
      "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
      "    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=True))\n",
      path));
}

const Json& RowWithId(const Json& rows, const std::string& column, const std::string& id) {
  for (const Json& row : rows)
    if (row[column] == id) return row;
  static const Json kMissing = Json::object();
  ADD_FAILURE() << "no row " << id;
  return kMissing;
}

TEST(CsvWriterTest, NodeHeaderServesNeo4jAndGephi) {
  EXPECT_EQ(FirstLine(ToNodesCsv(Nasty())),
            ":ID,id,:LABEL,label,type,is_speaker:boolean,mentions:int,aliases:string[],"
            "episodes:string[],kind,homepage,wikidata,title,date,source,text,speaker,"
            "episode,seconds:int,time,line:int,relation,subject,object,about:string[],"
            "modality,negated:boolean");
}

TEST(CsvWriterTest, EdgeHeaderServesNeo4jAndGephi) {
  EXPECT_EQ(FirstLine(ToEdgesCsv(Nasty())),
            ":START_ID,:END_ID,:TYPE,source,target,kind,key,episode,seconds:int,time,"
            "line:int,role,claim,speaker,modality,negated:boolean");
}

TEST(CsvWriterTest, FolderGetsBothFilesWithEveryNodeAndEdge) {
  KnowledgeGraph graph = Nasty();
  std::string folder = TempFolder("csv") + "/out/";
  Status s = WriteCsvFolder(graph, folder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  Json nodes = ReadCsv(folder + "nodes.csv");
  Json edges = ReadCsv(folder + "edges.csv");
  EXPECT_EQ(nodes.size(), graph.node_count());
  EXPECT_EQ(edges.size(), graph.edge_count());
  for (const Json& row : nodes) EXPECT_EQ(row[":ID"], row["id"]);
  for (const Json& row : edges) {
    EXPECT_EQ(row[":START_ID"], row["source"]);
    EXPECT_EQ(row[":END_ID"], row["target"]);
  }
}

TEST(CsvWriterTest, RowsCarryNeo4jLabelsTypesAndTypedValues) {
  std::string folder = TempFolder("csv");
  ASSERT_TRUE(WriteCsvFolder(Nasty(), folder).ok());
  Json nodes = ReadCsv(folder + "/nodes.csv");
  Json edges = ReadCsv(folder + "/edges.csv");
  const Json& dylan = RowWithId(nodes, "id", "person:dylan-patel");
  EXPECT_EQ(dylan[":LABEL"], "Person;Speaker");
  EXPECT_EQ(dylan["is_speaker:boolean"], "true");
  const Json& claim = RowWithId(nodes, "id", "claim:2025-06-30-ep-one:3");
  EXPECT_EQ(claim[":LABEL"], "Claim");
  EXPECT_EQ(claim["seconds:int"], "431");
  EXPECT_EQ(claim["negated:boolean"], "true");
  EXPECT_EQ(claim["about:string[]"], "company:meta;company:scale-ai");
  EXPECT_EQ(claim["mentions:int"], "");
  const Json& relation = RowWithId(edges, "kind", "works_at");
  EXPECT_EQ(relation["key"], "claim:2025-06-30-ep-one:2");
  EXPECT_EQ(relation[":TYPE"], "WORKS_AT");
  EXPECT_EQ(relation["kind"], "works_at");
  EXPECT_EQ(relation["speaker"], "person:dylan-patel");
}

TEST(CsvWriterTest, NastyTextRoundTripsThroughAnRfc4180Reader) {
  std::string folder = TempFolder("csv");
  ASSERT_TRUE(WriteCsvFolder(Nasty(), folder).ok());
  Json nodes = ReadCsv(folder + "/nodes.csv");
  EXPECT_EQ(RowWithId(nodes, "id", "company:at-t-labs-inc")["label"], kAtt);
  EXPECT_EQ(RowWithId(nodes, "id", "person:שלום-כהן")["label"], kHebrew);
  EXPECT_EQ(RowWithId(nodes, "id", "person:conan-o’brien")["label"], kConan);
  // ^A cannot be kept; '\' becomes U+FF3C (see CsvField).
  EXPECT_EQ(RowWithId(nodes, "id", "product:robo-🤖-tab-name")["label"],
            "Robo 🤖\uFFFD \uFF3CTab\tName");
  EXPECT_EQ(RowWithId(nodes, "id", "product:robo-🤖-tab-name")["aliases:string[]"],
            "Robo\r\n🤖;Robo 🤖");
  EXPECT_EQ(RowWithId(nodes, "id", "episode:2025-06-30-ep-one")["title"],
            "AT&T <Special> \"Quotes\" 'single'");
}

TEST(CsvWriterTest, PathThatIsAFileIsAnError) {
  std::string file = TempFolder("csv") + "/taken";
  WriteAll(file, "x");
  Status s = WriteCsvFolder(Nasty(), file);
  EXPECT_EQ(s.ToString(), file + ": error: cannot write CSV: not a folder");
  EXPECT_EQ(ReadAll(file), "x");
}

TEST(CsvWriterTest, SameGraphGivesSameBytes) {
  EXPECT_EQ(ToNodesCsv(Nasty()), ToNodesCsv(Nasty()));
  EXPECT_EQ(ToEdgesCsv(Nasty()), ToEdgesCsv(Nasty()));
}

TEST(CsvWriterTest, RewriteReplacesBothFilesAndLeavesNoTemporaries) {
  std::string folder = TempFolder("csv");
  ASSERT_TRUE(WriteCsvFolder(GraphOf({UntimedEpisode()}), folder).ok());
  ASSERT_TRUE(WriteCsvFolder(Nasty(), folder).ok());
  EXPECT_EQ(ReadAll(folder + "/nodes.csv"), ToNodesCsv(Nasty()));
  EXPECT_EQ(ReadAll(folder + "/edges.csv"), ToEdgesCsv(Nasty()));
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 2);
}

}  // namespace
}  // namespace claimgraph
