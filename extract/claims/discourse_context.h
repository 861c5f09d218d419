// extract/claims/discourse_context.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// Who "they", "he", "it" and an elided subject refer to. The context
// remembers the entities of the current turn, clause by clause, and those of
// the question the turn answers; a pronoun takes the most recent compatible
// entity:
//
//   he, him, his / she, her    a person (never the one speaking)
//   they, them, their          a company, or a coordinated group of
//                              companies or people ("Oracle and Amazon")
//   it, its                    a model or a product
//
// It is bounded and conservative, because no resolution beats a wrong one:
//   - it looks back at most `lookback_sentences` sentences of the turn, then
//     at the other speaker's question this turn answers, and no further;
//   - in the nearest clause that holds compatible entities, one entity wins;
//     two or more are ambiguous unless the first of them opened the clause
//     (the clause's subject), or only one of them was itself named by a
//     pronoun (the one the talk is following), which then wins;
//   - an object pronoun ("sue them") never takes an entity its own clause
//     names, nor does it look for one in its own clause.
// First and second person ("I", "we", "you") are the extractor's business:
// they name speakers, not entities of the talk.
//
//   DiscourseContext context;
//   context.StartTurn();
//   context.StartSentence();
//   context.StartClause();
//   context.Add(&meta_id, EntityType::kCompany, /*subject_position=*/true);
//   ...
//   Reference they = context.Resolve(PronounTypes(PronounKind::kThey),
//                                    PronounGroupTypes(PronounKind::kThey),
//                                    /*same_clause=*/true, nullptr);
//
// Thread safety: one context per episode being analysed; not shared.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/relations.h"

namespace claimgraph {

enum class PronounKind { kI, kWe, kYou, kHe, kShe, kThey, kIt };

struct PronounInfo {
  PronounKind kind = PronounKind::kIt;
  bool object = false;      // "them", "him", "me", "us"
  bool possessive = false;  // "their", "his", "its", "my", "our", "your"
};

// The pronoun `word` (lower case, contraction already cut off: "they" of
// "they're"), or nullopt for any other word. Reflexives ("themselves") and
// "one" are not resolved.
std::optional<PronounInfo> LookupPronoun(std::string_view word);

// The entity types a third-person pronoun may refer to alone; 0 for I, we,
// you.
TypeMask PronounTypes(PronounKind kind);

// The types a plural pronoun may refer to as a coordinated group ("Daniel
// Gross and Nat Friedman ... hire them"); 0 for singular pronouns.
TypeMask PronounGroupTypes(PronounKind kind);

// What a pronoun refers to: nothing, one entity, or the entities of one
// coordinated group, in the order said. Ids are borrowed.
struct Reference {
  static constexpr int kMax = 8;
  std::array<const std::string*, kMax> ids{};
  int count = 0;

  bool empty() const { return count == 0; }
  void Add(const std::string* id) {
    if (count < kMax) ids[count++] = id;
  }
};

class DiscourseContext {
 public:
  explicit DiscourseContext(int lookback_sentences = 6)
      : lookback_(lookback_sentences) {}

  // A new speaker's turn begins. The turn that just ended becomes the
  // question being answered when it asked one, else it is forgotten.
  void StartTurn();
  void StartSentence() { ++sentence_; }
  void StartClause() { ++clause_; }
  // The current turn asked a question.
  void MarkQuestion() { asked_ = true; }

  // The current clause names `id` (borrowed; must outlive the context).
  // `subject_position`: it opens the clause ("So Meta bought ...").
  // `via_pronoun`: a pronoun named it, so the talk keeps to it ("he ... he").
  // `joins_previous`: it is coordinated with the entity added just before
  // ("Oracle and Amazon", "Oracle, Amazon").
  void Add(const std::string* id, EntityType type, bool subject_position,
           bool via_pronoun = false, bool joins_previous = false);

  // The current clause has no subject among its entities after all: its
  // first entity turned out to be a topic ("Meta, you know, ...").
  void NoSubjectInClause();

  // What a pronoun refers to: one entity of `types`, or a coordinated group
  // of two or more entities of `group_types` (0: the pronoun is singular).
  // `same_clause`: entities already named in the current clause count (not
  // for object pronouns). `exclude`: an id that never counts (the speaker).
  // `lookback`: sentences to look back, when fewer than the context's own.
  Reference Resolve(TypeMask types, TypeMask group_types, bool same_clause,
                    const std::string* exclude, int lookback = -1) const;

  // The subject of a clause that has none ("Tried to buy SSI."): one entity
  // of `types` from earlier clauses, never `exclude`; or nullptr.
  const std::string* ResolveElided(TypeMask types, const std::string* exclude) const;

 private:
  struct Referent {
    const std::string* id;
    EntityType type;
    int clause;
    int sentence;
    int group;  // coordination group, or -1
    bool subject_position;
    bool via_pronoun;
  };
  enum class Search { kFound, kAmbiguous, kNone };
  Search SearchIn(const std::vector<Referent>& referents, TypeMask types,
                  TypeMask group_types, bool same_clause, const std::string* exclude,
                  int last_sentence, int lookback, Reference* found) const;

  int lookback_;
  int sentence_ = 0;
  int clause_ = 0;
  int groups_ = 0;
  int turn_start_ = 0;  // the first sentence of the current turn
  bool asked_ = false;
  std::vector<Referent> turn_;
  std::vector<Referent> answered_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_
