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
  LineMatch Match(std::string_view trimmed, LineWanted wanted) const override {
    static const RE2 kTurn(std::string("(") + kNamePattern + R"()[ \t]*\(()" +
                               kClockPattern + R"()\):[ \t]*(.*))",
                           RE2::Quiet);
    static const RE2 kContinuation(
        std::string(R"(\(()") + kClockPattern + R"()\):[ \t]*(.*))",
        RE2::Quiet);
    return MatchClockedLine(trimmed, kTurn, kContinuation, wanted);
  }
};

}  // namespace

const LayoutReader& TranscriptionServiceLayout() {
  static const TranscriptionServiceReader kReader;
  return kReader;
}

}  // namespace claimgraph
