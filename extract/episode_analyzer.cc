#include "extract/episode_analyzer.h"

#include <utility>

namespace claimgraph {

AnalyzedEpisode EpisodeAnalyzer::Analyze(Episode episode) const {
  AnalyzedEpisode result;
  result.episode = std::move(episode);
  if (finder_) {
    EpisodeEntities found = finder_->Find(result.episode);
    result.entities = std::move(found.entities);
    result.mentions = std::move(found.mentions);
  }
  return result;
}

}  // namespace claimgraph
