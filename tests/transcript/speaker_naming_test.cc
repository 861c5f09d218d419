// Naming speakers from what they say (speaker_naming.h).
#include "extract/transcript/speaker_naming.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimgraph {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Pair;

std::vector<Segment> Said(
    std::initializer_list<std::pair<const char*, const char*>> turns) {
  std::vector<Segment> out;
  for (const auto& [speaker, text] : turns) {
    Segment s;
    s.speaker = speaker;
    s.text = text;
    out.push_back(s);
  }
  return out;
}

TEST(SpeakerNamingTest, PodcastNameNamesTheSpeaker) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Speaker 1", "This is the Lex Fridman podcast."},
                   {"Speaker 2", "Hi."}})),
              ElementsAre(Pair("Speaker 1", "Lex Fridman")));
}

TEST(SpeakerNamingTest, ConversationWithNamesTheOtherSpeaker) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Speaker 1", "The following is a conversation with Sam "
                                 "Altman, CEO of OpenAI."},
                   {"Speaker 2", "Hi."}})),
              ElementsAre(Pair("Speaker 2", "Sam Altman")));
}

TEST(SpeakerNamingTest, FirstNameLabelGrowsToTheFullName) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Lex", "Welcome to the Lex Fridman Podcast."},
                   {"Speaker 2", "Hi."}})),
              ElementsAre(Pair("Lex", "Lex Fridman")));
}

TEST(SpeakerNamingTest, FullNamesAreNeverReplaced) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Ann Lee", "This is the Lex Fridman podcast."},
                   {"Bo Chen", "My name is Raj Patel."}})),
              IsEmpty());
}

TEST(SpeakerNamingTest, ConversationWithNeedsExactlyTwoSpeakers) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Speaker 1", "A conversation with Sam Altman."},
                   {"Speaker 2", "Hi."},
                   {"Speaker 3", "Hello."}})),
              IsEmpty());
}

TEST(SpeakerNamingTest, OneNameIsGivenToOneSpeakerOnly) {
  EXPECT_THAT(NameSpeakersFromText(Said(
                  {{"Speaker 1", "My name is Ann Lee."},
                   {"Speaker 2", "My name is Ann Lee."}})),
              ElementsAre(Pair("Speaker 1", "Ann Lee")));
}

}  // namespace
}  // namespace claimgraph
