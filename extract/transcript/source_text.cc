#include "extract/transcript/source_text.h"

#include <algorithm>

#include "base/text.h"

namespace claimgraph {
namespace {

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// UTF-16 with a byte-order mark is what some Windows tools save; its ASCII
// is full of NUL bytes, so it must be converted before the binary check.
std::string Utf16ToUtf8(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  auto unit = [&](size_t i) -> char32_t {
    auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
    return static_cast<char32_t>(hi << 8 | lo);
  };
  size_t i = 2;  // after the byte-order mark
  while (i + 1 < bytes.size()) {
    char32_t cp = unit(i);
    i += 2;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < bytes.size()) {
      char32_t low = unit(i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    AppendUtf8(cp, &out);
  }
  return out;
}

// Line and column (1-based) of byte `offset` in `text`, counting CR, LF and
// CRLF each as one line end, as editors do.
std::pair<int, int> Position(std::string_view text, size_t offset) {
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() ||
                                                 text[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

// Rewrites CRLF and CR as LF, in place.
void NormaliseLineEnds(std::string* text) {
  if (text->find('\r') == std::string::npos) return;
  size_t out = 0;
  for (size_t i = 0; i < text->size(); ++i) {
    char c = (*text)[i];
    if (c == '\r') {
      if (i + 1 < text->size() && (*text)[i + 1] == '\n') continue;
      c = '\n';
    }
    (*text)[out++] = c;
  }
  text->resize(out);
}

// Counts the bytes of invalid UTF-8 sequences, one per bad byte.
size_t CountInvalidBytes(std::string_view text) {
  size_t invalid = 0;
  while (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    ++invalid;
    text.remove_prefix(*bad + 1);
  }
  return invalid;
}

// The longest prefix of `line` of at most `max` bytes that ends on a
// character boundary.
std::string_view CutAtCharacter(std::string_view line, size_t max) {
  if (line.size() <= max) return line;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
    --cut;
  return line.substr(0, cut);
}

}  // namespace

Status SourceText::Decode(std::string bytes, const std::string& source,
                          DiagnosticSink* sink, SourceText* out) {
  *out = SourceText();
  if (bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                            (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    bytes = Utf16ToUtf8(bytes, bytes[0] == '\xFF');
  }
  // A file converted or joined twice can start with the mark more than once;
  // every reader (and nlohmann, which skips one) must see the same first byte.
  size_t marks = 0;
  while (bytes.compare(marks, 3, "\xEF\xBB\xBF") == 0) marks += 3;
  bytes.erase(0, marks);
  if (IsBlank(bytes)) return Status::Error(source, 0, "the file is empty");

  size_t nul = bytes.find('\0');
  if (nul != std::string::npos) {
    auto [line, column] = Position(bytes, nul);
    return Status::Error(source, line,
                         "binary data (a NUL byte), not a text transcript",
                         column);
  }

  if (std::optional<size_t> bad = FindInvalidUtf8(bytes)) {
    auto [line, column] = Position(bytes, *bad);
    size_t invalid = CountInvalidBytes(bytes);
    if (invalid * 100 > bytes.size() * kMaxInvalidPercent) {
      return Status::Error(
          source, line,
          "not UTF-8 text: " + std::to_string(invalid) + " of " +
              std::to_string(bytes.size()) + " bytes are invalid",
          column);
    }
    if (sink) {
      sink->Report(Diagnostic{
          Severity::kWarning, source, line, column,
          "invalid UTF-8 replaced by U+FFFD (" + std::to_string(invalid) +
              (invalid == 1 ? " byte)" : " bytes)")});
    }
    bytes = RepairUtf8(bytes);
  }

  NormaliseLineEnds(&bytes);
  out->source_ = source;
  out->text_ = std::move(bytes);
  std::string_view text = out->text_;
  size_t start = 0;
  int number = 1;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (line.size() > kMaxLineBytes) {
      line = CutAtCharacter(line, kMaxLineBytes);
      out->long_lines_.push_back(number);
    }
    // A final line end does not start another (empty) line.
    if (!(end == text.size() && start == end && number > 1)) {
      out->lines_.push_back(SourceLine{line, number});
      out->line_starts_.push_back(start);
    }
    if (end == text.size()) break;
    start = end + 1;
    ++number;
  }
  return Status::Ok();
}

int SourceText::LineAt(size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

void SourceText::ReportLongLines(DiagnosticSink* sink) const {
  if (!sink) return;
  for (int number : long_lines_) {
    sink->Warn(source_, number,
               "line longer than " + std::to_string(kMaxLineBytes) +
                   " bytes; only its first " + std::to_string(kMaxLineBytes) +
                   " bytes are read");
  }
}

}  // namespace claimgraph
