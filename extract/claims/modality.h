// extract/claims/modality.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// How sure the speaker is (asserted, hedged, reported, predicted, question)
// and whether they deny it, decided from the cues a sentence holds and where
// they stand relative to the words of the claim:
//
//   question   the sentence is a question: it ends in "?" that no tag
//              ("..., right?") explains, or holds a question cue
//   reported   a reporting cue anywhere in the sentence ("rumors", "allegedly",
//              "I've heard"), or carried over from a neighbouring sentence
//              that only says so ("These are rumors.")
//   asserted   a firm cue before the claim's last word ("I know for a fact")
//              outranks hedges
//   hedged     a hedge before the claim's last word ("I think they bought
//              it", "they probably bought it"), or carried over ("I'm not sure.")
//   predicted  a future marker inside the claim's words ("X will sue Y")
//   asserted   otherwise
// The first that applies wins. Negated: a negation cue inside the claim's
// words ("X doesn't really buy Y"), or a denying lead-in before them ("I don't
// think X bought Y").
//
// The claim's words are the span a relation rule matched, or the whole clause
// for a claim without a relation. All offsets are bytes of the segment text.
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_MODALITY_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_MODALITY_H_

#include <optional>
#include <span>

#include "extract/claims/claim.h"
#include "extract/claims/rule_set.h"
#include "extract/claims/sentence_splitter.h"

namespace claimgraph {

// A cue found in a sentence, placed in the segment text.
struct CueSpan {
  CueKind kind = CueKind::kHedged;
  size_t begin = 0, end = 0;
};

// True when the sentence is a question (see above). `sentence_text` is the
// sentence as said; `cues` are its cues.
bool IsQuestion(std::string_view sentence_text, TextSpan sentence,
                std::span<const CueSpan> cues);

// The modality of a claim whose words are `words`, inside `sentence`.
// `carried` is a modality a neighbouring sentence lends (reported or hedged).
Modality DecideModality(std::span<const CueSpan> cues, TextSpan sentence,
                        TextSpan words, bool question,
                        std::optional<Modality> carried);

// True when the speaker denies the claim whose words are `words`.
bool DecideNegation(std::span<const CueSpan> cues, TextSpan sentence, TextSpan words);

// The stronger of two modalities by the order above (question, reported,
// hedged, predicted, asserted); used when a neighbour lends one.
Modality StrongerModality(Modality a, Modality b);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_MODALITY_H_
