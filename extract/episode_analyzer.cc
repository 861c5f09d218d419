#include "extract/episode_analyzer.h"

#include <utility>

namespace claimgraph {

EpisodeAnalyzer::EpisodeAnalyzer(const RuleSet* rules) {
  if (rules) claims_.emplace(*rules);
}

AnalyzedEpisode EpisodeAnalyzer::Analyze(Episode episode) const {
  AnalyzedEpisode result;
  result.episode = std::move(episode);
  FindClaims(&result);
  return result;
}

void EpisodeAnalyzer::FindClaims(AnalyzedEpisode* analyzed) const {
  if (!claims_) return;
  // The directory points into analyzed->entities, which Extract appends to
  // only after its last lookup.
  ListDirectory directory(analyzed->entities);
  claims_->Extract(analyzed, directory);
}

}  // namespace claimgraph
