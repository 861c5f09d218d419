// base/literal_set.h
// Which of a fixed set of byte strings (literals) occur in a text, found in
// one pass over it.
//
// Built for the rule prefilter (extract/claims/rule_prefilter.h): a few
// hundred short words tested against each clause, tens of bytes long. An
// RE2::Set of the same words gives the same answer, with a call's setup and
// a DFA step per byte; over 30 episodes' analysis it took 341M instructions
// where this takes 270M. Here each position costs a multiply and one bit
// test in an 8 KB table that stays in the cache; only where a literal's
// first three bytes may start is anything compared.
//
// Matching is by bytes: no case folding, no notion of words or UTF-8 (a
// literal is found wherever its bytes are, as a substring). Every literal
// must be at least kMinLength bytes long; Build refuses shorter ones.
//
//   LiteralSet set;
//   if (!set.Build({"acquired", "<company:"})) ...;   // a literal too short
//   std::vector<int> found;
//   set.Find("meta acquired <company:x>", &found);     // found == {0, 1}
//
// Thread safety: Build on one thread; after it, Find may run concurrently.
#ifndef CLAIMGRAPH_BASE_LITERAL_SET_H_
#define CLAIMGRAPH_BASE_LITERAL_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph {

class LiteralSet {
 public:
  static constexpr size_t kMinLength = 3;

  // Replaces the set with `literals`, numbered 0, 1, ... in order (equal
  // literals get one number each and are found together). False, leaving
  // the set empty, when a literal is shorter than kMinLength.
  bool Build(const std::vector<std::string>& literals);

  size_t size() const { return literals_.size(); }

  // Replaces `found` with the numbers of the literals that occur in `text`,
  // ascending, each once.
  void Find(std::string_view text, std::vector<int>* found) const;

 private:
  // The literals sharing one three-byte start, as a range of `by_start_`.
  struct Bucket {
    uint32_t start = kNoStart;  // the three bytes, or kNoStart for an empty slot
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  static constexpr uint32_t kNoStart = 0xFFFFFFFF;
  static constexpr int kFilterBits = 16;

  // A literal's bytes after its start, as the candidates at a position are
  // checked: the next eight in one word compare, the rest (if any) by memcmp.
  struct Rest {
    uint64_t head = 0;  // bytes [3, 11), zero beyond the literal's end
    uint64_t mask = 0;  // 0xFF for each byte of `head` the literal has
    uint32_t size = 0;  // the literal's whole length
    int number = 0;
  };

  static uint32_t StartOf(const char* bytes);
  static uint32_t FilterSlot(uint32_t start);
  // The bucket of `start`, whose FilterSlot is `slot`; nullptr when none.
  const Bucket* BucketOf(uint32_t start, uint32_t slot) const;

  std::vector<std::string> literals_;
  std::vector<Rest> by_start_;       // the literals grouped by start
  std::vector<Bucket> buckets_;      // open addressing, size a power of two
  std::vector<uint64_t> may_start_;  // a bit per FilterSlot: some start hashes here
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_LITERAL_SET_H_
