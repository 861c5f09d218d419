// extract/claims/rule_set.h
// Stage 4 of 6: transcript -> segments -> mentions -> [claims] -> graph -> export
//
// The relation rules and the cue lists (hedges, reporting words, future
// markers, negators, ...) that the claim extractor applies, loaded from
// `.rules` files and compiled once. Rules are data: the shipped ones live in
// data/rules/, and users add their own with `--rules FILE`.
//
// ---------------------------------------------------------------------------
// The .rules format
// ---------------------------------------------------------------------------
// UTF-8 text, one directive per line. Blank lines and lines starting with '#'
// are ignored. Fields are separated by spaces or tabs; a PATTERN or TEXT is
// the rest of the line.
//
//   define NAME PATTERN
//       Names a piece of pattern; later patterns write {NAME} for it. NAME is
//       upper-case letters, digits and '_'. Defines may use earlier defines
//       and stay visible in every file loaded after (so user files can use
//       the shipped {ENT}, {GAP}, ...). A name is defined once.
//
//   relation RELATION SUBJECT OBJECT PATTERN
//       RELATION is one of the 16 of docs/relations.md. OBJECT is the number
//       of the capture group that holds the object; SUBJECT is a group number,
//       or `maker` (the speaker did not say who: the object's maker, as the
//       gazetteer knows it, as in "Behemoth got delayed"), or `elided` (the
//       clause has no subject: the entity the speaker was just talking about,
//       as in "Tried to buy SSI, too."). Swapping the numbers inverts a
//       sentence: "X is worse than Y" gives `outperforms 2 1`.
//       RELATION `none` makes a blocking rule: its match says the two
//       entities are in no relation, and as the longer match it wins over a
//       shorter rule's reading ("buying them back" is no acquisition).
//       A group may hold several placeholders ("X, Y and Z"): each one counts,
//       so coordination needs no extra rule; when SUBJECT and OBJECT are the
//       same group ("X and Y partnered") every pair in it counts.
//
//   cue KIND PATTERN
//       A word or phrase that sets a claim's modality or negation, or guides
//       pronoun resolution. KIND is one of:
//         asserted     firm: "i know for a fact"; hedges do not count then
//         hedged       "i think", "probably", "maybe"
//         reported     "rumors", "allegedly", "i have heard", "{PERSON} said"
//         predicted    "will", "going to" (inside the relation's words)
//         negated      "not", "never", "no longer" (inside the relation's words)
//         negated-lead "i do not think": negates what the sentence says after it
//         question     makes a sentence a question without a "?"
//         tag          "..., right?": a tag that leaves a statement a statement
//         quote        "like," "said,": the rest of the sentence is someone
//                      else's words, so "I" and "you" there are not the speakers
//         generic-you  "if you", "you can": "you" means anyone; the speaker
//                      who says it once means anyone for the rest of the turn
//         filler       "you know", "I mean": the pronouns inside point at no one
//         they-people  "most people ... they": a "they" after these words in
//                      the sentence means people, not a company
//         we-org       "at {COMPANY} we": group 1 names the speaker's organisation
//
//   example TEXT [=> SUBJECT OBJECT]
//   counter TEXT
//       Belong to the relation or cue directly above. An example must match:
//       for a relation, giving SUBJECT and OBJECT (entity ids, or `-` for a
//       maker or elided subject); a counter must not match. Every rule has at
//       least one example; they are checked when the file is loaded, and the
//       test suite checks them again against the whole rule set.
//
// Patterns are RE2 syntax (https://github.com/google/re2/wiki/Syntax) and run
// over the masked text of one clause (extract/claims/masked_text.h): lower
// case, contractions spelled out, entities as placeholders "<company:meta>".
// Example TEXT is written the same way, with placeholders for entities, and
// is normalised before matching ("didn't" -> "did not"). Patterns use at most
// 9 capture groups; use (?:...) for grouping.
//
//   # data/rules/acquisitions.rules
//   define ORG <(?:company|product):[^>]+>
//   relation acquired 1 2 ({ORG}) (?:has )?(?:acquired|bought) ({ORG})
//   example <company:meta> bought <company:scale-ai> => company:meta company:scale-ai
//   counter <company:meta> tried to buy <company:scale-ai>
//
// Errors name the place, in the form editors jump to, and nothing is kept:
//   acquisitions.rules:3:24: error: bad pattern: missing ): (acquired|bought
//   acquisitions.rules:5:1: error: example does not give company:meta acquired
//     company:scale-ai: "<company:meta> got <company:scale-ai>"
//
// ---------------------------------------------------------------------------
//
//   RuleSet rules;
//   Status s = LoadRuleSet("data/rules", {"my.rules"}, &rules);
//   ...
//   rules.MatchRelations(masked.text(), /*single_entity=*/false, &scratch, &found);
//
// Thread safety: load on one thread; after Finish() every const method may
// run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_CLAIMS_RULE_SET_H_
#define CLAIMGRAPH_EXTRACT_CLAIMS_RULE_SET_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/claims/relations.h"
#include "extract/claims/rule_prefilter.h"

namespace claimgraph {

enum class CueKind {
  kAsserted,
  kHedged,
  kReported,
  kPredicted,
  kNegated,
  kNegatedLead,
  kQuestion,
  kTag,
  kQuote,
  kGenericYou,
  kFiller,
  kTheyPeople,
  kWeOrg,
};
inline constexpr int kCueKinds = 13;

// "asserted", "hedged", ..., "we-org" (the names of the file format).
std::string_view CueKindName(CueKind kind);
std::optional<CueKind> ParseCueKind(std::string_view name);

// Where a relation's subject comes from.
enum class SubjectSource {
  kGroup,   // a capture group of the pattern
  kMaker,   // the object's maker (the gazetteer's `maker`)
  kElided,  // the entity the speaker was talking about
};

// An example or counter-example of a rule, as written in its file.
struct RuleExample {
  std::string text;       // as written
  std::string subject;    // expected subject id, "-" for maker/elided
  std::string object;     // expected object id; both empty for cues
  bool counter = false;   // must not match
  int line = 0;
};

struct RelationRule {
  const RelationInfo* relation = nullptr;
  SubjectSource subject_source = SubjectSource::kGroup;
  int subject_group = 0;  // for kGroup
  int object_group = 0;
  std::string pattern;    // as written, before {NAME} expansion
  std::string file;
  int line = 0;
  std::vector<RuleExample> examples;
};

struct CueRule {
  CueKind kind = CueKind::kHedged;
  std::string pattern;
  std::string file;
  int line = 0;
  std::vector<RuleExample> examples;
};

// One match of a relation rule. Offsets are bytes in the matched text; a
// subject or object range is the whole capture group, which may hold several
// placeholders. Subject offsets are equal (empty) for maker/elided rules.
struct RelationMatch {
  int rule = 0;  // index into RuleSet::relation_rules()
  size_t begin = 0, end = 0;
  size_t subject_begin = 0, subject_end = 0;
  size_t object_begin = 0, object_end = 0;
};

struct CueMatch {
  CueKind kind = CueKind::kHedged;
  int rule = 0;  // index into RuleSet::cue_rules()
  size_t begin = 0, end = 0;
  size_t group_begin = 0, group_end = 0;  // capture group 1, when there is one
};

// Buffers the matchers reuse between calls; one per thread.
struct RuleScratch {
  std::vector<int> hits;
  RulePrefilter::Scratch filter;
};

class RuleSet {
 public:
  RuleSet();
  ~RuleSet();
  RuleSet(RuleSet&&) noexcept;
  RuleSet& operator=(RuleSet&&) noexcept;

  // Parses, compiles and checks the rules of one file. On error nothing of
  // the file is kept and the Status names file:line:column.
  Status AddFile(const std::string& path);
  // The same for text already in memory; `file_name` is used in messages.
  Status AddText(std::string_view text, const std::string& file_name);

  // Builds the matchers. Call once, after the last Add; fails when a
  // matcher cannot be built (too many or too large patterns).
  Status Finish();
  bool finished() const;

  const std::vector<RelationRule>& relation_rules() const;
  const std::vector<CueRule>& cue_rules() const;

  // Appends every match of every relation rule in `text`, rule by rule in
  // file order, matches left to right (at most 16 per rule). With
  // `single_entity`, only maker and elided rules run: a clause that names one
  // entity can only give a relation whose other side is not said.
  // Requires finished().
  void MatchRelations(std::string_view text, bool single_entity,
                      RuleScratch* scratch, std::vector<RelationMatch>* out) const;

  // Appends every match of every cue in `text`, cue by cue in file order.
  void MatchCues(std::string_view text, RuleScratch* scratch,
                 std::vector<CueMatch>* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Loads every "*.rules" file of `dir` in file-name order, then each of
// `extra` in order, and finishes the set. A missing `dir` is an error; an
// empty one is not.
Status LoadRuleSet(const std::string& dir, const std::vector<std::string>& extra,
                   RuleSet* rules);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_CLAIMS_RULE_SET_H_
