#include "base/text.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph {
namespace {

TEST(SlugifyTest, LowercasesAndJoinsWordsWithOneDash) {
  EXPECT_EQ(Slugify("Scale AI"), "scale-ai");
  EXPECT_EQ(Slugify("GPT-4.5"), "gpt-4-5");
  EXPECT_EQ(Slugify("  Character.AI  "), "character-ai");
}

TEST(SlugifyTest, KeepsNonAsciiLetters) {
  EXPECT_EQ(Slugify("Łukasz Kaiser"), "Łukasz-kaiser");
}

TEST(MakeIdTest, JoinsTypeAndSlug) {
  EXPECT_EQ(MakeId("person", "Sam Altman"), "person:sam-altman");
}

TEST(FormatClockTest, WritesHoursMinutesSeconds) {
  EXPECT_EQ(FormatClock(0), "00:00:00");
  EXPECT_EQ(FormatClock(3725), "01:02:05");
  EXPECT_EQ(FormatClock(100 * 3600), "100:00:00");
}

TEST(ParseClockTest, ReadsOneToThreeFields) {
  EXPECT_EQ(ParseClock("42"), 42);
  EXPECT_EQ(ParseClock("01:15"), 75);
  EXPECT_EQ(ParseClock("1:02:03"), 3723);
  EXPECT_EQ(ParseClock("00:00:01,500"), 1);
}

TEST(ParseClockTest, RejectsMalformedTimes) {
  EXPECT_FALSE(ParseClock(""));
  EXPECT_FALSE(ParseClock("1:60"));
  EXPECT_FALSE(ParseClock("a:00"));
  EXPECT_FALSE(ParseClock("1:2:3:4"));
  EXPECT_FALSE(ParseClock("1::2"));
}

TEST(TrimTest, StripsNoBreakSpaceAndByteOrderMark) {
  EXPECT_EQ(Trim("\xEF\xBB\xBF  hello\xC2\xA0\r\n"), "hello");
  EXPECT_TRUE(IsBlank("\xC2\xA0 \t"));
}

TEST(CollapseSpacesTest, FoldsRunsIntoOneSpace) {
  EXPECT_EQ(CollapseSpaces("  a \xC2\xA0 b\n\nc "), "a b c");
}

TEST(CollapseSpacesTest, KeepsLettersThatShareALeadByteWithSpaces) {
  // U+00A9, U+2013 and U+FF58 start like U+00A0, U+200B and U+FEFF.
  EXPECT_EQ(CollapseSpaces("a\xC2\xA9" "b \xE2\x80\x93  \xEF\xBD\x98\xE2\x80\x8B" "c"),
            "a\xC2\xA9" "b \xE2\x80\x93 \xEF\xBD\x98 c");
}

TEST(FindInvalidUtf8Test, FindsOverlongAndTruncatedSequences) {
  EXPECT_FALSE(FindInvalidUtf8("héllo 😀"));
  EXPECT_EQ(FindInvalidUtf8("ab\xC0\xAF"), 2u);      // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("abc\xE2\x82"), 3u);     // truncated
  EXPECT_EQ(FindInvalidUtf8("\xED\xA0\x80"), 0u);    // surrogate
}

TEST(RepairUtf8Test, ReplacesEachBadByteWithReplacementCharacter) {
  EXPECT_EQ(RepairUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(QuoteForMessageTest, ShowsControlCharactersAsEscapesSoTheMessageIsOneLine) {
  EXPECT_EQ(QuoteForMessage("comp\ny:meta"), "\"comp\\ny:meta\"");
  EXPECT_EQ(QuoteForMessage(std::string("a\r\tb\x01\x7f", 6)), "\"a\\r\\tb\\x01\\x7f\"");
}

TEST(QuoteForMessageTest, CountsEscapesAgainstTheLimit) {
  EXPECT_EQ(QuoteForMessage("ab\ncd", 3), "\"ab...\"");
  EXPECT_EQ(QuoteForMessage("ab\ncd", 4), "\"ab\\n...\"");
}

TEST(QuoteForMessageTest, CutsLongTextAtCharacterBoundary) {
  EXPECT_EQ(QuoteForMessage("short"), "\"short\"");
  EXPECT_EQ(QuoteForMessage("ééé", 3), "\"é...\"");
}

TEST(AsciiCaseTest, ChangesTheCaseOfAsciiLettersOnly) {
  EXPECT_EQ(ToAsciiLower('Q'), 'q');
  EXPECT_EQ(ToAsciiUpper('q'), 'Q');
  EXPECT_EQ(ToAsciiLower('7'), '7');
  EXPECT_EQ(AsciiLower("GPT-4o \xC3\x89" "COLE"), "gpt-4o \xC3\x89" "cole");
}

TEST(AsciiClassTest, DigitsAndLettersAreAlnumAndNothingElse) {
  EXPECT_TRUE(IsAsciiDigit('0'));
  EXPECT_TRUE(IsAsciiDigit('9'));
  EXPECT_FALSE(IsAsciiDigit('a'));
  EXPECT_TRUE(IsAsciiAlnum('z'));
  EXPECT_TRUE(IsAsciiAlnum('5'));
  EXPECT_FALSE(IsAsciiAlnum('_'));
  EXPECT_FALSE(IsAsciiAlnum('\xC3'));
}

// A UTF-8 byte is negative as a char: it must be no letter of either case.
TEST(AsciiCaseTest, CountsNoUtf8ByteAsALetter) {
  std::string e_acute = "\xC3\x89";
  for (char c : e_acute) {
    EXPECT_FALSE(IsAsciiLetter(c));
    EXPECT_EQ(ToAsciiLower(c), c);
    EXPECT_EQ(ToAsciiUpper(c), c);
  }
}

}  // namespace
}  // namespace claimgraph
