// fuzz/transcript_checks.h
// The guarantees of extract/transcript/transcript_reader.h, checked on one
// parse, for the transcript fuzz targets (detected layout and each layout).
#ifndef CLAIMGRAPH_FUZZ_TRANSCRIPT_CHECKS_H_
#define CLAIMGRAPH_FUZZ_TRANSCRIPT_CHECKS_H_

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/transcript/episode.h"
#include "extract/transcript/transcript_reader.h"
#include "fuzz/fuzz_check.h"

namespace claimgraph::fuzz {

inline constexpr char kFuzzSource[] = "fuzz.txt";

// Lines in `text` under any line-end convention (LF, CRLF, CR alone), the
// way an editor numbers them. A UTF-16 file (it starts with a byte-order
// mark) is converted before it is split, so only a bound is known: its size.
inline int CountLines(std::string_view text) {
  if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') ||
                           (text[0] == '\xFE' && text[1] == '\xFF')))
    return static_cast<int>(text.size()) + 1;
  int lines = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' ||
        (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
      ++lines;
  }
  return lines;
}

inline void CheckDiagnostic(const Diagnostic& d, int lines) {
  FUZZ_CHECK(d.file == kFuzzSource);
  FUZZ_CHECK(d.line >= 0 && d.line <= lines);
  FUZZ_CHECK(d.column >= 0);
  FUZZ_CHECK(!d.message.empty());
  FUZZ_CHECK(d.message.find('\n') == std::string::npos);
}

// Parses `text` twice and checks the reader's guarantees.
inline void CheckParse(std::string_view text, const ReadOptions& options) {
  int lines = CountLines(text);
  Episode episode;
  CollectingSink sink;
  Status status = ParseTranscript(text, kFuzzSource, options, &episode, &sink);
  for (const Diagnostic& d : sink.diagnostics()) CheckDiagnostic(d, lines);
  if (!status.ok()) {
    CheckDiagnostic(status.diagnostic(), lines);
    FUZZ_CHECK(episode.segments.empty() && episode.speakers.empty() &&
               episode.chapters.empty());
    return;
  }
  int previous_line = 0;
  std::set<std::string> speakers(episode.speakers.begin(),
                                 episode.speakers.end());
  FUZZ_CHECK(speakers.size() == episode.speakers.size());
  for (const Segment& segment : episode.segments) {
    FUZZ_CHECK(segment.line >= 1 && segment.line <= lines);
    FUZZ_CHECK(segment.line >= previous_line);
    previous_line = segment.line;
    // Repair turns each invalid byte into U+FFFD, three bytes long.
    FUZZ_CHECK(segment.text.size() <= 3 * text.size());
    if (segment.seconds) FUZZ_CHECK(*segment.seconds >= 0);
    FUZZ_CHECK(speakers.count(segment.speaker) == 1);
  }
  for (const Chapter& chapter : episode.chapters)
    FUZZ_CHECK(chapter.line >= 1 && chapter.line <= lines);

  // Same input, same episode.
  Episode again;
  CollectingSink again_sink;
  FUZZ_CHECK(ParseTranscript(text, kFuzzSource, options, &again, &again_sink)
                 .ok());
  FUZZ_CHECK(again.segments.size() == episode.segments.size());
  for (size_t i = 0; i < again.segments.size(); ++i) {
    FUZZ_CHECK(again.segments[i].text == episode.segments[i].text);
    FUZZ_CHECK(again.segments[i].speaker == episode.segments[i].speaker);
    FUZZ_CHECK(again.segments[i].line == episode.segments[i].line);
  }
  FUZZ_CHECK(again_sink.diagnostics().size() == sink.diagnostics().size());
}

}  // namespace claimgraph::fuzz

#endif  // CLAIMGRAPH_FUZZ_TRANSCRIPT_CHECKS_H_
