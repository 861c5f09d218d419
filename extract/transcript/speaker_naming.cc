#include "extract/transcript/speaker_naming.h"

#include <algorithm>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/episode_builder.h"

namespace claimgraph {
namespace {

// Two or three capitalised words.
constexpr char kFullName[] = R"(([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}))";

bool CanBeRenamed(const std::string& speaker, const std::string& name) {
  if (IsGenericSpeaker(speaker)) return true;
  if (speaker.find(' ') != std::string::npos) return false;
  return SpeakerKey(name.substr(0, name.find(' '))) == SpeakerKey(speaker);
}

}  // namespace

std::map<std::string, std::string> NameSpeakersFromText(
    const std::vector<Segment>& segments) {
  static const RE2 kSelf(
      std::string(R"((?i:this is|welcome to|you're listening to|you are )"
                  R"(listening to)(?: the)? )") +
          kFullName + R"( (?i:podcast|show)|(?i:my name is) )" + kFullName,
      RE2::Quiet);
  static const RE2 kOther(
      std::string(R"((?i:a conversation with|my guest today is|my guest is|)"
                  R"(joining me today is|i'm joined by|i'm here with) )") +
          kFullName,
      RE2::Quiet);

  std::vector<std::string> speakers;
  for (const Segment& s : segments)
    if (std::find(speakers.begin(), speakers.end(), s.speaker) ==
        speakers.end())
      speakers.push_back(s.speaker);

  std::map<std::string, std::string> names;
  auto assign = [&](const std::string& speaker, const std::string& name) {
    if (names.count(speaker) || !CanBeRenamed(speaker, name)) return;
    for (const auto& [other, taken] : names)
      if (SpeakerKey(taken) == SpeakerKey(name)) return;
    for (const std::string& other : speakers)
      if (other != speaker && SpeakerKey(other) == SpeakerKey(name)) return;
    names[speaker] = name;
  };

  size_t n = std::min(segments.size(), kNamingSegments);
  for (size_t i = 0; i < n; ++i) {
    const Segment& s = segments[i];
    std::string a, b;
    if (RE2::PartialMatch(s.text, kSelf, &a, &b))
      assign(s.speaker, a.empty() ? b : a);
    if (speakers.size() == 2 && RE2::PartialMatch(s.text, kOther, &a)) {
      const std::string& other =
          speakers[0] == s.speaker ? speakers[1] : speakers[0];
      assign(other, a);
    }
  }
  return names;
}

}  // namespace claimgraph
