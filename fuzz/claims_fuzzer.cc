// Fuzzes the claim extractor (extract/claims/claim_extractor.h) with the
// shipped rules (sentence splitter, masker, cues, pronouns, relation rules,
// modality): each line of the input is a segment, said in turn by two
// speakers, and every occurrence of a few known names is a mention. Checks
// that claims point inside their segments, quote them exactly, come in order,
// name relations between entities of the right types, and that extraction is
// deterministic.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "base/text.h"
#include "extract/analyzed_episode.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/entity_directory.h"
#include "extract/claims/relations.h"
#include "extract/claims/rule_set.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

namespace {

struct Name {
  const char* surface;
  const char* id;
};
constexpr Name kNames[] = {
    {"Meta", "company:meta"},   {"Scale", "company:scale-ai"}, {"Apple", "company:apple"},
    {"NVIDIA", "company:nvidia"}, {"Claude", "model:claude"},  {"Sam", "person:sam-altman"},
    {"GPT", "model:gpt"},       {"Azure", "product:azure"},
};

const RuleSet* rules = nullptr;

// Readers hand the later stages valid UTF-8 (they repair what is not), so
// the episode is built from repaired text.
AnalyzedEpisode MakeEpisode(std::string_view bytes) {
  std::string repaired = RepairUtf8(bytes);
  std::string_view input = repaired;
  AnalyzedEpisode analyzed;
  analyzed.episode.id = "episode:fuzz";
  analyzed.episode.speakers = {"Ann Lee", "Bo Chen"};
  size_t start = 0;
  while (start <= input.size()) {
    size_t nl = input.find('\n', start);
    if (nl == std::string_view::npos) nl = input.size();
    Segment segment;
    segment.speaker = analyzed.episode.speakers[analyzed.episode.segments.size() % 2];
    segment.text = std::string(input.substr(start, nl - start));
    int index = static_cast<int>(analyzed.episode.segments.size());
    std::vector<Mention> found;
    for (const Name& name : kNames) {
      size_t at = segment.text.find(name.surface);
      while (at != std::string::npos) {
        found.push_back({name.id, name.surface, index, at, at + std::string_view(name.surface).size()});
        at = segment.text.find(name.surface, at + 1);
      }
    }
    std::sort(found.begin(), found.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    size_t end = 0;
    for (const Mention& m : found) {
      if (m.begin < end) continue;  // overlapping names: keep the first
      analyzed.mentions.push_back(m);
      end = m.end;
    }
    analyzed.episode.segments.push_back(std::move(segment));
    start = nl + 1;
  }
  for (const Name& name : kNames) {
    Entity entity;
    entity.id = name.id;
    entity.type = TypeOfId(entity.id).value_or(EntityType::kCompany);
    entity.name = name.surface;
    if (entity.type == EntityType::kModel) entity.maker = "company:meta";
    analyzed.entities.push_back(entity);
  }
  return analyzed;
}

std::string Summary(const AnalyzedEpisode& analyzed) {
  std::string out;
  for (const Claim& c : analyzed.claims) {
    out += std::to_string(c.segment) + ":" + std::to_string(c.begin) + "-" +
           std::to_string(c.end) + " " + c.relation + " " + c.subject + " " + c.object + " " +
           std::string(ModalityName(c.modality)) + (c.negated ? " not" : "") + "\n";
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static RuleSet shipped;
  Status s = LoadRuleSet(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/rules", {}, &shipped);
  FUZZ_CHECK(s.ok());
  rules = &shipped;
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (!rules) LLVMFuzzerInitialize(nullptr, nullptr);
  std::string_view input = fuzz::AsText(data, size);
  ClaimExtractor extractor(*rules);
  AnalyzedEpisode a = MakeEpisode(input), b = MakeEpisode(input);
  {
    ListDirectory directory(a.entities);
    extractor.Extract(&a, directory);
  }
  {
    ListDirectory directory(b.entities);
    extractor.Extract(&b, directory);
  }
  FUZZ_CHECK(Summary(a) == Summary(b));
  int last_segment = -1;
  size_t last_begin = 0;
  for (const Claim& claim : a.claims) {
    FUZZ_CHECK(claim.segment >= 0 &&
               claim.segment < static_cast<int>(a.episode.segments.size()));
    const std::string& text = a.episode.segments[claim.segment].text;
    FUZZ_CHECK(claim.begin < claim.end && claim.end <= text.size());
    FUZZ_CHECK(text.compare(claim.begin, claim.end - claim.begin, claim.text) == 0);
    FUZZ_CHECK(claim.segment > last_segment ||
               (claim.segment == last_segment && claim.begin >= last_begin));
    last_segment = claim.segment;
    last_begin = claim.begin;
    FUZZ_CHECK(!claim.about.empty());
    if (claim.relation.empty()) {
      FUZZ_CHECK(claim.subject.empty() && claim.object.empty());
      continue;
    }
    const RelationInfo* relation = FindRelation(claim.relation);
    FUZZ_CHECK(relation != nullptr);
    FUZZ_CHECK(claim.subject != claim.object);
    std::optional<EntityType> s = TypeOfId(claim.subject), o = TypeOfId(claim.object);
    FUZZ_CHECK(s && o && relation->Accepts(*s, *o));
    FUZZ_CHECK(claim.about[0].entity == claim.subject && claim.about[0].role == Role::kSubject);
    FUZZ_CHECK(claim.about[1].entity == claim.object && claim.about[1].role == Role::kObject);
  }
  return 0;
}
