// extract/episode_analyzer.h
// Stages 2 to 4 of 6 in one call: an Episode in, its mentions and claims out.
//
//   EpisodeAnalyzer analyzer(&finder, &rules, &gazetteer);
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
#include "extract/entities/gazetteer.h"
#include "extract/entities/mention_finder.h"

namespace claimgraph {

class EpisodeAnalyzer {
 public:
  // Finds nothing: no mentions, no claims.
  EpisodeAnalyzer() = default;
  // Finds entities with `finder` and claims with `rules`; the claims may name
  // entities of `gazetteer` that the episode does not mention (a model's
  // maker, a speaker's organisation). All three are borrowed, may be null
  // (that stage then finds nothing), and must outlive the analyzer; `rules`
  // must be finished.
  explicit EpisodeAnalyzer(const MentionFinder* finder,
                           const RuleSet* rules = nullptr,
                           const Gazetteer* gazetteer = nullptr);

  // Finds the episode's mentions and claims. Cannot fail: text that no rule
  // understands yields no mentions or claims. Warnings (a limit reached, see
  // claim_extractor.h) go to `sink` when it is not null.
  AnalyzedEpisode Analyze(Episode episode, DiagnosticSink* sink = nullptr) const;

  // The claims stage alone, over the mentions already in `analyzed`:
  // replaces analyzed->claims (see ClaimExtractor::Extract). For tests and
  // tools that bring their own mentions.
  void FindClaims(AnalyzedEpisode* analyzed, DiagnosticSink* sink = nullptr) const;

 private:
  const MentionFinder* finder_ = nullptr;
  const Gazetteer* gazetteer_ = nullptr;
  std::optional<ClaimExtractor> claims_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_EPISODE_ANALYZER_H_
