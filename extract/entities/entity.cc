#include "extract/entities/entity.h"

namespace claimgraph {

std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return "person";
    case EntityType::kCompany: return "company";
    case EntityType::kModel: return "model";
    case EntityType::kProduct: return "product";
  }
  return "company";
}

std::optional<EntityType> ParseEntityType(std::string_view name) {
  if (name == "person") return EntityType::kPerson;
  if (name == "company") return EntityType::kCompany;
  if (name == "model") return EntityType::kModel;
  if (name == "product") return EntityType::kProduct;
  return std::nullopt;
}

}  // namespace claimgraph
