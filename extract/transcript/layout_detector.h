// extract/transcript/layout_detector.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Picks the layout of a transcript: every reader scores the text
// (LayoutReader::Score), the highest score wins, and on equal scores the
// reader listed first in AllLayouts() wins. The choice depends only on the
// text, so the same file is always read the same way.
//
//   const LayoutReader* reader = DetectLayout(text);
//   if (!reader) ... no layout fits: no speaker turn was recognised
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_DETECTOR_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_DETECTOR_H_

#include <string_view>
#include <utility>
#include <vector>

#include "extract/transcript/layout_reader.h"
#include "extract/transcript/source_text.h"

namespace claimgraph {

// The best-scoring reader, or null when every score is 0. When it had to
// score every reader, the scores go to `scores` (as ScoreLayouts gives
// them), for a caller that needs them too; otherwise `scores` is left empty.
const LayoutReader* DetectLayout(
    const SourceText& text,
    std::vector<std::pair<const LayoutReader*, int>>* scores = nullptr);

// Every reader with its score, in the order of AllLayouts(); for
// diagnostics and tests.
std::vector<std::pair<const LayoutReader*, int>> ScoreLayouts(
    const SourceText& text);

// The reader named `name`, or null.
const LayoutReader* FindLayout(std::string_view name);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUT_DETECTOR_H_
