// extract/claims/discourse_context.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// Who "they", "he", "it" and an elided subject refer to. The context
// remembers the entities of the current turn, clause by clause, and those of
// the question the turn answers; a pronoun takes the most recent compatible
// entity:
//
//   he, him, his / she, her    a person (never the one speaking)
//   they, them, their          a company
//   it, its                    a model or a product
//
// It is bounded and conservative, because no resolution beats a wrong one:
//   - it looks back at most `lookback_sentences` sentences of the turn, then
//     at the other speaker's question this turn answers, and no further;
//   - in the nearest clause that holds compatible entities, one entity wins;
//     two or more are ambiguous unless the first of them opened the clause
//     (the clause's subject), which then wins;
//   - an object pronoun ("sue them") never takes an entity of its own clause.
// First and second person ("I", "we", "you") are the extractor's business:
// they name speakers, not entities of the talk.
//
//   DiscourseContext context;
//   context.StartTurn();
//   context.StartSentence();
//   context.StartClause();
//   context.Add(&meta_id, EntityType::kCompany, /*subject_position=*/true);
//   ...
//   const std::string* they = context.Resolve(TypeBit(EntityType::kCompany),
//                                             /*same_clause=*/true, nullptr);
//
// Thread safety: one context per episode being analysed; not shared.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_

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

// The entity types a third-person pronoun may refer to; 0 for I, we, you.
TypeMask PronounTypes(PronounKind kind);

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
  void Add(const std::string* id, EntityType type, bool subject_position);

  // The entity a pronoun of compatible `types` refers to, or nullptr.
  // `same_clause`: entities already named in the current clause count (not
  // for object pronouns). `exclude`: an id that never counts (the speaker).
  const std::string* Resolve(TypeMask types, bool same_clause,
                             const std::string* exclude) const;

  // The subject of a clause that has none ("Tried to buy SSI."): as Resolve,
  // over earlier clauses only, never `exclude`.
  const std::string* ResolveElided(TypeMask types, const std::string* exclude) const;

 private:
  struct Referent {
    const std::string* id;
    EntityType type;
    int clause;
    int sentence;
    bool subject_position;
  };
  enum class Search { kFound, kAmbiguous, kNone };
  Search SearchIn(const std::vector<Referent>& referents, TypeMask types,
                  bool same_clause, const std::string* exclude, int last_sentence,
                  const std::string** found) const;

  int lookback_;
  int sentence_ = 0;
  int clause_ = 0;
  int turn_start_ = 0;  // the first sentence of the current turn
  bool asked_ = false;
  std::vector<Referent> turn_;
  std::vector<Referent> answered_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_DISCOURSE_CONTEXT_H_
