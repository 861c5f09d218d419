// Fuzzes SourceText::Decode and the layout detector: decoding never fails
// except with a message naming the file, decoded lines are valid UTF-8 within
// the line limit, scores are deterministic and never negative, and the
// detector picks the first of the best scores (layout_detector.h).
#include <string>

#include "base/text.h"
#include "extract/transcript/layout_detector.h"
#include "extract/transcript/layouts.h"
#include "extract/transcript/source_text.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(fuzz::AsText(data, size));
  CollectingSink sink;
  SourceText text;
  Status decoded = SourceText::Decode(bytes, "fuzz.txt", &sink, &text);
  for (const Diagnostic& d : sink.diagnostics()) FUZZ_CHECK(d.file == "fuzz.txt");
  if (!decoded.ok()) {
    FUZZ_CHECK(decoded.diagnostic().file == "fuzz.txt");
    FUZZ_CHECK(text.lines().empty());
    return 0;
  }
  FUZZ_CHECK(!FindInvalidUtf8(text.text()).has_value());
  int previous = 0;
  for (const SourceLine& line : text.lines()) {
    FUZZ_CHECK(line.text.size() <= SourceText::kMaxLineBytes);
    FUZZ_CHECK(!FindInvalidUtf8(line.text).has_value());
    FUZZ_CHECK(line.text.find('\n') == std::string_view::npos);
    FUZZ_CHECK(line.number == previous + 1);
    previous = line.number;
  }

  std::vector<std::pair<const LayoutReader*, int>> scores = ScoreLayouts(text);
  FUZZ_CHECK(scores.size() == AllLayouts().size());
  const LayoutReader* best = nullptr;
  int best_score = 0;
  for (const auto& [reader, score] : scores) {
    FUZZ_CHECK(score >= 0);
    FUZZ_CHECK(reader->Score(text) == score);
    if (score > best_score) {
      best = reader;
      best_score = score;
    }
  }
  FUZZ_CHECK(DetectLayout(text) == best);
  return 0;
}
