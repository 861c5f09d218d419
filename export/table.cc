#include "export/table.h"

#include <algorithm>

namespace claimgraph {
namespace {

bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The byte length of the first `n` code points of `text` (all of it when
// shorter).
size_t BytesFor(std::string_view text, size_t n) {
  size_t i = 0;
  while (i < text.size() && n > 0) {
    ++i;
    while (i < text.size() && IsContinuationByte(text[i])) ++i;
    --n;
  }
  return i;
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.emplace_back(text.substr(start));
      return lines;
    }
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
}

void WrapLine(std::string_view line, size_t width, std::vector<std::string>* out) {
  // A line's own indent stays with its first word.
  size_t indent = line.find_first_not_of(' ');
  if (indent == std::string_view::npos) indent = line.size();
  indent = std::min(indent, width > 1 ? width - 1 : size_t{0});
  std::string current(indent, ' ');
  size_t current_width = indent;
  bool fresh = true;  // nothing but the indent in `current` yet
  size_t start = indent;
  while (start <= line.size()) {
    size_t space = line.find(' ', start);
    if (space == std::string_view::npos) space = line.size();
    std::string_view word = line.substr(start, space - start);
    start = space + 1;
    if (word.empty()) continue;
    size_t w = DisplayWidth(word);
    if (fresh && current_width + w <= width) {
      current += word;
      current_width += w;
      fresh = false;
      continue;
    }
    if (!fresh && current_width + 1 + w <= width) {
      current += ' ';
      current += word;
      current_width += 1 + w;
      continue;
    }
    if (!fresh) out->push_back(std::move(current));
    // A word wider than the column is cut where it must be.
    while (w > width) {
      size_t bytes = BytesFor(word, width);
      out->emplace_back(word.substr(0, bytes));
      word.remove_prefix(bytes);
      w -= width;
    }
    current = std::string(word);
    current_width = w;
    fresh = current.empty();
  }
  if (!current.empty() || out->empty()) out->push_back(std::move(current));
}

void RightTrim(std::string* line) {
  while (!line->empty() && line->back() == ' ') line->pop_back();
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (char c : text)
    if (!IsContinuationByte(c)) ++width;
  return width;
}

std::vector<std::string> WrapText(std::string_view text, size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  for (const std::string& line : SplitLines(text)) WrapLine(line, width, &lines);
  return lines;
}

std::string FormatTextTable(const Table& table, const TextTableOptions& options) {
  const size_t n = table.columns.size();
  if (n == 0) return "";
  constexpr size_t kGap = 2;
  std::vector<size_t> widths(n, 0);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < n && i < row.size(); ++i)
      for (const std::string& line : SplitLines(row[i]))
        widths[i] = std::max(widths[i], DisplayWidth(line));
  };
  measure(table.columns);
  for (const auto& row : table.rows) measure(row);

  std::vector<bool> wrap(n, false);
  if (options.wrappable.empty()) {
    wrap[n - 1] = true;
  } else {
    for (size_t i : options.wrappable)
      if (i < n) wrap[i] = true;
  }
  size_t total = kGap * (n - 1);
  for (size_t w : widths) total += w;
  if (options.width > 0 && total > options.width) {
    // The fixed columns keep their width; the wrappable ones share the rest,
    // and a column narrower than its share keeps its own width.
    size_t fixed = kGap * (n - 1);
    std::vector<size_t> wrapped;
    for (size_t i = 0; i < n; ++i) {
      if (wrap[i]) {
        wrapped.push_back(i);
      } else {
        fixed += widths[i];
      }
    }
    size_t room = options.width > fixed ? options.width - fixed : 0;
    std::sort(wrapped.begin(), wrapped.end(),
              [&](size_t a, size_t b) { return widths[a] < widths[b]; });
    for (size_t k = 0; k < wrapped.size(); ++k) {
      size_t share = std::max(kMinWrapWidth, room / (wrapped.size() - k));
      size_t i = wrapped[k];
      widths[i] = std::min(widths[i], share);
      room = room > widths[i] ? room - widths[i] : 0;
    }
  }

  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    std::vector<std::vector<std::string>> cells(n);
    size_t height = 1;
    for (size_t i = 0; i < n; ++i) {
      std::string_view cell = i < row.size() ? std::string_view(row[i]) : "";
      cells[i] = wrap[i] && options.width > 0 ? WrapText(cell, widths[i])
                                              : SplitLines(cell);
      height = std::max(height, cells[i].size());
    }
    for (size_t h = 0; h < height; ++h) {
      std::string line;
      for (size_t i = 0; i < n; ++i) {
        std::string_view text = h < cells[i].size() ? std::string_view(cells[i][h]) : "";
        line += text;
        if (i + 1 < n) line.append(widths[i] - DisplayWidth(text) + kGap, ' ');
      }
      RightTrim(&line);
      out += line;
      out += '\n';
    }
  };
  emit(table.columns);
  if (options.rule) {
    std::vector<std::string> rule;
    for (size_t i = 0; i < n; ++i)
      rule.push_back(std::string(std::min(widths[i], DisplayWidth(table.columns[i])), '-'));
    emit(rule);
  }
  for (const auto& row : table.rows) emit(row);
  return out;
}

std::string FormatCsv(const Table& table) {
  std::string out;
  auto emit = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      const std::string& field = row[i];
      if (field.find_first_of(",\"\r\n") == std::string::npos) {
        out += field;
        continue;
      }
      out += '"';
      for (char c : field) {
        if (c == '"') out += '"';
        out += c;
      }
      out += '"';
    }
    out += '\n';
  };
  emit(table.columns);
  for (const auto& row : table.rows) emit(row);
  return out;
}

}  // namespace claimgraph
