#include "extract/transcript/layout_detector.h"

#include "extract/transcript/layouts.h"

namespace claimgraph {

const std::vector<const LayoutReader*>& AllLayouts() {
  static const std::vector<const LayoutReader*> kReaders = {
      &TimestampSpeakerLayout(),     &LinkedTimestampLayout(),
      &SpeakerTimestampLayout(),     &TranscriptionServiceLayout(),
      &SpeakerHeadingLayout(),       &NameColonLayout(),
      &WebVttLayout(),               &SrtLayout(),
      &DiarizedJsonLayout(),
  };
  return kReaders;
}

std::vector<std::pair<const LayoutReader*, int>> ScoreLayouts(
    const SourceText& text) {
  std::vector<std::pair<const LayoutReader*, int>> scores;
  for (const LayoutReader* reader : AllLayouts())
    scores.emplace_back(reader, reader->Score(text));
  return scores;
}

const LayoutReader* DetectLayout(
    const SourceText& text, std::vector<std::pair<const LayoutReader*, int>>* scores) {
  if (scores) scores->clear();
  const LayoutReader* best = nullptr;
  int best_score = 0;
  // A file that declares its format outscores every line count, so the line
  // readers, most of the cost of detection, need not run for it. The result
  // is the one the full comparison below gives.
  for (const LayoutReader* reader : AllLayouts()) {
    if (reader->counts_turn_lines()) continue;
    int score = reader->Score(text);
    if (score > best_score) {
      best = reader;
      best_score = score;
    }
  }
  if (best_score > LayoutReader::kScoreLines) return best;
  best = nullptr;
  best_score = 0;
  std::vector<std::pair<const LayoutReader*, int>> all = ScoreLayouts(text);
  for (const auto& [reader, score] : all) {
    if (score > best_score) {  // strictly: the first listed wins a tie
      best = reader;
      best_score = score;
    }
  }
  if (scores) *scores = std::move(all);
  return best;
}

const LayoutReader* FindLayout(std::string_view name) {
  for (const LayoutReader* reader : AllLayouts())
    if (reader->name() == name) return reader;
  return nullptr;
}

}  // namespace claimgraph
