// extract/entities/folded_text.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// The form of a text that names are matched against, with a map back to the
// original bytes. Folding keeps letters, digits, '&' and '+' as they are (case
// included: case rules are checked by the matcher) and turns every run of
// other bytes into one separator:
//
//   ' '  a soft break: spaces, hyphens, underscores, and a dot or dash between
//        two letters or digits ("GPT-4.5" -> "GPT 4 5", "Character.AI" ->
//        "Character AI"). A name may be split or joined across it.
//   '|'  a hard break: any other punctuation (",", ". ", "?", quotes, "/").
//        No name runs across it.
//
// Apostrophes after a letter or digit are kept as "'" (the typographic ’
// included), so that possessives stay visible: "OpenAI’s" -> "OpenAI's".
// The folded text starts and ends with '|', so every word has a break on
// both sides.
//
//   FoldedText f = FoldText("Open-AI’s GPT-4.5, then");
//   // f.text == "|Open AI's GPT 4 5|then|"
//   // f.Original(1, 5) == {0, 4}: the bytes of "Open"
//
// Thread safety: plain values; FoldText keeps no state.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_FOLDED_TEXT_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_FOLDED_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimgraph {

struct FoldedText {
  std::string text;
  // For each byte of `text`: the original byte range it stands for.
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;

  // The original half-open byte range of folded bytes [from, to), to > from.
  std::pair<size_t, size_t> Original(size_t from, size_t to) const {
    return {begin[from], end[to - 1]};
  }
};

FoldedText FoldText(std::string_view original);

// The folded form of a name without the outer breaks: "Open-AI" -> "Open AI".
std::string FoldName(std::string_view name);

// The lookup key of a folded name or match: ASCII-lowercased, soft breaks
// removed. "Open AI", "OpenAI" and "open-ai" share the key "openai".
std::string NameKey(std::string_view folded);

// NameKey into `key`, whose memory is reused: the alias matcher makes one
// key per match.
void AssignNameKey(std::string_view folded, std::string* key);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_FOLDED_TEXT_H_
