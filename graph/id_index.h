// graph/id_index.h
// Part of stage 5 (graph): finds a node by its stable text id.
//
// An open-addressed table of node numbers. The ids themselves stay where the
// nodes keep them; the table asks for them through `id_of(n)`. A
// std::unordered_map<std::string_view, Vertex> spent a 40-byte heap node and
// a bucket on every node, about 56 bytes; this spends 4 to 11 (a 4-byte slot
// at a load between 3/8 and 3/4), which at 10,000 episodes is some 200 MB.
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
    slots_[Probe(id_of(n), hash, id_of)] = static_cast<uint32_t>(n);
    ++used_;
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  static constexpr size_t kInitialSlots = 1024;  // a power of two

  // The slot holding `id`, or the empty slot where it belongs.
  template <typename IdOf>
  size_t Probe(std::string_view id, size_t hash, const IdOf& id_of) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      if (slots_[i] == kEmpty || std::string_view(id_of(slots_[i])) == id) return i;
    }
  }

  template <typename IdOf>
  void Grow(const IdOf& id_of) {
    size_t size = slots_.empty() ? kInitialSlots : slots_.size() * 2;
    std::vector<uint32_t> old = std::exchange(slots_, std::vector<uint32_t>(size, kEmpty));
    for (uint32_t n : old) {
      if (n == kEmpty) continue;
      std::string_view id = id_of(n);
      slots_[Probe(id, Hash(id), id_of)] = n;
    }
  }

  std::vector<uint32_t> slots_;
  size_t used_ = 0;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_ID_INDEX_H_
