// extract/entities/alias_matcher.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// Finds every gazetteer name and alias in a text with one RE2, compiled once
// from all of them: a single leftmost-longest alternation run over the folded
// text (folded_text.h), so a segment is scanned once however large the
// gazetteer is.
//
// What counts as a match:
//   - whole words only: a name starts and ends at a break;
//   - spacing, hyphens and dots do not matter where the name has a break or
//     changes from lower to upper case or from letters to digits: the alias
//     "OpenAI" matches "Open AI", "open-ai" and "OPENAI"; "GPT-4.5" matches
//     "GPT 4.5" and "GPT4.5"; "Scale AI" matches "ScaleAI";
//   - a possessive or plural ending is allowed and kept in the surface:
//     "OpenAI's", "NVIDIA’s", "GPUs", "Thinking Machines'"; a name of two or
//     more words ending in "s" also matches without it ("Thinking Machine");
//   - each alias's case rule: any, title (capital first letter), exact;
//   - where names overlap, the longest wins; the rest of the text is scanned
//     after it.
// Context requirements are not checked here: the hit lists every alias that
// matched, and entity_resolver.h decides per episode.
//
//   AliasMatcher matcher(gazetteer);
//   if (!matcher.status().ok()) ...;
//   for (const AliasHit& hit : matcher.Find("I use open-ai's API")) ...
//
// Thread safety: immutable after construction; Find may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_ALIAS_MATCHER_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_ALIAS_MATCHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/key_filter.h"
#include "base/status.h"
#include "base/string_map.h"
#include "extract/entities/gazetteer.h"

namespace re2 {
class RE2;
}

namespace claimgraph {

// One name of one gazetteer entity.
struct AliasRef {
  uint32_t entity = 0;  // index into Gazetteer::entities()
  int32_t alias = -1;   // index into Entity::aliases, or -1 for the name
};

struct AliasHit {
  size_t begin = 0;  // original byte range, possessive or plural included
  size_t end = 0;
  std::string surface;         // the original bytes
  std::vector<AliasRef> refs;  // every name whose text and case rule match
  bool suffixed = false;       // a possessive or plural ending was stripped
};

class AliasMatcher {
 public:
  // `gazetteer` is borrowed and must outlive the matcher.
  explicit AliasMatcher(const Gazetteer& gazetteer);
  ~AliasMatcher();

  // Not ok when the combined pattern could not be compiled (too large).
  const Status& status() const { return status_; }

  // Every match in `text`, in order, not overlapping.
  std::vector<AliasHit> Find(std::string_view text) const;

  // The names whose key (folded_text.h NameKey) is `key`, case rules
  // ignored; nullptr when none.
  const std::vector<AliasRef>* Lookup(std::string_view key) const;

  // The text and case rule of a name.
  const std::string& Text(const AliasRef& ref) const;
  CaseRule Case(const AliasRef& ref) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  // What CaseMatches needs of a name, worked out once: it is asked for
  // every match.
  struct NameForm {
    char first = '\0';  // the folded name's first byte
    CaseRule rule = CaseRule::kAny;  // EffectiveCase of the folded name
    std::string joined;  // the folded name without spaces
    std::string joined_upper;
  };
  const NameForm& Form(const AliasRef& ref) const;
  bool CaseMatches(const AliasRef& ref, std::string_view folded) const;

  // Adds `ref` under `key`, marking the key in key_filter_.
  void AddKey(const std::string& key, const AliasRef& ref);

  const Gazetteer& gazetteer_;
  // Every key of by_key_: Lookup is asked about nearly every word of a
  // text, and most are no name.
  KeyFilter key_filter_;
  // forms_[entity][alias + 1]
  std::vector<std::vector<NameForm>> forms_;
  Status status_;
  std::unique_ptr<re2::RE2> regex_;
  StringMap<std::vector<AliasRef>> by_key_;
};

// The case rule a name is matched with. A name of fewer than five letters and
// digits, or with a one-letter part ("D-ID", "Shap-E", "Box", "o3"), looks
// like an ordinary word in lower case, so "any" is narrowed for it: to
// "exact" (or all capitals) when it has a capital inside or starts in lower
// case, else to "title".
CaseRule EffectiveCase(std::string_view folded_name, CaseRule rule);

// The regex that matches a folded name under `rule`, joining its parts with
// optional breaks (see above). Exposed for the tests and for model_families.
std::string NamePattern(std::string_view folded_name, CaseRule rule);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_ALIAS_MATCHER_H_
