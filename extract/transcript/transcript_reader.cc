#include "extract/transcript/transcript_reader.h"

#include <sys/stat.h>

#include "base/atomic_file.h"
#include "extract/transcript/episode_builder.h"
#include "extract/transcript/layout_detector.h"
#include "extract/transcript/layouts.h"
#include "extract/transcript/source_text.h"

namespace claimgraph {
namespace {

std::string LayoutList() {
  std::string list;
  for (const std::string& name : KnownLayouts()) {
    if (!list.empty()) list += ", ";
    list += name;
  }
  return list;
}

// A file can mix layouts (two exports pasted together). Only one layout is
// read, and turns of another layout before the first turn of the chosen one
// would pass for a header and be lost without a word; so they are reported.
// Self-declaring formats (JSON, WEBVTT) cannot lose to another layout, so
// only line layouts are tried, and only when the chosen one starts late.
// `scores` are ScoreLayouts(text) when detection made them (scoring every
// layout is much of the cost of reading a file), else empty.
void WarnAboutMixedLayouts(const SourceText& text, const LayoutReader& chosen,
                           const ReadOptions& options, const Episode& episode,
                           std::vector<std::pair<const LayoutReader*, int>> scores,
                           DiagnosticSink* sink) {
  constexpr int kMinLostTurns = 2;  // one stray "Note:" line is not a layout
  if (!sink || episode.segments.empty()) return;
  int first = episode.segments.front().line;
  if (first <= kMinLostTurns) return;
  // When the scores are made here, a layout is scored only if it may start a
  // turn before `first`, so that need not be asked again below.
  const bool scored_here = scores.empty();
  if (scored_here) {
    // Only a layout that starts a turn before `first` can lose turns; asking
    // that reads only the lines before `first`, scoring reads them all.
    for (const LayoutReader* reader : AllLayouts()) {
      bool may = reader != &chosen && reader->MayStartTurnBefore(text, first);
      scores.emplace_back(reader, may ? reader->Score(text) : 0);
    }
  }
  for (const auto& [other, score] : scores) {
    if (other == &chosen || score < kMinLostTurns ||
        score >= LayoutReader::kCertain ||
        (!scored_here && !other->MayStartTurnBefore(text, first)))
      continue;
    EpisodeBuilder builder;
    NullSink quiet;
    if (!other->Read(text, options, &builder, &quiet).ok()) continue;
    int lost = 0;
    int first_lost = 0;
    for (const Segment& segment : builder.segments()) {
      if (segment.line >= first) continue;
      if (lost++ == 0) first_lost = segment.line;
    }
    if (lost < kMinLostTurns) continue;
    sink->Warn(text.source(), first_lost,
               "the file mixes layouts: " + std::to_string(lost) +
                   " turns in layout \"" + std::string(other->name()) +
                   "\" before line " + std::to_string(first) +
                   " are not read (the file is read as \"" +
                   std::string(chosen.name()) + "\"; see --layout)");
    return;
  }
}

Status Parse(std::string bytes, const std::string& source,
             const ReadOptions& options, Episode* episode,
             DiagnosticSink* sink) {
  const LayoutReader* forced = nullptr;
  if (!options.layout.empty()) {
    forced = FindLayout(options.layout);
    if (!forced)
      return Status::Error(source, 0,
                           "unknown layout \"" + options.layout +
                               "\" (known: " + LayoutList() + ")");
  }
  SourceText text;
  Status decoded = SourceText::Decode(std::move(bytes), source, sink, &text);
  if (!decoded.ok()) return decoded;
  std::vector<std::pair<const LayoutReader*, int>> scores;
  const LayoutReader* reader = forced ? forced : DetectLayout(text, &scores);
  if (!reader)
    return Status::Error(source, 0,
                         "no speaker turns recognised in any known layout (" +
                             LayoutList() + ")");
  EpisodeBuilder builder;
  Status read = reader->Read(text, options, &builder, sink);
  if (!read.ok()) return read;
  if (reader->reads_lines()) text.ReportLongLines(sink);
  Status finished =
      builder.Finish(text, options, reader->name(), episode, sink);
  if (finished.ok() && !forced)
    WarnAboutMixedLayouts(text, *reader, options, *episode, std::move(scores), sink);
  return finished;
}

}  // namespace

Status ReadTranscript(const std::string& path, const ReadOptions& options,
                      Episode* episode, DiagnosticSink* sink) {
  struct stat info;
  if (stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
      static_cast<unsigned long long>(info.st_size) > kMaxTranscriptBytes) {
    return Status::Error(path, 0,
                         "file too large (" + std::to_string(info.st_size) +
                             " bytes; the limit is " +
                             std::to_string(kMaxTranscriptBytes) + ")");
  }
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  return Parse(std::move(content), path, options, episode, sink);
}

Status ParseTranscript(std::string_view content, const std::string& source,
                       const ReadOptions& options, Episode* episode,
                       DiagnosticSink* sink) {
  return Parse(std::string(content), source, options, episode, sink);
}

std::vector<std::string> KnownLayouts() {
  std::vector<std::string> names;
  for (const LayoutReader* reader : AllLayouts())
    names.emplace_back(reader->name());
  return names;
}

}  // namespace claimgraph
