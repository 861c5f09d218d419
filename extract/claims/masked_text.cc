#include "extract/claims/masked_text.h"

#include <algorithm>
#include <array>
#include <utility>

#include "base/text.h"

namespace claimgraph {
namespace {

// Whole words spoken as one that rules would rather see spelled out.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10>
    kWholeWords = {{
        {"gonna", "going to"},
        {"wanna", "want to"},
        {"gotta", "got to"},
        {"kinda", "kind of"},
        {"sorta", "sort of"},
        {"won't", "will not"},
        {"can't", "can not"},
        {"cannot", "can not"},
        {"ain't", "is not"},
        {"shan't", "shall not"},
    }};

// Contraction endings and what they stand for ("'s" is left alone: it may be
// "is", "has" or a possessive).
constexpr std::array<std::pair<std::string_view, std::string_view>, 6>
    kEndings = {{
        {"n't", " not"},
        {"'re", " are"},
        {"'ve", " have"},
        {"'ll", " will"},
        {"'m", " am"},
        {"'d", " would"},
    }};

constexpr auto kWholeWordLengths = [] {
  std::pair<size_t, size_t> lengths{kWholeWords[0].first.size(), 0};
  for (const auto& [said, meant] : kWholeWords) {
    lengths.first = std::min(lengths.first, said.size());
    lengths.second = std::max(lengths.second, said.size());
  }
  return lengths;
}();

// Whether `letters` is one of kWholeWords, in any case. Asked of every word
// a rule reads: the lengths turn most away.
bool IsWholeWord(std::string_view letters) {
  if (letters.size() < kWholeWordLengths.first || letters.size() > kWholeWordLengths.second)
    return false;
  for (const auto& [said, meant] : kWholeWords)
    if (said.size() == letters.size() &&
        std::equal(said.begin(), said.end(), letters.begin(),
                   [](char a, char b) { return a == ToAsciiLower(b); }))
      return true;
  return false;
}
bool Is3(std::string_view text, size_t i, unsigned char b2, unsigned char b3) {
  return i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
         static_cast<unsigned char>(text[i + 1]) == b2 &&
         static_cast<unsigned char>(text[i + 2]) == b3;
}
// U+2019 RIGHT SINGLE QUOTATION MARK, the usual typographic apostrophe.
bool IsCurlyApostrophe(std::string_view text, size_t i) {
  return Is3(text, i, 0x80, 0x99);
}

}  // namespace

void MaskedText::Clear() {
  text_.clear();
  origin_.clear();
  origin_end_.clear();
  slots_.clear();
}

void MaskedText::Push(char c, size_t begin, size_t end) {
  text_.push_back(c);
  origin_.push_back(static_cast<uint32_t>(begin));
  origin_end_.push_back(static_cast<uint32_t>(end));
}

void MaskedText::PushSpace(size_t origin) {
  if (!text_.empty() && text_.back() != ' ') Push(' ', origin, origin + 1);
}

void MaskedText::AppendText(std::string_view text, size_t begin, size_t end) {
  size_t i = begin;
  while (i < end) {
    unsigned char c = text[i];
    if (IsAsciiLetter(c)) {
      i = AppendWordAt(text, i, end);
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      PushSpace(i);
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      PushSpace(i);
      i += 2;
      continue;
    }
    if (size_t n = AttachedEnding(text, i, end)) {
      i += n;
      continue;
    }
    if (Is3(text, i, 0x80, 0x98) || IsCurlyApostrophe(text, i)) {
      Push('\'', i, i + 3);
      i += 3;
      continue;
    }
    if (Is3(text, i, 0x80, 0x9C) || Is3(text, i, 0x80, 0x9D)) {
      Push('"', i, i + 3);
      i += 3;
      continue;
    }
    if (Is3(text, i, 0x80, 0x93) || Is3(text, i, 0x80, 0x94)) {
      PushSpace(i);
      Push('-', i, i + 3);
      Push(' ', i, i + 3);
      i += 3;
      continue;
    }
    Push(static_cast<char>(c), i, i + 1);
    ++i;
  }
}

// A word: letters, with apostrophes between letters. Returns where it ends.
size_t MaskedText::AppendWordAt(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  bool apostrophes = false;
  while (j < end) {
    if (IsAsciiLetter(text[j])) {
      ++j;
      continue;
    }
    size_t apostrophe = text[j] == '\'' ? 1 : IsCurlyApostrophe(text, j) ? 3 : 0;
    if (apostrophe == 0 || j + apostrophe >= end || !IsAsciiLetter(text[j + apostrophe]))
      break;
    apostrophes = true;
    j += apostrophe;
  }
  // Most words have no apostrophe and are no whole word to spell out: they
  // are copied lower-cased, each byte standing for itself. This is the bulk
  // of what claim extraction writes.
  if (!apostrophes && !IsWholeWord(text.substr(i, j - i))) {
    for (size_t k = i; k < j; ++k) {
      text_.push_back(ToAsciiLower(text[k]));
      origin_.push_back(static_cast<uint32_t>(k));
      origin_end_.push_back(static_cast<uint32_t>(k + 1));
    }
    return j;
  }
  word_.clear();
  word_origin_.clear();
  for (size_t k = i; k < j;) {
    word_origin_.push_back(static_cast<uint32_t>(k));
    if (IsAsciiLetter(text[k])) {
      word_.push_back(ToAsciiLower(text[k]));
      ++k;
    } else {
      word_.push_back('\'');
      k += text[k] == '\'' ? 1 : 3;
    }
  }
  AppendWord(j);
  return j;
}

// A contraction ending that follows a placeholder or an earlier append
// ("<company:meta>'re"): appends its spelled-out form and returns the bytes
// read, or returns 0.
size_t MaskedText::AttachedEnding(std::string_view text, size_t i, size_t end) {
  size_t apostrophe = text[i] == '\'' ? 1 : IsCurlyApostrophe(text, i) ? 3 : 0;
  if (apostrophe == 0 || text_.empty() || text_.back() == ' ') return 0;
  size_t j = i + apostrophe;
  size_t stop = j;
  while (stop < end && IsAsciiLetter(text[stop])) ++stop;
  std::string_view ending = text.substr(j, stop - j);
  for (const auto& [said, meant] : kEndings) {
    std::string_view want = said.substr(1);
    if (said == "n't" || want.size() != ending.size() ||
        !std::equal(want.begin(), want.end(), ending.begin(),
                    [](char a, char b) { return a == ToAsciiLower(b); }))
      continue;
    for (char c : meant) {
      if (c == ' ') {
        PushSpace(i);
      } else {
        Push(c, i, stop);
      }
    }
    return stop - i;
  }
  return 0;
}

void MaskedText::AppendWord(size_t word_end) {
  auto emit = [&](std::string_view out, size_t origin) {
    for (char c : out) {
      if (c == ' ') {
        PushSpace(origin);
      } else {
        Push(c, origin, word_end);
      }
    }
  };
  for (const auto& [said, meant] : kWholeWords) {
    if (word_ == said) {
      emit(meant, word_origin_[0]);
      return;
    }
  }
  std::string_view word = word_;
  for (const auto& [ending, meant] : kEndings) {
    if (word.size() > ending.size() && word.ends_with(ending)) {
      size_t stem = word.size() - ending.size();
      for (size_t k = 0; k < stem; ++k) {
        size_t next = k + 1 < word_origin_.size() ? word_origin_[k + 1] : word_end;
        Push(word[k], word_origin_[k], next);
      }
      emit(meant, word_origin_[stem]);
      return;
    }
  }
  // Most words are kept as they are: appended at once rather than byte by
  // byte (this is the bulk of what claim extraction writes).
  text_.append(word);
  origin_.insert(origin_.end(), word_origin_.begin(), word_origin_.end());
  origin_end_.insert(origin_end_.end(), word_origin_.begin() + 1, word_origin_.end());
  origin_end_.push_back(static_cast<uint32_t>(word_end));
}

void MaskedText::AppendPlaceholder(const std::string& id, size_t begin,
                                   size_t end, SlotSource source, bool nominative) {
  MaskedSlot slot;
  slot.entity = &id;
  slot.masked_begin = text_.size();
  slot.begin = begin;
  slot.end = end;
  slot.source = source;
  slot.nominative = nominative;
  // Every byte of "<id>" stands for the whole words: appended at once, as
  // ids are long and every sentence has some.
  size_t n = id.size() + 2;
  text_.push_back('<');
  text_.append(id);
  text_.push_back('>');
  origin_.insert(origin_.end(), n, static_cast<uint32_t>(begin));
  origin_end_.insert(origin_end_.end(), n, static_cast<uint32_t>(end));
  slot.masked_end = text_.size();
  slots_.push_back(slot);
}

TextSpan MaskedText::Original(size_t masked_begin, size_t masked_end) const {
  if (text_.empty()) return {};
  masked_begin = std::min(masked_begin, text_.size() - 1);
  if (masked_end <= masked_begin)
    return {origin_[masked_begin], origin_[masked_begin]};
  masked_end = std::min(masked_end, text_.size());
  return {origin_[masked_begin], origin_end_[masked_end - 1]};
}

const MaskedSlot* MaskedText::SlotAt(size_t masked_begin) const {
  auto it = std::lower_bound(
      slots_.begin(), slots_.end(), masked_begin,
      [](const MaskedSlot& slot, size_t pos) { return slot.masked_begin < pos; });
  if (it == slots_.end() || it->masked_begin != masked_begin) return nullptr;
  return &*it;
}

std::string NormalizeForRules(std::string_view text) {
  MaskedText masked;
  masked.AppendText(text, 0, text.size());
  return masked.text();
}

}  // namespace claimgraph
