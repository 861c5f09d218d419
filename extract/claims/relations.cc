#include "extract/claims/relations.h"

#include <array>

namespace claimgraph {
namespace {

constexpr TypeMask kPerson = TypeBit(EntityType::kPerson);
constexpr TypeMask kCompany = TypeBit(EntityType::kCompany);
constexpr TypeMask kModel = TypeBit(EntityType::kModel);
constexpr TypeMask kProduct = TypeBit(EntityType::kProduct);
// Who can act: a company or a person ("Zuck tried to buy SSI").
constexpr TypeMask kActor = kPerson | kCompany;
// What can be owned, bought or shipped. Products count as organisations for
// buying ("Stargate", "Azure" are listed as products by some gazetteers).
constexpr TypeMask kOrg = kCompany | kProduct;

constexpr std::array<RelationInfo, 16> kRelations = {{
    {"acquired", kActor, kOrg},
    {"tried_to_acquire", kActor, kOrg},
    {"hired", kActor, kPerson},
    {"tried_to_hire", kActor, kPerson},
    {"invested_in", kActor, kOrg},
    {"partnered_with", kActor | kProduct, kActor | kProduct, true},
    {"supplies", kOrg, kAnyType},
    {"competes_with", kAnyType, kAnyType, true, true},
    {"released", kActor, kModel | kProduct},
    {"trained", kActor, kModel},
    {"delayed", kActor, kModel | kProduct},
    {"outperforms", kAnyType, kAnyType, false, true},
    {"founded", kPerson, kOrg},
    {"works_at", kPerson, kOrg},
    {"sued", kActor, kActor},
    {"uses", kAnyType, kAnyType},
}};

}  // namespace

std::span<const RelationInfo> AllRelations() { return kRelations; }

const RelationInfo* FindRelation(std::string_view name) {
  for (const RelationInfo& info : kRelations)
    if (info.name == name) return &info;
  return nullptr;
}

const RelationInfo* NoRelation() {
  static constexpr RelationInfo kNone = {"none", kAnyType, kAnyType, true};
  return &kNone;
}

std::optional<EntityType> TypeOfId(std::string_view id) {
  size_t colon = id.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  return ParseEntityType(id.substr(0, colon));
}

}  // namespace claimgraph
