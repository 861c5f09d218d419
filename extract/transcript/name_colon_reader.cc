// The "speaker-colon" layout (layouts.h): untimed paragraphs that start
// "NAME: text" or, in Markdown, "**Name:** text".
#include <string>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/layouts.h"
#include "extract/transcript/line_patterns.h"
#include "extract/transcript/speaker_line_reader.h"

namespace claimgraph {
namespace {

// "Title: ...", "Date: ..." in a preamble are facts, not speakers. Role
// labels ("Host:", "Guest:") are left to the repeated-names rule.
bool IsMetadataKey(std::string_view name) {
  static constexpr std::string_view kKeys[] = {
      "title",   "date",        "speakers", "published", "recorded",
      "source",  "episode",     "duration", "url",       "link",
      "summary", "transcript",  "tags",     "description", "topics",
      "length",  "location",    "chapters", "contents",  "note", "notes"};
  std::string lower = AsciiLower(name);
  for (std::string_view key : kKeys)
    if (lower == key) return true;
  return false;
}

class NameColonReader : public SpeakerLineReader {
 public:
  std::string_view name() const override { return "speaker-colon"; }

 protected:
  LineMatch Match(std::string_view trimmed, LineWanted wanted) const override {
    static const RE2 kBold(std::string(R"((?:\*\*()") + kNamePattern +
                               R"():\*\*|\*\*()" + kNamePattern +
                               R"()\*\*:)(?:[ \t]+(.*))?)",
                           RE2::Quiet);
    static const RE2 kPlain(std::string("(") + kNamePattern +
                                R"():(?:[ \t]+(.*))?)",
                            RE2::Quiet);
    // Every pattern here, the chapter line's too, holds a colon.
    if (trimmed.find(':') == std::string_view::npos) return LineMatch();
    LineMatch m;
    re2::StringPiece inside, outside, text;
    if (MatchLine(trimmed, kBold, &inside, &outside, &text)) {
      m.name = inside.empty() ? outside : inside;
    } else if (MatchLine(trimmed, kPlain, &inside, &text)) {
      m.name = inside;
    } else {
      if (wanted == LineWanted::kAll) MatchChapterLine(trimmed, &m);
      return m;
    }
    if (!LooksLikeSpeakerName(m.name) || IsMetadataKey(m.name))
      return LineMatch();
    m.kind = LineMatch::Kind::kTurn;
    m.text = text;
    return m;
  }

  bool RequiresRepeatedNames() const override { return true; }
};

}  // namespace

const LayoutReader& NameColonLayout() {
  static const NameColonReader kReader;
  return kReader;
}

}  // namespace claimgraph
