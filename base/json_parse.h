// base/json_parse.h
// Parses a whole JSON document without letting nlohmann's exceptions escape.
//
// nlohmann reports syntax errors as parse_error with a byte position, but a
// number too large for a double as out_of_range without one. Every reader
// of user JSON (gazetteer, diarized transcripts, saved graphs) needs both
// turned into "file:line:column" messages, so the parse lives here once.
#ifndef CLAIMGRAPH_BASE_JSON_PARSE_H_
#define CLAIMGRAPH_BASE_JSON_PARSE_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph {

// Why and where a document failed to parse.
struct JsonParseFailure {
  size_t offset = 0;   // 0-based byte offset of the offending character.
  std::string reason;  // nlohmann's explanation without its id and position,
                       // e.g. "syntax error while parsing value - ...".
};

// Parses `text` into `doc`. Returns nullopt on success.
std::optional<JsonParseFailure> ParseJson(std::string_view text,
                                          nlohmann::json* doc);

// The failure nlohmann's exception `e` describes, met parsing `text`.
JsonParseFailure DescribeJsonError(std::string_view text, const nlohmann::json::exception& e);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_JSON_PARSE_H_
