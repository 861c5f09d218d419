// extract/transcript/transcript_reader.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Reads a transcript file in any supported layout into an Episode. The layout
// is detected from the text unless ReadOptions::layout names one. The layouts
// and their names are documented in layouts.h.
//
//   Episode episode;
//   CollectingSink warnings;
//   Status s = ReadTranscript("ep12.txt", ReadOptions{}, &episode, &warnings);
//
// Errors (the episode cannot be read) come back as the Status, naming the
// file and, where there is one, the line; nothing is added to `episode` then.
// Problems the reader can go past (a timestamp that goes backwards, a line
// that is too long, invalid UTF-8) are reported to the sink as warnings.
// What counts as bad input, and what is done about it, is described in
// source_text.h (bytes and lines) and episode_builder.h (turns and times).
//
// Limits: a file larger than kMaxTranscriptBytes is an error; a line longer
// than SourceText::kMaxLineBytes (1 MiB) is read up to that length, with a
// warning. Both keep memory and time bounded for any input.
//
// Thread safety: the functions keep no state; concurrent calls are safe.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_TRANSCRIPT_READER_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_TRANSCRIPT_READER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/transcript/episode.h"

namespace claimgraph {

// Files larger than this are refused rather than read into memory.
inline constexpr unsigned long long kMaxTranscriptBytes = 1ULL << 30;  // 1 GiB

struct ReadOptions {
  // A layout name from KnownLayouts(), or empty to detect it.
  std::string layout;
  // Names for speakers the layout does not name ("Speaker 1", alternating
  // subtitle turns), in order of first turn.
  std::vector<std::string> speakers;
};

// Reads and parses the file at `path`. `episode->source` is `path` as given.
Status ReadTranscript(const std::string& path, const ReadOptions& options,
                      Episode* episode, DiagnosticSink* sink);

// Parses `content` as if read from a file named `source`.
Status ParseTranscript(std::string_view content, const std::string& source,
                       const ReadOptions& options, Episode* episode,
                       DiagnosticSink* sink);

// The names accepted by ReadOptions::layout, in a fixed order.
std::vector<std::string> KnownLayouts();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_TRANSCRIPT_READER_H_
