#include "report/mention_sentences.h"

#include <gtest/gtest.h>

#include <cctype>

namespace claimgraph {
namespace {

size_t Begin(const std::string& text, const std::string& word) { return text.find(word); }

TEST(SentenceAroundTest, FindsTheSentenceHoldingTheMention) {
  std::string text = "Hello there. Meta bought Scale for people! Next one?";
  size_t at = Begin(text, "Scale");
  EXPECT_EQ(SentenceAround(text, at, at + 5), "Meta bought Scale for people!");
}

TEST(SentenceAroundTest, DecimalPointDoesNotEndASentence) {
  std::string text = "Well. GPT4.5 is slow and 3.5 was fast. Done.";
  size_t at = Begin(text, "GPT4.5");
  EXPECT_EQ(SentenceAround(text, at, at + 6), "GPT4.5 is slow and 3.5 was fast.");
}

TEST(SentenceAroundTest, MentionEndingInAPeriodDoesNotEndTheSentence) {
  std::string text = "They sued Acme Inc. for it. Later.";
  size_t at = Begin(text, "Acme Inc.");
  EXPECT_EQ(SentenceAround(text, at, at + 9), "They sued Acme Inc. for it.");
}

TEST(SentenceAroundTest, TextWithoutSentenceEndsIsOneSentence) {
  std::string text = "  and then   Meta went  ";
  size_t at = Begin(text, "Meta");
  EXPECT_EQ(SentenceAround(text, at, at + 4), "and then Meta went");
}

TEST(SentenceAroundTest, LongSentenceIsCutAroundTheMentionAtSpaces) {
  std::string words;
  for (int i = 0; i < 100; ++i) words += "word" + std::to_string(i) + " ";
  std::string text = words + "Meta " + words + "end.";
  size_t at = Begin(text, "Meta");
  std::string cut = SentenceAround(text, at, at + 4);
  EXPECT_LE(cut.size(), kMaxSentenceBytes + 2 * 3 + 20);
  EXPECT_EQ(cut.substr(0, 3), "...");
  EXPECT_EQ(cut.substr(cut.size() - 3), "...");
  EXPECT_NE(cut.find(" Meta "), std::string::npos);
  // Cut at spaces: the first and last words are whole.
  std::string inner = cut.substr(3, cut.size() - 6);
  EXPECT_EQ(inner.rfind("word", 0), 0u);
  EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(inner.back())));
}

AnalyzedEpisode OneSegment(const std::string& text) {
  AnalyzedEpisode a;
  a.episode.id = "episode:e";
  a.episode.segments = {Segment{"Ann", 5, 40, text, false}};
  return a;
}

TEST(MentionSentencesTest, ClaimSentenceIsPreferredOverTheSplitter) {
  // Alone, the splitter would start the sentence after "Corp. "; the
  // claim's sentence knows better.
  std::string text = "So Foo Corp. bought Bar. Yes.";
  AnalyzedEpisode a = OneSegment(text);
  a.mentions = {Mention{"company:bar", "Bar", 0, text.find("Bar"), text.find("Bar") + 3}};
  Claim claim;
  claim.segment = 0;
  claim.begin = 3;
  claim.end = text.find("Yes") - 1;
  claim.text = "Foo Corp. bought Bar.";
  a.claims = {claim};
  MentionSentences sentences;
  sentences.AddEpisode(a);
  const auto* found = sentences.Find("episode:e", 40, "company:bar");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(*found, (std::vector<std::string>{"Foo Corp. bought Bar."}));
}

TEST(MentionSentencesTest, EachSentenceIsKeptOncePerSegmentAndEntity) {
  std::string text = "Meta and Meta. Then Meta.";
  AnalyzedEpisode a = OneSegment(text);
  a.mentions = {Mention{"company:meta", "Meta", 0, 0, 4},
                Mention{"company:meta", "Meta", 0, 9, 13},
                Mention{"company:meta", "Meta", 0, 20, 24}};
  MentionSentences sentences;
  sentences.AddEpisode(a);
  const auto* found = sentences.Find("episode:e", 40, "company:meta");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(*found, (std::vector<std::string>{"Meta and Meta.", "Then Meta."}));
}

TEST(MentionSentencesTest, UnknownKeyFindsNothing) {
  MentionSentences sentences;
  sentences.AddEpisode(OneSegment("Nothing here."));
  EXPECT_EQ(sentences.Find("episode:e", 40, "company:meta"), nullptr);
  EXPECT_TRUE(sentences.empty());
}

TEST(MentionSentencesTest, MentionOutsideItsSegmentIsSkipped) {
  AnalyzedEpisode a = OneSegment("Short.");
  a.mentions = {Mention{"company:meta", "Meta", 0, 4, 40}, Mention{"company:x", "X", 3, 0, 1}};
  MentionSentences sentences;
  sentences.AddEpisode(a);
  EXPECT_TRUE(sentences.empty());
}

}  // namespace
}  // namespace claimgraph
