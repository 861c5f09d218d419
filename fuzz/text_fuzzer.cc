// Fuzzes the text helpers of base/text.h, which every reader and extractor
// runs on bytes straight from the user's files, and checks their guarantees:
// repaired text is valid UTF-8, valid text is left alone, Trim and
// CollapseSpaces keep valid text valid, ParseClock and FormatClock agree.
#include <cstring>
#include <string>

#include "base/text.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = fuzz::AsText(data, size);

  std::optional<size_t> invalid = FindInvalidUtf8(text);
  std::string repaired = RepairUtf8(text);
  FUZZ_CHECK(!FindInvalidUtf8(repaired).has_value());
  if (!invalid) {
    FUZZ_CHECK(repaired == text);
  } else {
    FUZZ_CHECK(*invalid < text.size());
    FUZZ_CHECK(!FindInvalidUtf8(text.substr(0, *invalid)).has_value());
    FUZZ_CHECK(repaired.find("\xEF\xBF\xBD") != std::string::npos);
  }

  std::string_view trimmed = Trim(text);
  FUZZ_CHECK(trimmed.data() >= text.data() &&
             trimmed.data() + trimmed.size() <= text.data() + text.size());
  FUZZ_CHECK(Trim(trimmed) == trimmed);
  FUZZ_CHECK(IsBlank(text) == trimmed.empty());

  std::string collapsed = CollapseSpaces(text);
  FUZZ_CHECK(collapsed.size() <= text.size());
  FUZZ_CHECK(collapsed.find("  ") == std::string::npos);
  FUZZ_CHECK(CollapseSpaces(collapsed) == collapsed);

  std::string slug = Slugify(text);
  FUZZ_CHECK(slug.empty() || (slug.front() != '-' && slug.back() != '-'));
  FUZZ_CHECK(slug.find("--") == std::string::npos);
  FUZZ_CHECK(Slugify(slug) == slug);
  FUZZ_CHECK(AsciiLower(slug) == slug);

  for (size_t max_bytes : {size_t{0}, size_t{1}, size_t{7}, size_t{60}}) {
    std::string quoted = QuoteForMessage(repaired, max_bytes);
    FUZZ_CHECK(quoted.size() >= 2 && quoted.front() == '"' &&
               quoted.back() == '"');
    FUZZ_CHECK(quoted.size() <= max_bytes + 5);
    FUZZ_CHECK(!FindInvalidUtf8(quoted).has_value());
  }

  if (!invalid) {
    FUZZ_CHECK(!FindInvalidUtf8(trimmed).has_value());
    FUZZ_CHECK(!FindInvalidUtf8(collapsed).has_value());
    FUZZ_CHECK(!FindInvalidUtf8(slug).has_value());
  }

  if (std::optional<long long> seconds = ParseClock(text)) {
    FUZZ_CHECK(*seconds >= 0);
    std::string clock = FormatClock(*seconds);
    std::optional<long long> again = ParseClock(clock);
    FUZZ_CHECK(again == seconds);
  }
  if (size >= sizeof(long long)) {
    long long seconds;
    std::memcpy(&seconds, data, sizeof seconds);
    std::string clock = FormatClock(seconds);
    FUZZ_CHECK(clock.size() >= 8);
  }
  return 0;
}
