#include "graph/interned_string.h"

#include <array>
#include <limits>
#include <mutex>
#include <unordered_set>

namespace claimgraph {
namespace interned_string_internal {

constinit const std::string kEmpty;

}  // namespace interned_string_internal

namespace {

// Transparent, so a lookup by string_view makes no std::string.
struct TextHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>()(text);
  }
};

// A node-based set: an element's address never changes, which is what lets
// an InternedString hold a plain pointer to it.
struct Shard {
  std::mutex mutex;
  std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
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
  // The high bits pick the shard; the set's buckets use the low ones.
  size_t hash = TextHash()(text);
  Shard& shard = Shards()[hash >> (std::numeric_limits<size_t>::digits - kShardBits)];
  std::lock_guard<std::mutex> lock(shard.mutex);
  auto found = shard.texts.find(text);
  if (found == shard.texts.end()) found = shard.texts.emplace(text).first;
  text_ = &*found;
}

}  // namespace claimgraph
