#include "extract/transcript/preamble.h"

#include <algorithm>
#include <string>

#include <re2/re2.h>

#include "base/text.h"
#include "extract/transcript/line_patterns.h"

namespace claimgraph {
namespace {

// Titles longer than this are prose, not a title.
constexpr size_t kMaxTitleBytes = 200;

std::string_view Unquote(std::string_view value) {
  value = Trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front())
    value = value.substr(1, value.size() - 2);
  return Trim(value);
}

std::string_view DateIn(std::string_view value) {
  static const RE2 kDate(R"(([0-9]{4}-[0-9]{2}-[0-9]{2}))", RE2::Quiet);
  re2::StringPiece date;
  if (RE2::PartialMatch(value, kDate, &date)) return date;
  return {};
}

// "A, B and C", "[A, 'B']" -> each name.
void AddSpeakerList(std::string_view value, EpisodeBuilder* builder) {
  value = Trim(value);
  if (!value.empty() && value.front() == '[') value.remove_prefix(1);
  if (!value.empty() && value.back() == ']') value.remove_suffix(1);
  std::string list(value);
  // " and ", " & " and ";" separate names as commas do.
  static const RE2 kSeparator(R"([ \t]+(?:and|&)[ \t]+|;)", RE2::Quiet);
  RE2::GlobalReplace(&list, kSeparator, ",");
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string_view name =
        Unquote(std::string_view(list).substr(start, comma - start));
    if (LooksLikeSpeakerName(name)) builder->AddHeaderSpeaker(name);
    start = comma + 1;
  }
}

bool IsSpeakerKey(std::string_view key) {
  return key == "speakers" || key == "speaker" || key == "host" ||
         key == "hosts" || key == "guest" || key == "guests" ||
         key == "participants" || key == "interviewer" ||
         key == "interviewee";
}

// One "key: value" fact; returns true when it was one we use.
bool TakeFact(std::string_view key, std::string_view value,
              EpisodeBuilder* builder) {
  std::string lower = AsciiLower(Trim(key));
  if (lower == "title") {
    builder->SetTitle(Unquote(value));
  } else if (lower == "date" || lower == "published" ||
             lower == "recorded") {
    builder->SetDate(DateIn(value));
  } else if (IsSpeakerKey(lower)) {
    AddSpeakerList(value, builder);
  } else {
    return false;
  }
  return true;
}

}  // namespace

bool IsMarkdownHeading(std::string_view trimmed) {
  size_t hashes = trimmed.find_first_not_of('#');
  return hashes >= 1 && hashes <= 6 && hashes < trimmed.size() &&
         (trimmed[hashes] == ' ' || trimmed[hashes] == '\t');
}

std::string_view HeadingText(std::string_view trimmed) {
  size_t hashes = trimmed.find_first_not_of('#');
  if (hashes == std::string_view::npos) return {};
  return Trim(trimmed.substr(hashes));
}

bool IsTranscriptMarker(std::string_view trimmed) {
  if (IsMarkdownHeading(trimmed)) trimmed = HeadingText(trimmed);
  if (!trimmed.empty() && trimmed.back() == ':') trimmed.remove_suffix(1);
  std::string lower = AsciiLower(Trim(trimmed));
  return lower == "transcript" || lower == "full transcript" ||
         lower == "episode transcript";
}

size_t FrontMatterEnd(const std::vector<SourceLine>& lines) {
  if (lines.empty() || Trim(lines[0].text) != "---") return 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::string_view t = Trim(lines[i].text);
    if (t == "---" || t == "...") return i + 1;
  }
  return 0;  // never closed: not front matter
}

void ScanPreamble(const std::vector<SourceLine>& lines, size_t end,
                  EpisodeBuilder* builder, const std::vector<bool>& skip) {
  static const RE2 kKeyValue(R"(([A-Za-z_]+)[ \t]*:[ \t]*(.*))", RE2::Quiet);
  static const RE2 kListItem(R"(-[ \t]+(.+))", RE2::Quiet);
  static const RE2 kDateTitle(
      R"(([0-9]{4}-[0-9]{2}-[0-9]{2})[ \t]+(.+))", RE2::Quiet);
  static const RE2 kNameDot(R"(([^.]{1,60})\.[ \t]*(.+))", RE2::Quiet);

  end = std::min(end, lines.size());
  size_t body = FrontMatterEnd(lines);
  if (body > end) body = 0;
  std::string list_key;  // the key whose "- item" lines follow
  for (size_t i = 1; i + 1 < body; ++i) {
    std::string_view t = Trim(lines[i].text);
    re2::StringPiece key, value, item;
    if (RE2::FullMatch(t, kListItem, &item)) {
      if (IsSpeakerKey(list_key)) AddSpeakerList(item, builder);
    } else if (RE2::FullMatch(t, kKeyValue, &key, &value)) {
      list_key = Trim(value).empty() ? AsciiLower(key) : "";
      TakeFact(key, value, builder);
    }
  }

  std::string_view first_line;
  for (size_t i = body; i < end; ++i) {
    if (i < skip.size() && skip[i]) continue;
    std::string_view t = Trim(lines[i].text);
    if (t.empty() || IsTranscriptMarker(t)) continue;
    re2::StringPiece date, rest, key, value;
    if (IsMarkdownHeading(t)) {
      if (t.size() > 1 && t[1] == ' ') builder->SetTitle(HeadingText(t));
    } else if (RE2::FullMatch(t, kDateTitle, &date, &rest)) {
      builder->SetDate(date);
      re2::StringPiece name, title;
      if (RE2::FullMatch(rest, kNameDot, &name, &title) &&
          LooksLikeSpeakerName(name)) {
        builder->SetTitle(title);
      } else {
        builder->SetTitle(rest);
      }
    } else if (RE2::FullMatch(t, kKeyValue, &key, &value) &&
               TakeFact(key, value, builder)) {
      // taken
    } else if (first_line.empty() && t.size() <= kMaxTitleBytes) {
      first_line = t;
    }
  }
  if (!first_line.empty()) builder->SetTitle(first_line);
}

}  // namespace claimgraph
