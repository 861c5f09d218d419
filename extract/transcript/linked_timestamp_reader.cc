// The "markdown-links" layout (layouts.h), as lexfridman.com transcripts are
// converted to Markdown: "Name [(HH:MM:SS)](https://...&t=N) text", and
// "[(HH:MM:SS)](...) text" for a further paragraph of the same speaker.
#include <string>

#include <re2/re2.h>

#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/speaker_line_reader.h"

namespace claimgraph {
namespace {

class LinkedTimestampReader : public SpeakerLineReader {
 public:
  std::string_view name() const override { return "markdown-links"; }

 protected:
  LineMatch Match(std::string_view trimmed, LineWanted wanted) const override {
    // The link target is not read: the clock in the label is the time.
    static const std::string kLink = std::string(R"(\[\(?()") +
                                     kClockPattern +
                                     R"()\)?\]\([^)\s]*\)(?:[ \t]+(.*))?)";
    static const RE2 kTurn(std::string(R"((?:\*\*)?()") + kNamePattern +
                               R"()(?:\*\*)?:?[ \t]*)" + kLink,
                           RE2::Quiet);
    static const RE2 kContinuation(kLink, RE2::Quiet);
    return MatchClockedLine(trimmed, kTurn, kContinuation, wanted);
  }
};

}  // namespace

const LayoutReader& LinkedTimestampLayout() {
  static const LinkedTimestampReader kReader;
  return kReader;
}

}  // namespace claimgraph
