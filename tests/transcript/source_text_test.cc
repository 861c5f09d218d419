// SourceText: line ends, byte-order marks, encodings and the line limit.
#include "extract/transcript/source_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/transcript/transcript_test_util.h"

namespace claimgraph {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> LineTexts(const SourceText& text) {
  std::vector<std::string> out;
  for (const SourceLine& line : text.lines())
    out.push_back(std::to_string(line.number) + ":" + std::string(line.text));
  return out;
}

SourceText DecodeOk(std::string bytes, CollectingSink* sink = nullptr) {
  SourceText text;
  Status s = SourceText::Decode(std::move(bytes), "t.txt", sink, &text);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return text;
}

TEST(SourceTextTest, ReadsLfLineEnds) {
  EXPECT_THAT(LineTexts(DecodeOk("a\nb\n")), ElementsAre("1:a", "2:b"));
}

TEST(SourceTextTest, ReadsCrlfLineEnds) {
  EXPECT_THAT(LineTexts(DecodeOk("a\r\nb\r\n")), ElementsAre("1:a", "2:b"));
}

TEST(SourceTextTest, ReadsCrLineEnds) {
  EXPECT_THAT(LineTexts(DecodeOk("a\rb\r\rc")),
              ElementsAre("1:a", "2:b", "3:", "4:c"));
}

TEST(SourceTextTest, DropsUtf8ByteOrderMark) {
  EXPECT_THAT(LineTexts(DecodeOk("\xEF\xBB\xBFTitle\nx")),
              ElementsAre("1:Title", "2:x"));
}

TEST(SourceTextTest, DropsARepeatedUtf8ByteOrderMark) {
  EXPECT_THAT(LineTexts(DecodeOk("\xEF\xBB\xBF\xEF\xBB\xBFTitle\nx")),
              ElementsAre("1:Title", "2:x"));
}

TEST(SourceTextTest, ConvertsUtf16LittleEndianWithByteOrderMark) {
  std::string bytes("\xFF\xFE", 2);
  const char16_t units[] = {u'H', u'i', u'\n', u'\u00E9'};
  for (char16_t u : units) {
    bytes += static_cast<char>(u & 0xFF);
    bytes += static_cast<char>(u >> 8);
  }
  EXPECT_THAT(LineTexts(DecodeOk(bytes)), ElementsAre("1:Hi", "2:\xC3\xA9"));
}

TEST(SourceTextTest, RepairsInvalidUtf8WithOneWarning) {
  CollectingSink sink;
  SourceText text =
      DecodeOk("Ann: caf\xE9 au lait is fine here\nBo: ok, many bytes\n", &sink);
  EXPECT_THAT(LineTexts(text),
              ElementsAre("1:Ann: caf\xEF\xBF\xBD au lait is fine here",
                          "2:Bo: ok, many bytes"));
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:1:9: warning: invalid UTF-8 replaced by "
                          "U+FFFD (1 byte)"));
}

TEST(SourceTextTest, CutsOverlongLinesAndWarnsWhenAsked) {
  std::string bytes = "short\n" +
                      std::string(SourceText::kMaxLineBytes + 10, 'x') +
                      "\nend\n";
  SourceText text = DecodeOk(bytes);
  ASSERT_EQ(text.lines().size(), 3u);
  EXPECT_EQ(text.lines()[1].text.size(), SourceText::kMaxLineBytes);
  EXPECT_EQ(text.lines()[2].text, "end");
  CollectingSink sink;
  text.ReportLongLines(&sink);
  EXPECT_THAT(Messages(sink),
              ElementsAre("t.txt:2: warning: line longer than 1048576 bytes; "
                          "only its first 1048576 bytes are read"));
}

TEST(SourceTextTest, CutsOverlongLinesAtACharacterBoundary) {
  // 'x' then two-byte characters, so that the limit falls inside one.
  std::string bytes = "x";
  while (bytes.size() < SourceText::kMaxLineBytes + 4) bytes += "\xC3\xA9";
  SourceText text = DecodeOk(bytes);
  EXPECT_EQ(text.lines()[0].text.size(), SourceText::kMaxLineBytes - 1);
}

TEST(SourceTextTest, LineAtMapsOffsetsToLines) {
  SourceText text = DecodeOk("ab\ncd\n\nef");
  EXPECT_EQ(text.LineAt(0), 1);
  EXPECT_EQ(text.LineAt(3), 2);
  EXPECT_EQ(text.LineAt(6), 3);
  EXPECT_EQ(text.LineAt(8), 4);
}

}  // namespace
}  // namespace claimgraph
