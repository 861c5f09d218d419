#include "extract/entities/gazetteer.h"

#include <utility>

namespace claimgraph {

void Gazetteer::Add(Entity entity) {
  auto [it, inserted] = index_.emplace(entity.id, entities_.size());
  if (inserted) {
    entities_.push_back(std::move(entity));
  } else {
    entities_[it->second] = std::move(entity);
  }
}

const Entity* Gazetteer::Find(std::string_view id) const {
  auto it = index_.find(std::string(id));
  return it == index_.end() ? nullptr : &entities_[it->second];
}

}  // namespace claimgraph
