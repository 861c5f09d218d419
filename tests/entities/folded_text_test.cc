#include "extract/entities/folded_text.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

TEST(NameKeyTest, SpellingsOfOneNameShareAKey) {
  EXPECT_EQ(NameKey(FoldName("Open AI")), "openai");
  EXPECT_EQ(NameKey(FoldName("OpenAI")), "openai");
  EXPECT_EQ(NameKey(FoldName("open-ai")), "openai");
}

TEST(NameKeyTest, AssignNameKeyReplacesWhatTheKeyHeld) {
  std::string key = "a much longer key from the match before";
  AssignNameKey(FoldName("Meta"), &key);
  EXPECT_EQ(key, "meta");
  AssignNameKey(FoldName("Google DeepMind"), &key);
  EXPECT_EQ(key, "googledeepmind");
}

}  // namespace
}  // namespace claimgraph
