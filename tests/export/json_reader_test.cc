#include "export/json_reader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "export/json_writer.h"
#include "tests/export/test_support.h"

namespace claimgraph {
namespace {

using namespace testing_support;

std::string RoundTrip(const KnowledgeGraph& graph) {
  KnowledgeGraph read;
  Status s = ParseGraphJson(ToJson(graph), "graph.json", &read);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return ToJson(read);
}

std::string ReadFileText(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Status Parse(const std::string& text, KnowledgeGraph* graph) {
  return ParseGraphJson(text, "graph.json", graph);
}

// A minimal valid document with the given nodes and edges arrays.
std::string Doc(const std::string& nodes, const std::string& edges) {
  return R"({"format": "claimgraph-json", "version": 1, "nodes": )" + nodes +
         R"(, "edges": )" + edges + "}";
}

TEST(JsonReaderTest, RoundTripGivesTheSameBytes) {
  KnowledgeGraph graph = GraphOf({EpisodeOne(), EpisodeTwo(), UntimedEpisode()});
  EXPECT_EQ(RoundTrip(graph), ToJson(graph));
}

TEST(JsonReaderTest, RoundTripKeepsEntityDetailsAndSpeakerFlags) {
  AnalyzedEpisode episode = EpisodeOne();
  episode.entities[0].kind = "lab";
  episode.entities[0].wikidata = "Q380";
  KnowledgeGraph graph = GraphOf({episode});
  KnowledgeGraph read;
  ASSERT_TRUE(Parse(ToJson(graph), &read).ok());
  const NodeData& meta = read.node(*read.Find("company:meta"));
  EXPECT_EQ(meta.profile().kind, "lab");
  EXPECT_EQ(meta.profile().wikidata, "Q380");
  EXPECT_EQ(meta.profile().mentions, 4);
  EXPECT_TRUE(read.node(*read.Find("person:dylan-patel")).speaker);
  EXPECT_EQ(read.episodes().size(), 1u);
  EXPECT_EQ(read.episodes()[0].chapters[0].title, "Intro & <Setup>");
  EXPECT_EQ(read.edge_count(), graph.edge_count());
}

TEST(JsonReaderTest, ReadsAFileFromDisk) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  std::string path = TempFolder("read") + "/graph.json";
  ASSERT_TRUE(WriteJson(graph, path).ok());
  KnowledgeGraph read;
  Status s = ReadGraphJson(path, &read);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ToJson(read), ToJson(graph));
}

// A file saved by `claimgraph build` (two episodes' worth, written
// compactly) reads back to the same document: what later versions must
// keep reading.
TEST(JsonReaderTest, SavedFileReadsBackToTheSameDocument) {
  const std::string path = std::string(CLAIMGRAPH_TEST_DIR) + "/export/fixtures/saved_graph.json";
  KnowledgeGraph read;
  Status s = ReadGraphJson(path, &read);
  ASSERT_TRUE(s.ok()) << s.ToString();
  nlohmann::json saved = nlohmann::json::parse(ReadFileText(path));
  nlohmann::json written = nlohmann::json::parse(ToJson(read));
  saved.erase("graph");  // the generator: this build's version, not read
  written.erase("graph");
  EXPECT_EQ(written, saved);
  EXPECT_GT(read.node_count(), 10u);
}

TEST(JsonReaderTest, MissingFileNamesThePath) {
  KnowledgeGraph read;
  Status s = ReadGraphJson("/nonexistent/graph.json", &read);
  EXPECT_EQ(s.ToString(),
            "/nonexistent/graph.json: error: cannot read: No such file or directory");
}

TEST(JsonReaderTest, BrokenJsonReportsLineAndColumn) {
  KnowledgeGraph read;
  Status s = Parse("{\n  \"format\": \"claimgraph-json\",\n  \"version\": 1,,\n}", &read);
  EXPECT_EQ(s.ToString(),
            "graph.json:3:16: error: invalid JSON: syntax error while parsing object "
            "key - unexpected ','; expected string literal");
}

// A file is parsed as it is read; where it is broken is still told by
// line and column.
TEST(JsonReaderTest, BrokenFileReportsLineAndColumn) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("claimgraph-broken-" + std::to_string(getpid()) + ".json"))
                         .string();
  std::ofstream(path) << "{\n  \"format\": \"claimgraph-json\",\n  \"version\": 1,,\n}";
  KnowledgeGraph read;
  Status s = ReadGraphJson(path, &read);
  std::filesystem::remove(path);
  EXPECT_EQ(s.ToString(),
            path + ":3:16: error: invalid JSON: syntax error while parsing object "
            "key - unexpected ','; expected string literal");
}

TEST(JsonReaderTest, NumberTooLargeIsAnErrorAtTheNumber) {
  KnowledgeGraph read;
  Status s = Parse("{\"format\": \"claimgraph-json\",\n\"version\": 9E9999}", &read);
  EXPECT_EQ(s.ToString(),
            "graph.json:2:12: error: invalid JSON: number overflow parsing '9E9999'");
}

TEST(JsonReaderTest, OtherFormatIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(R"({"directed": true, "nodes": [], "links": []})", &read);
  EXPECT_EQ(s.ToString(),
            "graph.json: error: /format: not claimgraph JSON (expected "
            "\"claimgraph-json\")");
}

TEST(JsonReaderTest, LaterVersionIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(R"({"format": "claimgraph-json", "version": 2, "nodes": [], "edges": []})",
                   &read);
  EXPECT_EQ(s.ToString(),
            "graph.json: error: /version: unsupported version 2; this claimgraph "
            "reads version 1");
}

TEST(JsonReaderTest, NodeWithoutIdIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"type": "company", "label": "X"}])", "[]"), &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes/0: missing \"id\"");
}

TEST(JsonReaderTest, WrongValueTypeNamesItsPointer) {
  KnowledgeGraph read;
  Status s = Parse(
      Doc(R"([{"id": "company:x", "type": "company", "mentions": "many"}])", "[]"),
      &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes/0/mentions: expected an integer");
}

TEST(JsonReaderTest, SecondsOutsideTheRangeOfTimesAreRejected) {
  for (const char* seconds : {"-9223372036854775808", "18446744073709551615"}) {
    KnowledgeGraph read;
    Status s = Parse(Doc(std::string(R"([{"id": "claim:c", "type": "claim", "seconds": )") +
                             seconds + "}]",
                         "[]"),
                     &read);
    EXPECT_EQ(s.ToString(), "graph.json: error: /nodes/0/seconds: expected an integer or null")
        << seconds;
  }
}

TEST(JsonReaderTest, UnknownNodeTypeIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"id": "planet:mars", "type": "planet"}])", "[]"), &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes/0/type: unknown node type \"planet\"");
}

TEST(JsonReaderTest, DuplicateNodeIdIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"id": "company:x", "type": "company"},
                           {"id": "company:x", "type": "company"}])",
                       "[]"),
                   &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes/1/id: duplicate node id \"company:x\"");
}

TEST(JsonReaderTest, EdgeToUnknownNodeIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"id": "company:x", "type": "company"}])",
                       R"([{"source": "company:x", "target": "company:nowhere",
                            "type": "competes_with", "key": "k"}])"),
                   &read);
  EXPECT_EQ(s.ToString(),
            "graph.json: error: /edges/0/target: no node has id \"company:nowhere\"");
}

// Read as the file is parsed, a graph still comes back whole when its parts
// are out of the usual order, as in a file edited by hand.
TEST(JsonReaderTest, PartsInAnyOrderGiveTheSameGraph) {
  const std::string nodes = R"([{"id": "company:x", "type": "company"},
                                {"id": "company:y", "type": "company"}])";
  const std::string edges = R"([{"source": "company:x", "target": "company:y",
                                 "type": "competes_with"}])";
  KnowledgeGraph usual, edited;
  ASSERT_TRUE(Parse(Doc(nodes, edges), &usual).ok());
  Status s = Parse(R"({"edges": )" + edges + R"(, "nodes": )" + nodes +
                       R"(, "version": 1, "format": "claimgraph-json"})",
                   &edited);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(ToJson(edited), ToJson(usual));
}

TEST(JsonReaderTest, MissingNodesIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(R"({"format": "claimgraph-json", "version": 1, "edges": []})", &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /: missing \"nodes\"");
}

TEST(JsonReaderTest, NodesThatAreNotAnArrayAreRejected) {
  KnowledgeGraph read;
  Status s = Parse(Doc("{}", "[]"), &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes: expected an array");
}

// Read whole, the last of two "nodes" would win without a word; read as
// parsed, the first is already in the graph: neither is taken.
TEST(JsonReaderTest, RepeatedMemberOfTheRootIsRejected) {
  KnowledgeGraph read;
  Status s = Parse(R"({"format": "claimgraph-json", "version": 1, "nodes": [],
                       "nodes": [], "edges": []})",
                   &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /nodes: appears twice");
}

// What the reader does not read may repeat, as JSON parsers allow.
TEST(JsonReaderTest, RepeatedMemberThatIsNotReadIsIgnored) {
  KnowledgeGraph read;
  Status s = Parse(R"({"format": "claimgraph-json", "version": 1, "directed": true,
                       "directed": false, "nodes": [], "edges": []})",
                   &read);
  EXPECT_TRUE(s.ok()) << s.ToString();
}

// The file is parsed to its end before a bad value is reported, so broken
// JSON is reported as such wherever it is.
TEST(JsonReaderTest, BrokenJsonOutranksABadValueBeforeIt) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"type": "company"}])", "[}"), &read);
  EXPECT_EQ(s.ToString(),
            "graph.json:1:87: error: invalid JSON: syntax error while parsing value - "
            "unexpected '}'; expected '[', '{', or a literal");
}

TEST(JsonReaderTest, RootThatIsNotAnObjectIsRejected) {
  KnowledgeGraph read;
  Status s = Parse("[]", &read);
  EXPECT_EQ(s.ToString(), "graph.json: error: /: expected an object");
}

TEST(JsonReaderTest, FailedReadLeavesTheGraphUnchanged) {
  KnowledgeGraph graph = GraphOf({EpisodeOne()});
  std::string before = ToJson(graph);
  Status s = Parse(Doc(R"([{"id": "company:x", "type": "company"}])",
                       R"([{"source": "company:x", "target": "company:y", "type": "uses"}])"),
                   &graph);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(ToJson(graph), before);
}

TEST(JsonReaderTest, ReadGraphFindsNodesById) {
  KnowledgeGraph read;
  ASSERT_TRUE(Parse(ToJson(GraphOf({EpisodeOne()})), &read).ok());
  std::optional<KnowledgeGraph::Vertex> v = read.Find("claim:2025-06-30-ep-one:3");
  ASSERT_TRUE(v);
  EXPECT_EQ(read.node(*v).relation, "invested_in");
  EXPECT_TRUE(read.node(*v).negated);
  EXPECT_EQ(read.node(*v).seconds, 431);
}

// A claim and a company joined by one about edge with the given key.
KnowledgeGraph ReadAboutEdgeWithKey(const std::string& key) {
  KnowledgeGraph read;
  Status s = Parse(Doc(R"([{"id": "claim:c:1", "type": "claim"},
                           {"id": "company:x", "type": "company"}])",
                       R"([{"source": "claim:c:1", "target": "company:x",
                            "type": "about", "key": ")" + key + R"("}])"),
                   &read);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return read;
}

// A claim node without a relation, labelled `label`.
KnowledgeGraph ReadClaimLabelled(const std::string& label) {
  std::string claim = R"({"id": "claim:c:1", "type": "claim", "label": ")" + label +
                      R"(", "text": "We talked about the weather for a long while before the interview began."})";
  KnowledgeGraph read;
  Status s = Parse(Doc("[" + claim + "]", "[]"), &read);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return read;
}

TEST(JsonReaderTest, ClaimLabelOtherThanTheStartOfItsSentenceIsKept) {
  KnowledgeGraph read = ReadClaimLabelled("Small talk");
  const NodeData& claim = read.node(*read.Find("claim:c:1"));
  EXPECT_FALSE(claim.label_from_text);
  EXPECT_NE(ToJson(read).find(R"("label": "Small talk")"), std::string::npos);
}

TEST(JsonReaderTest, ClaimLabelThatStartsItsSentenceIsMadeWhenRead) {
  KnowledgeGraph read =
      ReadClaimLabelled("We talked about the weather for a long while before the...");
  const NodeData& claim = read.node(*read.Find("claim:c:1"));
  EXPECT_TRUE(claim.label_from_text);
  EXPECT_TRUE(claim.label.empty());
  EXPECT_NE(ToJson(read).find(
                R"("label": "We talked about the weather for a long while before the...")"),
            std::string::npos);
}

TEST(JsonReaderTest, EdgeKeyOtherThanItsJoinedEndsIsKept) {
  KnowledgeGraph read = ReadAboutEdgeWithKey("claim:c:1:company:y");
  EXPECT_NE(ToJson(read).find(R"("key": "claim:c:1:company:y")"), std::string::npos)
      << ToJson(read);
}

TEST(JsonReaderTest, EdgeKeyThatJoinsItsEndsRoundTrips) {
  KnowledgeGraph read = ReadAboutEdgeWithKey("claim:c:1:company:x");
  const auto& g = read.graph();
  EXPECT_EQ(g[*boost::edges(g).first].key_form(), EdgeKeyForm::kSourceTarget);
  EXPECT_NE(ToJson(read).find(R"("key": "claim:c:1:company:x")"), std::string::npos)
      << ToJson(read);
}

}  // namespace
}  // namespace claimgraph
