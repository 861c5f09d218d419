// Huge and deep inputs (a 100 MB token, a million speakers, JSON nested a
// million deep): each is read within the documented limits (source_text.h,
// episode_builder.h) or refused with one line, in time linear in its size.
// Labelled "slow" in CTest: each takes seconds, more under the sanitizers.
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "extract/transcript/episode_builder.h"
#include "extract/transcript/transcript_reader.h"
#include "graph/knowledge_graph.h"
#include "tests/errors/transcript_fixture.h"

namespace claimgraph::testing {
namespace {

using HugeInputTest = TranscriptErrorsTest;
using Json = nlohmann::json;

TEST_F(HugeInputTest, HundredMegabyteTokenIsCutWithAWarning) {
  std::string content = "(00:01) Ann Lee:\n";
  content.append(100'000'000, 'a');
  content += "\n(00:04) Bo Chen:\nHi.\n";
  WriteTestFile(Path("out.json"), "old graph");
  CliResult r = Build(content);
  content.clear();
  content.shrink_to_fit();
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.txt") +
                       ":2: warning: line longer than 1048576 bytes; only its "
                       "first 1048576 bytes are read\n" + Wrote(3, 2));
}

TEST_F(HugeInputTest, HugeJsonTextIsCutToTheTurnLimit) {
  std::string content = R"({"segments": [{"speaker": "Ann", "start": 0, "text": ")";
  for (int i = 0; i < 4'000'000; ++i) content += "word ";
  content += R"("}, {"speaker": "Bo", "start": 3, "text": "Hi."}]})";
  CliResult r = Build(content, "in.json");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, Path("in.json") +
                       ":1: warning: turn longer than 1048576 bytes; only its "
                       "first 1048576 bytes are read\n" + Wrote(3, 2));
  Episode episode;
  NullSink sink;
  ASSERT_TRUE(ParseTranscript(content, "in.json", {}, &episode, &sink).ok());
  EXPECT_EQ(episode.segments[0].text.size(), EpisodeBuilder::kMaxSegmentBytes);
  EXPECT_EQ(episode.segments[1].text, "Hi.");
}

TEST_F(HugeInputTest, DeeplyNestedJsonIsRefusedWithoutRecursion) {
  std::string content = R"({"segments": )" + std::string(1'000'000, '[') +
                        std::string(1'000'000, ']') + "}";
  CliResult r = Build(content, "in.json");
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, Path("in.json") +
                       ":1: warning: segment is not an object; skipped\n" +
                       Path("in.json") +
                       ": error: no speaker turns found in layout "
                       "\"diarized-json\"\nclaimgraph: no output written\n");
}

TEST_F(HugeInputTest, DeeplyNestedUnclosedJsonNamesWhereItBroke) {
  std::string content = R"({"segments": )" + std::string(1'000'000, '[') + "}";
  CliResult r = Build(content, "in.json");
  EXPECT_EQ(r.signal, 0);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, Path("in.json") +
                       ":1:1000014: error: invalid JSON: syntax error while "
                       "parsing value - unexpected '}'; expected '[', '{', or "
                       "a literal\nclaimgraph: no output written\n");
}

TEST_F(HugeInputTest, HundredThousandJsonSegmentsAreRead) {
  std::string content = R"({"segments": [)";
  for (int i = 0; i < 100'000; ++i) {
    if (i) content += ",\n";
    content += R"({"speaker": "S)" + std::to_string(i % 2) + R"(", "start": )" +
               std::to_string(i) + R"(, "text": "Turn )" + std::to_string(i) + R"(."})";
  }
  content += "]}";
  Episode episode;
  NullSink sink;
  ASSERT_TRUE(ParseTranscript(content, "in.json", {}, &episode, &sink).ok());
  EXPECT_EQ(episode.segments.size(), 100'000u);
  EXPECT_EQ(episode.segments.back().line, 100'000);
}

// A million speakers, one turn each: every stage that keeps speakers must
// stay linear (it was quadratic in EpisodeBuilder::Finish and
// KnowledgeGraph::AddEpisode).
TEST_F(HugeInputTest, MillionSpeakersAreReadInLinearTime) {
  constexpr int kSpeakers = 1'000'000;
  std::string content;
  content.reserve(kSpeakers * 24);
  for (int i = 0; i < kSpeakers; ++i) {
    content += '(' + FormatClock(i) + ") P" + std::to_string(i) + ":\nHi.\n";
  }
  Episode episode;
  NullSink sink;
  ASSERT_TRUE(ParseTranscript(content, "in.txt", {}, &episode, &sink).ok());
  content.clear();
  content.shrink_to_fit();
  EXPECT_EQ(episode.speakers.size(), size_t{kSpeakers});
  EXPECT_EQ(episode.speakers.back(), "P999999");
  AnalyzedEpisode analyzed;
  analyzed.episode = std::move(episode);
  KnowledgeGraph graph;
  ASSERT_TRUE(graph.AddEpisode(analyzed).ok());
  EXPECT_EQ(graph.node_count(), size_t{kSpeakers} + 1);
}

TEST_F(HugeInputTest, TwentyThousandSpeakersThroughTheCommand) {
  std::string content;
  for (int i = 0; i < 20'000; ++i)
    content += '(' + FormatClock(i) + ") P" + std::to_string(i) + ":\nHi.\n";
  CliResult r = Build(content);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(Output()["episodes"][0]["speakers"].size(), 20'000u);
}

}  // namespace
}  // namespace claimgraph::testing
