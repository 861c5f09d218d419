#include "extract/episode_analyzer.h"

#include <utility>

namespace claimgraph {
namespace {

// The gazetteer, as the claim extractor asks about entities.
class GazetteerDirectory : public EntityDirectory {
 public:
  explicit GazetteerDirectory(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
  const Entity* Find(std::string_view id) const override {
    return gazetteer_ ? gazetteer_->Find(id) : nullptr;
  }

 private:
  const Gazetteer* gazetteer_;
};

}  // namespace

EpisodeAnalyzer::EpisodeAnalyzer(const MentionFinder* finder, const RuleSet* rules,
                                 const Gazetteer* gazetteer)
    : finder_(finder), gazetteer_(gazetteer) {
  if (rules) claims_.emplace(*rules);
}

AnalyzedEpisode EpisodeAnalyzer::Analyze(Episode episode, DiagnosticSink* sink) const {
  AnalyzedEpisode result;
  result.episode = std::move(episode);
  if (finder_) {
    EpisodeEntities found = finder_->Find(result.episode);
    result.entities = std::move(found.entities);
    result.mentions = std::move(found.mentions);
  }
  FindClaims(&result, sink);
  return result;
}

void EpisodeAnalyzer::FindClaims(AnalyzedEpisode* analyzed, DiagnosticSink* sink) const {
  if (!claims_) return;
  // The directory points into analyzed->entities, which Extract appends to
  // only after its last lookup.
  GazetteerDirectory gazetteer(gazetteer_);
  ListDirectory directory(analyzed->entities, &gazetteer);
  claims_->Extract(analyzed, directory, sink);
}

}  // namespace claimgraph
