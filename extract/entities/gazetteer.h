// extract/entities/gazetteer.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// The gazetteer: every entity claimgraph knows by name, loaded from JSON data
// files (the format is documented in data/gazetteer/README.md and enforced by
// gazetteer_loader.h). Entities keep the order of the files and of the entries
// in them; an entry whose id was already loaded replaces the earlier entry in
// its place, so a user file can override a shipped entity.
//
//   Gazetteer gazetteer;
//   Status s = LoadGazetteerDir("data/gazetteer", &gazetteer);
//   if (s.ok()) s = LoadGazetteerFile("mine.json", &gazetteer);
//   const Entity* meta = gazetteer.Find("company:meta");
//
// Thread safety: const methods may run concurrently; Add may not.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/entity.h"

namespace claimgraph {

class Gazetteer {
 public:
  // Adds `entity`, or replaces the entity with the same id in its place.
  // Requires a non-empty id.
  void Add(Entity entity);

  // The entity with this id, or nullptr. The pointer stays valid until the
  // next Add.
  const Entity* Find(std::string_view id) const;

  // Every entity, in load order (a replaced entity keeps its first place).
  const std::vector<Entity>& entities() const { return entities_; }
  size_t size() const { return entities_.size(); }

 private:
  std::vector<Entity> entities_;
  std::unordered_map<std::string, size_t> index_;  // id -> entities_ index
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_GAZETTEER_H_
