// The "speaker-timestamp" layout (layouts.h): "Name (HH:MM:SS) text", or
// "Name (HH:MM:SS)" with the text below; "(HH:MM:SS) text" goes on.
#include <string>

#include <re2/re2.h>

#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/speaker_line_reader.h"

namespace claimgraph {
namespace {

class SpeakerTimestampReader : public SpeakerLineReader {
 public:
  std::string_view name() const override { return "speaker-timestamp"; }

 protected:
  LineMatch Match(std::string_view trimmed, LineWanted wanted) const override {
    // No colon after the time: that is "transcription-service".
    static const RE2 kTurn(std::string("(") + kNamePattern + R"()[ \t]*\(()" +
                               kClockPattern + R"()\)(?:[ \t]+([^:].*))?)",
                           RE2::Quiet);
    static const RE2 kContinuation(
        std::string(R"(\(()") + kClockPattern + R"()\)(?:[ \t]+([^:].*))?)",
        RE2::Quiet);
    return MatchClockedLine(trimmed, kTurn, kContinuation, wanted);
  }
};

}  // namespace

const LayoutReader& SpeakerTimestampLayout() {
  static const SpeakerTimestampReader kReader;
  return kReader;
}

}  // namespace claimgraph
