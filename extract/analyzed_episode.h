// extract/analyzed_episode.h
// What the extract stages hand to the graph: one episode with its segments,
// the entities it mentions, every mention, and every claim.
//
// Thread safety: plain values.
#ifndef CLAIMGRAPH_EXTRACT_ANALYZED_EPISODE_H_
#define CLAIMGRAPH_EXTRACT_ANALYZED_EPISODE_H_

#include <vector>

#include "extract/claims/claim.h"
#include "extract/entities/entity.h"
#include "extract/transcript/episode.h"

namespace claimgraph {

struct AnalyzedEpisode {
  Episode episode;
  // Every entity that a mention or claim names, each once, in order of first
  // mention. Speakers are not listed here unless they are also mentioned.
  std::vector<Entity> entities;
  std::vector<Mention> mentions;  // by segment, then by begin
  std::vector<Claim> claims;      // by segment, then by begin
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ANALYZED_EPISODE_H_
