#include "extract/transcript/episode_builder.h"

#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/speaker_naming.h"

namespace claimgraph {
namespace {

// How many backwards-timestamp warnings one file gets before a summary.
constexpr int kMaxTimeWarnings = 10;

std::string StemOf(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return std::string(path);
}

// Ranks spellings of one speaker: mixed case reads best, then all lower
// case, then all capitals (a shouted label).
int CaseRank(std::string_view name) {
  bool upper = false, lower = false;
  for (char c : name) {
    upper |= IsAsciiUpper(c);
    lower |= IsAsciiLower(c);
  }
  if (upper && lower) return 2;
  return lower ? 1 : 0;
}

// Where a name has no lower case letter at all ("DYLAN PATEL") and no better
// spelling exists, capitalise each word: it is what a reader expects.
std::string TitleCase(std::string_view name) {
  std::string out(name);
  bool start = true;
  for (char& c : out) {
    if (!start) c = ToAsciiLower(c);
    start = (c == ' ' || c == '-' || c == '.' || c == '\'');
  }
  return out;
}

}  // namespace

bool IsGenericSpeaker(std::string_view name) {
  static const RE2 kGeneric(
      R"((?i)(?:(?:unknown |unidentified )?(?:speaker|spk|voice|participant)(?:[ _-]?[0-9]+)?|unknown|[A-Z]))");
  return RE2::FullMatch(name, kGeneric);
}

std::string SpeakerKey(std::string_view name) {
  std::string spaced(name);
  for (char& c : spaced)
    if (c == '.' || c == '_' || c == '-') c = ' ';
  return AsciiLower(CollapseSpaces(Trim(spaced)));
}

void EpisodeBuilder::StartTurn(std::string_view speaker,
                               std::optional<long long> seconds, int line) {
  Segment segment;
  segment.speaker = CollapseSpaces(Trim(speaker));
  segment.seconds = seconds;
  segment.line = line;
  segments_.push_back(std::move(segment));
  open_ = true;
}

bool EpisodeBuilder::StartContinuation(std::optional<long long> seconds,
                                       int line) {
  if (segments_.empty()) return false;
  StartTurn(segments_.back().speaker, seconds, line);
  return true;
}

void EpisodeBuilder::AddText(std::string_view text) {
  if (!open_ || segments_.empty()) return;
  std::string& out = segments_.back().text;
  size_t index = segments_.size() - 1;
  auto mark_cut = [&] {
    if (cut_segments_.empty() || cut_segments_.back() != index)
      cut_segments_.push_back(index);
  };
  if (out.size() >= kMaxSegmentBytes) {  // full: do not even fold the rest
    if (!IsBlank(text)) mark_cut();
    return;
  }
  std::string folded = CollapseSpaces(text);
  if (folded.empty()) return;
  if (!out.empty()) out += ' ';
  out += folded;
  if (out.size() > kMaxSegmentBytes) {
    size_t cut = kMaxSegmentBytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80)
      --cut;
    out.resize(cut);
    mark_cut();
  }
}

const std::string& EpisodeBuilder::current_speaker() const {
  static const std::string kNone;
  return segments_.empty() ? kNone : segments_.back().speaker;
}

void EpisodeBuilder::SetTitle(std::string_view title) {
  if (title_.empty()) title_ = CollapseSpaces(title);
}

void EpisodeBuilder::SetDate(std::string_view date) {
  if (date_.empty()) date_ = std::string(Trim(date));
}

void EpisodeBuilder::AddHeaderSpeaker(std::string_view name) {
  std::string clean = CollapseSpaces(name);
  if (!clean.empty()) header_speakers_.push_back(std::move(clean));
}

Status EpisodeBuilder::Finish(const SourceText& text,
                              const ReadOptions& options,
                              std::string_view layout, Episode* episode,
                              DiagnosticSink* sink) {
  if (segments_.empty())
    return Status::Error(text.source(), 0,
                         "no speaker turns found in layout \"" +
                             std::string(layout) + "\"");

  // One display form per speaker key.
  struct Form {
    std::string best;
    int rank = -1;
    int count = 0;
    bool from_header = false;
  };
  // Spellings of each key with their counts, in order of first use, so that
  // ties go to the first seen.
  std::map<std::string, std::vector<std::pair<std::string, int>>> spellings;
  std::vector<std::string> order;  // keys in order of first turn
  // Turns of one speaker come in runs: make each key once per run.
  std::string key, key_of;
  for (const Segment& segment : segments_) {
    if (key_of.empty() || segment.speaker != key_of) {
      key = SpeakerKey(segment.speaker);
      key_of = segment.speaker;
    }
    auto [it, inserted] = spellings.try_emplace(key);
    if (inserted) order.push_back(key);
    auto& list = it->second;
    auto found = std::find_if(list.begin(), list.end(), [&](const auto& s) {
      return s.first == segment.speaker;
    });
    if (found == list.end()) {
      list.emplace_back(segment.speaker, 1);
    } else {
      ++found->second;
    }
  }
  // Keyed once, so that a file with a million speakers is not a million
  // times a million comparisons.
  std::map<std::string, std::string> header_by_key;
  for (const std::string& name : header_speakers_)
    header_by_key.try_emplace(SpeakerKey(name), name);
  std::map<std::string, std::string> display;
  for (const std::string& key : order) {
    Form form;
    for (const auto& [spelling, count] : spellings[key]) {
      int rank = CaseRank(spelling);
      if (rank > form.rank || (rank == form.rank && count > form.count)) {
        form = Form{spelling, rank, count, false};
      }
    }
    if (auto header = header_by_key.find(key); header != header_by_key.end()) {
      form.best = header->second;
      form.from_header = true;
    }
    if (!form.from_header && form.rank == 0 && !IsGenericSpeaker(form.best))
      form.best = TitleCase(form.best);
    display[key] = form.best;
  }

  // Generic labels take the names the user gave, in order of first turn.
  size_t next_name = 0;
  for (const std::string& key : order) {
    if (next_name >= options.speakers.size()) break;
    if (!IsGenericSpeaker(display[key])) continue;
    display[key] = CollapseSpaces(options.speakers[next_name++]);
  }

  // Otherwise, what the speakers say may name them.
  if (options.speakers.empty()) {
    std::vector<Segment> shown;
    for (size_t i = 0; i < segments_.size() && i < kNamingSegments; ++i) {
      shown.push_back(segments_[i]);
      shown.back().speaker = display[SpeakerKey(segments_[i].speaker)];
    }
    std::map<std::string, std::string> found = NameSpeakersFromText(shown);
    for (const std::string& key : order) {
      auto it = found.find(display[key]);
      if (it != found.end()) display[key] = it->second;
    }
  }

  Episode out;
  out.source = text.source();
  out.id = MakeId("episode", StemOf(text.source()));
  out.title = title_;
  out.date = date_;
  // "2025-06-30-dylan-patel.txt": the file name carries the date.
  static const RE2 kDatedName(R"(([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[^0-9].*)?)",
                              RE2::Quiet);
  std::string stem = StemOf(out.source);
  re2::StringPiece dated;
  if (out.date.empty() && RE2::FullMatch(stem, kDatedName, &dated))
    out.date = std::string(dated);
  out.layout = std::string(layout);
  std::set<std::string> listed;
  for (const std::string& key : order) {
    const std::string& name = display[key];
    if (listed.insert(name).second) out.speakers.push_back(name);
  }
  for (const std::string& name : header_speakers_) {
    if (!spellings.count(SpeakerKey(name)) && listed.insert(name).second)
      out.speakers.push_back(name);
  }
  if (sink) {
    for (size_t index : cut_segments_) {
      sink->Warn(out.source, segments_[index].line,
                 "turn longer than " + std::to_string(kMaxSegmentBytes) +
                     " bytes; only its first " +
                     std::to_string(kMaxSegmentBytes) + " bytes are read");
    }
  }
  out.chapters = std::move(chapters_);
  out.segments = std::move(segments_);

  std::optional<long long> latest;
  int latest_line = 0;
  int backwards = 0;
  const std::string* shown_name = nullptr;
  key_of.clear();
  for (size_t i = 0; i < out.segments.size(); ++i) {
    Segment& segment = out.segments[i];
    if (!shown_name || segment.speaker != key_of) {
      key_of = segment.speaker;
      shown_name = &display[SpeakerKey(segment.speaker)];
    }
    segment.speaker = *shown_name;
    segment.continuation =
        i > 0 && segment.speaker == out.segments[i - 1].speaker;
    if (!segment.seconds) continue;
    if (latest && *segment.seconds < *latest) {
      if (++backwards <= kMaxTimeWarnings && sink) {
        sink->Warn(out.source, segment.line,
                   "timestamp " + FormatClock(*segment.seconds) +
                       " goes back from " + FormatClock(*latest) +
                       " (line " + std::to_string(latest_line) + ")");
      }
    } else {
      latest = segment.seconds;
      latest_line = segment.line;
    }
  }
  if (backwards > kMaxTimeWarnings && sink) {
    sink->Warn(out.source, 0,
               std::to_string(backwards - kMaxTimeWarnings) +
                   " more timestamps go back in time");
  }
  *episode = std::move(out);
  return Status::Ok();
}

}  // namespace claimgraph
