// Fuzzes the .rules loader (extract/claims/rule_set.h) with the bytes as a
// user's --rules file, loaded after the shipped words so that {ENT} and its
// kin resolve. Checks that an error names the file and a line inside it, that
// a failed file adds nothing, and that loading is deterministic.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "extract/claims/rule_set.h"
#include "fuzz/fuzz_check.h"

using namespace claimgraph;

namespace {

std::string ShippedWords() {
  std::ifstream in(std::string(CLAIMGRAPH_SOURCE_DIR) + "/data/rules/00-words.rules");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Status Load(const std::string& words, std::string_view input, RuleSet* rules) {
  Status s = rules->AddText(words, "00-words.rules");
  FUZZ_CHECK(s.ok());
  return rules->AddText(input, "fuzz.rules");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string words = ShippedWords();
  std::string_view input = fuzz::AsText(data, size);
  RuleSet first, second;
  Status a = Load(words, input, &first);
  Status b = Load(words, input, &second);
  FUZZ_CHECK(a.ToString() == b.ToString());
  if (!a.ok()) {
    int lines = 1 + static_cast<int>(std::count(input.begin(), input.end(), '\n'));
    FUZZ_CHECK(a.diagnostic().file == "fuzz.rules");
    FUZZ_CHECK(a.diagnostic().line >= 1 && a.diagnostic().line <= lines);
    FUZZ_CHECK(a.diagnostic().column >= 0);
    FUZZ_CHECK(!a.message().empty());
    // Nothing of the failed file was kept.
    FUZZ_CHECK(first.relation_rules().empty() && first.cue_rules().empty());
    return 0;
  }
  Status finished = first.Finish();
  if (finished.ok()) {
    // Matching the examples' own texts must not fail or run away.
    RuleScratch scratch;
    std::vector<RelationMatch> relations;
    std::vector<CueMatch> cues;
    for (const RelationRule& rule : first.relation_rules()) {
      for (const RuleExample& example : rule.examples) {
        first.MatchRelations(example.text, false, &scratch, &relations);
        for (const RelationMatch& m : relations)
          FUZZ_CHECK(m.begin <= m.end && m.end <= example.text.size());
        relations.clear();
      }
    }
    first.MatchCues(input, &scratch, &cues);
    for (const CueMatch& m : cues) FUZZ_CHECK(m.begin <= m.end && m.end <= input.size());
  }
  return 0;
}
