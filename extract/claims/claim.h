// extract/claims/claim.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// A claim is one statement by one speaker about one or more entities; when
// the statement asserts one of the relations of shared/spec/relations.md it
// also names the subject and object.
//
// Thread safety: plain values.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

enum class Modality { kAsserted, kHedged, kReported, kPredicted, kQuestion };

// "asserted", "hedged", "reported", "predicted", "question".
std::string_view ModalityName(Modality modality);
std::optional<Modality> ParseModality(std::string_view name);

// What part an entity plays in a claim.
enum class Role { kSubject, kObject, kMention };
std::string_view RoleName(Role role);

struct ClaimEntity {
  std::string entity;  // canonical id
  Role role = Role::kMention;
};

struct Claim {
  int segment = -1;    // index into Episode::segments
  size_t begin = 0;    // half-open byte range of the sentence in Segment::text
  size_t end = 0;
  std::string text;    // the sentence as said
  std::vector<ClaimEntity> about;  // each entity once, subject and object first
  std::string relation;  // one of the relations, or empty
  std::string subject;   // entity id; empty when relation is empty
  std::string object;
  Modality modality = Modality::kAsserted;
  bool negated = false;
  // Why: the relation rule that matched ("data/rules/deals.rules:12"; empty
  // without a relation) and the clause as the rules read it (masked_text.h).
  std::string rule;
  std::string masked;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_H_
