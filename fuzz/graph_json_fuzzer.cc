// Fuzzes the saved-graph reader (export/json_reader.h) with the bytes as a
// .json file from `claimgraph build`. Checks that it reads as a whole-text
// parse would (broken JSON is reported as invalid JSON at the place
// json::parse names; JSON that parses is never called invalid), that an
// error names the file, a line inside it, and leaves the graph untouched,
// that reading is deterministic, and that a graph that reads writes back to
// JSON that reads to the same graph.
#include <algorithm>
#include <string>

#include "base/json_parse.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view input = fuzz::AsText(bytes, size);

  KnowledgeGraph graph, again;
  Status read = ParseGraphJson(input, "fuzz.json", &graph);
  Status reread = ParseGraphJson(input, "fuzz.json", &again);
  FUZZ_CHECK(read.ToString() == reread.ToString());

  nlohmann::json whole;
  std::optional<JsonParseFailure> broken = ParseJson(input, &whole);
  bool said_invalid = !read.ok() && read.message().rfind("invalid JSON: ", 0) == 0;
  FUZZ_CHECK(said_invalid == broken.has_value());
  if (broken) FUZZ_CHECK(read.message() == "invalid JSON: " + broken->reason);

  if (!read.ok()) {
    int lines = 1 + static_cast<int>(std::count(input.begin(), input.end(), '\n'));
    FUZZ_CHECK(read.diagnostic().file == "fuzz.json");
    FUZZ_CHECK(read.diagnostic().line >= 0 && read.diagnostic().line <= lines);
    FUZZ_CHECK(!read.message().empty());
    FUZZ_CHECK(read.message().find('\n') == std::string::npos);
    FUZZ_CHECK(graph.node_count() == 0 && graph.episodes().empty());
    return 0;
  }
  std::string written = ToJson(graph);
  FUZZ_CHECK(written == ToJson(again));
  KnowledgeGraph round_trip;
  Status back = ParseGraphJson(written, "written.json", &round_trip);
  FUZZ_CHECK(back.ok());
  FUZZ_CHECK(ToJson(round_trip) == written);
  return 0;
}
