// extract/claims/sentence_splitter.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// Cuts a segment's speech into sentences, and a sentence into clauses, the
// units a claim is made of. Spoken transcripts break the rules written text
// keeps, so the splitter is built for them:
//
//   "It's good, right? And they bought it."  two sentences; "right?" stays a
//                                            tag of the first
//   "Mr. Altman", "U.S. chips", "GPT-4.5",   no break: titles, dotted
//   "$1.40", "e.g. this"                     acronyms, numbers, abbreviations
//   "well... I mean"  /  "well... you know"  an ellipsis breaks only before a
//                                            capital letter
//   "and then it shipped"                    no final punctuation: the rest of
//                                            the text is the last sentence
//
// Clauses: a run-on sentence ("CoreWeave has deals with OpenAI, and Oracle
// has deals too") is cut before a conjunction that follows a comma (or a long
// stretch of words) and starts a new subject (a pronoun or a capitalised
// word), so that negation and hedges stay with the clause they belong to.
//
//   std::vector<TextSpan> sentences = SplitSentences(segment.text);
//   for (TextSpan s : sentences)
//     for (TextSpan c : SplitClauses(segment.text, s)) ...
//
// Thread safety: the functions are pure; a ClauseSplitter is one thread's.
//
// Guarantees: spans are in order, do not overlap, are trimmed of whitespace
// and never empty; clauses of a sentence cover it without gaps except the
// whitespace between them. Works on bytes; multi-byte UTF-8 is left whole.
//
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_SENTENCE_SPLITTER_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimgraph {

// A half-open byte range [begin, end) in a segment's text.
struct TextSpan {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const TextSpan&) const = default;
};

// The sentences of `text`, in order. Blank text gives none.
std::vector<TextSpan> SplitSentences(std::string_view text);

// The clauses of the sentence `sentence` of `text`, in order; a sentence
// that has no clause boundary is returned whole.
std::vector<TextSpan> SplitClauses(std::string_view text, TextSpan sentence);

// SplitClauses with its buffers kept from one sentence to the next: the claim
// extractor splits every sentence of every episode, and allocating the words
// and clauses afresh each time cost as much as finding the cuts.
// One per thread.
class ClauseSplitter {
 public:
  ClauseSplitter();
  ~ClauseSplitter();

  // As SplitClauses; the result is valid until the next call.
  const std::vector<TextSpan>& Split(std::string_view text, TextSpan sentence);

 private:
  struct Word;
  // Fills words_ with the words of text[span].
  void FindWords(std::string_view text, TextSpan span);

  std::vector<Word> words_;
  std::vector<TextSpan> clauses_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_SENTENCE_SPLITTER_H_
