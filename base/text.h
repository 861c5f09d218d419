// base/text.h
// Small text helpers shared by every stage: ids, clock times, UTF-8 checks.
//
// All functions are pure and thread-safe. Text is UTF-8 throughout claimgraph;
// "ASCII" below means the helpers leave other bytes as they are.
#ifndef CLAIMGRAPH_BASE_TEXT_H_
#define CLAIMGRAPH_BASE_TEXT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph {

// The slug of an id: ASCII letters and digits lowercased, every other run of
// bytes turned into one '-', none at either end. Non-ASCII letters are kept
// as they are, so "Łukasz Kaiser" -> "Łukasz-kaiser".
//   Slugify("Scale AI") == "scale-ai"; Slugify("GPT-4.5") == "gpt-4-5"
std::string Slugify(std::string_view text);

// "TYPE:slug", the stable id of a node: MakeId("person", "Sam Altman")
// == "person:sam-altman".
std::string MakeId(std::string_view type, std::string_view name);

// Seconds as a clock time "HH:MM:SS" (hours grow past 99 when needed).
std::string FormatClock(long long seconds);

// Parses "SS", "MM:SS", "H:MM:SS" or "HH:MM:SS" (optionally with ",mmm" or
// ".mmm" milliseconds, which are dropped). Returns nullopt for anything else,
// including minutes or seconds of 60 and more after the first field.
std::optional<long long> ParseClock(std::string_view text);

// Strips ASCII spaces, tabs, CR, LF and the UTF-8 encodings of U+00A0 (no-break
// space), U+FEFF (byte-order mark) and U+200B (zero-width space) at both ends.
std::string_view Trim(std::string_view text);

// True when `text` is only whitespace as understood by Trim.
bool IsBlank(std::string_view text);

// ASCII letter and digit classes, and case. Other bytes (UTF-8 included) are no
// letter and keep their case.
constexpr bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool IsAsciiLetter(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
constexpr bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiAlnum(char c) { return IsAsciiLetter(c) || IsAsciiDigit(c); }
constexpr char ToAsciiLower(char c) {
  return IsAsciiUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}
constexpr char ToAsciiUpper(char c) {
  return IsAsciiLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

// ASCII lowercase copy.
std::string AsciiLower(std::string_view text);

// Collapses every run of whitespace (as understood by Trim) into one space.
std::string CollapseSpaces(std::string_view text);

// The byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
// Overlong forms, surrogates and code points past U+10FFFF are invalid.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// A copy with every invalid UTF-8 sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view text);

// Quotes `text` for a message: control characters as escapes ("\n",
// "\x01"), so that the message stays one line; at most `max_bytes` bytes of
// that (cut at a character boundary, with "..." when cut), in double quotes.
std::string QuoteForMessage(std::string_view text, size_t max_bytes = 60);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_TEXT_H_
