// extract/claims/claim_extractor.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// Turns an episode whose mentions are known into claims: who said what about
// which entities, and which relations they asserted. For each segment:
//
//   1. split into sentences and clauses (sentence_splitter.h);
//   2. find the cues of each sentence over its text with the entities masked
//      (rule_set.h): hedges, reporting words, negators, quotes, tags;
//   3. resolve who the pronouns are: "I" the speaker, "you" the other
//      speaker of a two-person episode (not a generic "you", nor inside
//      quoted words), "we" the speaker's organisation when the gazetteer or
//      the turn ("at OpenAI we ...") names one, else the speaker; "he",
//      "they", "it" by the discourse context (discourse_context.h);
//   4. mask the clause, with resolved pronouns as placeholders too, and run
//      the relation rules (all of them when the clause names two entities,
//      the maker/elided ones when it names one);
//   5. decide modality and negation (modality.h) and emit the claims.
//
// A clause makes a claim when it names at least one entity other than the
// speakers and has at least `min_claim_words` words, or when it asserts a
// relation. A clause with several relations makes one claim per relation (the
// same text); a clause with none makes one claim without a relation. Filler
// ("Yeah.", "Right, right.") names no entity and makes none; a question makes
// claims with modality question.
//
//   ClaimExtractor extractor(rules);
//   extractor.Extract(&analyzed, directory);   // fills analyzed.claims
//
// Bounded work: a clause holds at most kMaxEntitiesPerSentence entities
// (mentions and resolved pronouns); the ones after are read as plain words,
// with one warning per segment where that happens. Rules that pair every
// entity of a list cost the square of that, and every claim lists what its
// clause names, so without the bound one sentence of a hostile file naming
// thousands of entities would take hours and gigabytes.
//
// Thread safety: immutable after construction; Extract may run concurrently
// on different episodes. Extract keeps its working buffers per call and does
// not allocate per match.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_

#include <cstddef>

#include "base/status.h"
#include "extract/analyzed_episode.h"
#include "extract/claims/entity_directory.h"
#include "extract/claims/rule_set.h"

namespace claimgraph {

struct ClaimExtractorOptions {
  // How many sentences back a pronoun may look for its entity.
  int lookback_sentences = 6;
  // A clause without a relation needs this many words to be a claim.
  int min_claim_words = 3;
};

class ClaimExtractor {
 public:
  // A sentence naming more is cut here (see above). Real sentences name a
  // handful; a long list, twenty.
  static constexpr size_t kMaxEntitiesPerSentence = 64;

  // `rules` is borrowed, must be finished, and must outlive the extractor.
  explicit ClaimExtractor(const RuleSet& rules, ClaimExtractorOptions options = {});

  // Replaces analyzed->claims with the claims of analyzed->episode, using
  // analyzed->mentions (sorted by segment, then begin). Entities a claim
  // names that analyzed->entities lacks (a maker, a speaker's organisation)
  // are appended from `directory`; a relation naming an entity that is
  // neither listed, known to `directory`, nor a speaker is dropped. Output is
  // sorted by segment, then by begin. Cannot fail; warnings (a sentence cut
  // at kMaxEntitiesPerSentence) go to `sink` when it is not null, naming
  // episode.source and the segment's line.
  void Extract(AnalyzedEpisode* analyzed, const EntityDirectory& directory,
               DiagnosticSink* sink = nullptr) const;

 private:
  const RuleSet& rules_;
  ClaimExtractorOptions options_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_CLAIM_EXTRACTOR_H_
