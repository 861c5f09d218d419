// report/mention_sentences.h
// The words around each mention, for the report's timeline: hover a mark and
// read what was said.
//
// The graph keeps one `mentions` edge per (segment, entity) with its episode,
// time and line, but not the words. This collects them from each
// AnalyzedEpisode while the graph is built, keyed the way the edges are: by
// episode id, the segment's line, and entity id.
//
//   MentionSentences sentences;
//   build.on_episode = [&](size_t, const AnalyzedEpisode& a) { sentences.AddEpisode(a); };
//   ...
//   const std::vector<std::string>* said = sentences.Find(edge.episode, edge.line, id);
//
// The sentence of a mention is the sentence of a claim that contains it when
// there is one (so the timeline and the claim list quote the same words), else
// the text between the sentence ends (". ", "? ", "! ") around the mention. A
// sentence longer than kMaxSentenceBytes is cut to a window around the
// mention, at spaces, with "..." where it was cut.
//
// Thread safety: AddEpisode may not run concurrently with anything; const
// methods may.
#ifndef CLAIMGRAPH_REPORT_MENTION_SENTENCES_H_
#define CLAIMGRAPH_REPORT_MENTION_SENTENCES_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "extract/analyzed_episode.h"

namespace claimgraph {

inline constexpr size_t kMaxSentenceBytes = 280;

// The sentence of `text` that holds the bytes [begin, end), trimmed, cut as
// described above. Requires begin <= end <= text.size().
std::string SentenceAround(std::string_view text, size_t begin, size_t end);

class MentionSentences {
 public:
  // Records the sentence of every mention of `analyzed` whose segment exists.
  void AddEpisode(const AnalyzedEpisode& analyzed);

  // The sentences that mention `entity` in the segment starting at `line` of
  // `episode`, in the order said, each once; null when none were recorded
  // (for instance for a graph read back from JSON).
  const std::vector<std::string>* Find(std::string_view episode, int line,
                                       std::string_view entity) const;

  bool empty() const { return sentences_.empty(); }

 private:
  using Key = std::tuple<std::string, int, std::string>;
  std::map<Key, std::vector<std::string>, std::less<>> sentences_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_REPORT_MENTION_SENTENCES_H_
