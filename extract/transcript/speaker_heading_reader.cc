// The "speaker-heading" layout (layouts.h): "Name 00:00:00" or
// "Name [00:00:00]" alone on a line, the speech below; chapter lines
// "00:00:00 – Chapter name" after the title.
#include <string>

#include <re2/re2.h>

#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/speaker_line_reader.h"

namespace claimgraph {
namespace {

class SpeakerHeadingReader : public SpeakerLineReader {
 public:
  std::string_view name() const override { return "speaker-heading"; }

 protected:
  LineMatch Match(std::string_view trimmed, LineWanted wanted) const override {
    static const RE2 kTurn(std::string("(") + kNamePattern +
                               R"()[ \t]+(?:\[()" + kClockPattern +
                               R"()\]|()" + kClockPattern + "))",
                           RE2::Quiet);
    static const RE2 kContinuation(std::string(R"(\[?()") + kClockPattern +
                                       R"()\]?)",
                                   RE2::Quiet);
    // Every pattern here, the chapter line's too, holds a clock.
    if (!MayHoldClock(trimmed)) return LineMatch();
    LineMatch m;
    re2::StringPiece name, bracketed, plain;
    if (MatchLine(trimmed, kTurn, &name, &bracketed, &plain) &&
        LooksLikeSpeakerName(name)) {
      m.kind = LineMatch::Kind::kTurn;
      m.name = name;
      m.seconds = ClockSeconds(bracketed.empty() ? plain : bracketed);
    } else if (wanted == LineWanted::kTurn) {
      return LineMatch();
    } else if (MatchLine(trimmed, kContinuation, &plain)) {
      m.kind = LineMatch::Kind::kContinuation;
      m.seconds = ClockSeconds(plain);
    } else {
      MatchChapterLine(trimmed, &m);
      return m;
    }
    if (!m.seconds) return LineMatch();
    return m;
  }
};

}  // namespace

const LayoutReader& SpeakerHeadingLayout() {
  static const SpeakerHeadingReader kReader;
  return kReader;
}

}  // namespace claimgraph
