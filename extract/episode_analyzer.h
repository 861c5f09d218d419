// extract/episode_analyzer.h
// Stages 2 to 4 of 6 in one call: an Episode in, its mentions and claims out.
//
//   EpisodeAnalyzer analyzer(&rules);
//   AnalyzedEpisode result = analyzer.Analyze(std::move(episode));
//
// The analyzer borrows compiled, immutable resources (gazetteer, rules) and
// keeps no state between calls, so one analyzer serves every thread.
//
// Thread safety: Analyze may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_
#define CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_

#include <optional>

#include "extract/analyzed_episode.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/rule_set.h"

namespace claimgraph {

class EpisodeAnalyzer {
 public:
  // Finds nothing: no mentions, no claims.
  EpisodeAnalyzer() = default;
  // Finds claims with `rules` (borrowed, finished, must outlive the analyzer).
  explicit EpisodeAnalyzer(const RuleSet* rules);

  // Finds the episode's mentions and claims. Cannot fail: text that no rule
  // understands yields no mentions or claims.
  AnalyzedEpisode Analyze(Episode episode) const;

  // The claims stage alone, over mentions already in `analyzed`: replaces
  // analyzed->claims (see ClaimExtractor::Extract). For tests and tools that
  // bring their own mentions.
  void FindClaims(AnalyzedEpisode* analyzed) const;

 private:
  std::optional<ClaimExtractor> claims_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_
