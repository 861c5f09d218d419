#include "extract/entities/folded_text.h"

#include <array>

#include "base/text.h"

namespace claimgraph {
namespace {

// The ASCII bytes kept as they are: most of a transcript, read one table
// entry a byte instead of a chain of comparisons.
constexpr auto kKeptAscii = [] {
  std::array<bool, 256> kept{};
  for (int c = 0; c < 0x80; ++c)
    kept[c] = IsAsciiAlnum(static_cast<char>(c)) || c == '&' || c == '+';
  return kept;
}();

enum class Kind { kKeep, kApostrophe, kSoft, kJoiner, kHard };

// Classifies the character at `i`; sets `len` to its byte length.
Kind Classify(std::string_view s, size_t i, size_t* len) {
  unsigned char c = s[i];
  *len = 1;
  if (kKeptAscii[c]) return Kind::kKeep;
  if (c == '\'') return Kind::kApostrophe;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '_' || c == '-')
    return Kind::kSoft;
  if (c == '.') return Kind::kJoiner;
  if (c < 0x80) return Kind::kHard;
  // Multi-byte: find the sequence length, then look at a few code points.
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > s.size()) n = 1;
  *len = n;
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (n == 2 && c == 0xC2 && b(1) == 0xA0) return Kind::kSoft;  // no-break space
  if (n == 2 && c == 0xC2) return Kind::kHard;                  // Latin-1 symbols
  if (n == 3 && c == 0xE2 && b(1) == 0x80) {
    unsigned char t = b(2);
    if (t == 0x98 || t == 0x99) return Kind::kApostrophe;  // ‘ ’
    if (t == 0x90 || t == 0x91 || t == 0x93 || t == 0x94) return Kind::kJoiner;  // dashes
    if (t <= 0x8F || t == 0xAF) return Kind::kSoft;  // spaces
    return Kind::kHard;  // quotes, ellipsis, bullets
  }
  if (n == 3 && c == 0xE2) return Kind::kHard;  // arrows, math, boxes
  if (n == 3 && c == 0xEF && b(1) == 0xBB && b(2) == 0xBF) return Kind::kSoft;  // BOM
  return Kind::kKeep;  // letters of other scripts
}

}  // namespace

FoldedText FoldText(std::string_view s) {
  // Folding never lengthens a text: each original byte gives at most one
  // folded byte, and the outer breaks add two. So the arrays are sized once
  // and written through pointers; pushing onto three vectors byte by byte
  // was most of the cost of folding.
  FoldedText f;
  const size_t most = s.size() + 2;
  f.text.resize(most);
  f.begin.resize(most);
  f.end.resize(most);
  char* text = f.text.data();
  uint32_t* begin = f.begin.data();
  uint32_t* end = f.end.data();
  size_t n = 0;
  auto push = [&](char c, size_t b, size_t e) {
    text[n] = c;
    begin[n] = static_cast<uint32_t>(b);
    end[n] = static_cast<uint32_t>(e);
    ++n;
  };
  auto is_break = [&] { return text[n - 1] == ' ' || text[n - 1] == '|'; };
  push('|', 0, 0);
  size_t i = 0;
  while (i < s.size()) {
    if (kKeptAscii[static_cast<unsigned char>(s[i])]) {
      do {
        push(s[i], i, i + 1);
        ++i;
      } while (i < s.size() && kKeptAscii[static_cast<unsigned char>(s[i])]);
      continue;
    }
    // Collect a run of separators, or emit one kept character.
    size_t len;
    Kind kind = Classify(s, i, &len);
    bool after_word = !is_break();
    if (kind == Kind::kKeep) {
      for (size_t k = 0; k < len; ++k) push(s[i + k], i, i + len);
      i += len;
      continue;
    }
    if (kind == Kind::kApostrophe && after_word && text[n - 1] != '\'') {
      push('\'', i, i + len);
      i += len;
      continue;
    }
    size_t run_start = i;
    bool hard = false;
    size_t pieces = 0;
    bool only_joiner = true, any_joiner = false;
    while (i < s.size()) {
      Kind k = Classify(s, i, &len);
      if (k == Kind::kKeep) break;
      if (k == Kind::kHard || k == Kind::kApostrophe) hard = true;
      if (k != Kind::kJoiner) only_joiner = false;
      else any_joiner = true;
      ++pieces;
      i += len;
    }
    // A lone dot or dash between two word characters joins them softly;
    // anywhere else it ends a sentence or a clause.
    bool joins = only_joiner && pieces == 1 && after_word && i < s.size();
    if (any_joiner && !joins) hard = true;
    char sep = hard ? '|' : ' ';
    if (is_break()) {
      if (sep == '|') text[n - 1] = '|';
      end[n - 1] = static_cast<uint32_t>(i);
    } else {
      push(sep, run_start, i);
    }
  }
  if (is_break()) {
    text[n - 1] = '|';
  } else {
    push('|', s.size(), s.size());
  }
  f.text.resize(n);
  f.begin.resize(n);
  f.end.resize(n);
  return f;
}

std::string FoldName(std::string_view name) {
  FoldedText f = FoldText(name);
  size_t b = 0, e = f.text.size();
  while (b < e && (f.text[b] == '|' || f.text[b] == ' ')) ++b;
  while (e > b && (f.text[e - 1] == '|' || f.text[e - 1] == ' ')) --e;
  return f.text.substr(b, e - b);
}

std::string NameKey(std::string_view folded) {
  std::string key;
  AssignNameKey(folded, &key);
  return key;
}

void AssignNameKey(std::string_view folded, std::string* key) {
  key->clear();
  key->reserve(folded.size());
  for (char c : folded) {
    if (c == ' ') continue;
    key->push_back(ToAsciiLower(c));
  }
}

}  // namespace claimgraph
