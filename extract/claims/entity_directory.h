// extract/claims/entity_directory.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// What the claim extractor may ask about an entity beyond its id: the maker
// of a model ("Behemoth got delayed" -> Meta delayed it) and a speaker's
// organisation ("we" -> their company). The analyzer answers from the
// episode's entities and the gazetteer; tests answer from a map.
//
//   EpisodeDirectory directory(analyzed.entities, &gazetteer_directory);
//   const Entity* meta = directory.Find("company:meta");
//
// Thread safety: implementations are read-only after construction; Find may
// run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_ENTITY_DIRECTORY_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_ENTITY_DIRECTORY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/entities/entity.h"

namespace claimgraph {

class EntityDirectory {
 public:
  virtual ~EntityDirectory() = default;
  // The entity with id `id`, or nullptr when unknown. The pointer stays valid
  // as long as the directory does.
  virtual const Entity* Find(std::string_view id) const = 0;
};

// A directory over a list of entities, asking `fallback` (may be null) for
// ids the list does not hold. Borrows both; they must outlive it.
class ListDirectory : public EntityDirectory {
 public:
  explicit ListDirectory(const std::vector<Entity>& entities,
                         const EntityDirectory* fallback = nullptr);
  const Entity* Find(std::string_view id) const override;

 private:
  std::unordered_map<std::string_view, const Entity*> by_id_;
  const EntityDirectory* fallback_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_ENTITY_DIRECTORY_H_
