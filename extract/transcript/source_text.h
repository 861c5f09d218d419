// extract/transcript/source_text.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// The bytes of one transcript file, made safe to read line by line. Every
// layout reader works on a SourceText, never on the raw bytes, so that the
// checks for bad input are made once and the same way for every layout:
//
//   - a UTF-8 byte-order mark is dropped; a UTF-16 file (LE or BE, with its
//     byte-order mark) is converted to UTF-8;
//   - CRLF, CR and LF line ends are all read as one line end;
//   - an empty file, or one holding only whitespace, is an error;
//   - NUL bytes (binary data) are an error, naming the line and column of the
//     first one;
//   - invalid UTF-8 is replaced by U+FFFD with one warning, unless more than
//     kMaxInvalidPercent of the bytes are invalid: then it is an error (the
//     file is not text);
//   - a line longer than kMaxLineBytes is read only up to that limit (cut at
//     a character boundary), with one warning per such line. The limit keeps
//     every pattern match bounded, so a file of one line of hundreds of
//     megabytes is read in linear time and without copies of that line.
//
//   SourceText text;
//   Status s = SourceText::Decode(std::move(bytes), "ep12.txt", &sink, &text);
//   for (const SourceLine& line : text.lines()) ...  // line.number is 1-based
//
// Lines keep their text as in the file (no trimming); line numbers are those
// an editor shows for the original file.
//
// Thread safety: immutable after Decode; may be read concurrently.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_SOURCE_TEXT_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_SOURCE_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace claimgraph {

// One line of the file, without its line end.
struct SourceLine {
  std::string_view text;  // points into the owning SourceText
  int number = 0;         // 1-based line number in the original file
};

class SourceText {
 public:
  // Lines longer than this many bytes are cut (with a warning).
  static constexpr size_t kMaxLineBytes = size_t{1} << 20;  // 1 MiB
  // More invalid UTF-8 than this share of the bytes is binary data.
  static constexpr int kMaxInvalidPercent = 10;

  SourceText() = default;
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;
  SourceText(SourceText&&) = default;
  SourceText& operator=(SourceText&&) = default;

  // Checks and normalises `bytes` as described above. `source` names the file
  // in messages. On error `*out` is left empty. Warnings go to `sink`, which
  // may be null.
  static Status Decode(std::string bytes, const std::string& source,
                       DiagnosticSink* sink, SourceText* out);

  const std::string& source() const { return source_; }
  // The whole text, UTF-8, with "\n" line ends (no line is cut here).
  std::string_view text() const { return text_; }
  // Every line, in order; long lines are cut to kMaxLineBytes.
  const std::vector<SourceLine>& lines() const { return lines_; }
  // The 1-based line holding byte `offset` of text().
  int LineAt(size_t offset) const;
  // Warns once for each line cut to kMaxLineBytes. Readers that work line by
  // line call this; readers that parse text() as a whole do not.
  void ReportLongLines(DiagnosticSink* sink) const;

 private:
  std::string source_;
  std::string text_;
  std::vector<SourceLine> lines_;
  std::vector<size_t> line_starts_;  // byte offset of each line in text_
  std::vector<int> long_lines_;      // numbers of lines that were cut
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_SOURCE_TEXT_H_
