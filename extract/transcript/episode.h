// extract/transcript/episode.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// The one model every transcript layout is read into. A reader turns a file
// into an Episode; every later stage reads only this. Each Segment keeps the
// line it starts on in the original file, so that every fact found later can
// point back to "file:line".
//
// Thread safety: plain values.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_H_

#include <optional>
#include <string>
#include <vector>

namespace claimgraph {

// A chapter heading of the episode: not speech, so no mentions come from it.
struct Chapter {
  std::string title;
  std::optional<long long> seconds;  // start, when the layout gives one
  std::string summary;               // paragraph under the heading, may be empty
  int line = 0;                      // 1-based line of the title
};

// One stretch of speech by one speaker: a turn, or a timestamped paragraph
// that continues the same speaker's turn.
struct Segment {
  std::string speaker;               // display name, e.g. "Dylan Patel"
  std::optional<long long> seconds;  // start; nullopt for untimed layouts
  int line = 0;                      // 1-based line where the segment starts
  std::string text;                  // the speech, lines joined by spaces
  bool continuation = false;         // same speaker as the segment before
};

struct Episode {
  std::string id;          // "episode:" + slug of the source file's stem
  std::string title;       // may be empty
  std::string date;        // "YYYY-MM-DD", or empty when unknown
  std::string source;      // the file name as the user gave it
  std::string layout;      // the name of the layout that was read
  std::vector<std::string> speakers;  // display names, in order of first turn
  std::vector<Chapter> chapters;
  std::vector<Segment> segments;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_H_
