// extract/entities/name_rules.h
// Stage 3 of 6: transcript -> segments -> [mentions] -> claims -> graph -> export
//
// What it takes to recognise a name the gazetteer does not know, as data:
//
//   data/entities/given_names.txt     one given name a line ("Daniel")
//   data/entities/function_words.txt  capitalised words that are no name
//                                     ("The", "Yeah", "Monday", "CEO")
//   data/entities/typing.txt          TYPE PATTERN: context that types a
//                                     name, {NAME} standing for the name
//
// Blank lines and lines starting with '#' are comments. In typing.txt the
// mention is the {NAME} part, or a group named m when the rule has one
// ("{NAME} Labs" keeps "Labs" in the name).
//
//   NameRules rules;
//   Status s = rules.LoadDir("data/entities");
//   for (const TypedName& t : rules.Type("a startup called Foo Bar")) ...
//
// Errors name the file, line and column. Thread safety: immutable after
// loading; the const methods may run concurrently.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_NAME_RULES_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_NAME_RULES_H_

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "extract/entities/entity.h"

namespace re2 {
class RE2;
}

namespace claimgraph {

// A name that a typing rule found, with the type its context gives.
struct TypedName {
  size_t begin = 0;  // byte range in the text
  size_t end = 0;
  EntityType type = EntityType::kCompany;
};

class NameRules {
 public:
  NameRules();
  ~NameRules();
  NameRules(NameRules&&) noexcept;
  NameRules& operator=(NameRules&&) noexcept;

  // Loads the three files from `dir`; a missing file is an error.
  Status LoadDir(const std::string& dir);

  // Each adds to what is loaded; `source` names the text in errors.
  Status ParseGivenNames(std::string_view content, const std::string& source);
  Status ParseFunctionWords(std::string_view content, const std::string& source);
  Status ParseTyping(std::string_view content, const std::string& source);

  bool IsGivenName(std::string_view word) const;
  bool IsFunctionWord(std::string_view word) const;
  // Adds a given name (the resolver adds gazetteer people's first names).
  void AddGivenName(std::string_view word);

  // Every typed name in `text`, by begin; overlapping finds are all kept.
  std::vector<TypedName> Type(std::string_view text) const;

 private:
  struct Rule {
    EntityType type;
    std::shared_ptr<const re2::RE2> regex;
    int group;  // the mention's group
  };
  std::unordered_set<std::string> given_names_;  // lower case
  std::unordered_set<std::string> function_words_;  // as written
  std::vector<Rule> rules_;
  // Every rule at once, to learn in one pass which rules can match a text
  // (most texts: none); null when RE2 could not build it.
  std::shared_ptr<const re2::RE2::Set> any_rule_;
};

// The RE2 that {NAME} stands for: one to four capitalised words.
extern const char kRuleNamePattern[];

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_NAME_RULES_H_
