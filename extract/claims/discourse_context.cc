#include "extract/claims/discourse_context.h"

#include <array>

namespace claimgraph {
namespace {

struct PronounEntry {
  std::string_view word;
  PronounInfo info;
};

constexpr std::array<PronounEntry, 19> kPronouns = {{
    {"i", {PronounKind::kI, false, false}},
    {"me", {PronounKind::kI, true, false}},
    {"my", {PronounKind::kI, false, true}},
    {"we", {PronounKind::kWe, false, false}},
    {"us", {PronounKind::kWe, true, false}},
    {"our", {PronounKind::kWe, false, true}},
    {"you", {PronounKind::kYou, false, false}},
    {"your", {PronounKind::kYou, false, true}},
    {"he", {PronounKind::kHe, false, false}},
    {"him", {PronounKind::kHe, true, false}},
    {"his", {PronounKind::kHe, false, true}},
    {"she", {PronounKind::kShe, false, false}},
    {"her", {PronounKind::kShe, true, false}},
    {"they", {PronounKind::kThey, false, false}},
    {"them", {PronounKind::kThey, true, false}},
    {"their", {PronounKind::kThey, false, true}},
    {"it", {PronounKind::kIt, false, false}},
    {"its", {PronounKind::kIt, false, true}},
    {"y'all", {PronounKind::kYou, false, false}},
}};

}  // namespace

std::optional<PronounInfo> LookupPronoun(std::string_view word) {
  for (const PronounEntry& entry : kPronouns)
    if (entry.word == word) return entry.info;
  return std::nullopt;
}

TypeMask PronounTypes(PronounKind kind) {
  switch (kind) {
    case PronounKind::kHe:
    case PronounKind::kShe:
      return TypeBit(EntityType::kPerson);
    case PronounKind::kThey:
      return TypeBit(EntityType::kCompany);
    case PronounKind::kIt:
      return TypeBit(EntityType::kModel) | TypeBit(EntityType::kProduct);
    default:
      return 0;
  }
}

void DiscourseContext::StartTurn() {
  if (asked_) {
    answered_.swap(turn_);
  } else {
    answered_.clear();
  }
  turn_.clear();
  asked_ = false;
  ++clause_;
  ++sentence_;
  turn_start_ = sentence_;
}

void DiscourseContext::Add(const std::string* id, EntityType type,
                           bool subject_position) {
  turn_.push_back({id, type, clause_, sentence_, subject_position});
}

DiscourseContext::Search DiscourseContext::SearchIn(
    const std::vector<Referent>& referents, TypeMask types, bool same_clause,
    const std::string* exclude, int last_sentence, const std::string** found) const {
  auto compatible = [&](const Referent& r) {
    return (types & TypeBit(r.type)) && !(exclude && *exclude == *r.id);
  };
  int i = static_cast<int>(referents.size()) - 1;
  while (i >= 0) {
    if (last_sentence - referents[i].sentence > lookback_) return Search::kNone;
    int clause = referents[i].clause;
    int j = i;
    while (j >= 0 && referents[j].clause == clause) --j;
    if (clause == clause_ && !same_clause) {
      i = j;
      continue;
    }
    // The clause's referents are referents[j + 1 .. i].
    const std::string* only = nullptr;
    bool many = false;
    for (int k = j + 1; k <= i; ++k) {
      if (!compatible(referents[k])) continue;
      if (!only) {
        only = referents[k].id;
      } else if (*only != *referents[k].id) {
        many = true;
      }
    }
    if (only) {
      const Referent& first = referents[j + 1];
      if (many && !(compatible(first) && first.subject_position))
        return Search::kAmbiguous;
      *found = many ? first.id : only;
      return Search::kFound;
    }
    i = j;
  }
  return Search::kNone;
}

const std::string* DiscourseContext::Resolve(TypeMask types, bool same_clause,
                                             const std::string* exclude) const {
  if (types == 0) return nullptr;
  const std::string* found = nullptr;
  switch (SearchIn(turn_, types, same_clause, exclude, sentence_, &found)) {
    case Search::kFound: return found;
    case Search::kAmbiguous: return nullptr;
    case Search::kNone: break;
  }
  // Early in an answer, "they" may point into the question.
  if (answered_.empty() || sentence_ - turn_start_ > lookback_) return nullptr;
  if (SearchIn(answered_, types, true, exclude, answered_.back().sentence, &found) ==
      Search::kFound)
    return found;
  return nullptr;
}

const std::string* DiscourseContext::ResolveElided(TypeMask types,
                                                   const std::string* exclude) const {
  return Resolve(types, false, exclude);
}

}  // namespace claimgraph
