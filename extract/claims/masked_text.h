// extract/claims/masked_text.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// The text relation rules and cues read: a clause in a normal form, with each
// entity replaced by a typed placeholder that carries its id,
//
//   said:    "So Meta's gonna buy Scale AI, they didn't say."
//   masked:  "so <company:meta>'s going to buy <company:scale-ai>, they did not say."
//
// so that a rule reads like the sentences it matches and never has to know
// entity names. The normal form:
//   - ASCII letters are lower-cased (placeholders are ids, already lower case);
//   - every run of whitespace (and U+00A0) is one space; curly quotes are
//     straight; dashes (U+2013, U+2014) are " - ";
//   - contractions are spelled out: "n't" -> " not" ("won't" -> "will not",
//     "can't" -> "can not"), "'re" -> " are", "'ve" -> " have", "'ll" ->
//     " will", "'m" -> " am", "'d" -> " would"; "'s" stays, as it may be "is",
//     "has" or a possessive;
//   - "gonna", "wanna", "gotta", "kinda", "sorta" -> "going to", "want to",
//     "got to", "kind of", "sort of".
// A placeholder is "<" + entity id + ">"; ids never hold '<', '>' or spaces.
//
// Every byte of the masked text remembers the byte of the segment text it
// came from, so a rule's match maps back to the words as said (Original).
//
//   MaskedText masked;
//   masked.AppendText(segment.text, 0, 3);            // "So "
//   masked.AppendPlaceholder(meta_id, 3, 7, SlotSource::kMention);
//   ...
//   TextSpan said = masked.Original(match_begin, match_end);
//
// Thread safety: a MaskedText is a reusable buffer owned by one thread;
// Clear() keeps its capacity so that a clause loop does not allocate.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_MASKED_TEXT_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_MASKED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claims/sentence_splitter.h"

namespace claimgraph {

// Where a placeholder's entity came from.
enum class SlotSource {
  kMention,  // the entity is named ("Meta")
  kPronoun,  // a third-person pronoun resolved to it ("they")
  kSpeaker,  // "I", "we" or "you" resolved to a speaker or the speaker's
             // organisation
};

// One placeholder in a masked text.
struct MaskedSlot {
  const std::string* entity = nullptr;  // the id; borrowed, outlives the text
  size_t masked_begin = 0;  // the placeholder in the masked text
  size_t masked_end = 0;
  size_t begin = 0;         // the words it replaces, in the segment text
  size_t end = 0;
  SlotSource source = SlotSource::kMention;
  // A pronoun that can only be a subject ("they", "he", "I"): in "slower
  // than they needed" it starts a clause and is no object of the sentence.
  bool nominative = false;
};

class MaskedText {
 public:
  // Forgets the text and its slots; keeps the buffers.
  void Clear();

  // Appends text[begin, end) in the normal form above. Placeholder-like text
  // ("<x:y>") is treated as ordinary characters.
  void AppendText(std::string_view text, size_t begin, size_t end);

  // Appends "<id>" for the words text[begin, end) of the segment. `id` is
  // borrowed and must outlive this text's use.
  void AppendPlaceholder(const std::string& id, size_t begin, size_t end,
                         SlotSource source, bool nominative = false);

  const std::string& text() const { return text_; }
  const std::vector<MaskedSlot>& slots() const { return slots_; }

  // The segment-text range the masked range [masked_begin, masked_end) came
  // from; a range that ends inside a placeholder ends with its words.
  TextSpan Original(size_t masked_begin, size_t masked_end) const;

  // The slot whose placeholder starts at `masked_begin`, or nullptr.
  const MaskedSlot* SlotAt(size_t masked_begin) const;

 private:
  void Push(char c, size_t begin, size_t end);
  void PushSpace(size_t origin);  // one space, never two in a row
  size_t AppendWordAt(std::string_view text, size_t begin, size_t end);
  void AppendWord(size_t word_end);
  size_t AttachedEnding(std::string_view text, size_t i, size_t end);

  std::string text_;
  // Per byte of text_: the segment-text range of the character or word it
  // stands for.
  std::vector<uint32_t> origin_;
  std::vector<uint32_t> origin_end_;
  std::vector<MaskedSlot> slots_;
  std::string word_;                   // scratch: the word being appended
  std::vector<uint32_t> word_origin_;  // scratch: its bytes' origins
};

// The normal form of `text`, keeping "<type:slug>" placeholders as they are
// (placeholders are copied byte for byte). For rule examples and tests.
std::string NormalizeForRules(std::string_view text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_MASKED_TEXT_H_
