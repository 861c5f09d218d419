#include "graph/interned_string.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace claimgraph {
namespace interned_string_internal {

// A length of zero, then the NUL of the empty text.
constinit const char kEmpty[kLengthBytes + 1] = {};

}  // namespace interned_string_internal

namespace {

using interned_string_internal::kLengthBytes;

size_t HashOf(std::string_view text) { return std::hash<std::string_view>()(text); }

std::string_view TextAt(const char* text) {
  uint32_t size;
  std::memcpy(&size, text - kLengthBytes, sizeof size);
  return {text, size};
}

// Sixteen shards: two build threads interning at once rarely want the same
// lock. The top kShardBits of a text's hash pick its shard.
constexpr int kShardBits = 4;

// One part of the table. Most interned texts are ids: a std::unordered_set
// spent a 64-byte heap node and a bucket on each, about as much as the text;
// a std::string per text spent 32 bytes and, past 15 bytes of text, a heap
// block of its own. Here a text costs its length, its bytes and a NUL, packed
// in large blocks that never move (that is what lets an InternedString hold a
// plain pointer), and a slot of an open-addressed table: a pointer and a
// one-byte tag.
class Shard {
 public:
  const char* Intern(std::string_view text, size_t hash) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (slots_.empty()) {
      slots_.resize(kInitialSlots);
      tags_.resize(kInitialSlots);
    }
    size_t i = Probe(text, hash);
    if (slots_[i]) return slots_[i];
    // Grow at 3/4 full; linear probing stays short below that.
    if ((used_ + 1) * 4 > slots_.size() * 3) {
      Grow();
      i = Probe(text, hash);
    }
    slots_[i] = Store(text);
    tags_[i] = TagOf(hash);
    ++used_;
    return slots_[i];
  }

 private:
  static constexpr size_t kInitialSlots = 1024;  // a power of two
  // Small enough that a shard that holds a few ids wastes little, large
  // enough that allocations are rare; longer texts get a block of their own.
  static constexpr size_t kBlockBytes = 64 * 1024;

  // Copies `text` into a block; returns where its bytes start.
  const char* Store(std::string_view text) {
    if (text.size() > std::numeric_limits<uint32_t>::max()) std::abort();
    size_t need = kLengthBytes + text.size() + 1;
    char* at;
    if (need > kBlockBytes / 4) {
      blocks_.push_back(std::make_unique_for_overwrite<char[]>(need));
      at = blocks_.back().get();
    } else {
      if (free_ < need) {
        std::unique_ptr<char[]> block = std::make_unique_for_overwrite<char[]>(kBlockBytes);
        next_ = block.get();
        free_ = kBlockBytes;
        blocks_.push_back(std::move(block));
      }
      at = next_;
      next_ += need;
      free_ -= need;
    }
    uint32_t size = static_cast<uint32_t>(text.size());
    std::memcpy(at, &size, sizeof size);
    std::memcpy(at + kLengthBytes, text.data(), text.size());
    at[kLengthBytes + text.size()] = '\0';
    return at + kLengthBytes;
  }

  // The eight bits of the hash below the shard's: the slot number comes
  // from the low bits.
  static uint8_t TagOf(size_t hash) {
    return static_cast<uint8_t>(hash >> (std::numeric_limits<size_t>::digits - kShardBits - 8));
  }

  // The slot holding `text`, or the empty slot where it belongs. The tags
  // turn away most other texts without reading them: each read is a cache
  // miss once the table is large, and a new text probes several slots.
  size_t Probe(std::string_view text, size_t hash) const {
    size_t mask = slots_.size() - 1;
    uint8_t tag = TagOf(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (!slots_[i]) return i;
      if (tags_[i] == tag && TextAt(slots_[i]) == text) return i;
    }
  }

  void Grow() {
    std::vector<const char*> old =
        std::exchange(slots_, std::vector<const char*>(slots_.size() * 2));
    tags_.assign(slots_.size(), 0);
    for (const char* text : old) {
      if (!text) continue;
      size_t hash = HashOf(TextAt(text));
      size_t i = Probe(TextAt(text), hash);
      slots_[i] = text;
      tags_[i] = TagOf(hash);
    }
  }

  std::mutex mutex_;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;  // free space of the current short-text block
  size_t free_ = 0;
  std::vector<const char*> slots_;  // nullptr: empty
  std::vector<uint8_t> tags_;       // per slot: TagOf its text's hash
  size_t used_ = 0;
};

constexpr size_t kShards = size_t{1} << kShardBits;

std::array<Shard, kShards>& Shards() {
  // Never destroyed: InternedStrings in static objects may outlive any
  // destructor order we could pick.
  static auto* shards = new std::array<Shard, kShards>;
  return *shards;
}

}  // namespace

InternedString::InternedString(std::string_view text)
    : InternedString() {
  if (text.empty()) return;
  // The high bits pick the shard; a shard's slots use the low ones.
  size_t hash = HashOf(text);
  text_ = Shards()[hash >> (std::numeric_limits<size_t>::digits - kShardBits)].Intern(
      text, hash);
}

}  // namespace claimgraph
