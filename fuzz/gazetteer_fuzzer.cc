// Fuzzes the gazetteer loader (extract/entities/gazetteer_loader.h) with the
// bytes as a user's --gazetteer file. Checks that an error names the file and
// a line inside it and adds nothing, that loading is deterministic, and that
// what loads compiles into a mention finder (with the shipped pattern
// families and name rules) that then runs over the file's own names.
#include <algorithm>
#include <string>

#include "base/status.h"
#include "extract/entities/entity_data.h"
#include "extract/entities/gazetteer_loader.h"
#include "extract/entities/mention_finder.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

namespace {

// The shipped data, whose gazetteer each input replaces.
EntityData* data = nullptr;

std::string Summary(const Gazetteer& gazetteer) {
  std::string out;
  for (const Entity& e : gazetteer.entities()) {
    out += e.id + "|" + e.name + "|" + e.org + "|" + e.maker + "|";
    for (const Alias& a : e.aliases) out += a.text + ",";
    out += "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static EntityData shipped;
  Status s =
      LoadEntityData(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data", {}, &shipped);
  FUZZ_CHECK(s.ok());
  data = &shipped;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (!data) LLVMFuzzerInitialize(nullptr, nullptr);
  std::string_view input = fuzz::AsText(bytes, size);

  Gazetteer alone, again;
  Status a = ParseGazetteer(input, "fuzz.json", &alone);
  Status b = ParseGazetteer(input, "fuzz.json", &again);
  FUZZ_CHECK(a.ToString() == b.ToString());
  FUZZ_CHECK(Summary(alone) == Summary(again));
  if (!a.ok()) {
    int lines = 1 + static_cast<int>(std::count(input.begin(), input.end(), '\n'));
    FUZZ_CHECK(a.diagnostic().file == "fuzz.json");
    FUZZ_CHECK(a.diagnostic().line >= 1 && a.diagnostic().line <= lines);
    FUZZ_CHECK(a.diagnostic().column >= 0);
    FUZZ_CHECK(!a.message().empty());
    FUZZ_CHECK(a.message().find('\n') == std::string::npos);
    FUZZ_CHECK(alone.size() == 0);  // nothing of a failed file is added
    return 0;
  }
  for (const Entity& e : alone.entities()) {
    FUZZ_CHECK(!e.id.empty());
    FUZZ_CHECK(alone.Find(e.id) == &e);
  }

  // In place of the shipped gazetteer: compiling that for every input would
  // leave little time for the fuzzing itself.
  data->gazetteer = alone;
  MentionFinder finder(*data);
  if (!finder.status().ok()) return 0;
  Episode episode;
  episode.id = "episode:fuzz";
  episode.speakers = {"Ann Lee"};
  for (const Entity& e : alone.entities()) {
    Segment segment;
    segment.speaker = "Ann Lee";
    segment.text = "I think " + e.name + " is big.";
    for (const Alias& alias : e.aliases) segment.text += " So is " + alias.text + ".";
    episode.segments.push_back(std::move(segment));
    if (episode.segments.size() >= 16) break;
  }
  EpisodeEntities found = finder.Find(episode);
  for (const Mention& m : found.mentions) {
    const std::string& text = episode.segments[m.segment].text;
    FUZZ_CHECK(m.begin < m.end && m.end <= text.size());
  }
  return 0;
}
