// extract/claims/rule_prefilter.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// Which of many rule patterns can match a text, found from the literal words
// each pattern needs ("acquired", "<company:") instead of running all of them
// at once. RE2's FilteredRE2 works out the words (atoms) a pattern cannot
// match without; a LiteralSet (base/literal_set.h) of those plain words finds
// them in the text in one pass. A set of the whole patterns (what RuleSet
// used before) builds DFA states for every pattern's gaps and alternatives at
// every byte and was most of the time of claim extraction; an RE2::Set of
// the atoms (used after it) took a fifth more instructions than the
// LiteralSet on clauses tens of bytes long.
//
// Guarantee: Candidates() returns a superset of the patterns that match, in
// ascending order; the caller still runs each candidate. A pattern with no
// usable atom is always a candidate.
//
//   RulePrefilter filter;
//   filter.Add(pattern, options);  // index 0, 1, ... in call order
//   if (filter.Compile()) filter.Candidates(text, &scratch, &hits);
//
// The candidates depend only on which atoms the text has, and the same few
// combinations come back clause after clause (over ten episodes, 27,000
// lookups had 2,000 distinct ones), so each combination's candidates are
// worked out once and remembered, up to kMaxRemembered of them.
//
// Thread safety: Add and Compile on one thread; after Compile, Candidates
// may run concurrently (each thread with its own scratch; the memory of
// combinations is shared under a lock).
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_RULE_PREFILTER_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_RULE_PREFILTER_H_

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include "base/literal_set.h"
#include "base/string_map.h"

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

class RulePrefilter {
 public:
  // Buffers Candidates reuses between calls; one per thread.
  struct Scratch {
    std::string lower;
    std::vector<int> atoms;
    std::string key;
  };

  static constexpr size_t kMaxRemembered = 100'000;

  RulePrefilter();
  ~RulePrefilter();

  // Adds the next pattern; false when RE2 cannot compile it.
  bool Add(const std::string& pattern, const RE2::Options& options);
  // Builds the atom matcher. False when the filter cannot be used (no
  // patterns, or an atom that is not ASCII or is shorter than LiteralSet
  // takes): the caller must then find candidates some other way.
  bool Compile();
  bool usable() const { return usable_; }
  int size() const { return count_; }

  // Replaces `out` with the candidate patterns for `text`, ascending.
  void Candidates(std::string_view text, Scratch* scratch, std::vector<int>* out) const;

 private:
  re2::FilteredRE2 filter_;
  LiteralSet atoms_;
  int count_ = 0;
  bool usable_ = false;

  // Sorted atom ids, as bytes -> their candidates.
  mutable std::mutex remembered_mutex_;
  mutable StringMap<std::vector<int>> remembered_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_RULE_PREFILTER_H_
