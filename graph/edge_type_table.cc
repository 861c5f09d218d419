#include "graph/edge_type_table.h"

#include <array>
#include <atomic>
#include <bit>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace claimgraph {
namespace {

// Interned texts are equal exactly when their addresses are.
using PairKey = std::pair<const char*, const char*>;

struct PairKeyHash {
  size_t operator()(const PairKey& key) const noexcept {
    size_t a = std::hash<const char*>()(key.first), b = std::hash<const char*>()(key.second);
    return a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
  }
};

// Pairs live in chunks that never move, so a reader needs no lock: chunk c
// holds kFirstChunk << c pairs, and 23 chunks number more than 2^32.
constexpr size_t kFirstChunk = 1024;
constexpr int kChunks = 23;

struct Table {
  std::mutex mutex;
  std::unordered_map<PairKey, uint32_t, PairKeyHash> numbers;
  std::array<std::atomic<EdgeTypeRole*>, kChunks> chunks{};
  uint64_t count = 0;
};

Table& TheTable() {
  // Never destroyed, as the intern table: graphs in static objects may
  // outlive any destructor order.
  static auto* table = new Table;
  return *table;
}

// Chunk and place in it of pair `number`.
std::pair<int, size_t> Locate(uint64_t number) {
  uint64_t q = number / kFirstChunk + 1;
  int chunk = std::bit_width(q) - 1;
  return {chunk, number - kFirstChunk * ((uint64_t{1} << chunk) - 1)};
}

uint32_t AddToTable(const InternedString& type, const InternedString& role) {
  Table& table = TheTable();
  std::lock_guard<std::mutex> lock(table.mutex);
  PairKey key{type.data(), role.data()};
  auto found = table.numbers.find(key);
  if (found != table.numbers.end()) return found->second;
  if (table.count >= UINT32_MAX) throw std::length_error("too many edge types and roles");
  auto [chunk, at] = Locate(table.count);
  EdgeTypeRole* pairs = table.chunks[chunk].load(std::memory_order_relaxed);
  if (!pairs) {
    pairs = new EdgeTypeRole[kFirstChunk << chunk];
    table.chunks[chunk].store(pairs, std::memory_order_release);
  }
  pairs[at] = EdgeTypeRole{type, role};
  uint32_t number = static_cast<uint32_t>(table.count++);
  table.numbers.emplace(key, number);
  return number;
}

}  // namespace

uint32_t EdgeTypeRoleNumber(const InternedString& type, const InternedString& role) {
  // Each thread remembers what it has asked: the table's lock is taken once
  // per pair and thread, not once per edge.
  thread_local std::unordered_map<PairKey, uint32_t, PairKeyHash> known;
  PairKey key{type.data(), role.data()};
  auto found = known.find(key);
  if (found != known.end()) return found->second;
  uint32_t number = AddToTable(type, role);
  known.emplace(key, number);
  return number;
}

const EdgeTypeRole& EdgeTypeRoleOf(uint32_t number) {
  auto [chunk, at] = Locate(number);
  return TheTable().chunks[chunk].load(std::memory_order_acquire)[at];
}

}  // namespace claimgraph
