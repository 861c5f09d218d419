#include "base/literal_set.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace claimgraph {

uint32_t LiteralSet::StartOf(const char* bytes) {
  const auto* b = reinterpret_cast<const unsigned char*>(bytes);
  return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 |
         static_cast<uint32_t>(b[2]) << 16;
}

uint32_t LiteralSet::FilterSlot(uint32_t start) {
  // Fibonacci hashing: the top bits of the product mix all three bytes.
  return (start * 0x9E3779B1u) >> (32 - kFilterBits);
}

bool LiteralSet::Build(const std::vector<std::string>& literals) {
  literals_.clear();
  by_start_.clear();
  buckets_.clear();
  may_start_.clear();
  for (const std::string& literal : literals)
    if (literal.size() < kMinLength) return false;
  literals_ = literals;

  by_start_.resize(literals_.size());
  std::iota(by_start_.begin(), by_start_.end(), 0);
  std::stable_sort(by_start_.begin(), by_start_.end(), [this](int a, int b) {
    return StartOf(literals_[a].data()) < StartOf(literals_[b].data());
  });
  size_t capacity = 16;
  while (capacity < 2 * literals_.size()) capacity *= 2;
  buckets_.assign(capacity, Bucket{});
  may_start_.assign((size_t{1} << kFilterBits) / 64, 0);
  for (size_t i = 0; i < by_start_.size();) {
    uint32_t start = StartOf(literals_[by_start_[i]].data());
    size_t end = i;
    while (end < by_start_.size() && StartOf(literals_[by_start_[end]].data()) == start) ++end;
    size_t slot = FilterSlot(start) & (capacity - 1);
    while (buckets_[slot].start != kNoStart) slot = (slot + 1) & (capacity - 1);
    buckets_[slot] = Bucket{start, static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    uint32_t bit = FilterSlot(start);
    may_start_[bit / 64] |= uint64_t{1} << (bit % 64);
    i = end;
  }
  return true;
}

const LiteralSet::Bucket* LiteralSet::BucketOf(uint32_t start) const {
  size_t mask = buckets_.size() - 1;
  for (size_t slot = FilterSlot(start) & mask;; slot = (slot + 1) & mask) {
    const Bucket& bucket = buckets_[slot];
    if (bucket.start == start) return &bucket;
    if (bucket.start == kNoStart) return nullptr;
  }
}

void LiteralSet::Find(std::string_view text, std::vector<int>* found) const {
  found->clear();
  if (literals_.empty() || text.size() < kMinLength) return;
  const char* data = text.data();
  size_t last = text.size() - kMinLength;
  for (size_t pos = 0; pos <= last; ++pos) {
    uint32_t start = StartOf(data + pos);
    uint32_t bit = FilterSlot(start);
    if ((may_start_[bit / 64] >> (bit % 64) & 1) == 0) continue;
    const Bucket* bucket = BucketOf(start);
    if (bucket == nullptr) continue;
    for (uint32_t i = bucket->begin; i < bucket->end; ++i) {
      int number = by_start_[i];
      const std::string& literal = literals_[number];
      if (literal.size() <= text.size() - pos &&
          std::memcmp(literal.data() + kMinLength, data + pos + kMinLength,
                      literal.size() - kMinLength) == 0)
        found->push_back(number);
    }
  }
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
}

}  // namespace claimgraph
