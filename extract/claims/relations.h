// extract/claims/relations.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// The 16 relations a claim can assert (docs/relations.md), with the entity
// types each accepts as subject and object. The extractor drops a rule's
// finding whose entities do not fit ("<model:o3> hired <company:meta>"), so a
// loose pattern cannot put a nonsense edge in the graph.
//
//   const RelationInfo* info = FindRelation("acquired");
//   if (info && info->Accepts(EntityType::kCompany, EntityType::kProduct)) ...
//
// Thread safety: immutable tables.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_RELATIONS_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_RELATIONS_H_

#include <optional>
#include <span>
#include <string_view>

#include "extract/entities/entity.h"

namespace claimgraph {

// A set of entity types, one bit per EntityType.
using TypeMask = unsigned;
constexpr TypeMask TypeBit(EntityType type) {
  return 1u << static_cast<unsigned>(type);
}
inline constexpr TypeMask kAnyType =
    TypeBit(EntityType::kPerson) | TypeBit(EntityType::kCompany) |
    TypeBit(EntityType::kModel) | TypeBit(EntityType::kProduct);

struct RelationInfo {
  std::string_view name;  // "acquired"
  TypeMask subject = kAnyType;
  TypeMask object = kAnyType;
  // partnered_with and competes_with: "X and Y partnered" says both ways, so
  // a pair is reported once, in the order the speaker named them.
  bool symmetric = false;
  // outperforms and competes_with compare like with like: a person only
  // with a person ("better than I expected" is no comparison with the speaker).
  bool people_with_people = false;

  bool Accepts(EntityType subject_type, EntityType object_type) const {
    if (people_with_people &&
        (subject_type == EntityType::kPerson) != (object_type == EntityType::kPerson))
      return false;
    return (subject & TypeBit(subject_type)) && (object & TypeBit(object_type));
  }
};

// All 16 relations, in the order of docs/relations.md.
std::span<const RelationInfo> AllRelations();

// The relation called `name`, or nullptr.
const RelationInfo* FindRelation(std::string_view name);

// "none": not a relation, but what a rule names to say that the words it
// matched assert no relation between its two entities. It accepts any types.
const RelationInfo* NoRelation();

// The type named by an entity id's prefix ("company:meta" -> kCompany), or
// nullopt for an id without a known prefix.
std::optional<EntityType> TypeOfId(std::string_view id);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_RELATIONS_H_
