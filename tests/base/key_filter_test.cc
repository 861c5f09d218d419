#include "base/key_filter.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>

namespace claimgraph {
namespace {

TEST(KeyFilterTest, AnEmptyFilterHoldsNothing) {
  KeyFilter filter;
  EXPECT_FALSE(filter.MayContain("openai"));
  EXPECT_FALSE(filter.MayContain(""));
}

TEST(KeyFilterTest, AddedKeysAreFoundInAnyCase) {
  KeyFilter filter;
  for (std::string_view key : {"openai", "x", "gpt4", "thinking"}) filter.Add(key);
  for (std::string_view word : {"openai", "OpenAI", "OPENAI", "x", "X", "gpt4", "GPT4",
                                "thinking", "Thinking"})
    EXPECT_TRUE(filter.MayContain(word)) << word;
}

// A word of 4-11 letters spelled from a scrambled counter: deterministic,
// and words of different counters nearly always differ.
std::string Word(size_t n) {
  uint64_t x = n + 1;  // SplitMix64's finaliser
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  x ^= x >> 31;
  std::string word(4 + n % 8, 'a');
  for (char& c : word) {
    c = static_cast<char>('a' + x % 26);
    x /= 26;
  }
  return word;
}

TEST(KeyFilterTest, TurnsAwayMostWordsThatAreNoKey) {
  KeyFilter filter;
  std::set<std::string> keys;
  for (size_t i = 0; i < 3000; ++i) keys.insert(Word(2 * i));
  for (const std::string& key : keys) filter.Add(key);
  size_t passed = 0, asked = 0;
  for (size_t i = 0; i < 20000; ++i) {
    std::string word = Word(2 * i + 1);
    if (keys.count(word)) continue;
    ++asked;
    passed += filter.MayContain(word);
  }
  // 3,000 keys set at most 3,000 of 65,536 bits: about one other word in
  // twenty shares a bit; one in ten would mean the bytes mix badly.
  EXPECT_LT(passed * 10, asked) << passed << " of " << asked;
}

}  // namespace
}  // namespace claimgraph
