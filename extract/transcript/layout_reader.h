// extract/transcript/layout_reader.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// The interface every transcript layout implements: one class per layout,
// one file each (the layouts are listed and shown by example in layouts.h).
// A reader does two things:
//
//   Score(text)  says how much `text` looks like its layout, so that the
//                layout detector can pick one (layout_detector.h);
//   Read(text)   reports what it finds to an EpisodeBuilder, which applies
//                the rules shared by all layouts (episode_builder.h).
//
// Scores of different readers are compared with each other, so they count the
// same thing: the number of lines (within the first kScoreLines lines) that
// start a speaker turn in the reader's layout, each line counted once.
// Readers of a self-declaring format (a WEBVTT header, JSON) return
// kCertain when the signature is there. 0 means "not this layout".
//
// Thread safety: readers are stateless; Score and Read may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_READER_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_READER_H_

#include <string_view>

#include "base/status.h"
#include "extract/transcript/episode_builder.h"
#include "extract/transcript/source_text.h"
#include "extract/transcript/transcript_reader.h"

namespace claimgraph {

class LayoutReader {
 public:
  // Lines looked at by Score: enough to be sure, few enough to be quick.
  static constexpr int kScoreLines = 3000;
  // The score of a file that declares its format.
  static constexpr int kCertain = 1000000;

  virtual ~LayoutReader() = default;

  // The name used by ReadOptions::layout and Episode::layout.
  virtual std::string_view name() const = 0;

  // 0 when `text` is not this layout; otherwise the number of turn-starting
  // lines seen (see above). Deterministic; never fails.
  virtual int Score(const SourceText& text) const = 0;

  // Reads `text` into `builder`. Returns an error only for input that cannot
  // be read at all in this layout (for example broken JSON); finding no turn
  // is left to EpisodeBuilder::Finish.
  virtual Status Read(const SourceText& text, const ReadOptions& options,
                      EpisodeBuilder* builder, DiagnosticSink* sink) const = 0;

  // True when Score counts turn lines, and so never passes kScoreLines;
  // false for readers of a self-declaring format, whose Score is cheap and
  // is either 0 or more than kScoreLines. The detector runs these first.
  virtual bool counts_turn_lines() const { return true; }

  // True when the reader works line by line, so that lines cut to
  // SourceText::kMaxLineBytes matter and are reported.
  virtual bool reads_lines() const { return true; }

  // False only when Read would start no segment before line `line` (1-based).
  // The mixed-layout warning asks this, which reads only the lines before
  // `line`, before it scores and reads a whole file in this layout. True
  // when the reader cannot tell cheaply.
  virtual bool MayStartTurnBefore(const SourceText& text, int line) const {
    (void)text;
    (void)line;
    return true;
  }
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_READER_H_
