// The "transcription-service" layout (layouts.h): "Name (HH:MM:SS):" or
// "Speaker 1 (00:00):" with the text below; a bare "(HH:MM:SS):" goes on.
#include <string>

#include <re2/re2.h>

#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/speaker_line_reader.h"

namespace claimgraph {
namespace {

class TranscriptionServiceReader : public SpeakerLineReader {
 public:
  std::string_view name() const override { return "transcription-service"; }

 protected:
  LineMatch Match(std::string_view trimmed) const override {
    static const RE2 kTurn(std::string("(") + kNamePattern + R"()[ \t]*\(()" +
                               kClockPattern + R"()\):[ \t]*(.*))",
                           RE2::Quiet);
    static const RE2 kContinuation(
        std::string(R"(\(()") + kClockPattern + R"()\):[ \t]*(.*))",
        RE2::Quiet);
    // Every pattern here, the chapter line's too, holds a clock.
    if (!MayHoldClock(trimmed)) return LineMatch();
    LineMatch m;
    re2::StringPiece name, clock, text;
    if (MatchLine(trimmed, kTurn, &name, &clock, &text) &&
        LooksLikeSpeakerName(name)) {
      m.kind = LineMatch::Kind::kTurn;
      m.name = name;
    } else if (MatchLine(trimmed, kContinuation, &clock, &text)) {
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
};

}  // namespace

const LayoutReader& TranscriptionServiceLayout() {
  static const TranscriptionServiceReader kReader;
  return kReader;
}

}  // namespace claimgraph
