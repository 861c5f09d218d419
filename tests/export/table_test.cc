#include "export/table.h"

#include <gtest/gtest.h>

namespace claimgraph {
namespace {

TEST(TableTest, TextColumnsArePaddedToTheWidestCell) {
  Table t{{"ENTITY", "MENTIONS"}, {{"Meta", "6"}, {"Scale AI", "3"}}};
  EXPECT_EQ(FormatTextTable(t, {}),
            "ENTITY    MENTIONS\n"
            "------    --------\n"
            "Meta      6\n"
            "Scale AI  3\n");
}

TEST(TableTest, WidthCountsCodePointsNotBytes) {
  Table t{{"NAME", "N"}, {{"Łukasz", "1"}, {"Ada", "2"}}};
  EXPECT_EQ(FormatTextTable(t, {.rule = false}),
            "NAME    N\n"
            "Łukasz  1\n"
            "Ada     2\n");
}

TEST(TableTest, LastColumnWrapsToFitTheWidth) {
  Table t{{"WHO", "SAID"}, {{"Ada", "Meta bought Scale for the team"}}};
  EXPECT_EQ(FormatTextTable(t, {.width = 26}),
            "WHO  SAID\n"
            "---  ----\n"
            "Ada  Meta bought Scale for\n"
            "     the team\n");
}

TEST(TableTest, WrapKeepsALinesIndent) {
  EXPECT_EQ(WrapText("  indented words here\nnext", 10),
            (std::vector<std::string>{"  indented", "words here", "next"}));
}

TEST(TableTest, WithoutWidthNothingIsRewrapped) {
  Table t{{"A"}, {{"a   long   cell\n  indented"}}};
  EXPECT_EQ(FormatTextTable(t, {.rule = false}), "A\na   long   cell\n  indented\n");
}

TEST(TableTest, MultiLineCellsMakeTallRows) {
  Table t{{"A", "B"}, {{"one\ntwo", "x"}}};
  EXPECT_EQ(FormatTextTable(t, {.rule = false}), "A    B\none  x\ntwo\n");
}

TEST(TableTest, WrapCutsWordsWiderThanTheColumn) {
  EXPECT_EQ(WrapText("superintelligence is near", 8),
            (std::vector<std::string>{"superint", "elligenc", "e is", "near"}));
}

TEST(TableTest, CsvQuotesOnlyWhatNeedsIt) {
  Table t{{"a", "b"}, {{"plain", "say \"hi\", then\nleave"}}};
  EXPECT_EQ(FormatCsv(t), "a,b\nplain,\"say \"\"hi\"\", then\nleave\"\n");
}

}  // namespace
}  // namespace claimgraph
