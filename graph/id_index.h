// graph/id_index.h
// Part of stage 5 (graph): finds a node by its stable text id.
//
// An open-addressed table of node numbers. The ids themselves stay where the
// nodes keep them; the table asks for them through `id_of(n)`. A
// std::unordered_map<std::string_view, Vertex> spent a 40-byte heap node and
// a bucket on every node, about 56 bytes; this spends 5 to 14 (a 4-byte slot
// and a 1-byte tag at a load between 3/8 and 3/4), which at 10,000 episodes
// is some 200 MB less.
//
// Each slot keeps eight bits of its id's hash beside it: a probe that meets
// another id mostly learns so from the tag, without reading that node's id
// from wherever the node lies (a cache miss once the graph is large, and most
// lookups are of new ids, which probe several slots before an empty one).
//
//   IdIndex index;
//   index.Insert(v, hash, id_of);            // when node v is added
//   std::optional<uint32_t> v = index.Find(id, IdIndex::Hash(id), id_of);
#ifndef CLAIMGRAPH_GRAPH_ID_INDEX_H_
#define CLAIMGRAPH_GRAPH_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace claimgraph {

class IdIndex {
 public:
  static size_t Hash(std::string_view id) { return std::hash<std::string_view>()(id); }

  // `hash` is always Hash(id), passed in so that a caller who finds and then
  // inserts hashes once.

  // The node with id `id`, if any. `id_of(n)` returns
  // the id of node n as a string_view.
  template <typename IdOf>
  std::optional<uint32_t> Find(std::string_view id, size_t hash, const IdOf& id_of) const {
    if (slots_.empty()) return std::nullopt;
    uint32_t n = slots_[Probe(id, hash, id_of)];
    if (n == kEmpty) return std::nullopt;
    return n;
  }

  // Adds node `n`, whose id must not be in the index yet.
  template <typename IdOf>
  void Insert(size_t n, size_t hash, const IdOf& id_of) {
    if (n >= kEmpty) throw std::length_error("more nodes than the id index can number");
    if ((used_ + 1) * 4 > slots_.size() * 3) Grow(id_of);
    size_t slot = Probe(id_of(n), hash, id_of);
    slots_[slot] = static_cast<uint32_t>(n);
    tags_[slot] = TagOf(hash);
    ++used_;
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  static constexpr size_t kInitialSlots = 1024;  // a power of two

  // The top byte: the slot number comes from the low bits.
  static uint8_t TagOf(size_t hash) {
    return static_cast<uint8_t>(hash >> (8 * (sizeof(size_t) - 1)));
  }

  // The slot holding `id`, or the empty slot where it belongs.
  template <typename IdOf>
  size_t Probe(std::string_view id, size_t hash, const IdOf& id_of) const {
    size_t mask = slots_.size() - 1;
    uint8_t tag = TagOf(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty) return i;
      if (tags_[i] == tag && std::string_view(id_of(slots_[i])) == id) return i;
    }
  }

  template <typename IdOf>
  void Grow(const IdOf& id_of) {
    size_t size = slots_.empty() ? kInitialSlots : slots_.size() * 2;
    std::vector<uint32_t> old = std::exchange(slots_, std::vector<uint32_t>(size, kEmpty));
    tags_.assign(size, 0);
    for (uint32_t n : old) {
      if (n == kEmpty) continue;
      std::string_view id = id_of(n);
      size_t hash = Hash(id);
      size_t slot = Probe(id, hash, id_of);
      slots_[slot] = n;
      tags_[slot] = TagOf(hash);
    }
  }

  std::vector<uint32_t> slots_;
  std::vector<uint8_t> tags_;  // per slot: TagOf its id's hash
  size_t used_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_ID_INDEX_H_
