// extract/transcript/line_patterns.h
// Stage 1 of 6: [transcript -> segments] -> mentions -> claims -> graph -> export
//
// Pieces of line patterns shared by the line-based layout readers, so that a
// clock time or a speaker name means the same thing in every layout.
//
//   static const RE2 kTurn("^" + std::string(kClockPattern) + " (" +
//                          kNamePattern + "):$", RE2::Quiet);
//   if (RE2::FullMatch(line, kTurn, &clock, &name) &&
//       LooksLikeSpeakerName(name)) ...
//
// kNamePattern is deliberately loose (it keeps RE2 programs small and
// linear); LooksLikeSpeakerName makes the real decision.
//
// Thread safety: constants and pure functions.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_LINE_PATTERNS_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_LINE_PATTERNS_H_

#include <re2/re2.h>

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimgraph {

// "M:SS", "MM:SS", "H:MM:SS", "HH:MM:SS", with optional ".mmm"/",mmm".
inline constexpr char kClockPattern[] =
    R"([0-9]{1,3}(?::[0-9]{2}){1,2}(?:[.,][0-9]{1,3})?)";

// One to six words without ':', '*', brackets or parentheses.
inline constexpr char kNamePattern[] =
    R"([^\s:*()\[\]]+(?:[ \t]+[^\s:*()\[\]]+){0,5})";

// Speaker labels longer than this are taken for text.
inline constexpr size_t kMaxNameBytes = 60;

// True when `name` reads as a speaker label: at most kMaxNameBytes and six
// words; the first word starts with a capital letter (or a letter outside
// ASCII); later words start with a capital, a digit, a letter outside ASCII,
// or are name particles ("van", "de", "bin", ...); "Speaker 1", "SPEAKER_00",
// "Dr. Jane Smith", "Jean-Luc Picard" and "Łukasz Kaiser" all pass, "okay"
// and "so the thing is" do not.
bool LooksLikeSpeakerName(std::string_view name);

// Parses a clock time as kClockPattern matches it; see ParseClock.
std::optional<long long> ClockSeconds(std::string_view clock);

// True when `text` holds a digit, ':' and two digits in a row, as every
// match of kClockPattern does. A test cheap enough to run before the line
// regexes, which most lines of speech fail.
bool MayHoldClock(std::string_view text);

// RE2::FullMatch(line, re, args...), asking RE2's DFA first whether the line
// matches at all: with arguments RE2 runs a submatch engine whose cost per
// call is ten times the DFA's, and most lines do not match.
template <typename... Args>
bool MatchLine(std::string_view line, const RE2& re, Args*... args) {
  return RE2::FullMatch(line, re) && RE2::FullMatch(line, re, args...);
}

// True when the trimmed line ends a sentence: ".", "?", "!", "…", or one of
// those followed by a closing quote or parenthesis.
bool EndsSentence(std::string_view line);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_LINE_PATTERNS_H_
