// The "transcription-service" layout (layouts.h).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

TEST(TranscriptionServiceReaderTest, IsDetected) {
  EXPECT_EQ(ReadFixture("transcription_service.txt").layout,
            "transcription-service");
}

TEST(TranscriptionServiceReaderTest, ReadsCrlfTurnsAndBareContinuation) {
  EXPECT_THAT(Turns(ReadFixture("transcription_service.txt")),
              ElementsAre("Speaker 1@0:1", "Speaker 2@7:4", "Speaker 1@10:7",
                          "Speaker 2@14:10", "Speaker 2@31:13+",
                          "Speaker 1@3723:16"));
}

TEST(TranscriptionServiceReaderTest, GenericSpeakersTakeGivenNames) {
  ReadOptions options;
  options.speakers = {"Ann Lee", "Dana Kim"};
  Episode e = ReadFixture("transcription_service.txt", options);
  EXPECT_THAT(e.speakers, ElementsAre("Ann Lee", "Dana Kim"));
  EXPECT_EQ(e.segments[4].speaker, "Dana Kim");
}

TEST(TranscriptionServiceReaderTest, TextIsTheLinesBelowTheLabel) {
  EXPECT_EQ(ReadFixture("transcription_service.txt").segments[4].text,
            "And each stack takes longer to test than a normal DRAM part.");
}

}  // namespace
}  // namespace claimgraph
