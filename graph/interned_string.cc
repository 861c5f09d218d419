#include "graph/interned_string.h"

#include <array>
#include <deque>
#include <limits>
#include <mutex>
#include <utility>
#include <vector>

namespace claimgraph {
namespace interned_string_internal {

// Not constinit: g++ 12 initialises an empty std::string as a constant, but
// clang 14 (the fuzz build) rejects constinit on it with libstdc++ 12. Its
// address, all an InternedString keeps, is fixed either way.
const std::string kEmpty;

}  // namespace interned_string_internal

namespace {

size_t HashOf(std::string_view text) { return std::hash<std::string_view>()(text); }

// One part of the table. Most interned texts are ids: a std::unordered_set
// spent a 64-byte heap node and a bucket on each, about as much as the text.
// Here a text costs its std::string (32 bytes, in blocks of a deque, whose
// push_back never moves an element: that is what lets an InternedString hold
// a plain pointer) and a slot of an open-addressed array of pointers.
class Shard {
 public:
  const std::string* Intern(std::string_view text, size_t hash) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (slots_.empty()) slots_.resize(kInitialSlots);
    size_t i = Probe(text, hash);
    if (slots_[i]) return slots_[i];
    // Grow at 3/4 full; linear probing stays short below that.
    if ((used_ + 1) * 4 > slots_.size() * 3) {
      Grow();
      i = Probe(text, hash);
    }
    texts_.emplace_back(text);
    slots_[i] = &texts_.back();
    ++used_;
    return slots_[i];
  }

 private:
  static constexpr size_t kInitialSlots = 1024;  // a power of two

  // The slot holding `text`, or the empty slot where it belongs.
  size_t Probe(std::string_view text, size_t hash) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (!slots_[i] || *slots_[i] == text) return i;
    }
  }

  void Grow() {
    std::vector<const std::string*> old =
        std::exchange(slots_, std::vector<const std::string*>(slots_.size() * 2));
    for (const std::string* text : old) {
      if (text) slots_[Probe(*text, HashOf(*text))] = text;
    }
  }

  std::mutex mutex_;
  std::deque<std::string> texts_;
  std::vector<const std::string*> slots_;  // nullptr: empty
  size_t used_ = 0;
};

// Sixteen shards: two build threads interning at once rarely want the same
// lock. The top kShardBits of a text's hash pick its shard.
constexpr int kShardBits = 4;
constexpr size_t kShards = size_t{1} << kShardBits;

std::array<Shard, kShards>& Shards() {
  // Never destroyed: InternedStrings in static objects may outlive any
  // destructor order we could pick.
  static auto* shards = new std::array<Shard, kShards>;
  return *shards;
}

}  // namespace

InternedString::InternedString(std::string_view text)
    : text_(&interned_string_internal::kEmpty) {
  if (text.empty()) return;
  // The high bits pick the shard; a shard's slots use the low ones.
  size_t hash = HashOf(text);
  text_ = Shards()[hash >> (std::numeric_limits<size_t>::digits - kShardBits)].Intern(
      text, hash);
}

}  // namespace claimgraph
