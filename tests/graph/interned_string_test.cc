#include "graph/interned_string.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

namespace claimgraph {
namespace {

TEST(InternedStringTest, EqualTextsShareStorage) {
  std::string built = "person:";
  built += "sam-altman";
  InternedString a = "person:sam-altman";
  InternedString b = built;
  InternedString c = std::string_view(built);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a.data(), b.data());
  EXPECT_EQ(a.data(), c.data());
  EXPECT_NE(a.data(), built.data());
}

TEST(InternedStringTest, DifferentTextsAreUnequal) {
  InternedString a = "company:openai";
  InternedString b = "company:open";
  EXPECT_NE(a, b);
  EXPECT_NE(a.data(), b.data());
}

TEST(InternedStringTest, OrderingIsByContentNotAddress) {
  // Interned in reverse order, so addresses (if they followed insertion)
  // would disagree with the text.
  std::vector<std::string> texts = {"zeta-ordering", "mid-ordering", "alpha-ordering",
                                    "alpha-ordering-2", "Zeta-ordering"};
  std::vector<InternedString> interned(texts.begin(), texts.end());
  std::sort(texts.begin(), texts.end());
  std::sort(interned.begin(), interned.end());
  ASSERT_EQ(interned.size(), texts.size());
  for (size_t i = 0; i < texts.size(); ++i) EXPECT_EQ(interned[i], texts[i]);
  EXPECT_LT(InternedString("abc"), InternedString("abd"));
  EXPECT_LT(InternedString("ab"), InternedString("abc"));
  EXPECT_LT(InternedString(""), InternedString("a"));
}

TEST(InternedStringTest, DefaultIsEmptyAndEqualsInternedEmptyText) {
  InternedString none;
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.size(), 0u);
  EXPECT_STREQ(none.c_str(), "");
  EXPECT_EQ(none, InternedString(""));
  EXPECT_EQ(none, InternedString(std::string()));
  EXPECT_EQ(none.data(), InternedString("").data());
}

TEST(InternedStringTest, ConvertsToStringViewWithoutCopyingAndToString) {
  InternedString id = "model:gpt-4o";
  std::string_view view = id;
  std::string text(id);
  EXPECT_EQ(view.data(), id.data());
  EXPECT_EQ(id.view().data(), id.data());
  EXPECT_EQ(view, "model:gpt-4o");
  EXPECT_EQ(text, "model:gpt-4o");
  EXPECT_EQ(id.size(), 12u);
  EXPECT_EQ(id[0], 'm');
  EXPECT_EQ(std::string(id.begin(), id.end()), "model:gpt-4o");
}

TEST(InternedStringTest, ComparesWithOtherStringsByContent) {
  InternedString id = "episode:ep14";
  EXPECT_TRUE(id == "episode:ep14");
  EXPECT_TRUE(id == std::string("episode:ep14"));
  EXPECT_TRUE(id == std::string_view("episode:ep14"));
  EXPECT_TRUE("episode:ep14" == id);
  EXPECT_TRUE(id != "episode:ep15");
}

TEST(InternedStringTest, HashesAsItsText) {
  InternedString id = "product:chatgpt";
  EXPECT_EQ(std::hash<InternedString>()(id), std::hash<std::string>()("product:chatgpt"));
}

TEST(InternedStringTest, PrintsItsText) {
  std::ostringstream out;
  out << InternedString("person:lex-fridman");
  EXPECT_EQ(out.str(), "person:lex-fridman");
}

TEST(InternedStringTest, TextIsNulTerminated) {
  std::string_view part = std::string_view("company:anthropic-and-more").substr(0, 17);
  InternedString id = part;
  EXPECT_STREQ(id.c_str(), "company:anthropic");
  EXPECT_EQ(id.size(), 17u);
}

TEST(InternedStringTest, LongTextsAndManyTextsKeepTheirBytes) {
  // Past one storage block, and texts long enough to need a block of their own.
  std::vector<std::string> texts;
  for (int i = 0; i < 5000; ++i) texts.push_back("block-text-" + std::to_string(i));
  texts.push_back(std::string(100000, 'x'));
  texts.push_back(std::string(20000, 'y') + "z");
  std::vector<InternedString> interned(texts.begin(), texts.end());
  for (size_t i = 0; i < texts.size(); ++i) {
    ASSERT_EQ(interned[i].view(), texts[i]);
    ASSERT_EQ(interned[i].c_str()[texts[i].size()], '\0');
    ASSERT_EQ(InternedString(texts[i]).data(), interned[i].data());
  }
}

TEST(InternedStringTest, ConcurrentInterningFromTwoThreadsGivesOneEntry) {
  constexpr int kTexts = 20000;
  std::vector<std::string> texts;
  for (int i = 0; i < kTexts; ++i) texts.push_back("concurrent-text-" + std::to_string(i));
  std::vector<const char*> first(kTexts), second(kTexts);
  auto intern_all = [&](std::vector<const char*>* out) {
    for (int i = 0; i < kTexts; ++i) (*out)[i] = InternedString(texts[i]).data();
  };
  std::thread a(intern_all, &first);
  std::thread b(intern_all, &second);
  a.join();
  b.join();
  EXPECT_EQ(first, second);
  std::unordered_set<const char*> distinct(first.begin(), first.end());
  EXPECT_EQ(distinct.size(), static_cast<size_t>(kTexts));
  EXPECT_EQ(InternedString(texts[123]).data(), first[123]);
}

}  // namespace
}  // namespace claimgraph
