// graph/optional_seconds.h
// A time into an episode, or none, in 8 bytes where std::optional<long long>
// takes 16: every claim node, mentions edge and turn of the graph keeps one
// (about 80 MB at 10,000 episodes). It reads and converts like the optional.
#ifndef CLAIMGRAPH_GRAPH_OPTIONAL_SECONDS_H_
#define CLAIMGRAPH_GRAPH_OPTIONAL_SECONDS_H_

#include <compare>
#include <limits>
#include <optional>

namespace claimgraph {

class OptionalSeconds {
 public:
  OptionalSeconds() = default;
  OptionalSeconds(std::nullopt_t) {}                                   // NOLINT
  OptionalSeconds(long long seconds) : value_(seconds) {}              // NOLINT
  OptionalSeconds(const std::optional<long long>& seconds)             // NOLINT
      : value_(seconds ? *seconds : kNone) {}
  operator std::optional<long long>() const {                          // NOLINT
    return has_value() ? std::optional<long long>(value_) : std::nullopt;
  }

  bool has_value() const { return value_ != kNone; }
  explicit operator bool() const { return has_value(); }
  // Like std::optional's: only when has_value().
  long long operator*() const { return value_; }
  long long value_or(long long fallback) const { return has_value() ? value_ : fallback; }

  // None first, then by time: the order of std::optional.
  auto operator<=>(const OptionalSeconds&) const = default;

  // The one value kept for "none": no reader makes it (clocks are not
  // negative; the JSON reader refuses it).
  static constexpr long long kNone = std::numeric_limits<long long>::min();

 private:
  long long value_ = kNone;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_OPTIONAL_SECONDS_H_
