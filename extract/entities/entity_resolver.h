// extract/entities/entity_resolver.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Per-episode resolution: turns what the matchers find in each segment into
// mentions of canonical entities. The steps and their order are described in
// mention_finder.h; this is where they live. Resolution is per episode
// because what a first name or a near miss means depends on who else the
// episode names: a first name resolves only to the one person of that name
// in play, never when two are, and no resolution beats a wrong one.
//
// Thread safety: ResolveEpisode keeps no state; its inputs are read only.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_RESOLVER_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_RESOLVER_H_

#include "base/key_filter.h"
#include "base/string_map.h"
#include "extract/entities/alias_matcher.h"
#include "extract/entities/entity_data.h"
#include "extract/entities/mention_finder.h"
#include "extract/entities/name_index.h"

namespace claimgraph {

struct ResolverInputs {
  const EntityData& data;
  const AliasMatcher& aliases;
  const NameIndex& names;
  const StringSet& spoken_starts;  // SpokenNameStarts(data.gazetteer)
  const KeyFilter& spoken_start_filter;  // of spoken_starts
};

// The first word of every name of two or more words as it is heard in lower
// case ("open" for "OpenAI", "thinking" for "Thinking Machines"). A run of
// lower-case words that starts with any other word names nothing, which
// spares a lookup for almost every word of a transcript.
StringSet SpokenNameStarts(const Gazetteer& gazetteer);

EpisodeEntities ResolveEpisode(const Episode& episode, const ResolverInputs& in);

// True when the text between two names joins them in a list: only commas,
// spaces and one of "and", "or", "&", "/", "vs", "versus", "nor".
bool IsListGap(std::string_view between);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_RESOLVER_H_
