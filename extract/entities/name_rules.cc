#include "extract/entities/name_rules.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "base/atomic_file.h"
#include "base/text.h"

namespace claimgraph {

const char kRuleNamePattern[] =
    "[A-Z][A-Za-z0-9&]*(?:[-.][A-Za-z0-9]+)*(?: [A-Z][A-Za-z0-9&]*(?:[-.][A-Za-z0-9]+)*){0,3}";

NameRules::NameRules() = default;
NameRules::~NameRules() = default;
NameRules::NameRules(NameRules&&) noexcept = default;
NameRules& NameRules::operator=(NameRules&&) noexcept = default;

namespace {

// Calls `line_fn(line, number)` for every line that is not blank or a comment.
template <typename Fn>
Status ForEachLine(std::string_view content, Fn line_fn) {
  int number = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t newline = content.find('\n', start);
    if (newline == std::string_view::npos) newline = content.size();
    std::string_view line = content.substr(start, newline - start);
    start = newline + 1;
    ++number;
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    Status s = line_fn(line, number);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status NameRules::LoadDir(const std::string& dir) {
  struct File {
    const char* name;
    Status (NameRules::*parse)(std::string_view, const std::string&);
  };
  for (File file : {File{"given_names.txt", &NameRules::ParseGivenNames},
                    File{"function_words.txt", &NameRules::ParseFunctionWords},
                    File{"typing.txt", &NameRules::ParseTyping}}) {
    std::string path = dir + "/" + file.name;
    std::string content;
    Status s = ReadFile(path, &content);
    if (!s.ok()) return s;
    s = (this->*file.parse)(content, path);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status NameRules::ParseGivenNames(std::string_view content, const std::string& source) {
  return ForEachLine(content, [&](std::string_view line, int number) {
    std::string_view word = Trim(line);
    if (word.find(' ') != std::string_view::npos)
      return Status::Error(source, number, "expected one name a line", 1);
    AddGivenName(word);
    return Status::Ok();
  });
}

Status NameRules::ParseFunctionWords(std::string_view content, const std::string& source) {
  return ForEachLine(content, [&](std::string_view line, int number) {
    std::string_view word = Trim(line);
    if (word.find(' ') != std::string_view::npos)
      return Status::Error(source, number, "expected one word a line", 1);
    function_words_.emplace(word);
    return Status::Ok();
  });
}

Status NameRules::ParseTyping(std::string_view content, const std::string& source) {
  std::vector<Rule> rules;
  Status s = ForEachLine(content, [&](std::string_view line, int number) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t type_start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    std::string_view type_text = line.substr(type_start, i - type_start);
    std::optional<EntityType> type = ParseEntityType(type_text);
    if (!type)
      return Status::Error(source, number,
                           "unknown type " + QuoteForMessage(type_text) +
                               " (expected person, company, model or product)",
                           static_cast<int>(type_start) + 1);
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::string pattern(Trim(line.substr(i)));
    int column = static_cast<int>(i) + 1;
    size_t at = pattern.find("{NAME}");
    if (at == std::string::npos)
      return Status::Error(source, number, "the pattern has no {NAME}", column);
    pattern.replace(at, 6, std::string("(?P<name>") + kRuleNamePattern + ")");
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_shared<RE2>(pattern, options);
    if (!regex->ok())
      return Status::Error(source, number, "bad pattern: " + regex->error(), column);
    const auto& groups = regex->NamedCapturingGroups();
    auto m = groups.find("m");
    int group = m != groups.end() ? m->second : groups.at("name");
    rules.push_back(Rule{*type, std::move(regex), group});
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (Rule& rule : rules) rules_.push_back(std::move(rule));
  RE2::Options options;
  options.set_log_errors(false);
  auto set = std::make_shared<RE2::Set>(options, RE2::UNANCHORED);
  bool built = true;
  for (const Rule& rule : rules_) built = built && set->Add(rule.regex->pattern(), nullptr) >= 0;
  any_rule_ = built && set->Compile() ? std::move(set) : nullptr;
  return Status::Ok();
}

bool NameRules::IsGivenName(std::string_view word) const {
  return given_names_.count(AsciiLower(word)) > 0;
}

bool NameRules::IsFunctionWord(std::string_view word) const {
  return function_words_.count(std::string(word)) > 0;
}

void NameRules::AddGivenName(std::string_view word) {
  given_names_.insert(AsciiLower(word));
}

std::vector<TypedName> NameRules::Type(std::string_view text) const {
  std::vector<TypedName> out;
  re2::StringPiece input(text.data(), text.size());
  std::vector<int> matching;
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  if (!any_rule_ || (!any_rule_->Match(input, &matching, &error) &&
                     error.kind != RE2::Set::kNoError)) {
    // Without the set (or when its DFA ran out of memory) every rule runs.
    matching.resize(rules_.size());
    for (size_t i = 0; i < rules_.size(); ++i) matching[i] = static_cast<int>(i);
  }
  std::sort(matching.begin(), matching.end());
  for (int index : matching) {
    const Rule& rule = rules_[index];
    int n = rule.regex->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(n);
    size_t pos = 0;
    while (pos < text.size() &&
           rule.regex->Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
      const re2::StringPiece& span = groups[rule.group];
      size_t whole_end = groups[0].data() - text.data() + groups[0].size();
      pos = std::max(whole_end, pos + 1);
      if (span.data() == nullptr || span.empty()) continue;
      size_t begin = span.data() - text.data();
      out.push_back(TypedName{begin, begin + span.size(), rule.type});
    }
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const TypedName& a, const TypedName& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace claimgraph
