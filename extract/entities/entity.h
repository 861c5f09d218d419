// extract/entities/entity.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// What the entity layer produces: canonical entities (from the gazetteer, or
// discovered in the text) and mentions of them inside segments.
//
// Thread safety: plain values.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

enum class EntityType { kPerson, kCompany, kModel, kProduct };

// "person", "company", "model", "product".
std::string_view EntityTypeName(EntityType type);
// The inverse of EntityTypeName; nullopt for any other text.
std::optional<EntityType> ParseEntityType(std::string_view name);

// How an alias must be cased in the text to count.
enum class CaseRule {
  kAny,    // any letter case
  kTitle,  // first letter upper case ("Apple", "APPLE", not "apple")
  kExact,  // exactly as written
};

struct Alias {
  std::string text;
  CaseRule case_rule = CaseRule::kAny;
  // The alias counts only in an episode where one of these entities is also
  // mentioned by another name. Empty: always counts.
  std::vector<std::string> context;
  // Written all in lower case, a name with capitals ("WeWork", "SQuAD") often
  // is ordinary words ("we work", "squad"): such a match counts only where
  // the entity is named with its capitals elsewhere in the episode, unless
  // this is set (case "lower" in the data: "openai", "nvidia").
  bool lower_safe = false;
};

// A canonical real-world entity.
struct Entity {
  std::string id;    // "company:scale-ai"
  EntityType type = EntityType::kCompany;
  std::string name;  // canonical label, "Scale AI"
  std::vector<Alias> aliases;  // the name itself is not repeated here
  CaseRule name_case = CaseRule::kAny;
  bool name_lower_safe = false;  // see Alias::lower_safe
  std::string kind;      // finer type ("lab", "chip"), may be empty
  std::string homepage;  // may be empty
  std::string wikidata;  // QID, may be empty
  std::string org;       // people: id of their organisation, may be empty
  std::string maker;     // models, products: id of the maker, may be empty
  bool discovered = false;  // found by a rule in the text, not in a gazetteer
};

// One occurrence of an entity inside one segment's text.
struct Mention {
  std::string entity;   // canonical id
  std::string surface;  // the words as written, "Open AI"
  int segment = -1;     // index into Episode::segments
  size_t begin = 0;     // half-open byte range in Segment::text
  size_t end = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_ENTITY_H_
