#include "extract/transcript/line_patterns.h"

#include <array>
#include <string>

#include "base/text.h"

namespace claimgraph {
namespace {

// Lower-case words that belong inside names ("Ludwig van Beethoven").
bool IsParticle(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kParticles = {
      "van", "von", "de",  "der", "den", "del", "della", "da", "di", "du",
      "la",  "le",  "al",  "el",  "bin", "ibn", "dos",   "das", "y", "st."};
  for (std::string_view p : kParticles)
    if (word == p) return true;
  return false;
}

}  // namespace

bool LooksLikeSpeakerName(std::string_view name) {
  name = Trim(name);
  if (name.empty() || name.size() > kMaxNameBytes) return false;
  int words = 0;
  size_t i = 0;
  while (i < name.size()) {
    size_t end = name.find_first_of(" \t", i);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(i, end - i);
    i = name.find_first_not_of(" \t", end);
    if (i == std::string_view::npos) i = name.size();
    if (word.empty()) continue;
    auto first = static_cast<unsigned char>(word[0]);
    bool ok = IsAsciiUpper(first) || first >= 0x80 ||
              (words > 0 && (IsAsciiDigit(first) || IsParticle(word)));
    if (!ok) return false;
    if (++words > 6) return false;
  }
  return words > 0;
}

std::optional<long long> ClockSeconds(std::string_view clock) {
  return ParseClock(Trim(clock));
}

bool MayHoldClock(std::string_view text) {
  for (size_t i = text.find(':', 1); i != std::string_view::npos && i + 2 < text.size();
       i = text.find(':', i + 1)) {
    if (IsAsciiDigit(text[i - 1]) && IsAsciiDigit(text[i + 1]) && IsAsciiDigit(text[i + 2]))
      return true;
  }
  return false;
}

bool EndsSentence(std::string_view line) {
  line = Trim(line);
  // Closing quotes and brackets do not end a sentence by themselves.
  while (!line.empty()) {
    if (line.back() == '"' || line.back() == ')' || line.back() == '\'') {
      line.remove_suffix(1);
    } else if (line.size() >= 3 &&
               (line.substr(line.size() - 3) == "\xE2\x80\x9D" ||    // ”
                line.substr(line.size() - 3) == "\xE2\x80\x99")) {  // ’
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  if (line.empty()) return false;
  char last = line.back();
  if (last == '.' || last == '?' || last == '!') return true;
  return line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6";
}

}  // namespace claimgraph
