// tests/claims/claims_test_util.h
// Helpers shared by the claims tests: the shipped rules, episodes written
// with their mentions marked up, and one-line descriptions of claims.
//
//   std::vector<std::string> r = Relations({{"Ann Lee", "[Meta](company:meta) bought [Scale](company:scale-ai)."}});
//   // {"company:meta acquired company:scale-ai (asserted)"}
//
// Markup: "[words as said](entity-id)" makes a mention of entity-id.
#ifndef CLAIMGRAPH_TESTS_CLAIMS_CLAIMS_TEST_UTIL_H_
#define CLAIMGRAPH_TESTS_CLAIMS_CLAIMS_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/analyzed_episode.h"
#include "extract/claims/claim_extractor.h"
#include "extract/claims/entity_directory.h"
#include "extract/claims/relations.h"
#include "extract/claims/rule_set.h"

namespace claimgraph {

// The rules in data/rules, loaded once; a load error fails the test.
inline const RuleSet& ShippedRules() {
  static RuleSet rules;
  static const bool loaded = [] {
    Status s = LoadRuleSet(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/rules", {},
                           &rules);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return s.ok();
  }();
  (void)loaded;
  return rules;
}

struct Turn {
  std::string speaker;
  std::string text;  // with "[words](id)" markup
};

// One segment per turn (10 seconds apart); mentions from the markup; one
// entity per id, named by its first mention.
inline AnalyzedEpisode MakeEpisode(const std::vector<Turn>& turns) {
  AnalyzedEpisode analyzed;
  analyzed.episode.id = "episode:test";
  analyzed.episode.source = "test.txt";
  for (size_t t = 0; t < turns.size(); ++t) {
    Segment segment;
    segment.speaker = turns[t].speaker;
    segment.seconds = static_cast<long long>(10 * t);
    segment.line = static_cast<int>(t + 1);
    segment.continuation = t > 0 && turns[t - 1].speaker == turns[t].speaker;
    const std::string& in = turns[t].text;
    size_t i = 0;
    while (i < in.size()) {
      size_t open = in.find('[', i);
      size_t close = open == std::string::npos ? open : in.find("](", open);
      size_t end = close == std::string::npos ? close : in.find(')', close);
      if (end == std::string::npos) {
        segment.text += in.substr(i);
        break;
      }
      segment.text += in.substr(i, open - i);
      std::string surface = in.substr(open + 1, close - open - 1);
      std::string id = in.substr(close + 2, end - close - 2);
      Mention mention;
      mention.entity = id;
      mention.surface = surface;
      mention.segment = static_cast<int>(t);
      mention.begin = segment.text.size();
      segment.text += surface;
      mention.end = segment.text.size();
      analyzed.mentions.push_back(mention);
      bool known = false;
      for (const Entity& e : analyzed.entities) known = known || e.id == id;
      if (!known) {
        Entity entity;
        entity.id = id;
        entity.type = TypeOfId(id).value_or(EntityType::kCompany);
        entity.name = surface;
        analyzed.entities.push_back(entity);
      }
      i = end + 1;
    }
    bool listed = false;
    for (const std::string& s : analyzed.episode.speakers) listed = listed || s == turns[t].speaker;
    if (!listed) analyzed.episode.speakers.push_back(turns[t].speaker);
    analyzed.episode.segments.push_back(segment);
  }
  return analyzed;
}

// Runs the claim extractor with the shipped rules; `known` plays the
// gazetteer (makers, organisations).
inline void ExtractClaims(AnalyzedEpisode* analyzed,
                          std::vector<Entity> known = {}) {
  // The makers and organisations named are known too, as a gazetteer would.
  size_t n = known.size();
  for (size_t i = 0; i < n; ++i) {
    for (const std::string& id : {known[i].maker, known[i].org}) {
      if (id.empty()) continue;
      Entity entity;
      entity.id = id;
      entity.type = TypeOfId(id).value_or(EntityType::kCompany);
      entity.name = id.substr(id.find(':') + 1);
      known.push_back(entity);
    }
  }
  // The episode's own entities carry what the gazetteer knows of them.
  for (Entity& entity : analyzed->entities) {
    for (const Entity& k : known) {
      if (k.id != entity.id) continue;
      entity.maker = k.maker;
      entity.org = k.org;
    }
  }
  ListDirectory gazetteer(known);
  ListDirectory directory(analyzed->entities, &gazetteer);
  ClaimExtractor(ShippedRules()).Extract(analyzed, directory);
}

// "company:meta acquired company:scale-ai (asserted)", with ", negated".
inline std::string Describe(const Claim& claim) {
  std::string out = claim.subject + " " + claim.relation + " " + claim.object + " (" +
                    std::string(ModalityName(claim.modality));
  if (claim.negated) out += ", negated";
  return out + ")";
}

// The relation claims of the episode the turns make, described.
inline std::vector<std::string> Relations(const std::vector<Turn>& turns,
                                          const std::vector<Entity>& known = {}) {
  AnalyzedEpisode analyzed = MakeEpisode(turns);
  ExtractClaims(&analyzed, known);
  std::vector<std::string> out;
  for (const Claim& claim : analyzed.claims)
    if (!claim.relation.empty()) out.push_back(Describe(claim));
  return out;
}

// The same for one sentence said by "Ann Lee".
inline std::vector<std::string> Relations(const std::string& text,
                                          const std::vector<Entity>& known = {}) {
  return Relations(std::vector<Turn>{{"Ann Lee", text}}, known);
}

// An entity for `known`: a model or product with its maker, or a person
// with their organisation.
inline Entity Known(const std::string& id, const std::string& maker_or_org) {
  Entity entity;
  entity.id = id;
  entity.type = TypeOfId(id).value_or(EntityType::kCompany);
  entity.name = id.substr(id.find(':') + 1);
  if (entity.type == EntityType::kPerson) {
    entity.org = maker_or_org;
  } else {
    entity.maker = maker_or_org;
  }
  return entity;
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_TESTS_CLAIMS_CLAIMS_TEST_UTIL_H_
