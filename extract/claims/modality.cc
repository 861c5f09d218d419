#include "extract/claims/modality.h"

namespace claimgraph {
namespace {

int Rank(Modality m) {
  switch (m) {
    case Modality::kQuestion: return 4;
    case Modality::kReported: return 3;
    case Modality::kHedged: return 2;
    case Modality::kPredicted: return 1;
    case Modality::kAsserted: return 0;
  }
  return 0;
}

bool Any(std::span<const CueSpan> cues, CueKind kind, size_t from, size_t to) {
  for (const CueSpan& cue : cues)
    if (cue.kind == kind && cue.begin >= from && cue.begin < to) return true;
  return false;
}

}  // namespace

Modality StrongerModality(Modality a, Modality b) {
  return Rank(a) >= Rank(b) ? a : b;
}

bool IsQuestion(std::string_view sentence_text, TextSpan sentence,
                std::span<const CueSpan> cues) {
  if (Any(cues, CueKind::kQuestion, sentence.begin, sentence.end)) return true;
  size_t end = sentence_text.size();
  // Closing quotes and brackets may follow the mark.
  while (end > 0 && (sentence_text[end - 1] == '"' || sentence_text[end - 1] == ')' ||
                     sentence_text[end - 1] == '\''))
    --end;
  if (end == 0 || sentence_text[end - 1] != '?') return false;
  // A tag at the very end leaves the sentence a statement.
  for (const CueSpan& cue : cues) {
    if (cue.kind == CueKind::kTag && cue.end + 3 >= sentence.end) return false;
  }
  return true;
}

Modality DecideModality(std::span<const CueSpan> cues, TextSpan sentence,
                        TextSpan words, bool question,
                        std::optional<Modality> carried) {
  if (question) return Modality::kQuestion;
  Modality modality = Modality::kAsserted;
  if (Any(cues, CueKind::kReported, sentence.begin, sentence.end)) {
    modality = Modality::kReported;
  } else if (Any(cues, CueKind::kAsserted, sentence.begin, words.end)) {
    modality = Modality::kAsserted;
  } else if (Any(cues, CueKind::kHedged, sentence.begin, words.end)) {
    modality = Modality::kHedged;
  } else if (Any(cues, CueKind::kPredicted, words.begin, words.end)) {
    modality = Modality::kPredicted;
  }
  if (carried) modality = StrongerModality(modality, *carried);
  return modality;
}

bool DecideNegation(std::span<const CueSpan> cues, TextSpan sentence, TextSpan words) {
  return Any(cues, CueKind::kNegated, words.begin, words.end) ||
         Any(cues, CueKind::kNegatedLead, sentence.begin, words.begin);
}

}  // namespace claimgraph
