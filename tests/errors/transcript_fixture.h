// tests/errors/transcript_fixture.h
// The fixture of the transcript tests in this folder: build a graph from a
// transcript written by the test, and look at the output or the segments.
#ifndef CLAIMGRAPH_TESTS_ERRORS_TRANSCRIPT_FIXTURE_H_
#define CLAIMGRAPH_TESTS_ERRORS_TRANSCRIPT_FIXTURE_H_

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "base/text.h"
#include "extract/transcript/transcript_reader.h"
#include "tests/errors/hostile.h"

namespace claimgraph::testing {

inline constexpr char kTwoTurns[] = "(00:01) Ann Lee:\nHello there.\n(00:04) Bo Chen:\nHi.\n";

class TranscriptErrorsTest : public HostileTest {
 protected:
  // Writes `content` to in.txt (or `name`) and builds out.json from it.
  CliResult Build(const std::string& content, const std::string& name = "in.txt") {
    WriteTestFile(Path(name), content);
    return RunCli({"build", Path(name), "-o", Path("out.json")});
  }
  nlohmann::json Output() { return nlohmann::json::parse(ReadTestFile(Path("out.json"))); }
  // What the reader makes of `content`, segment by segment.
  std::vector<std::string> Segments(const std::string& content) {
    Episode episode;
    NullSink sink;
    Status s = ParseTranscript(content, "in.txt", {}, &episode, &sink);
    EXPECT_TRUE(s.ok()) << s.ToString();
    std::vector<std::string> out;
    for (const Segment& segment : episode.segments) {
      out.push_back(segment.speaker + "|" +
                    (segment.seconds ? FormatClock(*segment.seconds) : "-") +
                    "|" + std::to_string(segment.line) + "|" + segment.text);
    }
    return out;
  }
  std::string Wrote(int nodes, int edges) {
    return "claimgraph: wrote " + Path("out.json") + " (1 episode, " +
           std::to_string(nodes) + " nodes, " + std::to_string(edges) +
           " edges)\n";
  }
};

}  // namespace claimgraph::testing

#endif  // CLAIMGRAPH_TESTS_ERRORS_TRANSCRIPT_FIXTURE_H_
