// graph/compact_list.h
// Part of stage 5 (graph): the lists a node keeps (aliases, episodes, the
// entities a claim is about).
//
// A list in 8 bytes: one pointer to a heap block holding the count, the
// capacity and the items, null when empty. A std::vector is 24 bytes whether
// it holds anything or not, and a node carries three lists of which a claim
// (most nodes, 4.7 million at 10,000 episodes) fills one at most.
// For trivially copyable items only (InternedString, numbers).
//
//   CompactList<InternedString> about;
//   about.push_back("company:meta");
//   for (const InternedString& id : about) ...
#ifndef CLAIMGRAPH_GRAPH_COMPACT_LIST_H_
#define CLAIMGRAPH_GRAPH_COMPACT_LIST_H_

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimgraph {

template <typename T>
class CompactList {
  static_assert(std::is_trivially_copyable_v<T>, "items are copied as bytes");
  static_assert(alignof(T) <= 8, "items follow an 8-byte header");

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;
  using size_type = size_t;

  CompactList() noexcept = default;
  CompactList(std::initializer_list<T> items) { assign(items.begin(), items.end()); }
  CompactList(const std::vector<T>& items) { assign(items.begin(), items.end()); }  // NOLINT
  CompactList(const CompactList& other) { assign(other.begin(), other.end()); }
  CompactList(CompactList&& other) noexcept : block_(std::exchange(other.block_, nullptr)) {}
  CompactList& operator=(const CompactList& other) {
    if (this != &other) assign(other.begin(), other.end());
    return *this;
  }
  CompactList& operator=(CompactList&& other) noexcept {
    std::swap(block_, other.block_);
    return *this;
  }
  ~CompactList() { std::free(block_); }

  size_t size() const noexcept { return block_ ? block_->size : 0; }
  bool empty() const noexcept { return size() == 0; }
  T* begin() noexcept { return block_ ? block_->items() : nullptr; }
  T* end() noexcept { return begin() + size(); }
  const T* begin() const noexcept { return block_ ? block_->items() : nullptr; }
  const T* end() const noexcept { return begin() + size(); }
  T& operator[](size_t i) noexcept { return begin()[i]; }
  const T& operator[](size_t i) const noexcept { return begin()[i]; }
  const T& front() const noexcept { return begin()[0]; }
  const T& back() const noexcept { return begin()[size() - 1]; }

  void push_back(const T& item) { insert(end(), item); }

  // Inserts `item` before `at`; returns where it went.
  T* insert(const T* at, const T& item) { return insert(at, &item, &item + 1); }

  // Inserts [first, last) before `at`, which must be in this list and the
  // range not; returns where the first went.
  template <typename It>
  T* insert(const T* at, It first, It last) {
    size_t offset = at - begin();
    size_t count = static_cast<size_t>(std::distance(first, last));
    if (count == 0) return begin() + offset;
    size_t old_size = size();
    Reserve(old_size + count);
    T* items = block_->items();
    std::memmove(items + offset + count, items + offset, (old_size - offset) * sizeof(T));
    std::copy(first, last, items + offset);
    block_->size = static_cast<uint32_t>(old_size + count);
    return items + offset;
  }

  void clear() noexcept {
    if (block_) block_->size = 0;
  }

  friend bool operator==(const CompactList& a, const CompactList& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  struct Block {
    uint32_t size;
    uint32_t capacity;
    T* items() noexcept { return reinterpret_cast<T*>(this + 1); }
  };
  static_assert(sizeof(Block) == 8);

  template <typename It>
  void assign(It first, It last) {
    clear();
    insert(end(), first, last);
  }

  // Room for `wanted` items; grows by half again, as lists here grow by one.
  void Reserve(size_t wanted) {
    size_t capacity = block_ ? block_->capacity : 0;
    if (wanted <= capacity) return;
    if (wanted > UINT32_MAX) throw std::bad_alloc();
    size_t grown = std::max<size_t>(wanted, capacity + capacity / 2);
    grown = std::min<size_t>(grown, UINT32_MAX);
    void* memory = std::realloc(block_, sizeof(Block) + grown * sizeof(T));
    if (!memory) throw std::bad_alloc();
    bool fresh = block_ == nullptr;
    block_ = static_cast<Block*>(memory);
    if (fresh) block_->size = 0;
    block_->capacity = static_cast<uint32_t>(grown);
  }

  Block* block_ = nullptr;
};

// Inserts `value` into a sorted `list` at its place, unless it is there
// already: a node's aliases, as the builder meets them and as a merge adds
// another graph's.
template <typename T, typename V>
void InsertSortedUnique(CompactList<T>& list, const V& value) {
  auto it = std::lower_bound(list.begin(), list.end(), value);
  if (it == list.end() || *it != value) list.insert(it, T(value));
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_COMPACT_LIST_H_
