#include "extract/episode_analyzer.h"

#include <utility>

namespace claimgraph {

AnalyzedEpisode EpisodeAnalyzer::Analyze(Episode episode) const {
  AnalyzedEpisode result;
  result.episode = std::move(episode);
  return result;
}

}  // namespace claimgraph
