#include "extract/entities/mention_finder.h"

#include "extract/entities/alias_matcher.h"
#include "extract/entities/entity_resolver.h"
#include "extract/entities/name_index.h"

namespace claimgraph {

MentionFinder::MentionFinder(const EntityData& data)
    : data_(data),
      aliases_(std::make_unique<AliasMatcher>(data.gazetteer)),
      names_(std::make_unique<NameIndex>(data.gazetteer)),
      spoken_starts_(SpokenNameStarts(data.gazetteer)) {
  status_ = aliases_->status();
  for (const std::string& word : spoken_starts_) spoken_start_filter_.Add(word);
}

MentionFinder::~MentionFinder() = default;

EpisodeEntities MentionFinder::Find(const Episode& episode) const {
  return ResolveEpisode(episode, ResolverInputs{data_, *aliases_, *names_, spoken_starts_,
                                                 spoken_start_filter_});
}

}  // namespace claimgraph
