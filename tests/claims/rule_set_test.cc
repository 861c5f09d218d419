#include "extract/claims/rule_set.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

#include "extract/claims/masked_text.h"
#include "tests/claims/claims_test_util.h"

namespace claimgraph {
namespace {

using ::testing::Contains;

// The shipped words, so that test rules can use {ENT} and friends.
constexpr char kWords[] = R"(define ENT <(?:person|company|model|product):[^>]+>
define ORG <(?:company|product):[^>]+>
)";

std::string AddError(const std::string& text) {
  RuleSet rules;
  return rules.AddText(std::string(kWords) + text, "t.rules").ToString();
}

// Loads `text` as t.rules and finishes the set; says why when either fails.
::testing::AssertionResult LoadAndFinish(const std::string& text, RuleSet* rules) {
  Status s = rules->AddText(text, "t.rules");
  if (s.ok()) s = rules->Finish();
  if (!s.ok()) return ::testing::AssertionFailure() << s.ToString();
  return ::testing::AssertionSuccess();
}

TEST(RuleSetTest, LoadsARuleWithItsExample) {
  RuleSet rules;
  ASSERT_TRUE(LoadAndFinish(std::string(kWords) +
                            "relation acquired 1 2 ({ENT}) bought ({ORG})\n"
                            "example <company:a> bought <company:b> => company:a company:b\n",
                            &rules));
  ASSERT_EQ(rules.relation_rules().size(), 1u);
  const RelationRule& rule = rules.relation_rules()[0];
  EXPECT_EQ(rule.relation->name, "acquired");
  EXPECT_EQ(rule.line, 3);
  EXPECT_EQ(rule.file, "t.rules");
  RuleScratch scratch;
  std::vector<RelationMatch> found;
  std::string text = "so <company:x> bought <company:y> today";
  rules.MatchRelations(text, false, &scratch, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].subject_begin, found[0].subject_end - found[0].subject_begin),
            "<company:x>");
  EXPECT_EQ(text.substr(found[0].object_begin, found[0].object_end - found[0].object_begin),
            "<company:y>");
}

TEST(RuleSetTest, CommentsAndBlankLinesAreIgnored) {
  RuleSet rules;
  EXPECT_TRUE(rules.AddText("# a comment\n\n   # indented comment\n", "t.rules").ok());
}

TEST(RuleSetTest, SingleEntityMatchingRunsOnlyMakerAndElidedRules) {
  RuleSet rules;
  ASSERT_TRUE(LoadAndFinish(std::string(kWords) +
                            "relation released 1 2 ({ENT}) released ({ENT})\n"
                            "example <company:a> released <model:b> => company:a model:b\n"
                            "relation released maker 1 ({ENT}) came out\n"
                            "example <model:b> came out => - model:b\n",
                            &rules));
  RuleScratch scratch;
  std::vector<RelationMatch> found;
  rules.MatchRelations("<company:a> released <model:b> and <model:b> came out", true,
                       &scratch, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, 1);
}

TEST(RuleSetTest, CuesReportTheirKindAndPlace) {
  RuleSet rules;
  ASSERT_TRUE(LoadAndFinish("cue hedged \\bprobably\\b\nexample they probably did\n",
                            &rules));
  RuleScratch scratch;
  std::vector<CueMatch> found;
  rules.MatchCues("so they probably did", &scratch, &found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, CueKind::kHedged);
  EXPECT_EQ(found[0].begin, 8u);
  EXPECT_EQ(found[0].end, 16u);
}

TEST(RuleSetTest, EveryCueThatMatchesIsReportedCueByCueInFileOrder) {
  RuleSet rules;
  ASSERT_TRUE(LoadAndFinish("cue negated \\bnot\\b\nexample it is not\n"
                            "cue predicted \\bwill\\b\nexample it will\n"
                            "cue hedged \\bmaybe\\b\nexample maybe so\n",
                            &rules));
  RuleScratch scratch;
  std::vector<CueMatch> found;
  rules.MatchCues("maybe they will not, or will", &scratch, &found);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].kind, CueKind::kNegated);
  EXPECT_EQ(found[0].begin, 16u);
  EXPECT_EQ(found[1].kind, CueKind::kPredicted);
  EXPECT_EQ(found[1].begin, 11u);
  EXPECT_EQ(found[2].kind, CueKind::kPredicted);
  EXPECT_EQ(found[2].begin, 24u);
  EXPECT_EQ(found[3].kind, CueKind::kHedged);
  EXPECT_EQ(found[3].begin, 0u);
}

TEST(RuleSetTest, RulesWithoutCuesFindNoCue) {
  RuleSet rules;
  ASSERT_TRUE(LoadAndFinish(std::string(kWords) +
                            "relation acquired 1 2 ({ENT}) bought ({ORG})\n"
                            "example <company:a> bought <company:b> => company:a company:b\n",
                            &rules));
  RuleScratch scratch;
  std::vector<CueMatch> found;
  rules.MatchCues("maybe they will not", &scratch, &found);
  EXPECT_TRUE(found.empty());
}

TEST(RuleSetTest, DefinesAreVisibleToLaterFiles) {
  RuleSet rules;
  ASSERT_TRUE(rules.AddText(kWords, "words.rules").ok());
  Status s = rules.AddText(
      "relation uses 1 2 ({ENT}) uses ({ENT})\n"
      "example <company:a> uses <company:b> => company:a company:b\n",
      "mine.rules");
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(RuleSetTest, NoneRuleIsAccepted) {
  RuleSet rules;
  Status s = rules.AddText(std::string(kWords) +
                               "relation none 1 2 ({ENT}) bought ({ENT}) back\n"
                               "example <company:a> bought <company:b> back => company:a company:b\n",
                           "t.rules");
  EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST(RuleSetErrorTest, BadPatternNamesLineColumnAndRe2ErrorInOurWords) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) (acquired|bought ({ORG})\n"),
            "t.rules:3:23: error: bad pattern: missing ): ({ENT}) (acquired|bought ({ORG})");
}

TEST(RuleSetErrorTest, NothingToRepeat) {
  EXPECT_EQ(AddError("cue hedged *maybe\n"),
            "t.rules:3:12: error: bad pattern: nothing to repeat: *");
}

TEST(RuleSetErrorTest, UnknownRelation) {
  EXPECT_EQ(AddError("relation bought 1 2 ({ENT}) x ({ENT})\n"),
            "t.rules:3:10: error: unknown relation \"bought\" (see docs/relations.md, or none)");
}

TEST(RuleSetErrorTest, UnknownRelationShowsAControlCharacterAsAnEscape) {
  EXPECT_EQ(AddError("relation bou\x01ght 1 2 ({ENT}) x ({ENT})\n"),
            "t.rules:3:10: error: unknown relation \"bou\\x01ght\" (see docs/relations.md, or none)");
}

TEST(RuleSetErrorTest, UnknownDirective) {
  EXPECT_EQ(AddError("rule acquired 1 2 x\n"),
            "t.rules:3:1: error: unknown directive \"rule\" (expected define, relation, cue, "
            "example or counter)");
}

TEST(RuleSetErrorTest, UnknownName) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) bought ({COMPANY})\n"),
            "t.rules:3:39: error: unknown name {COMPANY}");
}

TEST(RuleSetErrorTest, GroupThatThePatternLacks) {
  EXPECT_EQ(AddError("relation acquired 1 3 ({ENT}) bought ({ENT})\n"),
            "t.rules:3:21: error: no group 3: the pattern has 2");
}

TEST(RuleSetErrorTest, BadSubject) {
  EXPECT_EQ(AddError("relation acquired who 2 ({ENT}) bought ({ENT})\n"),
            "t.rules:3:19: error: bad subject \"who\" (a group number 1-9, maker or elided)");
}

TEST(RuleSetErrorTest, RuleWithoutExample) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) bought ({ENT})\n"
                     "relation uses 1 2 ({ENT}) uses ({ENT})\n"
                     "example <company:a> uses <company:b> => company:a company:b\n"),
            "t.rules:3:1: error: relation rule has no example");
}

TEST(RuleSetErrorTest, ExampleThatGivesAnotherPair) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) bought ({ENT})\n"
                     "example <company:a> bought <company:b> => company:b company:a\n"),
            "t.rules:4:9: error: example does not give company:b acquired company:a: "
            "\"<company:a> bought <company:b>\"");
}

TEST(RuleSetErrorTest, CounterExampleThatMatches) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) bought ({ENT})\n"
                     "example <company:a> bought <company:b> => company:a company:b\n"
                     "counter <company:a> bought <company:c>\n"),
            "t.rules:5:9: error: counter-example matches: \"<company:a> bought <company:c>\"");
}

TEST(RuleSetErrorTest, RelationExampleWithoutExpectation) {
  EXPECT_EQ(AddError("relation acquired 1 2 ({ENT}) bought ({ENT})\n"
                     "example <company:a> bought <company:b>\n"),
            "t.rules:4:9: error: a relation example ends with \"=> SUBJECT OBJECT\"");
}

TEST(RuleSetErrorTest, ExampleWithoutRule) {
  EXPECT_EQ(AddError("example they bought it\n"),
            "t.rules:3:1: error: example without a relation or cue above it");
}

TEST(RuleSetErrorTest, UnknownCueKind) {
  EXPECT_EQ(AddError("cue unsure maybe\n"),
            "t.rules:3:5: error: unknown cue kind \"unsure\" (asserted, hedged, reported, "
            "predicted, negated, negated-lead, question, tag, quote, generic-you, filler, "
            "they-people, we-org)");
}

TEST(RuleSetErrorTest, NameDefinedTwice) {
  EXPECT_EQ(AddError("define ENT x\n"), "t.rules:3:8: error: {ENT} is already defined");
}

TEST(RuleSetErrorTest, TooManyGroups) {
  EXPECT_EQ(AddError("cue hedged (a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\n"),
            "t.rules:3:12: error: pattern has 10 capture groups; at most 9 (use (?:...) to "
            "group)");
}

TEST(RuleSetErrorTest, AFailedFileAddsNothing) {
  RuleSet rules;
  ASSERT_FALSE(rules
                   .AddText("define GOOD a\n"
                            "cue hedged maybe\nexample maybe so\n"
                            "cue hedged (\n",
                            "t.rules")
                   .ok());
  EXPECT_TRUE(rules.cue_rules().empty());
  // GOOD was not kept either: it may be defined again.
  EXPECT_TRUE(rules.AddText("define GOOD b\n", "u.rules").ok());
}

TEST(RuleSetErrorTest, MissingFileIsAnError) {
  RuleSet rules;
  EXPECT_EQ(rules.AddFile("/nonexistent/x.rules").ToString(),
            "/nonexistent/x.rules: error: cannot open rules file");
}

TEST(RuleSetErrorTest, MissingFolderIsAnError) {
  RuleSet rules;
  EXPECT_EQ(LoadRuleSet("/nonexistent/rules", {}, &rules).ToString(),
            "/nonexistent/rules: error: cannot open rules folder");
}

TEST(ShippedRulesTest, LoadAndCoverEveryRelation) {
  const RuleSet& rules = ShippedRules();
  ASSERT_TRUE(rules.finished());
  for (const RelationInfo& info : AllRelations()) {
    bool covered = false;
    for (const RelationRule& rule : rules.relation_rules())
      covered = covered || rule.relation == &info;
    EXPECT_TRUE(covered) << "no rule for " << info.name;
  }
}

// Turns an example's placeholders into marked-up names: "<company:scale-ai>"
// -> "[Scale Ai](company:scale-ai)".
std::string MarkUp(const std::string& example) {
  static const std::regex placeholder("<([a-z]+:[^>]+)>");
  std::string out;
  auto begin = std::sregex_iterator(example.begin(), example.end(), placeholder);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out += example.substr(last, it->position() - last);
    std::string id = (*it)[1];
    std::string name = id.substr(id.find(':') + 1);
    bool start = true;
    for (char& c : name) {
      if (c == '-') c = ' ';
      if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      start = c == ' ';
    }
    out += "[" + name + "](" + id + ")";
    last = it->position() + it->length();
  }
  return out + example.substr(last);
}

// Every example of every shipped relation rule, said in a sentence by a
// speaker, gives its relation through the whole extractor: rules, pronoun
// handling, dedupe and type checks together.
TEST(ShippedRulesTest, EveryRelationExampleGivesItsRelation) {
  for (const RelationRule& rule : ShippedRules().relation_rules()) {
    if (rule.relation->name == "none") continue;
    for (const RuleExample& example : rule.examples) {
      if (example.counter) continue;
      std::vector<Turn> turns;
      std::vector<Entity> known;
      std::string subject = example.subject;
      if (rule.subject_source == SubjectSource::kMaker) {
        subject = "company:the-maker";
        known.push_back(Known(example.object, subject));
      } else if (rule.subject_source == SubjectSource::kElided) {
        bool company = rule.relation->subject & TypeBit(EntityType::kCompany);
        subject = company ? "company:the-actor" : "person:the-actor";
        turns.push_back({"Ann Lee", "[The Actor](" + subject + ") is busy."});
      }
      turns.push_back({"Ann Lee", MarkUp(example.text)});
      std::string want = subject + " " + std::string(rule.relation->name) + " " + example.object;
      std::vector<std::string> found = Relations(turns, known);
      bool given = false;
      for (const std::string& f : found) given = given || f.rfind(want + " (", 0) == 0;
      EXPECT_TRUE(given) << rule.file << ":" << example.line << ": " << example.text
                         << "\n  wanted: " << want << "\n  found: "
                         << ::testing::PrintToString(found);
    }
  }
}

// No counter-example of a shipped relation rule makes a claim through that
// rule, in the whole extractor.
TEST(ShippedRulesTest, NoCounterExampleMakesAClaimThroughItsRule) {
  for (const RelationRule& rule : ShippedRules().relation_rules()) {
    std::string where = rule.file + ":" + std::to_string(rule.line);
    for (const RuleExample& example : rule.examples) {
      if (!example.counter) continue;
      AnalyzedEpisode analyzed = MakeEpisode({{"Ann Lee", MarkUp(example.text)}});
      ExtractClaims(&analyzed);
      for (const Claim& claim : analyzed.claims)
        EXPECT_NE(claim.rule, where) << where << ": " << example.text;
    }
  }
}

}  // namespace
}  // namespace claimgraph
