#include "extract/claims/entity_directory.h"

namespace claimgraph {

ListDirectory::ListDirectory(const std::vector<Entity>& entities,
                             const EntityDirectory* fallback)
    : fallback_(fallback) {
  for (const Entity& entity : entities) by_id_.emplace(entity.id, &entity);
}

const Entity* ListDirectory::Find(std::string_view id) const {
  auto found = by_id_.find(id);
  if (found != by_id_.end()) return found->second;
  return fallback_ ? fallback_->Find(id) : nullptr;
}

}  // namespace claimgraph
