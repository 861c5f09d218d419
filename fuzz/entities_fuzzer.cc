// Fuzzes the entity extractor (extract/entities/mention_finder.h: the alias
// matcher, pattern families, name rules and the per-episode resolver) with
// the shipped data. The first line of the input names the speakers
// (separated by ';'), every further line is a segment, said by the speakers
// in turn. Checks that mentions lie inside their segments and quote them,
// come in order without overlapping, name listed entities, that entities are
// listed once with an id of their type, and that finding is deterministic.
#include <set>
#include <string>
#include <vector>

#include "base/status.h"
#include "base/text.h"
#include "extract/entities/entity_data.h"
#include "extract/entities/mention_finder.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

namespace {

const EntityData* data = nullptr;
const MentionFinder* finder = nullptr;

// Readers hand the later stages valid UTF-8 (they repair what is not), so
// the episode is built from repaired text.
Episode MakeEpisode(std::string_view bytes) {
  std::string text = RepairUtf8(bytes);
  Episode episode;
  episode.id = "episode:fuzz";
  episode.source = "fuzz.txt";
  size_t start = 0;
  int line = 1;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string_view content(text.data() + start, nl - start);
    if (line == 1) {
      size_t from = 0;
      while (from <= content.size() && episode.speakers.size() < 4) {
        size_t semi = content.find(';', from);
        if (semi == std::string_view::npos) semi = content.size();
        std::string name(Trim(content.substr(from, semi - from)));
        if (!name.empty()) episode.speakers.push_back(name);
        from = semi + 1;
      }
      if (episode.speakers.empty()) episode.speakers.push_back("Speaker");
    } else {
      Segment segment;
      segment.speaker =
          episode.speakers[episode.segments.size() % episode.speakers.size()];
      segment.line = line;
      segment.text = std::string(content);
      episode.segments.push_back(std::move(segment));
    }
    start = nl + 1;
    ++line;
  }
  return episode;
}

std::string Summary(const EpisodeEntities& found) {
  std::string out;
  for (const Entity& e : found.entities)
    out += e.id + " " + e.name + (e.discovered ? " discovered\n" : "\n");
  for (const Mention& m : found.mentions)
    out += std::to_string(m.segment) + ":" + std::to_string(m.begin) + "-" +
           std::to_string(m.end) + " " + m.entity + "\n";
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static EntityData shipped;
  Status s = LoadEntityData(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data", {},
                            &shipped);
  FUZZ_CHECK(s.ok());
  static MentionFinder shipped_finder(shipped);
  FUZZ_CHECK(shipped_finder.status().ok());
  data = &shipped;
  finder = &shipped_finder;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (!finder) LLVMFuzzerInitialize(nullptr, nullptr);
  Episode episode = MakeEpisode(fuzz::AsText(bytes, size));
  EpisodeEntities found = finder->Find(episode);
  FUZZ_CHECK(Summary(found) == Summary(finder->Find(episode)));

  std::set<std::string> ids;
  for (const Entity& entity : found.entities) {
    FUZZ_CHECK(!entity.id.empty() && !entity.name.empty());
    FUZZ_CHECK(ids.insert(entity.id).second);
    std::string prefix = std::string(EntityTypeName(entity.type)) + ":";
    FUZZ_CHECK(entity.id.compare(0, prefix.size(), prefix) == 0);
    FUZZ_CHECK(!FindInvalidUtf8(entity.name).has_value());
  }
  int last_segment = -1;
  size_t last_end = 0;
  for (const Mention& m : found.mentions) {
    FUZZ_CHECK(m.segment >= 0 &&
               m.segment < static_cast<int>(episode.segments.size()));
    const std::string& text = episode.segments[m.segment].text;
    FUZZ_CHECK(m.begin < m.end && m.end <= text.size());
    FUZZ_CHECK(text.compare(m.begin, m.end - m.begin, m.surface) == 0);
    FUZZ_CHECK(ids.count(m.entity) == 1);
    if (m.segment == last_segment) FUZZ_CHECK(m.begin >= last_end);
    FUZZ_CHECK(m.segment >= last_segment);
    last_segment = m.segment;
    last_end = m.end;
  }
  return 0;
}
