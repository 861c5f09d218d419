#include "extract/claims/claim.h"

namespace claimgraph {

std::string_view ModalityName(Modality modality) {
  switch (modality) {
    case Modality::kAsserted: return "asserted";
    case Modality::kHedged: return "hedged";
    case Modality::kReported: return "reported";
    case Modality::kPredicted: return "predicted";
    case Modality::kQuestion: return "question";
  }
  return "asserted";
}

std::optional<Modality> ParseModality(std::string_view name) {
  for (Modality m : {Modality::kAsserted, Modality::kHedged, Modality::kReported,
                     Modality::kPredicted, Modality::kQuestion}) {
    if (ModalityName(m) == name) return m;
  }
  return std::nullopt;
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kSubject: return "subject";
    case Role::kObject: return "object";
    case Role::kMention: return "mention";
  }
  return "mention";
}

}  // namespace claimgraph
