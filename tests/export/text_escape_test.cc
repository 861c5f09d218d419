#include "export/text_escape.h"

#include <gtest/gtest.h>

namespace claimgraph {
namespace {

TEST(TextEscapeTest, XmlTextEscapesMarkupCharacters) {
  EXPECT_EQ(EscapeXmlText("AT&T <b> \"q\" 'a'"), "AT&amp;T &lt;b&gt; \"q\" 'a'");
}

TEST(TextEscapeTest, XmlTextEscapesClosingCdataSequence) {
  EXPECT_EQ(EscapeXmlText("]]>"), "]]&gt;");
}

TEST(TextEscapeTest, XmlTextKeepsTabAndLineFeedButEscapesCarriageReturn) {
  EXPECT_EQ(EscapeXmlText("a\tb\r\nc"), "a\tb&#13;\nc");
}

TEST(TextEscapeTest, XmlAttributeEscapesQuotesAndWhitespaceControls) {
  EXPECT_EQ(EscapeXmlAttribute("\"x\" 'y'\t\n\r&<>"),
            "&quot;x&quot; &apos;y&apos;&#9;&#10;&#13;&amp;&lt;&gt;");
}

TEST(TextEscapeTest, ForbiddenControlCharactersBecomeReplacementCharacter) {
  EXPECT_EQ(EscapeXmlText(std::string("a\x01" "b\x1F" "c", 5)), "a\uFFFDb\uFFFDc");
  EXPECT_EQ(EscapeXmlText(std::string("nul\0end", 7)), "nul\uFFFDend");
  EXPECT_EQ(EscapeXmlText("\uFFFE\uFFFF"), "\uFFFD\uFFFD");
}

TEST(TextEscapeTest, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(CleanText("ok\xC3(\xFF"), "ok\uFFFD(\uFFFD");
}

// Past the first sixteen bytes the writers look at text sixteen bytes at a
// time: what needs escaping there must still be found, at every offset.
TEST(TextEscapeTest, MarkupAfterLongPlainRunsIsEscapedAtEveryOffset) {
  for (size_t run = 0; run < 40; ++run) {
    std::string plain(run, 'x');
    EXPECT_EQ(EscapeXmlText(plain + "&" + plain + "<"), plain + "&amp;" + plain + "&lt;");
    EXPECT_EQ(EscapeXmlAttribute(plain + "\"" + plain), plain + "&quot;" + plain);
    EXPECT_EQ(EscapeXmlText(plain + "\x02" + plain), plain + "\uFFFD" + plain);
  }
}

TEST(TextEscapeTest, InvalidUtf8AfterEscapesIsRepairedWithTheEscapesKept) {
  std::string plain(20, 'x');
  EXPECT_EQ(EscapeXmlText(plain + "&" + plain + "\xFF<"),
            plain + "&amp;" + plain + "\uFFFD&lt;");
  EXPECT_EQ(EscapeXmlAttribute("caf\xC3\xA9 \"" + plain + "\xC3"),
            "caf\xC3\xA9 &quot;" + plain + "\uFFFD");
}

TEST(TextEscapeTest, AppendKeepsWhatTheOutputHadBefore) {
  std::string out = "<data>";
  AppendXmlText(out, "a&b\xFF");
  EXPECT_EQ(out, "<data>a&amp;b\uFFFD");
  AppendXmlAttribute(out, "\"");
  EXPECT_EQ(out, "<data>a&amp;b\uFFFD&quot;");
}

TEST(TextEscapeTest, EmojiRightToLeftAndBidiMarksPassThrough) {
  std::string text = "Robo 🤖 שלום \u200F! Łukasz";
  EXPECT_EQ(EscapeXmlText(text), text);
  EXPECT_EQ(EscapeXmlAttribute(text), text);
  EXPECT_EQ(CleanText(text), text);
}

TEST(TextEscapeTest, NmtokenKeepsStableIdsAsTheyAre) {
  EXPECT_EQ(ToXmlNmtoken("person:sam-altman"), "person:sam-altman");
  EXPECT_EQ(ToXmlNmtoken("claim:ep-1:17"), "claim:ep-1:17");
  EXPECT_EQ(ToXmlNmtoken("person:łukasz-kaiser"), "person:łukasz-kaiser");
  EXPECT_EQ(ToXmlNmtoken("person:שלום-כהן"), "person:שלום-כהן");
  EXPECT_TRUE(IsXmlNmtoken("person:łukasz-kaiser"));
}

TEST(TextEscapeTest, NmtokenEscapesOtherCharactersAsCodePoints) {
  EXPECT_EQ(ToXmlNmtoken("person:conan-o’brien"), "person:conan-o_x2019_brien");
  EXPECT_EQ(ToXmlNmtoken("product:robo-🤖"), "product:robo-_x1F916_");
  EXPECT_EQ(ToXmlNmtoken("a b"), "a_x0020_b");
  EXPECT_EQ(ToXmlNmtoken(""), "_");
  EXPECT_FALSE(IsXmlNmtoken("a b"));
  EXPECT_FALSE(IsXmlNmtoken(""));
}

TEST(TextEscapeTest, CsvFieldLeavesPlainTextUnquoted) {
  EXPECT_EQ(CsvField("Scale AI"), "Scale AI");
  EXPECT_EQ(CsvField(""), "");
}

TEST(TextEscapeTest, CsvFieldQuotesCommasQuotesAndLineBreaks) {
  EXPECT_EQ(CsvField("Smith, \"Jr\""), "\"Smith, \"\"Jr\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvField("cr\rhere"), "\"cr\rhere\"");
  EXPECT_EQ(CsvField(" padded "), "\" padded \"");
}

TEST(TextEscapeTest, AppendCsvFieldAppendsWhatCsvFieldMakes) {
  const std::string texts[] = {
      "",         "Scale AI",       "person:dylan-patel", " padded",  "padded ",
      "a, b",     "say \"hi\"",      "C:\\new",            "two\nlines", "tab\there",
      "nul \x01", "del \x7f",        "Łukasz \xE2\x80\x94 ok", "bad \xFF", "~{}|^`",
  };
  for (const std::string& text : texts) {
    std::string out = "prefix,";
    AppendCsvField(out, text);
    EXPECT_EQ(out, "prefix," + CsvField(text)) << text;
  }
}

TEST(TextEscapeTest, CsvFieldReplacesBackslashForGephi) {
  EXPECT_EQ(CsvField("C:\\new"), "C:\uFF3Cnew");
}

TEST(TextEscapeTest, CsvArrayJoinsWithSemicolonsAndProtectsInnerOnes) {
  EXPECT_EQ(CsvArray(std::vector<InternedString>{"Open AI", "OpenAI"}), "Open AI;OpenAI");
  EXPECT_EQ(CsvArray(std::vector<InternedString>{"a;b", "c"}), "a\uFF1Bb;c");
  EXPECT_EQ(CsvArray(std::vector<InternedString>{"x, y"}), "\"x, y\"");
}

TEST(TextEscapeTest, JsonLineSeparatorsAreEscaped) {
  EXPECT_EQ(EscapeJsonLineSeparators("{\"t\":\"a\u2028b\u2029c\"}"),
            "{\"t\":\"a\\u2028b\\u2029c\"}");
  EXPECT_EQ(EscapeJsonLineSeparators("{\"t\":\"\u2027\"}"), "{\"t\":\"\u2027\"}");
}

}  // namespace
}  // namespace claimgraph
