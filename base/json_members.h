// base/json_members.h
// Parses a JSON document whose root is an object one top-level member at a
// time, and the members that are arrays one element at a time, so that a
// reader of a large document holds one element as a value, never the whole
// document. A saved graph of 1,000 episodes is 570 MB of JSON: as one
// nlohmann value it took 3.8 GB, and building and freeing that value was
// most of the time of reading it.
//
// The visitor is told, in document order:
//
//   Member(key, value)          a member of the root whose value is not an array
//   ArrayStart(key)             a member of the root whose value is an array,
//   Element(key, index, value)  each of its elements, index 0, 1, ...,
//   ArrayEnd(key)               and its end.
//   Root(value)                 a root that is not an object, whole.
//
// Each value is what nlohmann::json::parse makes of the same text (within a
// value, a repeated key keeps its last value, as there). A repeated key of
// the root is passed on as often as it appears: the visitor decides.
//
//   struct Printer : JsonMemberVisitor { ... };
//   Printer printer;
//   if (auto bad = ParseJsonMembers(R"({"a": 1, "b": [true, null]})", &printer)) ...
//   // Member("a", 1), ArrayStart("b"), Element("b", 0, true),
//   // Element("b", 1, null), ArrayEnd("b")
//
// Errors: the JsonParseFailure that ParseJson (json_parse.h) gives for the
// same text. The visitor has been told about what comes before the error,
// so a caller that must not act on a broken document acts after the parse.
//
// Thread safety: no shared state.
#ifndef CLAIMGRAPH_BASE_JSON_MEMBERS_H_
#define CLAIMGRAPH_BASE_JSON_MEMBERS_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "base/json_parse.h"
#include "base/status.h"

namespace claimgraph {

class JsonMemberVisitor {
 public:
  virtual ~JsonMemberVisitor() = default;
  virtual void Member(const std::string& key, nlohmann::json&& value) = 0;
  virtual void ArrayStart(const std::string& key) = 0;
  virtual void Element(const std::string& key, size_t index, nlohmann::json&& value) = 0;
  virtual void ArrayEnd(const std::string& key) = 0;
  virtual void Root(nlohmann::json&& value) = 0;
};

// Parses `text`, telling `visitor` what it holds (see above). Returns
// nullopt when the whole text is one JSON document.
std::optional<JsonParseFailure> ParseJsonMembers(std::string_view text,
                                                 JsonMemberVisitor* visitor);

// The same for the file at `path`, read a block at a time (BlockReader; the
// size is for the tests), so
// the text is not held whole either. Returns the file's read error, if any;
// else sets `*broken` when the text is not one JSON document, and then the
// caller, to say where and why, parses the text in memory (ParseJson gives
// the place as a byte offset, which needs the text).
Status ParseJsonMembersFromFile(const std::string& path, JsonMemberVisitor* visitor,
                                bool* broken, size_t block_bytes = size_t{1} << 20);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_JSON_MEMBERS_H_
