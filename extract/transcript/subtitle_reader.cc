// The "webvtt" and "srt" layouts (layouts.h): subtitle cues, whose speakers
// come from <v Name> voice tags, "NAME:" prefixes, or "- " change-of-speaker
// dashes with an occasional "[Name]"; consecutive cues of one speaker make
// one turn.
#include <string>
#include <vector>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"

namespace claimgraph {
namespace {

enum class Format { kWebVtt, kSrt };

// One speaker's words inside a cue.
struct Piece {
  std::string speaker;   // from a voice tag, a prefix or "[Name]"; may be empty
  bool dash = false;     // started with "- ": a change of speaker
  std::string text;
};

struct Cue {
  long long seconds = 0;
  int line = 0;  // the timing line
  std::vector<Piece> pieces;
};

const RE2& TimingLine() {
  static const RE2 kPattern(std::string("(") + kClockPattern +
                                R"()[ \t]*-->[ \t]*)" + kClockPattern +
                                R"((?:[ \t].*)?)",
                            RE2::Quiet);
  return kPattern;
}

// Sound descriptions look like names in brackets but are not speakers.
bool IsSoundLabel(std::string_view label) {
  static constexpr std::string_view kSounds[] = {
      "music",  "applause", "laughter",  "laughs",   "laughing", "inaudible",
      "crosstalk", "silence", "noise",   "cheering", "sighs",    "chuckles",
      "foreign", "intro",   "outro",     "background noise", "no audio",
      "blank_audio", "sound", "static"};
  std::string lower = AsciiLower(Trim(label));
  for (std::string_view sound : kSounds)
    if (lower == sound) return true;
  return false;
}

// Removes markup ("<i>", "<c.color>", "<00:00:01.200>", "{\an8}") from a
// cue line.
// Timing lines hold "-->"; the test is cheaper than the pattern.
bool MatchTimingLine(std::string_view line, re2::StringPiece* start = nullptr) {
  if (line.find("-->") == std::string_view::npos) return false;
  return start ? MatchLine(line, TimingLine(), start)
               : RE2::FullMatch(line, TimingLine());
}

std::string StripTags(std::string_view line) {
  static const RE2 kTag(R"(<[^>]*>|\{\\[^}]*\})", RE2::Quiet);
  // Most lines have no tag: skip the copy and the replace for them.
  if (line.find_first_of("<{") == std::string_view::npos) return CollapseSpaces(line);
  std::string out(line);
  RE2::GlobalReplace(&out, kTag, "");
  return CollapseSpaces(out);
}

// Splits one cue line into pieces: WebVTT voice spans first, then a leading
// "- ", "[Name]" or "NAME:".
void SplitLine(std::string_view line, std::vector<Piece>* pieces) {
  static const RE2 kDash(R"(-[ \t]*(.*))", RE2::Quiet);
  static const RE2 kBracketName(R"([\[(]([^\])]{1,60})[\])][ \t]*:?[ \t]*(.*))",
                                RE2::Quiet);
  static const RE2 kPrefix(std::string("(") + kNamePattern +
                               R"():[ \t]+(.*))",
                           RE2::Quiet);
  // WebVTT voice spans: "<v Ann Lee>text", "<v.loud Bo>text". Text before
  // the first span belongs to the speaker before.
  size_t voice = line.find("<v");
  if (voice != std::string_view::npos && voice + 2 < line.size() &&
      (line[voice + 2] == ' ' || line[voice + 2] == '.' ||
       line[voice + 2] == '\t')) {
    std::string speaker;
    size_t pos = 0;
    while (true) {
      std::string_view before = line.substr(pos, voice - pos);
      std::string clean = StripTags(before);
      if (!clean.empty()) pieces->push_back(Piece{speaker, false, clean});
      if (voice == std::string_view::npos) break;
      size_t close = line.find('>', voice);
      if (close == std::string_view::npos) break;
      std::string_view tag = line.substr(voice + 2, close - voice - 2);
      size_t space = tag.find_first_of(" \t");
      speaker = space == std::string_view::npos
                    ? std::string()
                    : CollapseSpaces(tag.substr(space + 1));
      if (!speaker.empty()) pieces->push_back(Piece{speaker, false, ""});
      pos = close + 1;
      voice = line.find("<v ", pos);
    }
    return;
  }

  std::string clean = StripTags(line);
  Piece piece;
  re2::StringPiece body(clean), after, name;
  if (!body.empty() && body[0] == '-' && MatchLine(body, kDash, &after)) {
    piece.dash = true;
    body = after;
  }
  if (!body.empty() && (body[0] == '[' || body[0] == '(') &&
      MatchLine(body, kBracketName, &name, &after)) {
    if (LooksLikeSpeakerName(name) && !IsSoundLabel(name)) {
      piece.speaker = std::string(Trim(name));
      body = after;
    } else if (Trim(after).empty()) {
      body = after;  // "[Music]" alone: not speech
    }
  } else if (body.find(':') != re2::StringPiece::npos &&
             MatchLine(body, kPrefix, &name, &after) &&
             LooksLikeSpeakerName(name)) {
    piece.speaker = std::string(Trim(name));
    body = after;
  }
  piece.text = CollapseSpaces(std::string_view(body.data(), body.size()));
  if (piece.text.empty() && piece.speaker.empty() && !piece.dash) return;
  pieces->push_back(std::move(piece));
}

std::vector<Cue> ParseCues(const SourceText& text) {
  const auto& lines = text.lines();
  std::vector<Cue> cues;
  std::string previous_line;  // rolling captions repeat the line before
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = Trim(lines[i].text);
    re2::StringPiece start;
    if (!MatchTimingLine(t, &start)) continue;
    std::optional<long long> seconds = ClockSeconds(start);
    if (!seconds) continue;
    Cue cue;
    cue.seconds = *seconds;
    cue.line = lines[i].number;
    for (++i; i < lines.size() && !IsBlank(lines[i].text); ++i) {
      std::string_view payload = Trim(lines[i].text);
      if (MatchTimingLine(payload)) {
        --i;  // a cue without a blank line before the next one
        break;
      }
      std::string stripped = StripTags(payload);
      if (stripped == previous_line) continue;
      previous_line = stripped;
      SplitLine(payload, &cue.pieces);
    }
    if (!cue.pieces.empty()) cues.push_back(std::move(cue));
  }
  return cues;
}

class SubtitleReader : public LayoutReader {
 public:
  explicit SubtitleReader(Format format) : format_(format) {}

  std::string_view name() const override {
    return format_ == Format::kWebVtt ? "webvtt" : "srt";
  }

  int Score(const SourceText& text) const override {
    const auto& lines = text.lines();
    if (lines.empty()) return 0;
    std::string_view first = Trim(lines[0].text);
    bool vtt = first.substr(0, 6) == "WEBVTT";
    if (format_ == Format::kWebVtt) return vtt ? kCertain : 0;
    if (vtt) return 0;
    // SRT (or subtitles without a WEBVTT header): timing lines.
    size_t n = std::min<size_t>(lines.size(), kScoreLines);
    int score = 0;
    for (size_t i = 0; i < n; ++i)
      if (MatchTimingLine(Trim(lines[i].text))) ++score;
    return score > 0 ? kCertain / 2 + score : 0;
  }

  Status Read(const SourceText& text, const ReadOptions&,
              EpisodeBuilder* builder, DiagnosticSink*) const override {
    if (format_ == Format::kWebVtt && !text.lines().empty()) {
      static const RE2 kHeader(R"(WEBVTT[ \t]*(?:-[ \t]*)?(.*))", RE2::Quiet);
      re2::StringPiece title;
      if (RE2::FullMatch(Trim(text.lines()[0].text), kHeader, &title))
        builder->SetTitle(title);
    }
    std::vector<Cue> cues = ParseCues(text);

    bool named = false;  // names without dashes: no alternation to guess
    for (const Cue& cue : cues)
      for (const Piece& piece : cue.pieces)
        named |= !piece.speaker.empty() && !piece.dash;

    // Speakers by slot: names as found, or empty until named.
    std::vector<std::string> slots;
    std::vector<int> turn_slots;  // the slot of each turn started
    int current = -1;
    int previous = -1;
    auto slot_named = [&](const std::string& name) {
      for (size_t s = 0; s < slots.size(); ++s)
        if (SpeakerKey(slots[s]) == SpeakerKey(name)) return static_cast<int>(s);
      return -1;
    };
    auto label = [&](int slot) {
      return slots[slot].empty() ? "Speaker " + std::to_string(slot + 1)
                                 : slots[slot];
    };

    for (const Cue& cue : cues) {
      for (const Piece& piece : cue.pieces) {
        int next = current;
        if (!piece.speaker.empty()) {
          next = slot_named(piece.speaker);
          if (next < 0 && piece.dash && !named) {
            // "- [Lex] Yes.": the name of the speaker the dash turns to.
            int turn_to = AlternateSlot(current, previous, &slots);
            if (slots[turn_to].empty()) {
              slots[turn_to] = piece.speaker;
              next = turn_to;
            }
          }
          if (next < 0) {
            slots.push_back(piece.speaker);
            next = static_cast<int>(slots.size()) - 1;
          }
        } else if (piece.dash && current >= 0) {
          next = AlternateSlot(current, previous, &slots);
        } else if (current < 0) {
          slots.emplace_back();
          next = 0;
        }
        if (next != current || !builder->has_open_turn()) {
          if (next != current) previous = current;
          current = next;
          builder->StartTurn(label(current), cue.seconds, cue.line);
          turn_slots.push_back(current);
        }
        builder->AddText(piece.text);
      }
    }
    // Slots named later ("[Lex]" after an unnamed first turn) rename the
    // turns they had before the name was known.
    std::vector<Segment>& segments = builder->mutable_segments();
    for (size_t i = 0; i < segments.size() && i < turn_slots.size(); ++i)
      if (!slots[turn_slots[i]].empty())
        segments[i].speaker = slots[turn_slots[i]];
    return Status::Ok();
  }

  bool reads_lines() const override { return true; }
  bool counts_turn_lines() const override { return false; }

 private:
  // The speaker a "- " turns to: the other of two, or the one before.
  static int AlternateSlot(int current, int previous,
                           std::vector<std::string>* slots) {
    if (previous >= 0 && previous != current) return previous;
    int other = current == 0 ? 1 : 0;
    while (static_cast<int>(slots->size()) <= other) slots->emplace_back();
    return other;
  }

  Format format_;
};

}  // namespace

const LayoutReader& WebVttLayout() {
  static const SubtitleReader kReader(Format::kWebVtt);
  return kReader;
}

const LayoutReader& SrtLayout() {
  static const SubtitleReader kReader(Format::kSrt);
  return kReader;
}

}  // namespace claimgraph
