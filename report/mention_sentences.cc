#include "report/mention_sentences.h"

#include <algorithm>

#include "base/text.h"

namespace claimgraph {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }

// A sentence ends at a terminator followed by a space or the end of the text;
// "GPT4.5" and "3.14" do not end one.
bool EndsSentenceAt(std::string_view text, size_t i) {
  return IsTerminator(text[i]) && (i + 1 == text.size() || IsSpace(text[i + 1]));
}

struct SegmentOrder {
  bool operator()(const Claim& claim, int segment) const {
    return claim.segment < segment;
  }
  bool operator()(int segment, const Claim& claim) const {
    return segment < claim.segment;
  }
};

}  // namespace

std::string SentenceAround(std::string_view text, size_t begin, size_t end) {
  size_t start = begin;
  while (start > 0 && !EndsSentenceAt(text, start - 1)) --start;
  size_t stop = end;
  // A mention that itself ends in a terminator ("Inc.") does not end it.
  while (stop < text.size() && !EndsSentenceAt(text, stop)) ++stop;
  if (stop < text.size()) ++stop;  // keep the terminator
  while (start < begin && IsSpace(text[start])) ++start;
  while (stop > end && IsSpace(text[stop - 1])) --stop;
  if (stop - start <= kMaxSentenceBytes) {
    return CollapseSpaces(text.substr(start, stop - start));
  }
  // Too long: a window centred on the mention, widened to whole words.
  size_t middle = (begin + end) / 2;
  size_t from = middle > kMaxSentenceBytes / 2 ? middle - kMaxSentenceBytes / 2 : 0;
  from = std::max(from, start);
  from = std::min(from, begin);
  size_t to = std::max(std::min(from + kMaxSentenceBytes, stop), end);
  while (from > start && !IsSpace(text[from - 1])) --from;
  while (to < stop && !IsSpace(text[to])) ++to;
  std::string out;
  if (from > start) out += "...";
  out += CollapseSpaces(Trim(text.substr(from, to - from)));
  if (to < stop) out += "...";
  return out;
}

void MentionSentences::AddEpisode(const AnalyzedEpisode& analyzed) {
  const Episode& episode = analyzed.episode;
  for (const Mention& mention : analyzed.mentions) {
    if (mention.segment < 0 ||
        mention.segment >= static_cast<int>(episode.segments.size()))
      continue;
    const Segment& segment = episode.segments[mention.segment];
    if (mention.begin > mention.end || mention.end > segment.text.size()) continue;
    std::string sentence;
    // Claims come sorted by segment (analyzed_episode.h).
    auto [first, last] = std::equal_range(
        analyzed.claims.begin(), analyzed.claims.end(), mention.segment,
        SegmentOrder());
    for (auto claim = first; claim != last; ++claim) {
      if (claim->begin <= mention.begin && mention.end <= claim->end &&
          !claim->text.empty()) {
        sentence = claim->text;
        break;
      }
    }
    if (sentence.empty())
      sentence = SentenceAround(segment.text, mention.begin, mention.end);
    std::vector<std::string>& list =
        sentences_[Key(episode.id, segment.line, mention.entity)];
    if (std::find(list.begin(), list.end(), sentence) == list.end())
      list.push_back(std::move(sentence));
  }
}

const std::vector<std::string>* MentionSentences::Find(
    std::string_view episode, int line, std::string_view entity) const {
  auto it = sentences_.find(Key(std::string(episode), line, std::string(entity)));
  return it == sentences_.end() ? nullptr : &it->second;
}

}  // namespace claimgraph
