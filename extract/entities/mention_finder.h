// extract/entities/mention_finder.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Finds the people, companies, models and products an episode's speakers
// name, and resolves each mention to one canonical entity. Only segments are
// read: chapter titles and summaries are not speech and yield no mentions.
//
//   EntityData data;                                   // entity_data.h
//   Status s = LoadEntityData("data", {"mine.json"}, &data);
//   MentionFinder finder(data);                        // compiles once
//   EpisodeEntities found = finder.Find(episode);      // any thread
//
// How a mention is found, in the order the resolver trusts them
// (entity_resolver.h has the details):
//   1. gazetteer names and aliases (alias_matcher.h), and pattern families
//      that always count (pattern_families.h); the longest match wins;
//   2. people named by first name and mis-heard surname ("Ilya Sestover"),
//      when the gazetteer has a person with that first name and a close
//      surname;
//   3. aliases and families that need context ("Scout" where Meta comes up,
//      "O3" where models do);
//   4. a first name or surname alone ("Sam", "Zuckerberg") for the one person
//      of that name the episode is about: the speakers and the people it
//      names in full; or for the one gazetteer person of that first name whose
//      organisation the episode names ("Satya" where Microsoft comes up);
//   5. near misses of entities the episode names correctly elsewhere
//      ("Corrive" for CoreWeave), and of gazetteer names (one edit);
//   6. list and proximity rules ("GPT4.5 or 4.1 or 03");
//   7. names the gazetteer does not know, typed by their context
//      (name_rules.h): these entities are marked `discovered`.
// A speaker is a person in play from the first segment on. Where a speaker
// is a gazetteer person, the entity takes the speaker's node id
// (SpeakerId(name) = "person:" + slug), so mention and speaker are one node.
//
// Output order: mentions by segment, then begin; entities by first mention.
// Thread safety: immutable after construction; Find may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_MENTION_FINDER_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_MENTION_FINDER_H_

#include <memory>
#include <vector>

#include "base/key_filter.h"
#include "base/status.h"
#include "base/string_map.h"
#include "extract/entities/entity.h"
#include "extract/entities/entity_data.h"
#include "extract/transcript/episode.h"

namespace claimgraph {

class AliasMatcher;
class NameIndex;

// What the entity layer found in one episode.
struct EpisodeEntities {
  std::vector<Entity> entities;   // each once, in order of first mention
  std::vector<Mention> mentions;  // by segment, then by begin
};

class MentionFinder {
 public:
  // `data` is borrowed and must outlive the finder.
  explicit MentionFinder(const EntityData& data);
  ~MentionFinder();

  // Not ok when the gazetteer could not be compiled.
  const Status& status() const { return status_; }

  EpisodeEntities Find(const Episode& episode) const;

 private:
  const EntityData& data_;
  Status status_;
  std::unique_ptr<AliasMatcher> aliases_;
  std::unique_ptr<NameIndex> names_;
  StringSet spoken_starts_;
  KeyFilter spoken_start_filter_;  // of spoken_starts_
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_MENTION_FINDER_H_
