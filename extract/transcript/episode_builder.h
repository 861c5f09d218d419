// extract/transcript/episode_builder.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Collects what a layout reader finds (turns, continuation paragraphs, text,
// chapters, title, date) and finishes it into an Episode the same way for
// every layout. Readers only say what they saw; the rules that make episodes
// comparable live here:
//
//   - a speaker written in different cases or spacing ("DYLAN PATEL",
//     "Dylan  Patel") is one speaker, shown in its best-cased form: a form
//     given in the file's header first, then mixed case over one case only,
//     then the most frequent form, then the first seen;
//   - generic labels ("Speaker 1", "SPEAKER_00", "spk_1", a single capital
//     letter as AssemblyAI writes) are replaced by ReadOptions::speakers, in
//     order of first turn, when names are given; when none are given, by
//     names the speakers' own words give (speaker_naming.h);
//   - Segment::continuation is true exactly when the segment's speaker is the
//     speaker of the segment before it;
//   - a segment's text longer than kMaxSegmentBytes is cut, with a warning;
//   - a timestamp earlier than one before it gives a warning (the segment is
//     kept where the file has it);
//   - an episode with no segment is an error.
//
//   EpisodeBuilder builder;
//   builder.StartTurn("Dylan Patel", 18, 14);
//   builder.AddText("It's kind of cooked.");
//   builder.StartContinuation(135, 47);
//   Status s = builder.Finish(text, options, "timestamp-speaker", &episode, sink);
//
// Thread safety: one builder per thread.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_BUILDER_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_BUILDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/transcript/episode.h"
#include "extract/transcript/source_text.h"
#include "extract/transcript/transcript_reader.h"

namespace claimgraph {

class EpisodeBuilder {
 public:
  // The text of one segment is kept up to this many bytes (cut at a
  // character boundary), and Finish warns once for each segment cut. A turn
  // of a real transcript is far shorter; the limit bounds the work of every
  // later stage on one segment whatever the file holds (a JSON text field
  // of 100 MB, a million lines without a speaker label).
  static constexpr size_t kMaxSegmentBytes = size_t{1} << 20;  // 1 MiB

  // Opens a segment of `speaker` (trimmed; spaces collapsed).
  void StartTurn(std::string_view speaker, std::optional<long long> seconds,
                 int line);
  // Opens a segment of the current speaker. Returns false, and opens nothing,
  // when there is no speaker yet.
  bool StartContinuation(std::optional<long long> seconds, int line);
  // Appends `text` (trimmed, whitespace runs folded) to the open segment,
  // joined by one space, up to kMaxSegmentBytes. Does nothing when no segment
  // is open or `text` is blank.
  void AddText(std::string_view text);
  // Closes the open segment: text after it is ignored until the next turn.
  void CloseTurn() { open_ = false; }

  bool has_open_turn() const { return open_; }
  bool has_turns() const { return !segments_.empty(); }
  // The speaker of the last segment; empty before the first turn.
  const std::string& current_speaker() const;
  const std::vector<Segment>& segments() const { return segments_; }
  std::vector<Segment>& mutable_segments() { return segments_; }

  void AddChapter(Chapter chapter) { chapters_.push_back(std::move(chapter)); }
  std::vector<Chapter>& chapters() { return chapters_; }

  // Header facts. The first value set wins; empty values are ignored.
  void SetTitle(std::string_view title);
  void SetDate(std::string_view date);
  // A speaker named in the header (front matter, a "Speakers:" line).
  void AddHeaderSpeaker(std::string_view name);

  // Applies the rules above and fills `episode` (id, title, date, source,
  // layout, speakers, chapters, segments). On error `episode` is untouched.
  Status Finish(const SourceText& text, const ReadOptions& options,
                std::string_view layout, Episode* episode,
                DiagnosticSink* sink);

 private:
  std::vector<Segment> segments_;
  std::vector<Chapter> chapters_;
  std::vector<std::string> header_speakers_;
  std::string title_;
  std::string date_;
  bool open_ = false;
  std::vector<size_t> cut_segments_;  // indexes of segments cut to the limit
};

// True for labels that name no one: "Speaker 1", "SPEAKER_00", "spk_2",
// "Unknown Speaker", a single capital letter.
bool IsGenericSpeaker(std::string_view name);

// The key under which spellings of one speaker meet: ASCII lowercase, spaces
// collapsed, "." "_" and "-" read as spaces.
std::string SpeakerKey(std::string_view name);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_EPISODE_BUILDER_H_
