// extract/episode_analyzer.h
// Stages 2 to 4 of 6 in one call: an Episode in, its mentions and claims out.
//
//   EpisodeAnalyzer analyzer(resources);
//   AnalyzedEpisode result = analyzer.Analyze(std::move(episode));
//
// The analyzer borrows compiled, immutable resources (gazetteer, rules) and
// keeps no state between calls, so one analyzer serves every thread.
//
// Thread safety: Analyze may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_
#define CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_

#include "extract/analyzed_episode.h"
#include "extract/entities/mention_finder.h"

namespace claimgraph {

class EpisodeAnalyzer {
 public:
  EpisodeAnalyzer() = default;
  // Finds entities with `finder` (borrowed; must outlive the analyzer).
  // Without a finder no entities are found.
  explicit EpisodeAnalyzer(const MentionFinder* finder) : finder_(finder) {}

  // Finds the episode's mentions and claims. Cannot fail: text that no rule
  // understands yields no mentions or claims.
  AnalyzedEpisode Analyze(Episode episode) const;

 private:
  const MentionFinder* finder_ = nullptr;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_
