#include "extract/claims/discourse_context.h"

#include <algorithm>
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

// Asked for nearly every word of every clause: a word longer than every
// pronoun, or starting with a letter none starts with, is turned away before
// the table is read.
constexpr size_t kLongestPronoun = [] {
  size_t longest = 0;
  for (const PronounEntry& entry : kPronouns) longest = std::max(longest, entry.word.size());
  return longest;
}();
constexpr std::array<bool, 256> kPronounStarts = [] {
  std::array<bool, 256> starts{};
  for (const PronounEntry& entry : kPronouns)
    starts[static_cast<unsigned char>(entry.word[0])] = true;
  return starts;
}();

}  // namespace

std::optional<PronounInfo> LookupPronoun(std::string_view word) {
  if (word.empty() || word.size() > kLongestPronoun ||
      !kPronounStarts[static_cast<unsigned char>(word[0])])
    return std::nullopt;
  for (const PronounEntry& entry : kPronouns)
    if (entry.word.size() == word.size() && entry.word[0] == word[0] && entry.word == word)
      return entry.info;
  return std::nullopt;
}

TypeMask PronounGroupTypes(PronounKind kind) {
  if (kind != PronounKind::kThey) return 0;
  return TypeBit(EntityType::kCompany) | TypeBit(EntityType::kPerson);
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
                           bool subject_position, bool via_pronoun,
                           bool joins_previous) {
  int group = -1;
  if (joins_previous && !turn_.empty() && turn_.back().clause == clause_) {
    if (turn_.back().group < 0) turn_.back().group = groups_++;
    group = turn_.back().group;
  }
  turn_.push_back({id, type, clause_, sentence_, group, subject_position, via_pronoun});
}

void DiscourseContext::NoSubjectInClause() {
  for (auto r = turn_.rbegin(); r != turn_.rend() && r->clause == clause_; ++r)
    r->subject_position = false;
}

DiscourseContext::Search DiscourseContext::SearchIn(
    const std::vector<Referent>& referents, TypeMask types, TypeMask group_types,
    bool same_clause, const std::string* exclude, int last_sentence, int lookback,
    Reference* found) const {
  auto in_this_clause = [&](const std::string& id) {
    for (auto r = turn_.rbegin(); r != turn_.rend() && r->clause == clause_; ++r)
      if (*r->id == id) return true;
    return false;
  };
  auto allowed = [&](const Referent& r, TypeMask mask) {
    return (mask & TypeBit(r.type)) && !(exclude && *exclude == *r.id) &&
           (same_clause || !in_this_clause(*r.id));
  };
  int i = static_cast<int>(referents.size()) - 1;
  while (i >= 0) {
    if (last_sentence - referents[i].sentence > lookback) return Search::kNone;
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
      if (!allowed(referents[k], types)) continue;
      if (!only) {
        only = referents[k].id;
      } else if (*only != *referents[k].id) {
        many = true;
      }
    }
    // A plural pronoun takes a coordinated group when every candidate of
    // the clause belongs to it: "Oracle and Amazon ... them".
    if (group_types && (many || !only)) {
      int group = -1;
      bool one_group = true;
      for (int k = j + 1; k <= i; ++k) {
        const Referent& r = referents[k];
        if (!allowed(r, group_types | types)) continue;
        if (r.group < 0) {
          // A lone candidate that could be meant by itself spoils the group
          // reading; a lone person cannot be "they" and does not.
          if (allowed(r, types)) one_group = false;
          continue;
        }
        if (group >= 0 && r.group != group) one_group = false;
        group = r.group;
      }
      if (one_group && group >= 0) {
        Reference reference;
        for (int k = j + 1; k <= i; ++k) {
          const Referent& r = referents[k];
          if (r.group != group || !allowed(r, group_types | types)) continue;
          bool seen = false;
          for (int n = 0; n < reference.count; ++n) seen = seen || *reference.ids[n] == *r.id;
          if (!seen) reference.Add(r.id);
        }
        if (reference.count >= 2) {
          *found = reference;
          return Search::kFound;
        }
      }
    }
    if (only && !many) {
      found->Add(only);
      return Search::kFound;
    }
    if (only) {
      const Referent& first = referents[j + 1];
      if (allowed(first, types) && first.subject_position) {
        found->Add(first.id);
        return Search::kFound;
      }
      const std::string* followed = nullptr;
      for (int k = j + 1; k <= i; ++k) {
        const Referent& r = referents[k];
        if (!allowed(r, types) || !r.via_pronoun) continue;
        if (followed && *followed != *r.id) return Search::kAmbiguous;
        followed = r.id;
      }
      if (!followed) return Search::kAmbiguous;
      found->Add(followed);
      return Search::kFound;
    }
    i = j;
  }
  return Search::kNone;
}

Reference DiscourseContext::Resolve(TypeMask types, TypeMask group_types,
                                    bool same_clause, const std::string* exclude,
                                    int lookback) const {
  Reference found;
  if (types == 0 && group_types == 0) return found;
  if (lookback < 0 || lookback > lookback_) lookback = lookback_;
  switch (SearchIn(turn_, types, group_types, same_clause, exclude, sentence_,
                   lookback, &found)) {
    case Search::kFound: return found;
    case Search::kAmbiguous: return Reference();
    case Search::kNone: break;
  }
  // Early in an answer, "they" may point into the question.
  if (answered_.empty() || sentence_ - turn_start_ > lookback) return Reference();
  found = Reference();
  if (SearchIn(answered_, types, group_types, true, exclude, answered_.back().sentence,
               lookback, &found) == Search::kFound)
    return found;
  return Reference();
}

const std::string* DiscourseContext::ResolveElided(TypeMask types,
                                                   const std::string* exclude) const {
  Reference found = Resolve(types, 0, false, exclude);
  return found.count == 1 ? found.ids[0] : nullptr;
}

}  // namespace claimgraph
