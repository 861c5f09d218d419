// extract/entities/json_positions.h
// Where each value of a JSON document starts, so that a data file's semantic
// errors ("unknown type") can name a line and column as its syntax errors do.
// nlohmann::json keeps no positions; this is a second, small scan of text that
// nlohmann has already accepted.
//
//   JsonPositions positions(text);            // text parsed fine before
//   size_t at = positions.ValueAt("/entities/3/type");
//   LineColumn lc = LineColumnAt(text, at);   // {12, 15}
//
// Thread safety: immutable after construction.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_JSON_POSITIONS_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_JSON_POSITIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimgraph {

struct LineColumn {
  int line = 1;    // 1-based
  int column = 1;  // 1-based, in characters (UTF-8 code points)
};

// The line and column of byte `offset` of `text` (clamped to its size).
LineColumn LineColumnAt(std::string_view text, size_t offset);

class JsonPositions {
 public:
  // Scans `text`, which must be valid JSON; on invalid text the positions
  // found before the damage are kept.
  explicit JsonPositions(std::string_view text);

  // Byte offset where the value at JSON pointer `path` starts ("" is the
  // document, "/entities/0/name" a member), or of the member's key for
  // KeyAt. Unknown paths give the nearest enclosing value's offset.
  size_t ValueAt(const std::string& path) const;
  size_t KeyAt(const std::string& path) const;

 private:
  void Scan(std::string_view text);
  std::unordered_map<std::string, size_t> values_;
  std::unordered_map<std::string, size_t> keys_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_JSON_POSITIONS_H_
