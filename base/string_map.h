// base/string_map.h
// Hash containers keyed by std::string that look up by std::string_view
// without building a string: the per-word lookups of the entity stage run
// for every token of every transcript.
//
//   StringMap<int> counts;
//   counts.find(std::string_view("openai"));  // no allocation
#ifndef CLAIMGRAPH_BASE_STRING_MAP_H_
#define CLAIMGRAPH_BASE_STRING_MAP_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace claimgraph {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_STRING_MAP_H_
