// extract/transcript/layouts.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Every transcript layout claimgraph reads, by the name ReadOptions::layout
// and `claimgraph build --layout NAME` accept, with an example of each. The
// layout of a file is detected (layout_detector.h) unless a name is given.
//
// What holds for every layout (see also source_text.h, preamble.h and
// episode_builder.h):
//   - text before the first speaker turn is not speech: YAML front matter,
//     Markdown headings, a "Transcript" line, a title or date line; title,
//     date and speakers are taken from it;
//   - a speaker turn starts a Segment; a further timestamped paragraph of the
//     same speaker starts a Segment with continuation = true; untimed lines
//     after a turn are its text, joined by single spaces;
//   - Segment::line is the 1-based line where the segment starts (the line
//     of its timestamp, or of its speaker label);
//   - clock times are "M:SS", "MM:SS", "H:MM:SS" or "HH:MM:SS".
//
// ---------------------------------------------------------------------------
// "timestamp-speaker": the time first, in parentheses or brackets, then the
// speaker and a colon; the speech below the line or after the colon. The
// founding sample (samples/2025-06-30-dylan-patel-matthew-berman.txt):
//
//   2025-06-30 Dylan Patel.GPT4.5's Flop, Grok 4, ...   <- date and title
//   Transcript
//   Meta's AI Strategy and Organizational Challenges    <- chapter title
//   (00:00:00)                                          <- chapter time
//   The episode introduces Dylan Patel, ...             <- chapter summary
//   (00:00) Matthew Berman:                             <- turn
//   (a line of only spaces or no-break spaces)
//   Super intelligence reaching it first ...
//   (02:15)                                             <- same speaker goes on
//   I know for a fact they trained it ...
//   (02:53) which experts do they route to, ...         <- same, text inline
//   (33:43)
//   Matthew Berman:                                     <- name under its time
//   [12:04] Ann Lee: We shipped it in May.              <- text after the name
//
// A bare time is a chapter when one to three short title lines stand right
// above it after a blank line (or "Transcript"), and are not the first
// paragraph of a turn; otherwise it continues the current speaker.
// "(ts) Word: text" is a turn only when Word names a speaker of the file (or
// the file names speakers only that way). A short last block after a blank
// line that ends no sentence ("Related topics") is page furniture, not
// speech.
// ---------------------------------------------------------------------------
//
// Thread safety: the readers are immutable singletons.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_

#include <vector>

#include "extract/transcript/layout_reader.h"

namespace claimgraph {

const LayoutReader& TimestampSpeakerLayout();

// Every reader, in the order of KnownLayouts(); detection prefers the earlier
// one on equal scores.
const std::vector<const LayoutReader*>& AllLayouts();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_
