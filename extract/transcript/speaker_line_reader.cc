#include "extract/transcript/speaker_line_reader.h"

#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/preamble.h"

namespace claimgraph {
namespace {

enum class Role { kBlank, kHeading, kMarker, kLine };

struct Classified {
  Role role = Role::kBlank;
  std::string_view trimmed;
  LineMatch match;
};

// Chapter titles are compared loosely: "Memory & privacy" in a table of
// contents meets "## Memory and Privacy".
std::string TitleKey(std::string_view title) {
  std::string key = SpeakerKey(title);
  std::string out;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key.compare(i, 5, " and ") == 0) {
      out += " & ";
      i += 4;
    } else {
      out += key[i];
    }
  }
  return out;
}

}  // namespace

bool MatchChapterLine(std::string_view trimmed, LineMatch* match) {
  // A bullet, a clock, a dash (hyphen, en dash or em dash), the title.
  static const RE2 kChapter(std::string(R"((?:[*+-][ \t]+)?()") +
                                kClockPattern +
                                R"()[ \t]*(?:-|–|—|:)[ \t]*(\S.*))",
                            RE2::Quiet);
  if (!MayHoldClock(trimmed)) return false;
  re2::StringPiece clock, title;
  if (!MatchLine(trimmed, kChapter, &clock, &title)) return false;
  std::optional<long long> seconds = ClockSeconds(clock);
  if (!seconds) return false;
  match->kind = LineMatch::Kind::kChapter;
  match->seconds = seconds;
  match->text = Trim(title);
  return true;
}

LineMatch MatchClockedLine(std::string_view trimmed, const RE2& turn,
                           const RE2& continuation, LineWanted wanted) {
  // Every pattern here, the chapter line's too, holds a clock.
  if (!MayHoldClock(trimmed)) return LineMatch();
  LineMatch m;
  re2::StringPiece name, clock, text;
  if (MatchLine(trimmed, turn, &name, &clock, &text) && LooksLikeSpeakerName(name)) {
    m.kind = LineMatch::Kind::kTurn;
    m.name = name;
  } else if (wanted == LineWanted::kTurn) {
    return LineMatch();
  } else if (MatchLine(trimmed, continuation, &clock, &text)) {
    m.kind = LineMatch::Kind::kContinuation;
  } else {
    MatchChapterLine(trimmed, &m);
    return m;
  }
  m.seconds = ClockSeconds(clock);
  if (!m.seconds) return LineMatch();
  m.text = text;
  return m;
}

int SpeakerLineReader::CountTurnLines(const SourceText& text, size_t max_lines,
                                      int before_line, int stop_at) const {
  const auto& lines = text.lines();
  size_t n = std::min(lines.size(), max_lines);
  int turns = 0;
  for (size_t i = FrontMatterEnd(lines); i < n && lines[i].number < before_line; ++i) {
    std::string_view t = Trim(lines[i].text);
    if (t.empty() || Match(t, LineWanted::kTurn).kind != LineMatch::Kind::kTurn) continue;
    if (++turns == stop_at) break;
  }
  return turns;
}

int SpeakerLineReader::Score(const SourceText& text) const {
  return CountTurnLines(text, kScoreLines, std::numeric_limits<int>::max(), 0);
}

bool SpeakerLineReader::MayStartTurnBefore(const SourceText& text, int line) const {
  return CountTurnLines(text, text.lines().size(), line, 1) > 0;
}

Status SpeakerLineReader::Read(const SourceText& text, const ReadOptions&,
                               EpisodeBuilder* builder,
                               DiagnosticSink* sink) const {
  const auto& lines = text.lines();
  const size_t n = lines.size();
  std::vector<Classified> classified(n);
  const size_t body = FrontMatterEnd(lines);
  std::map<std::string, int> label_uses;
  for (size_t i = body; i < n; ++i) {
    Classified& c = classified[i];
    c.trimmed = Trim(lines[i].text);
    if (c.trimmed.empty()) continue;
    if (IsMarkdownHeading(c.trimmed)) {
      c.role = IsTranscriptMarker(c.trimmed) ? Role::kMarker : Role::kHeading;
      continue;
    }
    c.role = Role::kLine;
    c.match = Match(c.trimmed, LineWanted::kAll);
    if (c.match.kind == LineMatch::Kind::kTurn)
      ++label_uses[SpeakerKey(c.match.name)];
  }

  if (RequiresRepeatedNames()) {
    bool repeated = false;
    for (const auto& [key, uses] : label_uses) repeated |= uses > 1;
    for (size_t i = body; i < n && repeated; ++i) {
      LineMatch& m = classified[i].match;
      if (m.kind == LineMatch::Kind::kTurn &&
          label_uses[SpeakerKey(m.name)] == 1)
        m = LineMatch();
    }
  }

  size_t first_turn = n;
  for (size_t i = body; i < n && first_turn == n; ++i)
    if (classified[i].match.kind == LineMatch::Kind::kTurn) first_turn = i;
  // Chapter lines are listed before the speech; in the speech, a line like
  // "10:30 - and then we left" is what someone said.
  for (size_t i = first_turn; i < n; ++i)
    if (classified[i].match.kind == LineMatch::Kind::kChapter)
      classified[i].match = LineMatch();

  std::vector<bool> not_preamble(n, false);
  for (size_t i = 0; i < n; ++i)
    not_preamble[i] = classified[i].match.kind == LineMatch::Kind::kChapter;
  ScanPreamble(lines, first_turn, builder, not_preamble);

  // A heading followed by chapter lines introduces a table of contents.
  auto introduces_contents = [&](size_t heading) {
    for (size_t j = heading + 1; j < n; ++j) {
      const Classified& c = classified[j];
      if (c.role == Role::kHeading) return false;
      if (c.match.kind == LineMatch::Kind::kTurn ||
          c.match.kind == LineMatch::Kind::kContinuation)
        return false;
      if (c.match.kind == LineMatch::Kind::kChapter) return true;
    }
    return false;
  };

  std::vector<Chapter> contents;  // from chapter lines
  std::vector<Chapter> headings;  // from Markdown headings
  for (size_t i = body; i < n; ++i) {
    const Classified& c = classified[i];
    const int number = lines[i].number;
    if (c.role == Role::kHeading) {
      builder->CloseTurn();
      bool level_one = c.trimmed.size() > 1 && c.trimmed[1] != '#';
      if (level_one || introduces_contents(i)) continue;
      Chapter chapter;
      chapter.title = CollapseSpaces(HeadingText(c.trimmed));
      chapter.line = number;
      headings.push_back(std::move(chapter));
      continue;
    }
    if (c.role != Role::kLine) continue;
    switch (c.match.kind) {
      case LineMatch::Kind::kTurn:
        builder->StartTurn(c.match.name, c.match.seconds, number);
        builder->AddText(c.match.text);
        break;
      case LineMatch::Kind::kContinuation:
        if (builder->StartContinuation(c.match.seconds, number)) {
          builder->AddText(c.match.text);
        } else if (sink) {
          sink->Warn(text.source(), number,
                     "timed paragraph before any named speaker; skipped");
        }
        break;
      case LineMatch::Kind::kChapter: {
        builder->CloseTurn();
        Chapter chapter;
        chapter.title = CollapseSpaces(c.match.text);
        chapter.seconds = c.match.seconds;
        chapter.line = number;
        contents.push_back(std::move(chapter));
        break;
      }
      case LineMatch::Kind::kNone:
        if (i > first_turn) builder->AddText(c.trimmed);
        break;
    }
  }

  if (headings.empty()) {
    for (Chapter& chapter : contents) builder->AddChapter(std::move(chapter));
    return Status::Ok();
  }
  const std::vector<Segment>& segments = builder->segments();
  for (Chapter& chapter : headings) {
    std::string key = TitleKey(chapter.title);
    for (const Chapter& entry : contents) {
      if (TitleKey(entry.title) == key) {
        chapter.seconds = entry.seconds;
        break;
      }
    }
    if (!chapter.seconds) {
      auto below = std::upper_bound(
          segments.begin(), segments.end(), chapter.line,
          [](int line, const Segment& s) { return line < s.line; });
      if (below != segments.end()) chapter.seconds = below->seconds;
    }
    builder->AddChapter(std::move(chapter));
  }
  return Status::Ok();
}

}  // namespace claimgraph
