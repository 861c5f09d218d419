#include "base/literal_set.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>

namespace claimgraph {
namespace {

// Up to eight bytes as a word whose lowest byte is the first, zero beyond
// `available`: the same word on every platform, so a literal's mask covers
// exactly its own bytes.
uint64_t LoadHead(const char* bytes, size_t available) {
  uint64_t word = 0;
  if (available >= 8) {
    std::memcpy(&word, bytes, 8);
    if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
    return word;
  }
  for (size_t k = available; k-- > 0;)
    word = word << 8 | static_cast<unsigned char>(bytes[k]);
  return word;
}

}  // namespace

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

  std::vector<int> order(literals_.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
    return StartOf(literals_[a].data()) < StartOf(literals_[b].data());
  });
  for (int number : order) {
    const std::string& literal = literals_[number];
    Rest rest;
    size_t head_size = std::min<size_t>(literal.size() - kMinLength, 8);
    rest.head = LoadHead(literal.data() + kMinLength, head_size);
    rest.mask = head_size == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * head_size)) - 1;
    rest.size = static_cast<uint32_t>(literal.size());
    rest.number = number;
    by_start_.push_back(rest);
  }
  size_t capacity = 16;
  while (capacity < 2 * literals_.size()) capacity *= 2;
  buckets_.assign(capacity, Bucket{});
  may_start_.assign((size_t{1} << kFilterBits) / 64, 0);
  for (size_t i = 0; i < by_start_.size();) {
    uint32_t start = StartOf(literals_[by_start_[i].number].data());
    size_t end = i;
    while (end < by_start_.size() &&
           StartOf(literals_[by_start_[end].number].data()) == start)
      ++end;
    uint32_t bit = FilterSlot(start);
    may_start_[bit / 64] |= uint64_t{1} << (bit % 64);
    size_t slot = bit & (capacity - 1);
    while (buckets_[slot].start != kNoStart) slot = (slot + 1) & (capacity - 1);
    buckets_[slot] = Bucket{start, static_cast<uint32_t>(i), static_cast<uint32_t>(end)};
    i = end;
  }
  return true;
}

const LiteralSet::Bucket* LiteralSet::BucketOf(uint32_t start, uint32_t slot) const {
  size_t mask = buckets_.size() - 1;
  for (slot &= mask;; slot = (slot + 1) & mask) {
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
    const Bucket* bucket = BucketOf(start, bit);
    if (bucket == nullptr) continue;
    size_t available = text.size() - pos;
    uint64_t head = LoadHead(data + pos + kMinLength, available - kMinLength);
    for (uint32_t i = bucket->begin; i < bucket->end; ++i) {
      const Rest& rest = by_start_[i];
      if ((head & rest.mask) != rest.head || rest.size > available) continue;
      if (rest.size <= kMinLength + 8 ||
          std::memcmp(literals_[rest.number].data() + kMinLength + 8,
                      data + pos + kMinLength + 8, rest.size - kMinLength - 8) == 0)
        found->push_back(rest.number);
    }
  }
  std::sort(found->begin(), found->end());
  found->erase(std::unique(found->begin(), found->end()), found->end());
}

}  // namespace claimgraph
