// The "timestamp-speaker" layout (layouts.h): a clock time in parentheses or
// brackets, then the speaker, with the speech on the lines below or after
// the name; chapters as title + time + summary. The founding sample is in it.
#include <string>
#include <vector>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/preamble.h"

namespace claimgraph {
namespace {

// Chapter titles longer than this (per line, or in lines) are speech.
constexpr size_t kMaxChapterTitleBytes = 200;
constexpr int kMaxChapterTitleLines = 3;
// A last block at least this short, after a blank line, with no sentence
// end, is page furniture ("Related topics") rather than speech.
constexpr size_t kMaxTrailerBytes = 80;
// How far below a Markdown heading its time is looked for.
constexpr int kMaxHeadingLookahead = 50;

enum class Kind {
  kText,       // speech, or preamble before the first turn
  kBlank,
  kTurn,       // "(ts) Name:" -- text below
  kTurnText,   // "(ts) Name: text"
  kBare,       // "(ts)"
  kTimedText,  // "(ts) text": continues the speaker
  kNameLine,   // "Name:" alone, naming the turn of the bare time above
  kChapter,    // chapter title, time or summary line
  kIgnored,    // trailing page furniture
};

struct Line {
  Kind kind = Kind::kText;
  std::string_view trimmed;
  std::optional<long long> seconds;
  std::string_view name;
  std::string_view rest;  // text after the time (and name)
};

const RE2& TimeLine() {
  static const RE2 kPattern(
      std::string(R"([(\[]()") + kClockPattern + R"()[)\]](.*))", RE2::Quiet);
  return kPattern;
}

const RE2& NameColon() {
  static const RE2 kPattern(std::string("(") + kNamePattern + R"():(.*))",
                            RE2::Quiet);
  return kPattern;
}

// Splits "Name: text" when the part before the colon can be a speaker.
bool SplitName(std::string_view rest, re2::StringPiece* name,
               re2::StringPiece* text) {
  if (rest.find(':') == std::string_view::npos ||
      !MatchLine(rest, NameColon(), name, text))
    return false;
  *text = Trim(*text);
  return LooksLikeSpeakerName(*name);
}

std::vector<Line> Classify(const std::vector<SourceLine>& source) {
  std::vector<Line> lines(source.size());
  for (size_t i = 0; i < source.size(); ++i) {
    Line& line = lines[i];
    line.trimmed = Trim(source[i].text);
    if (line.trimmed.empty()) {
      line.kind = Kind::kBlank;
      continue;
    }
    // TimeLine starts with a bracket; most lines do not.
    if (line.trimmed[0] != '(' && line.trimmed[0] != '[') continue;
    re2::StringPiece clock, rest;
    if (!MatchLine(line.trimmed, TimeLine(), &clock, &rest)) continue;
    line.seconds = ClockSeconds(clock);
    if (!line.seconds) continue;
    line.rest = Trim(rest);
    re2::StringPiece name, text;
    if (line.rest.empty()) {
      line.kind = Kind::kBare;
    } else if (SplitName(line.rest, &name, &text)) {
      line.kind = text.empty() ? Kind::kTurn : Kind::kTurnText;
      line.name = name;
      line.rest = text;
    } else {
      line.kind = Kind::kTimedText;
    }
  }
  return lines;
}

bool IsTimed(Kind kind) {
  return kind == Kind::kTurn || kind == Kind::kTurnText ||
         kind == Kind::kBare || kind == Kind::kTimedText;
}

// The index of the nearest non-blank line before `i`, or -1.
int PreviousNonBlank(const std::vector<Line>& lines, int i) {
  for (--i; i >= 0; --i)
    if (lines[i].kind != Kind::kBlank) return i;
  return -1;
}

// A bare time is a chapter when short title lines stand right above it, with
// a blank line (or the "Transcript" marker, or the file start) above them,
// and that blank line does not just follow a turn's name line: there the
// lines are the turn's first paragraph.
bool IsChapterAt(const std::vector<Line>& lines, int i, int* title_begin) {
  int j = i - 1;
  int count = 0;
  while (j >= 0 && lines[j].kind == Kind::kText && count < kMaxChapterTitleLines &&
         !IsTranscriptMarker(lines[j].trimmed)) {
    if (lines[j].trimmed.size() > kMaxChapterTitleBytes) return false;
    --j;
    ++count;
  }
  if (count == 0 || EndsSentence(lines[i - 1].trimmed)) return false;
  *title_begin = j + 1;
  if (j < 0 || IsTranscriptMarker(lines[j].trimmed)) return true;
  if (lines[j].kind != Kind::kBlank) return false;
  int before = PreviousNonBlank(lines, j);
  return before < 0 || (lines[before].kind != Kind::kTurn &&
                        lines[before].kind != Kind::kNameLine);
}

class TimestampSpeakerReader : public LayoutReader {
 public:
  std::string_view name() const override { return "timestamp-speaker"; }

  int Score(const SourceText& text) const override {
    const auto& source = text.lines();
    size_t n = std::min<size_t>(source.size(), kScoreLines);
    int score = 0;
    for (size_t i = 0; i < n; ++i) {
      std::string_view t = Trim(source[i].text);
      if (t.empty() || (t[0] != '(' && t[0] != '[')) continue;
      re2::StringPiece clock, rest, name, said;
      if (!MatchLine(t, TimeLine(), &clock, &rest)) continue;
      rest = Trim(rest);
      if (rest.empty() && i + 1 < n) rest = Trim(source[i + 1].text);
      if (SplitName(rest, &name, &said)) ++score;
    }
    return score;
  }

  Status Read(const SourceText& text, const ReadOptions&,
              EpisodeBuilder* builder, DiagnosticSink* sink) const override {
    const auto& source = text.lines();
    std::vector<Line> lines = Classify(source);
    const int n = static_cast<int>(lines.size());

    // Names given on their own ("(ts) Name:", or a name line under a bare
    // time) are sure; "(ts) Word: text" is a turn only for such a name, or
    // when the file names no one that way.
    std::vector<std::string> known;
    for (int i = 0; i < n; ++i) {
      if (lines[i].kind == Kind::kBare && i + 1 < n) {
        re2::StringPiece name, said;
        if (lines[i + 1].kind == Kind::kText &&
            SplitName(lines[i + 1].trimmed, &name, &said) && said.empty()) {
          lines[i].kind = Kind::kTurn;
          lines[i].name = name;
          lines[i + 1].kind = Kind::kNameLine;
        }
      }
      if (lines[i].kind == Kind::kTurn)
        known.push_back(SpeakerKey(lines[i].name));
    }
    if (!known.empty()) {
      for (Line& line : lines) {
        if (line.kind != Kind::kTurnText) continue;
        if (std::find(known.begin(), known.end(), SpeakerKey(line.name)) ==
            known.end()) {
          line.kind = Kind::kTimedText;
          line.rest = Trim(line.trimmed.substr(line.trimmed.find_first_of(")]") + 1));
        }
      }
    }

    // Chapters: title lines, the bare time, and the summary up to the next
    // timed line.
    int first_timed = n;
    for (int i = 0; i < n; ++i) {
      if (lines[i].kind != Kind::kBare) {
        if (IsTimed(lines[i].kind) && first_timed == n) first_timed = i;
        continue;
      }
      int title_begin;
      if (!IsChapterAt(lines, i, &title_begin)) {
        if (first_timed == n) first_timed = i;
        continue;
      }
      Chapter chapter;
      chapter.line = source[title_begin].number;
      chapter.seconds = lines[i].seconds;
      for (int j = title_begin; j < i; ++j) {
        if (!chapter.title.empty()) chapter.title += ' ';
        chapter.title += CollapseSpaces(lines[j].trimmed);
        lines[j].kind = Kind::kChapter;
      }
      lines[i].kind = Kind::kChapter;
      int j = i + 1;
      for (; j < n && !IsTimed(lines[j].kind); ++j) {
        if (lines[j].kind == Kind::kText) {
          if (!chapter.summary.empty()) chapter.summary += ' ';
          chapter.summary += CollapseSpaces(lines[j].trimmed);
          lines[j].kind = Kind::kChapter;
        }
      }
      builder->AddChapter(std::move(chapter));
      if (first_timed == n) first_timed = title_begin;
      i = j - 1;
    }
    MarkTrailer(&lines);
    ScanPreamble(source, static_cast<size_t>(first_timed), builder);

    for (int i = first_timed; i < n; ++i) {
      const Line& line = lines[i];
      int number = source[i].number;
      switch (line.kind) {
        case Kind::kTurn:
        case Kind::kTurnText:
          builder->StartTurn(line.name, line.seconds, number);
          builder->AddText(line.rest);
          break;
        case Kind::kBare:
        case Kind::kTimedText:
          // Before any named turn a time has no speaker to continue.
          if (builder->StartContinuation(line.seconds, number)) {
            builder->AddText(line.rest);
          } else if (sink) {
            sink->Warn(text.source(), number,
                       "timed paragraph before any named speaker; skipped");
          }
          break;
        case Kind::kText:
          if (IsMarkdownHeading(line.trimmed)) {
            // "## Chapter" between turns: a chapter, timed by the next turn.
            builder->CloseTurn();
            Chapter chapter;
            chapter.title = CollapseSpaces(HeadingText(line.trimmed));
            chapter.line = number;
            for (int j = i + 1; j < n && j <= i + kMaxHeadingLookahead; ++j) {
              if (IsTimed(lines[j].kind)) {
                chapter.seconds = lines[j].seconds;
                break;
              }
            }
            builder->AddChapter(std::move(chapter));
          } else {
            builder->AddText(line.trimmed);
          }
          break;
        case Kind::kChapter:
          builder->CloseTurn();
          break;
        default:
          break;
      }
    }
    return Status::Ok();
  }

 private:
  // Drops a short last block that follows a blank line and ends no sentence.
  static void MarkTrailer(std::vector<Line>* lines) {
    int last = PreviousNonBlank(*lines, static_cast<int>(lines->size()));
    if (last <= 0 || (*lines)[last].kind != Kind::kText) return;
    const Line& line = (*lines)[last];
    if (line.trimmed.size() > kMaxTrailerBytes || EndsSentence(line.trimmed))
      return;
    if ((*lines)[last - 1].kind != Kind::kBlank) return;
    int before = PreviousNonBlank(*lines, last);
    if (before < 0 || (*lines)[before].kind != Kind::kText) return;
    (*lines)[last].kind = Kind::kIgnored;
  }
};

}  // namespace

const LayoutReader& TimestampSpeakerLayout() {
  static const TimestampSpeakerReader kReader;
  return kReader;
}

}  // namespace claimgraph
