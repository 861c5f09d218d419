// extract/transcript/preamble.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// The lines before the first speaker turn are not speech. Whatever the layout,
// they may hold what the episode is: this file takes the title, date and
// speakers from them.
//
//   ---                              YAML front matter: title, date,
//   title: "Chips and power"         speakers (a list, inline or as "- "
//   date: 2025-03-01                 items), host, guest, guests
//   speakers: [Ann Lee, Bo Chen]
//   ---
//   # Chips and power                first "# " heading: the title
//   2025-06-30 Dylan Patel.GPT4.5's Flop, ...
//                                    date line: the date, and as the title
//                                    the part after "YYYY-MM-DD Name."
//   Title: ... / Date: ... / Speakers: A, B / Host: A / Guest: B
//   Transcript                       a marker line, not speech
//
// When none of these gives a title, the first short non-blank line of the
// preamble is taken as the title.
//
//   size_t body = FrontMatterEnd(text.lines());
//   ScanPreamble(text.lines(), first_turn, &builder);
//
// Thread safety: pure functions.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_PREAMBLE_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_PREAMBLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/transcript/episode_builder.h"
#include "extract/transcript/source_text.h"

namespace claimgraph {

// The index of the first line after YAML front matter that opens on line 1
// ("---" ... "---" or "..."), or 0 when there is none.
size_t FrontMatterEnd(const std::vector<SourceLine>& lines);

// Sets title, date and header speakers of `builder` from lines [0, end),
// passing over line i when skip[i] is true (chapter lines, for instance).
void ScanPreamble(const std::vector<SourceLine>& lines, size_t end,
                  EpisodeBuilder* builder, const std::vector<bool>& skip = {});

// "# Title", "## Chapter", ... (1 to 6 '#' then a space).
bool IsMarkdownHeading(std::string_view trimmed);

// The heading's text without its '#' marks; `trimmed` must be a heading.
std::string_view HeadingText(std::string_view trimmed);

// "Transcript", "Transcript:", "# Transcript", "TRANSCRIPT" and the like.
bool IsTranscriptMarker(std::string_view trimmed);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_PREAMBLE_H_
