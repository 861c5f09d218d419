// extract/entities/name_index.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Looks names up the way a listener would: by a person's first name or
// surname alone, and by near misses that a transcriber makes ("Ilya
// Sestover", "Mark Chan", "Corrive"). Built once from the gazetteer; the
// episode-level choice among candidates is entity_resolver.h's.
//
// Near misses are measured two ways, both on lower-cased letters:
//   - edit distance (insertions, deletions, substitutions);
//   - a sound key: consonant classes in order, vowels and h/w/y dropped
//     after the first letter, doubled letters once, and capital
//     abbreviations spelled as said ("AI" -> "ay eye"). "CoreWeave",
//     "Corrive" and "core we've" share a key.
//
//   NameIndex index(gazetteer);
//   for (uint32_t person : index.ByFirstName("Sam")) ...
//
// Thread safety: immutable after construction.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_NAME_INDEX_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_NAME_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/gazetteer.h"

namespace claimgraph {

// The sound key of a name as written ("Open AI" and "opening eye" are close).
std::string SoundKey(std::string_view name);

// Lower-cased letters and digits only: "Ilya Sestover" -> "ilyasestover".
std::string LetterKey(std::string_view name);

class NameIndex {
 public:
  explicit NameIndex(const Gazetteer& gazetteer);

  // People (gazetteer indexes) whose first name, or last name, is `word`
  // exactly (ASCII case ignored). A one-word name counts as neither.
  const std::vector<uint32_t>& ByFirstName(std::string_view word) const;
  const std::vector<uint32_t>& ByLastName(std::string_view word) const;

  // One name of an entity as the index keeps it.
  struct Entry {
    uint32_t entity;
    std::string letters;  // LetterKey
    std::string sound;    // SoundKey
    std::vector<std::string> words;  // lower-cased words of the name
  };

  // Entries whose letter key starts with the same letter as `letters` and
  // is at most `slack` bytes longer or shorter.
  std::vector<const Entry*> Near(std::string_view letters, size_t slack) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  const Gazetteer& gazetteer_;
  std::unordered_map<std::string, std::vector<uint32_t>> first_names_;
  std::unordered_map<std::string, std::vector<uint32_t>> last_names_;
  std::vector<Entry> entries_;
  // First byte of the letter key -> entries_ indexes, by key length.
  std::unordered_map<char, std::vector<size_t>> by_initial_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_NAME_INDEX_H_
