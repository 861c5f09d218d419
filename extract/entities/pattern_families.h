// extract/entities/pattern_families.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Names that follow a grammar ("GPT-4.5", "o3", "Claude 3.5 Sonnet", "Llama
// 7B", "Grok 3.5", "DeepSeek R1"), found even when the gazetteer does not list
// that version. The rules are data: data/entities/families.txt, one per line,
//
//   # TYPE  TEMPLATE           CONDITION        PATTERN (the rest of the line)
//   model   GPT-{1}{2:lower}   always           (?i)\bGPT[- ]?(\d(?:\.\d)?)(o)?\b
//   model   o{1}               list:model       \b0([1-9])\b
//
// TYPE is person, company, model or product. TEMPLATE builds the canonical
// name: {N} is group N as written, {N:lower} / {N:upper} / {N:title} change its
// case, and a [bracketed part] is kept only when every group inside it
// matched. Underscores stand for spaces ("Claude_{1}"). CONDITION says when a
// match counts (the resolver checks it per episode, entity_resolver.h):
//   always             every match counts;
//   episode:ID,ID...   the episode names one of these entities by other words
//                      ("model:*" any model, "model:llama*" an id prefix);
//   in-play            the episode names the very entity this match makes;
//   near:PREFIX        the segment names an entity whose name starts so;
//   list:TYPE          the match stands in a list ("A, B or C") with a TYPE;
// several conditions joined by '|' count when any holds. By default the
// mention spans the whole match; a group named m, (?P<m>...), narrows it.
// A match that is only a number ("4.5") never counts as a quantity: after a
// currency sign or before a unit word ("4.5 billion").
//
//   PatternFamilies families;
//   Status s = families.Load("data/entities/families.txt");
//   for (const FamilyHit& hit : families.Find("I use GPT4.5 and o3")) ...
//
// Errors name the file, line and column: a bad type, template or pattern.
// Thread safety: immutable after Load; Find may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_PATTERN_FAMILIES_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_PATTERN_FAMILIES_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/entities/entity.h"

namespace re2 {
class RE2;
}

namespace claimgraph {

// When a family match counts; see the file comment.
struct FamilyCondition {
  enum class Kind { kAlways, kEpisode, kInPlay, kNear, kList };
  Kind kind = Kind::kAlways;
  std::vector<std::string> ids;  // kEpisode: ids or "type:prefix*"
  std::string prefix;            // kNear: name prefix
  EntityType type = EntityType::kModel;  // kList
};

struct FamilyRule {
  EntityType type = EntityType::kModel;
  std::string template_text;
  std::vector<FamilyCondition> conditions;  // any of them
  std::string pattern;
  int line = 0;
  std::shared_ptr<const re2::RE2> regex;
  int mention_group = 0;  // 0: the whole match
};

struct FamilyHit {
  size_t begin = 0;  // byte range in the text
  size_t end = 0;
  std::string surface;
  std::string name;  // canonical, from the template
  EntityType type = EntityType::kModel;
  int rule = 0;      // index into rules()
  bool numeric = false;  // the surface is only digits and dots
};

class PatternFamilies {
 public:
  PatternFamilies();
  ~PatternFamilies();
  PatternFamilies(PatternFamilies&&) noexcept;
  PatternFamilies& operator=(PatternFamilies&&) noexcept;

  // Reads rules from the file at `path`, or from `content` named `source`.
  // On error nothing is added.
  Status Load(const std::string& path);
  Status Parse(std::string_view content, const std::string& source);

  // Every match of every rule, by begin then by rule order; overlaps are kept
  // (the resolver keeps the longest). Numbers used as quantities are dropped.
  std::vector<FamilyHit> Find(std::string_view text) const;

  const std::vector<FamilyRule>& rules() const { return rules_; }

 private:
  struct Prefilter;
  Status Compile(const std::string& source);
  std::vector<FamilyRule> rules_;
  std::unique_ptr<Prefilter> prefilter_;
};

// Builds a name from a template and the groups of one match ("" for a group
// that did not take part). Exposed for the tests.
std::string ExpandTemplate(std::string_view template_text,
                           const std::vector<std::string>& groups);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_PATTERN_FAMILIES_H_
