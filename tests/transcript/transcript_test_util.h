// tests/transcript/transcript_test_util.h
// Helpers shared by the transcript tests: fixture paths and one-call reads.
#ifndef CLAIMGRAPH_TESTS_TRANSCRIPT_TRANSCRIPT_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_TRANSCRIPT_TRANSCRIPT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/transcript/transcript_reader.h"

namespace claimgraph {

inline std::string FixturePath(const std::string& name) {
  return std::string(CLAIMGRAPH_TEST_DIR) + "/transcript/fixtures/" + name;
}

// Reads a fixture; fails the test when it cannot be read.
inline Episode ReadFixture(const std::string& name,
                           const ReadOptions& options = {},
                           CollectingSink* sink = nullptr) {
  Episode episode;
  CollectingSink local;
  Status s = ReadTranscript(FixturePath(name), options, &episode,
                            sink ? sink : &local);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return episode;
}

// Parses `content` as the file "t.txt"; fails the test on error.
inline Episode ParseOk(std::string_view content, const ReadOptions& options = {},
                       CollectingSink* sink = nullptr) {
  Episode episode;
  CollectingSink local;
  Status s = ParseTranscript(content, "t.txt", options, &episode,
                             sink ? sink : &local);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return episode;
}

// The error message of parsing `content` as "t.txt" ("ok" when it parses).
inline std::string ParseError(std::string_view content,
                              const ReadOptions& options = {}) {
  Episode episode;
  CollectingSink sink;
  return ParseTranscript(content, "t.txt", options, &episode, &sink)
      .ToString();
}

// "speaker@seconds:line" for each segment, for compact comparisons.
inline std::vector<std::string> Turns(const Episode& episode) {
  std::vector<std::string> out;
  for (const Segment& s : episode.segments) {
    out.push_back(s.speaker + "@" +
                  (s.seconds ? std::to_string(*s.seconds) : "-") + ":" +
                  std::to_string(s.line) + (s.continuation ? "+" : ""));
  }
  return out;
}

// Every diagnostic as its one-line text.
inline std::vector<std::string> Messages(const CollectingSink& sink) {
  std::vector<std::string> out;
  for (const Diagnostic& d : sink.diagnostics()) out.push_back(d.ToString());
  return out;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_TESTS_TRANSCRIPT_TRANSCRIPT_TEST_UTIL_H_
