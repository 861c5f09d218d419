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
// speech; a Markdown heading between turns is a chapter.
// ---------------------------------------------------------------------------
// "markdown-links": lexfridman.com transcripts as Markdown. A turn starts
// "Name [(HH:MM:SS)](link) text"; a further paragraph of the same speaker
// starts "[(HH:MM:SS)](link) text" with no name, also right after a heading.
// "# " lines are the title; "## " headings are chapters, not speech; the
// table of contents ("  * 1:05 – Board saga") gives the chapters' times.
//
//   # #12 – Ann Lee: Chips and Power | Some Podcast
//   ## Table of Contents
//     * 0:00 – Introduction
//   ## Introduction
//   Ann Lee [(00:00:00)](https://youtube.com/watch?v=abc&t=0) Power is ...
//   Bo Chen [(00:00:21)](https://youtube.com/watch?v=abc&t=21) Why?
//   [(00:00:30)](https://youtube.com/watch?v=abc&t=30) And another thing.
//
// Only the clock in the label is read ("[inaudible 00:02:57]" inside the
// text is not a turn). "**Name** [(...)](...)" is read too. A timed paragraph
// before any named speaker is skipped with a warning.
//
// In this and the next three layouts, chapter lines ("00:00:00 – Intro",
// "* 1:05 – Board saga") count only before the first turn; later, such a
// line is speech.
// ---------------------------------------------------------------------------
// "speaker-timestamp": the speaker, then the time in parentheses; the speech
// after it on the same line or on the lines below. "(HH:MM:SS) text" with no
// name goes on with the same speaker.
//
//   Ann Lee (00:00:05) Power is the real limit now.
//   Bo Chen (00:00:21)
//   Why is that?
//   (00:00:40) And who pays for it?
//
// ---------------------------------------------------------------------------
// "transcription-service": exports of transcription services. The speaker,
// the time in parentheses and a colon; the speech below. A bare
// "(HH:MM:SS):" line goes on with the same speaker. Generic labels
// ("Speaker 1") take the names of ReadOptions::speakers.
//
//   Speaker 1 (00:00):
//   Welcome back to the show.
//   Ann Lee (01:02:03):
//   Thanks for having me.
//   (01:02:40):
//   So, about chips.
//
// ---------------------------------------------------------------------------
// "speaker-heading": the speaker and a bare or bracketed time alone on a
// line, as a heading; the speech below. The title and chapter lines
// ("00:00:00 – Chapter name") come first and are not speech.
//
//   Chips and Power, episode 12
//   00:00:00 – Introduction
//   00:04:10 – Export controls
//   Ann Lee 00:00:00
//   Power is the real limit now.
//   Bo Chen [00:00:21]
//   Why?
//
// ---------------------------------------------------------------------------
// "speaker-colon": paragraphs without times that start with the speaker and
// a colon, plain or in Markdown bold. Segment::seconds is empty; lines
// without a label continue the paragraph's speaker. A label used once while
// others are used often is text ("Note: the call dropped."), and
// "Title:"/"Date:" lines are facts, not speakers.
//
//   ANN LEE: Power is the real limit now.
//   BO CHEN: Why?
//   **Ann Lee:** Because every new data centre needs a grid connection.
//
// ---------------------------------------------------------------------------
// "webvtt" and "srt": subtitles. Each cue's time is its start; the timing
// line is its line. Speakers come from WebVTT voice tags (<v Ann Lee>) or
// "NAME:" prefixes. In YouTube-style subtitles a leading "- " marks a change
// of speaker and names appear only now and then ("- [Lex] Yes.") or never:
// turns then alternate between two speakers, named by such brackets, by
// ReadOptions::speakers, or by what they say (speaker_naming.h), else
// "Speaker 1" and "Speaker 2". Consecutive cues of one speaker make one
// turn. Markup (<i>, <c>, {\an8}) is dropped, "[Music]" and the like are not
// speech, and a line repeated from the cue before (rolling captions) is read
// once. A file starting "WEBVTT" is webvtt; other files of timing lines
// ("00:00:01,000 --> 00:00:03,500") are srt, cue numbers or not.
//
//   WEBVTT                                1
//                                         00:00:01,000 --> 00:00:03,500
//   00:00:01.000 --> 00:00:03.500         ANN LEE: Power is the limit.
//   <v Ann Lee>Power is the limit.
//                                         2
//   00:00:04.000 --> 00:00:05.000         00:00:04,000 --> 00:00:05,000
//   <v Bo Chen>Why?                       - Why?
//                                         - [Ann] Transformers.
//
// ---------------------------------------------------------------------------
// "diarized-json": speech-to-text output with speaker labels (WhisperX,
// AssemblyAI, Deepgram-like): an array of objects, or an object with
// "segments" (or AssemblyAI's "utterances", whose times are milliseconds),
// each with a speaker, a start in seconds and the text. A run of objects of
// one speaker is one turn; its line is the line where its first object
// starts. "title" and "date" at the top level are read. A file that is not
// valid JSON is an error at the line and column where parsing stopped.
//
//   {"segments": [
//     {"start": 0.0, "end": 4.2, "speaker": "SPEAKER_00", "text": "Hi."},
//     {"start": 4.2, "end": 6.0, "speaker": "SPEAKER_01", "text": "Hello."}
//   ]}
//
// ---------------------------------------------------------------------------
//
// Thread safety: the readers are immutable singletons.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_

#include <vector>

#include "extract/transcript/layout_reader.h"

namespace claimgraph {

const LayoutReader& TimestampSpeakerLayout();
const LayoutReader& LinkedTimestampLayout();
const LayoutReader& SpeakerTimestampLayout();
const LayoutReader& TranscriptionServiceLayout();
const LayoutReader& SpeakerHeadingLayout();
const LayoutReader& NameColonLayout();
const LayoutReader& WebVttLayout();
const LayoutReader& SrtLayout();
const LayoutReader& DiarizedJsonLayout();

// Every reader, in the order of KnownLayouts(); detection prefers the earlier
// one on equal scores.
const std::vector<const LayoutReader*>& AllLayouts();

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_LAYOUTS_H_
