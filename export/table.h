// export/table.h
// Tables of text for the answers of query, compare and stats: drawn aligned
// for a terminal, or written as CSV for spreadsheets and pandas.
//
//   Table t{{"ENTITY", "MENTIONS"}, {{"Meta", "6"}, {"OpenAI", "3"}}};
//   std::cout << FormatTextTable(t, {.width = 100});
//
//   ENTITY  MENTIONS
//   ------  --------
//   Meta    6
//   OpenAI  3
//
// Text tables: columns are separated by two spaces and padded to their
// widest cell, counted in Unicode code points (so "Łukasz" is 6 wide); a
// cell may hold several lines ("\n"); trailing spaces are trimmed. When
// `width` is set and the table is wider, the wrappable columns (the last one
// by default) are word-wrapped to share what the others leave, down to
// kMinWrapWidth each.
//
// CSV (RFC 4180, with "\n" line ends): a header row, then one row per table
// row; a field is quoted when it holds a comma, a quote or a line break, and
// quotes inside are doubled.
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXPORT_TABLE_H_
#define CLAIMGRAPH_EXPORT_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;  // each as long as `columns`
};

inline constexpr size_t kMinWrapWidth = 20;

struct TextTableOptions {
  size_t width = 0;              // total width to fit in; 0: no limit
  std::vector<size_t> wrappable; // column indexes; empty: the last column
  bool rule = true;              // a line of dashes under the header
};

std::string FormatTextTable(const Table& table, const TextTableOptions& options);

std::string FormatCsv(const Table& table);

// The width of `text` in code points.
size_t DisplayWidth(std::string_view text);

// Breaks `text` into lines of at most `width` code points, at spaces where it
// can and inside a word only when the word alone is wider. Keeps "\n" breaks.
std::vector<std::string> WrapText(std::string_view text, size_t width);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXPORT_TABLE_H_
