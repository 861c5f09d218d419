#include "extract/claims/sentence_splitter.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/text.h"

namespace claimgraph {
namespace {

// Titles: never end a sentence ("Mr. Altman").
constexpr std::array<std::string_view, 10> kTitles = {
    "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "gen", "sen"};
// Abbreviations that may also end one: they break only before a word that
// usually opens a sentence ("... Inc. They said").
constexpr std::array<std::string_view, 11> kAbbreviations = {
    "etc", "inc", "corp", "co", "ltd", "al", "jr", "sr", "approx", "dept", "fig"};
constexpr std::array<std::string_view, 23> kSentenceStarters = {
    "i",   "we",   "you", "he",    "she",  "they",  "it",  "the",
    "and", "but",  "so",  "this",  "that", "there", "what", "yeah",
    "yes", "okay", "ok",  "well",  "like", "now",   "then"};
// Words that join clauses; a new clause starts at one of them.
constexpr std::array<std::string_view, 11> kConjunctions = {
    "and", "but", "so", "because", "cause", "whereas", "while", "although",
    "though", "whereby", "yet"};
constexpr std::array<std::string_view, 8> kSubjectPronouns = {
    "i", "we", "you", "he", "she", "they", "it", "there"};
// A clause shorter than this many words is not cut off on its own.
constexpr int kMinClauseWords = 3;
// Without a comma before the conjunction, a clause must be this long first.
constexpr int kLongClauseWords = 8;

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}


// Length of the whitespace character at `i` (ASCII or U+00A0), or 0.
size_t SpaceLength(std::string_view text, size_t i) {
  unsigned char c = text[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
  if (c == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0)
    return 2;
  return 0;
}

size_t SkipSpaces(std::string_view text, size_t i) {
  while (i < text.size()) {
    size_t n = SpaceLength(text, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

bool StartsWith(std::string_view text, size_t i, std::string_view what) {
  return text.substr(i, what.size()) == what;
}

// Length of a sentence-ending mark or closing quote/bracket at `i`, or 0.
size_t TerminatorLength(std::string_view text, size_t i, bool* ellipsis,
                        bool* strong) {
  char c = text[i];
  if (c == '.' || c == '?' || c == '!') {
    if (c != '.') *strong = true;
    return 1;
  }
  // Every byte of every segment comes here: most leave on this test.
  if (c != '\xE2') return 0;
  if (StartsWith(text, i, "\xE2\x80\xA6")) {  // U+2026 HORIZONTAL ELLIPSIS
    *ellipsis = true;
    return 3;
  }
  return 0;
}

size_t CloserLength(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (StartsWith(text, i, "\xE2\x80\x9D") || StartsWith(text, i, "\xE2\x80\x99"))
    return 3;  // closing double and single quotation marks
  return 0;
}

std::string LowerWord(std::string_view text, size_t begin, size_t end) {
  std::string word(text.substr(begin, end - begin));
  for (char& c : word)
    c = ToAsciiLower(c);
  return word;
}

// The word that starts at `i` (letters only), lowercased.
std::string WordAt(std::string_view text, size_t i) {
  size_t end = i;
  while (end < text.size() && IsAsciiLetter(text[end])) ++end;
  return LowerWord(text, i, end);
}

// Decides whether a single full stop at `dot`, followed by the non-space
// character at `next`, ends the sentence.
bool FullStopEnds(std::string_view text, size_t dot, size_t next) {
  unsigned char n = text[next];
  if (IsAsciiLower(n)) return false;  // "e.g. this", "vs. them"
  size_t start = dot;
  while (start > 0 && (IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
    --start;
  std::string_view token = text.substr(start, dot - start);
  if (token.empty()) return true;
  bool opens_sentence = IsAsciiUpper(n) && Contains(kSentenceStarters, WordAt(text, next));
  if (token.find('.') != std::string_view::npos) {
    // A dotted acronym ("U.S", "e.g", "a.m"): only one letter between dots.
    bool acronym = true;
    size_t run = 0;
    for (char c : token) {
      if (c == '.') {
        acronym = acronym && run == 1;
        run = 0;
      } else {
        ++run;
      }
    }
    acronym = acronym && run == 1;
    if (acronym) return opens_sentence;
  }
  if (token.size() == 1 && IsAsciiUpper(token[0]) && token != "I")
    return false;  // an initial: "J. Smith"
  std::string lower = LowerWord(text, start, dot);
  if (Contains(kTitles, lower)) return false;
  if (Contains(kAbbreviations, lower)) return opens_sentence;
  return true;
}

TextSpan Trimmed(std::string_view text, size_t begin, size_t end) {
  begin = SkipSpaces(text, begin);
  while (end > begin) {
    if (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\n' ||
        text[end - 1] == '\r') {
      --end;
    } else if (end - begin >= 2 && static_cast<unsigned char>(text[end - 2]) == 0xC2 &&
               static_cast<unsigned char>(text[end - 1]) == 0xA0) {
      end -= 2;
    } else {
      break;
    }
  }
  return {begin, end};
}

// The longest word the lists above hold; longer words never match them.
constexpr size_t kMaxListWord = 8;

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) {
  std::vector<TextSpan> sentences;
  auto emit = [&](size_t begin, size_t end) {
    TextSpan span = Trimmed(text, begin, end);
    if (span.begin < span.end) sentences.push_back(span);
  };
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    bool ellipsis = false, strong = false;
    size_t len = TerminatorLength(text, i, &ellipsis, &strong);
    if (len == 0) {
      ++i;
      continue;
    }
    // The run of marks and closers: "?!", "...", ".\"", "?)".
    size_t run_end = i, dots = 0;
    for (;;) {
      size_t n = TerminatorLength(text, run_end, &ellipsis, &strong);
      if (n == 0) n = CloserLength(text, run_end);
      if (n == 0) break;
      if (text[run_end] == '.') ++dots;
      run_end += n;
      if (run_end >= text.size()) break;
    }
    if (dots >= 2) ellipsis = true;
    if (run_end < text.size() && SpaceLength(text, run_end) == 0) {
      i = run_end;  // "4.5", "$1.40", "U.S.-made": not an end
      continue;
    }
    size_t next = SkipSpaces(text, run_end);
    bool ends;
    if (next >= text.size()) {
      ends = true;
    } else {
      unsigned char n = text[next];
      if (ellipsis && !strong) {
        ends = IsAsciiUpper(n);
      } else if (strong) {
        ends = !IsAsciiLower(n);
      } else {
        ends = FullStopEnds(text, i, next);
      }
    }
    if (ends) {
      emit(start, run_end);
      start = next;
    }
    i = run_end;
  }
  emit(start, text.size());
  return sentences;
}

struct ClauseSplitter::Word {
  size_t begin, end;  // the word as written, punctuation included
  // Lowercased, leading punctuation stripped, contraction cut off
  // ("They're" -> "they"); empty when longer than kMaxListWord.
  char bare_text[kMaxListWord];
  size_t bare_size;
  std::string_view bare() const { return {bare_text, bare_size}; }
};

ClauseSplitter::ClauseSplitter() = default;
ClauseSplitter::~ClauseSplitter() = default;

std::vector<TextSpan> SplitClauses(std::string_view text, TextSpan sentence) {
  ClauseSplitter splitter;
  return splitter.Split(text, sentence);
}

void ClauseSplitter::FindWords(std::string_view text, TextSpan span) {
  words_.clear();
  size_t i = span.begin;
  while (i < span.end) {
    i = SkipSpaces(text, i);
    if (i >= span.end) break;
    size_t begin = i;
    while (i < span.end && SpaceLength(text, i) == 0) ++i;
    size_t b = begin, e = i;
    while (b < e && !IsAsciiLetter(text[b])) ++b;
    size_t stop = b;
    while (stop < e && IsAsciiLetter(text[stop])) ++stop;
    Word word{begin, i, {}, 0};
    if (stop - b <= kMaxListWord) {
      for (size_t k = b; k < stop; ++k) {
        char c = text[k];
        word.bare_text[k - b] = ToAsciiLower(c);
      }
      word.bare_size = stop - b;
    }
    words_.push_back(word);
  }
}

const std::vector<TextSpan>& ClauseSplitter::Split(std::string_view text, TextSpan sentence) {
  FindWords(text, sentence);
  const std::vector<Word>& words = words_;
  std::vector<TextSpan>& clauses = clauses_;
  clauses.clear();
  size_t clause_begin = sentence.begin;
  size_t first_word = 0;  // index of the current clause's first word
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    const Word& prev = words[k - 1];
    char last = text[prev.end - 1];
    bool after_comma = last == ',' || last == ';';
    bool semicolon = last == ';';
    int before = static_cast<int>(k - first_word);
    int after = static_cast<int>(words.size() - k);
    if (before < kMinClauseWords || after < kMinClauseWords) continue;
    size_t cut;  // index of the first word of the new clause
    if (Contains(kConjunctions, words[k].bare()) &&
        (after_comma || before >= kLongClauseWords)) {
      const Word& subject = words[k + 1];
      bool pronoun = Contains(kSubjectPronouns, subject.bare());
      bool capital = IsAsciiUpper(text[subject.begin]);
      if (!pronoun && capital) {
        // "at Oracle, and Amazon and Crusoe": a list goes on, not a clause.
        char tail = text[subject.end - 1];
        if (tail == ',' || k + 2 >= words.size()) continue;
        std::string_view then = words[k + 2].bare();
        if (then == "and" || then == "or" || then.empty() ||
            !IsAsciiLower(text[words[k + 2].begin]))
          continue;
      } else if (!pronoun) {
        continue;
      }
      cut = k;
    } else if (semicolon && Contains(kSubjectPronouns, words[k].bare())) {
      cut = k;
    } else {
      continue;
    }
    size_t end = words[cut - 1].end;
    while (end > clause_begin && (text[end - 1] == ',' || text[end - 1] == ';'))
      --end;
    TextSpan span = Trimmed(text, clause_begin, end);
    if (span.begin < span.end) clauses.push_back(span);
    clause_begin = words[cut].begin;
    first_word = cut;
  }
  TextSpan span = Trimmed(text, clause_begin, sentence.end);
  if (span.begin < span.end) clauses.push_back(span);
  return clauses;
}

}  // namespace claimgraph
