// extract/transcript/speaker_line_reader.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// The common reader of layouts where a speaker turn starts on a line that
// names the speaker (with or without a time), and the speech follows on that
// line or on the lines below. Each such layout (layouts.h) only says how one
// trimmed line matches: a turn, a timed continuation of the current speaker,
// a chapter line ("00:00:00 – Chapter name"), or none. This class does the
// rest the same way for all of them:
//
//   - lines before the first turn are the preamble (preamble.h); chapter
//     lines there are chapters, not title;
//   - Markdown headings ("## Sora") are chapters and never speech; a heading
//     closes the open turn, so untimed text under it is dropped, but a timed
//     continuation after it still belongs to the speaker before it;
//   - chapter times come from chapter lines ("* 1:05 – OpenAI board saga");
//     when headings exist they are the chapters, each taking the time of the
//     chapter line with the same title, or else of the first segment below;
//   - other lines after a turn are its text;
//   - when a layout asks for it (RequiresRepeatedNames), a label used only
//     once is text, not a speaker, if other labels are used more than once
//     ("Note: the call dropped here." inside a NAME: layout).
//
// Score counts the lines that Match calls turns (asking with LineWanted::kTurn).
//
// Thread safety: stateless; see LayoutReader.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_LINE_READER_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_LINE_READER_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include <re2/re2.h>

#include "extract/transcript/layout_reader.h"

namespace claimgraph {

// What one trimmed line is, in a layout.
struct LineMatch {
  enum class Kind {
    kNone,          // text (or preamble)
    kTurn,          // a speaker starts: `name`, maybe `seconds`, maybe `text`
    kContinuation,  // the current speaker goes on at `seconds`
    kChapter,       // a chapter line: `text` is the title at `seconds`
  };
  Kind kind = Kind::kNone;
  std::string_view name;
  std::optional<long long> seconds;
  std::string_view text;  // speech (or chapter title) on the same line
};

// How much of a line's kind its caller needs. Scoring a layout counts turns
// only: every other reader scores each line of a file, and the continuation
// and chapter patterns, tried on a line that is no turn, cost most of that.
enum class LineWanted {
  kAll,
  kTurn,  // a line that is no turn may come back as kNone
};

class SpeakerLineReader : public LayoutReader {
 public:
  int Score(const SourceText& text) const override;
  // Read starts a segment only at a turn line, or continues one after it.
  bool MayStartTurnBefore(const SourceText& text, int line) const override;
  Status Read(const SourceText& text, const ReadOptions& options,
              EpisodeBuilder* builder, DiagnosticSink* sink) const override;

 protected:
  // Classifies one line, already trimmed and never blank. Views in the
  // result point into `trimmed`. A turn is found alike whatever `wanted` is.
  virtual LineMatch Match(std::string_view trimmed, LineWanted wanted) const = 0;

  // See the file comment. False by default.
  virtual bool RequiresRepeatedNames() const { return false; }

 private:
  // The turn lines among the first `max_lines` lines after the front matter
  // that are numbered below `before_line`; counting stops at `stop_at` turns
  // (0: never). Score and MayStartTurnBefore both ask this.
  int CountTurnLines(const SourceText& text, size_t max_lines, int before_line,
                     int stop_at) const;
};

// Matches "00:00:00 – Chapter name", "* 1:05 - Board saga" (a bullet, a
// clock, a dash of any kind, a title); the shared form of chapter lines.
bool MatchChapterLine(std::string_view trimmed, LineMatch* match);

// The shared Match of the layouts whose every line of interest holds a
// clock: `turn` captures (name, clock, text), `continuation` (clock, text);
// anything else may be a chapter line. A turn whose name does not look like
// a speaker's is tried as a continuation, and a clock that does not parse
// makes the line plain text.
LineMatch MatchClockedLine(std::string_view trimmed, const RE2& turn,
                           const RE2& continuation, LineWanted wanted);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_LINE_READER_H_
