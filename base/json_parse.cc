#include "base/json_parse.h"

#include <algorithm>

namespace claimgraph {
namespace {

// A reason quoting a 100 MB token would be a 100 MB error message.
constexpr size_t kMaxReasonBytes = 200;

// "[json.exception.parse_error.101] parse error at line 1, column 5: why"
// -> "why"; "[json.exception.out_of_range.406] number overflow ..." ->
// "number overflow ...".
std::string Reason(const std::string& what) {
  size_t start = 0;
  if (!what.empty() && what[0] == '[') {
    size_t close = what.find("] ");
    if (close != std::string::npos) start = close + 2;
  }
  std::string_view rest(what);
  rest.remove_prefix(start);
  if (rest.rfind("parse error", 0) == 0) {
    size_t colon = rest.find(": ");
    if (colon != std::string_view::npos) rest.remove_prefix(colon + 2);
  }
  if (rest.size() <= kMaxReasonBytes) return std::string(rest);
  return std::string(rest.substr(0, kMaxReasonBytes)) + "...";
}

// out_of_range carries no position, but its message quotes the token
// ("number overflow parsing '1E999'"): the token's first occurrence is
// where the user has to look.
size_t QuotedTokenOffset(std::string_view text, const std::string& what) {
  size_t open = what.find('\'');
  size_t close = what.rfind('\'');
  if (open == std::string::npos || close <= open + 1) return 0;
  size_t at = text.find(std::string_view(what).substr(open + 1, close - open - 1));
  return at == std::string_view::npos ? 0 : at;
}

}  // namespace

std::optional<JsonParseFailure> ParseJson(std::string_view text,
                                          nlohmann::json* doc) {
  try {
    *doc = nlohmann::json::parse(text.begin(), text.end());
    return std::nullopt;
  } catch (const nlohmann::json::exception& e) {
    return DescribeJsonError(text, e);
  }
}

JsonParseFailure DescribeJsonError(std::string_view text, const nlohmann::json::exception& e) {
  if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
    // `byte` is 1-based and points just past the offending character.
    size_t offset = parse->byte > 0 ? parse->byte - 1 : 0;
    return JsonParseFailure{std::min(offset, text.size()), Reason(e.what())};
  }
  return JsonParseFailure{QuotedTokenOffset(text, e.what()), Reason(e.what())};
}

}  // namespace claimgraph
