#include "extract/claims/rule_set.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/text.h"
#include "extract/claims/masked_text.h"

namespace claimgraph {
namespace {

constexpr std::array<std::string_view, kCueKinds> kCueKindNames = {
    "asserted", "hedged", "reported",    "predicted", "negated", "negated-lead",
    "question", "tag",    "quote",       "generic-you", "filler", "they-people", "we-org"};

constexpr int kMaxGroups = 9;
constexpr int kMaxMatchesPerRule = 16;
// A set holds every pattern at once (the cues', always; the relations', only
// when their prefilter cannot be used): give its DFA room.
constexpr int64_t kSetMemory = 64 << 20;

RE2::Options RuleOptions() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  return options;
}

// RE2's error codes, in our words.
std::string_view DescribeError(RE2::ErrorCode code) {
  switch (code) {
    case RE2::ErrorBadEscape: return "bad escape sequence";
    case RE2::ErrorBadCharClass: return "bad character class";
    case RE2::ErrorBadCharRange: return "bad range in character class";
    case RE2::ErrorMissingBracket: return "missing ]";
    case RE2::ErrorMissingParen: return "missing )";
    case RE2::ErrorUnexpectedParen: return "unexpected )";
    case RE2::ErrorTrailingBackslash: return "pattern ends in a backslash";
    case RE2::ErrorRepeatArgument: return "nothing to repeat";
    case RE2::ErrorRepeatSize: return "bad repetition count";
    case RE2::ErrorRepeatOp: return "bad repetition operator";
    case RE2::ErrorBadPerlOp: return "bad (?...) group";
    case RE2::ErrorBadUTF8: return "invalid UTF-8";
    case RE2::ErrorBadNamedCapture: return "bad named group";
    case RE2::ErrorPatternTooLarge: return "pattern too large";
    default: return "cannot compile";
  }
}

bool IsNameChar(char c) {
  return IsAsciiUpper(c) || IsAsciiDigit(c) || c == '_';
}

// A line cut into whitespace-separated fields, each with its 1-based column.
struct Fields {
  std::string_view line;
  std::vector<std::pair<std::string_view, int>> fields;

  // The rest of the line from field `i` on, and its column.
  std::pair<std::string_view, int> Rest(size_t i) const {
    if (i >= fields.size()) return {{}, static_cast<int>(line.size()) + 1};
    size_t start = fields[i].first.data() - line.data();
    return {line.substr(start), fields[i].second};
  }
};

Fields Split(std::string_view line) {
  Fields f{line, {}};
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size()) break;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    f.fields.push_back({line.substr(start, i - start), static_cast<int>(start) + 1});
  }
  return f;
}

bool ParseGroup(std::string_view text, int* group) {
  if (text.size() != 1 || text[0] < '1' || text[0] > '9') return false;
  *group = text[0] - '0';
  return true;
}

}  // namespace

std::string_view CueKindName(CueKind kind) {
  return kCueKindNames[static_cast<int>(kind)];
}

std::optional<CueKind> ParseCueKind(std::string_view name) {
  for (int i = 0; i < kCueKinds; ++i)
    if (kCueKindNames[i] == name) return static_cast<CueKind>(i);
  return std::nullopt;
}

struct RuleSet::Impl {
  std::map<std::string, std::string, std::less<>> defines;  // name -> expanded
  std::vector<RelationRule> relations;
  std::vector<std::unique_ptr<RE2>> relation_regex;
  std::vector<CueRule> cues;
  std::vector<std::unique_ptr<RE2>> cue_regex;
  std::unique_ptr<RE2::Set> relation_set;  // every relation rule
  std::unique_ptr<RE2::Set> single_set;    // maker and elided rules only
  std::vector<int> single_rules;           // single_set index -> rule
  // Cues are few and short: one pass of their set's DFA over a sentence
  // says which of them match. The literal words they need narrowed too
  // little: the tag-question cue has no word of three letters and was a
  // candidate in every sentence, three others need only "you", and more
  // than half of all candidates then failed a search of their own.
  std::unique_ptr<RE2::Set> cue_set;
  // Relation rules are many, with long gaps: a set of them outgrows its
  // DFA's memory. Their candidates come from the literal words they need;
  // the relation sets above are built only when this filter cannot be used.
  RulePrefilter relation_filter;
  bool finished = false;
};

namespace {

// Parses one file into pending rules; commits nothing itself.
class FileParser {
 public:
  FileParser(const std::map<std::string, std::string, std::less<>>& defines,
             std::string file)
      : committed_(defines), file_(std::move(file)) {}

  Status Parse(std::string_view text);

  std::map<std::string, std::string, std::less<>> defines;
  std::vector<RelationRule> relations;
  std::vector<std::unique_ptr<RE2>> relation_regex;
  std::vector<CueRule> cues;
  std::vector<std::unique_ptr<RE2>> cue_regex;

 private:
  Status Error(int column, std::string message) const {
    return Status::Error(file_, line_, std::move(message), column);
  }
  Status Expand(std::string_view pattern, int column, std::string* out) const;
  Status Compile(std::string_view pattern, int column, std::unique_ptr<RE2>* re) const;
  Status Define(const Fields& f);
  Status Relation(const Fields& f);
  Status Cue(const Fields& f);
  Status Example(const Fields& f, bool counter);
  Status CheckExample(const RuleExample& example, int column) const;
  Status RequireExample() const;

  const std::map<std::string, std::string, std::less<>>& committed_;
  std::string file_;
  int line_ = 0;
  enum class Last { kNone, kRelation, kCue } last_ = Last::kNone;
  int last_line_ = 0;
};

Status FileParser::Parse(std::string_view text) {
  if (std::optional<size_t> bad = FindInvalidUtf8(text)) {
    int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + *bad, '\n'));
    return Status::Error(file_, line, "invalid UTF-8");
  }
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++line_;
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    Fields f = Split(line);
    if (f.fields.empty() || f.fields[0].first.starts_with("#")) {
      if (nl == text.size()) break;
      continue;
    }
    std::string_view directive = f.fields[0].first;
    Status s;
    if (directive == "define") {
      s = Define(f);
    } else if (directive == "relation") {
      s = Relation(f);
    } else if (directive == "cue") {
      s = Cue(f);
    } else if (directive == "example") {
      s = Example(f, false);
    } else if (directive == "counter") {
      s = Example(f, true);
    } else {
      s = Error(1, "unknown directive " + QuoteForMessage(directive) +
                       " (expected define, relation, cue, example or counter)");
    }
    if (!s.ok()) return s;
    if (nl == text.size()) break;
  }
  return RequireExample();
}

Status FileParser::RequireExample() const {
  bool missing = (last_ == Last::kRelation && relations.back().examples.empty()) ||
                 (last_ == Last::kCue && cues.back().examples.empty());
  if (!missing) return Status::Ok();
  return Status::Error(file_, last_line_,
                       last_ == Last::kRelation ? "relation rule has no example"
                                                : "cue has no example",
                       1);
}

Status FileParser::Expand(std::string_view pattern, int column, std::string* out) const {
  out->clear();
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '\\' && i + 1 < pattern.size()) {
      out->append(pattern.substr(i, 2));
      ++i;
      continue;
    }
    if (pattern[i] == '{' && i + 1 < pattern.size() &&
        ((pattern[i + 1] >= 'A' && pattern[i + 1] <= 'Z') || pattern[i + 1] == '_')) {
      size_t end = i + 1;
      while (end < pattern.size() && IsNameChar(pattern[end])) ++end;
      if (end < pattern.size() && pattern[end] == '}') {
        std::string_view name = pattern.substr(i + 1, end - i - 1);
        auto found = defines.find(name);
        if (found == defines.end()) {
          found = committed_.find(name);
          if (found == committed_.end())
            return Error(column + static_cast<int>(i),
                         "unknown name {" + std::string(name) + "}");
        }
        out->append("(?:").append(found->second).append(")");
        i = end;
        continue;
      }
    }
    out->push_back(pattern[i]);
  }
  return Status::Ok();
}

Status FileParser::Compile(std::string_view pattern, int column,
                           std::unique_ptr<RE2>* re) const {
  std::string expanded;
  if (Status s = Expand(pattern, column, &expanded); !s.ok()) return s;
  auto compiled = std::make_unique<RE2>(expanded, RuleOptions());
  if (!compiled->ok()) {
    // RE2 quotes the expanded pattern; point at the words as written when
    // they hold the bad piece, else quote the whole pattern as written.
    const std::string& arg = compiled->error_arg();
    size_t at = arg.empty() ? std::string_view::npos : pattern.find(arg);
    int col = column + (at == std::string_view::npos ? 0 : static_cast<int>(at));
    std::string message = "bad pattern: ";
    message += DescribeError(compiled->error_code());
    message += ": ";
    message += at == std::string_view::npos ? std::string(pattern) : arg;
    return Error(col, message);
  }
  if (compiled->NumberOfCapturingGroups() > kMaxGroups)
    return Error(column, "pattern has " +
                             std::to_string(compiled->NumberOfCapturingGroups()) +
                             " capture groups; at most 9 (use (?:...) to group)");
  *re = std::move(compiled);
  return Status::Ok();
}

Status FileParser::Define(const Fields& f) {
  if (Status s = RequireExample(); !s.ok()) return s;
  last_ = Last::kNone;
  if (f.fields.size() < 3)
    return Error(1, "define needs a NAME and a PATTERN");
  auto [name, name_col] = f.fields[1];
  if (!std::all_of(name.begin(), name.end(), IsNameChar) || (name[0] >= '0' && name[0] <= '9'))
    return Error(name_col, "bad name " + QuoteForMessage(name) +
                               " (upper-case letters, digits and _)");
  if (defines.count(name) || committed_.count(name))
    return Error(name_col, "{" + std::string(name) + "} is already defined");
  auto [pattern, col] = f.Rest(2);
  std::unique_ptr<RE2> check;
  if (Status s = Compile(pattern, col, &check); !s.ok()) return s;
  std::string expanded;
  (void)Expand(pattern, col, &expanded);
  defines.emplace(std::string(name), std::move(expanded));
  return Status::Ok();
}

Status FileParser::Relation(const Fields& f) {
  if (Status s = RequireExample(); !s.ok()) return s;
  if (f.fields.size() < 5)
    return Error(1, "relation needs RELATION SUBJECT OBJECT PATTERN");
  RelationRule rule;
  auto [name, name_col] = f.fields[1];
  rule.relation = name == "none" ? NoRelation() : FindRelation(name);
  if (!rule.relation)
    return Error(name_col, "unknown relation " + QuoteForMessage(name) +
                               " (see docs/relations.md, or none)");
  auto [subject, subject_col] = f.fields[2];
  if (subject == "maker") {
    rule.subject_source = SubjectSource::kMaker;
  } else if (subject == "elided") {
    rule.subject_source = SubjectSource::kElided;
  } else if (!ParseGroup(subject, &rule.subject_group)) {
    return Error(subject_col, "bad subject " + QuoteForMessage(subject) +
                                  " (a group number 1-9, maker or elided)");
  }
  auto [object, object_col] = f.fields[3];
  if (!ParseGroup(object, &rule.object_group))
    return Error(object_col, "bad object " + QuoteForMessage(object) +
                                 " (a group number 1-9)");
  auto [pattern, col] = f.Rest(4);
  std::unique_ptr<RE2> re;
  if (Status s = Compile(pattern, col, &re); !s.ok()) return s;
  int groups = re->NumberOfCapturingGroups();
  if (rule.subject_group > groups)
    return Error(subject_col, "no group " + std::to_string(rule.subject_group) +
                                  ": the pattern has " + std::to_string(groups));
  if (rule.object_group > groups)
    return Error(object_col, "no group " + std::to_string(rule.object_group) +
                                 ": the pattern has " + std::to_string(groups));
  rule.pattern = std::string(pattern);
  rule.file = file_;
  rule.line = line_;
  relations.push_back(std::move(rule));
  relation_regex.push_back(std::move(re));
  last_ = Last::kRelation;
  last_line_ = line_;
  return Status::Ok();
}

Status FileParser::Cue(const Fields& f) {
  if (Status s = RequireExample(); !s.ok()) return s;
  if (f.fields.size() < 3) return Error(1, "cue needs a KIND and a PATTERN");
  CueRule rule;
  auto [kind, kind_col] = f.fields[1];
  std::optional<CueKind> parsed = ParseCueKind(kind);
  if (!parsed) {
    std::string known;
    for (std::string_view k : kCueKindNames) known += (known.empty() ? "" : ", ") + std::string(k);
    return Error(kind_col, "unknown cue kind " + QuoteForMessage(kind) + " (" + known + ")");
  }
  rule.kind = *parsed;
  auto [pattern, col] = f.Rest(2);
  std::unique_ptr<RE2> re;
  if (Status s = Compile(pattern, col, &re); !s.ok()) return s;
  if (rule.kind == CueKind::kWeOrg && re->NumberOfCapturingGroups() < 1)
    return Error(col, "a we-org cue needs group 1 around the organisation");
  rule.pattern = std::string(pattern);
  rule.file = file_;
  rule.line = line_;
  cues.push_back(std::move(rule));
  cue_regex.push_back(std::move(re));
  last_ = Last::kCue;
  last_line_ = line_;
  return Status::Ok();
}

Status FileParser::Example(const Fields& f, bool counter) {
  std::string_view directive = counter ? "counter" : "example";
  if (last_ == Last::kNone)
    return Error(1, std::string(directive) + " without a relation or cue above it");
  auto [text, col] = f.Rest(1);
  if (text.empty()) return Error(col, std::string(directive) + " needs a TEXT");
  RuleExample example;
  example.counter = counter;
  example.line = line_;
  size_t arrow = text.rfind("=>");
  if (arrow != std::string_view::npos) {
    if (counter || last_ == Last::kCue)
      return Error(col + static_cast<int>(arrow),
                   "\"=> SUBJECT OBJECT\" belongs only to a relation example");
    Fields expect = Split(text.substr(arrow + 2));
    if (expect.fields.size() != 2)
      return Error(col + static_cast<int>(arrow),
                   "expected \"=> SUBJECT OBJECT\" (entity ids, or - for the subject)");
    example.subject = std::string(expect.fields[0].first);
    example.object = std::string(expect.fields[1].first);
    text = Trim(text.substr(0, arrow));
  } else if (!counter && last_ == Last::kRelation) {
    return Error(col, "a relation example ends with \"=> SUBJECT OBJECT\"");
  }
  example.text = std::string(text);
  if (Status s = CheckExample(example, col); !s.ok()) return s;
  if (last_ == Last::kRelation) {
    relations.back().examples.push_back(std::move(example));
  } else {
    cues.back().examples.push_back(std::move(example));
  }
  return Status::Ok();
}

Status FileParser::CheckExample(const RuleExample& example, int column) const {
  std::string text = NormalizeForRules(example.text);
  const RE2& re = last_ == Last::kRelation ? *relation_regex.back() : *cue_regex.back();
  re2::StringPiece groups[kMaxGroups + 1];
  int n = 1 + re.NumberOfCapturingGroups();
  bool matched = false, gives = false;
  size_t pos = 0;
  while (pos <= text.size() &&
         re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, n)) {
    matched = true;
    if (last_ == Last::kRelation) {
      const RelationRule& rule = relations.back();
      auto holds = [&](int group, const std::string& id) {
        std::string_view g(groups[group].data(), groups[group].size());
        return !groups[group].empty() && g.find("<" + id + ">") != std::string_view::npos;
      };
      bool subject_ok = rule.subject_source == SubjectSource::kGroup
                            ? holds(rule.subject_group, example.subject)
                            : example.subject == "-";
      if (subject_ok && holds(rule.object_group, example.object)) gives = true;
    }
    size_t end = groups[0].data() - text.data() + groups[0].size();
    pos = end > pos ? end : pos + 1;
  }
  if (example.counter) {
    if (matched)
      return Error(column, "counter-example matches: " + QuoteForMessage(example.text));
    return Status::Ok();
  }
  if (last_ == Last::kCue) {
    if (!matched) return Error(column, "example does not match: " + QuoteForMessage(example.text));
    return Status::Ok();
  }
  if (!gives) {
    const RelationRule& rule = relations.back();
    return Error(column, "example does not give " + example.subject + " " +
                             std::string(rule.relation->name) + " " + example.object +
                             ": " + QuoteForMessage(example.text));
  }
  return Status::Ok();
}

}  // namespace

RuleSet::RuleSet() : impl_(std::make_unique<Impl>()) {}
RuleSet::~RuleSet() = default;
RuleSet::RuleSet(RuleSet&&) noexcept = default;
RuleSet& RuleSet::operator=(RuleSet&&) noexcept = default;

Status RuleSet::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, 0, "cannot open rules file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::Error(path, 0, "cannot read rules file");
  return AddText(text.str(), path);
}

Status RuleSet::AddText(std::string_view text, const std::string& file_name) {
  if (impl_->finished)
    return Status::Error(file_name, 0, "rules added after the rule set was finished");
  FileParser parser(impl_->defines, file_name);
  if (Status s = parser.Parse(text); !s.ok()) return s;
  for (auto& [name, pattern] : parser.defines) impl_->defines.emplace(name, pattern);
  for (size_t i = 0; i < parser.relations.size(); ++i) {
    impl_->relations.push_back(std::move(parser.relations[i]));
    impl_->relation_regex.push_back(std::move(parser.relation_regex[i]));
  }
  for (size_t i = 0; i < parser.cues.size(); ++i) {
    impl_->cues.push_back(std::move(parser.cues[i]));
    impl_->cue_regex.push_back(std::move(parser.cue_regex[i]));
  }
  return Status::Ok();
}

Status RuleSet::Finish() {
  if (impl_->finished) return Status::Ok();
  RE2::Options options = RuleOptions();
  for (size_t i = 0; i < impl_->relations.size(); ++i) {
    if (impl_->relations[i].subject_source != SubjectSource::kGroup)
      impl_->single_rules.push_back(static_cast<int>(i));
  }
  bool relations_filtered = true;
  for (const std::unique_ptr<RE2>& re : impl_->relation_regex)
    relations_filtered = relations_filtered && impl_->relation_filter.Add(re->pattern(), options);
  relations_filtered = relations_filtered && impl_->relation_filter.Compile();

  options.set_max_mem(kSetMemory);
  std::string error;
  if (!relations_filtered) {
    impl_->relation_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    impl_->single_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (size_t i = 0; i < impl_->relations.size(); ++i) {
      const RelationRule& rule = impl_->relations[i];
      const std::string& pattern = impl_->relation_regex[i]->pattern();
      if (impl_->relation_set->Add(pattern, &error) < 0)
        return Status::Error(rule.file, rule.line, "bad pattern: " + error);
      if (rule.subject_source != SubjectSource::kGroup)
        impl_->single_set->Add(pattern, &error);
    }
    if (!impl_->relation_set->Compile() || !impl_->single_set->Compile())
      return Status::Error("", 0, "the rules are too large to compile together");
  }
  impl_->cue_set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (size_t i = 0; i < impl_->cues.size(); ++i) {
    if (impl_->cue_set->Add(impl_->cue_regex[i]->pattern(), &error) < 0)
      return Status::Error(impl_->cues[i].file, impl_->cues[i].line,
                           "bad pattern: " + error);
  }
  if (!impl_->cue_set->Compile())
    return Status::Error("", 0, "the cues are too large to compile together");
  impl_->finished = true;
  return Status::Ok();
}

bool RuleSet::finished() const { return impl_->finished; }

const std::vector<RelationRule>& RuleSet::relation_rules() const {
  return impl_->relations;
}
const std::vector<CueRule>& RuleSet::cue_rules() const { return impl_->cues; }

namespace {

// Which patterns of `set` match `text`, in ascending order. When the set's
// DFA runs out of memory, every index in [0, count) is a candidate.
void Candidates(const RE2::Set& set, std::string_view text, int count,
                std::vector<int>* hits) {
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (!set.Match(re2::StringPiece(text.data(), text.size()), hits, &info)) {
    hits->clear();
    if (info.kind == RE2::Set::kOutOfMemory)
      for (int i = 0; i < count; ++i) hits->push_back(i);
    return;
  }
  std::sort(hits->begin(), hits->end());
}

}  // namespace

void RuleSet::MatchRelations(std::string_view text, bool single_entity,
                             RuleScratch* scratch,
                             std::vector<RelationMatch>* out) const {
  const Impl& impl = *impl_;
  if (!impl.finished) return;
  std::vector<int>& hits = scratch->hits;
  if (impl.relation_filter.usable()) {
    impl.relation_filter.Candidates(text, &scratch->filter, &hits);
    if (single_entity) {
      // Both lists ascend: keep the candidates that are maker/elided rules.
      auto single = impl.single_rules.begin();
      size_t kept = 0;
      for (int h : hits) {
        while (single != impl.single_rules.end() && *single < h) ++single;
        if (single != impl.single_rules.end() && *single == h) hits[kept++] = h;
      }
      hits.resize(kept);
    }
  } else if (single_entity) {
    Candidates(*impl.single_set, text, static_cast<int>(impl.single_rules.size()), &hits);
    for (int& h : hits) h = impl.single_rules[h];
  } else {
    Candidates(*impl.relation_set, text, static_cast<int>(impl.relations.size()), &hits);
  }
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[kMaxGroups + 1];
  for (int index : hits) {
    const RelationRule& rule = impl.relations[index];
    const RE2& re = *impl.relation_regex[index];
    int n = 1 + std::max(rule.subject_group, rule.object_group);
    size_t pos = 0;
    for (int found = 0; found < kMaxMatchesPerRule && pos <= text.size(); ++found) {
      if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, n)) break;
      RelationMatch m;
      m.rule = index;
      m.begin = groups[0].data() - text.data();
      m.end = m.begin + groups[0].size();
      if (rule.subject_source == SubjectSource::kGroup) {
        if (groups[rule.subject_group].data() == nullptr) {
          pos = m.end > pos ? m.end : pos + 1;
          continue;
        }
        m.subject_begin = groups[rule.subject_group].data() - text.data();
        m.subject_end = m.subject_begin + groups[rule.subject_group].size();
      } else {
        m.subject_begin = m.subject_end = m.begin;
      }
      if (groups[rule.object_group].data() != nullptr) {
        m.object_begin = groups[rule.object_group].data() - text.data();
        m.object_end = m.object_begin + groups[rule.object_group].size();
        out->push_back(m);
      }
      pos = m.end > pos ? m.end : pos + 1;
    }
  }
}

void RuleSet::MatchCues(std::string_view text, RuleScratch* scratch,
                        std::vector<CueMatch>* out) const {
  const Impl& impl = *impl_;
  if (!impl.finished) return;
  std::vector<int>& hits = scratch->hits;
  Candidates(*impl.cue_set, text, static_cast<int>(impl.cues.size()), &hits);
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece groups[2];
  for (int index : hits) {
    const RE2& re = *impl.cue_regex[index];
    int n = re.NumberOfCapturingGroups() >= 1 ? 2 : 1;
    size_t pos = 0;
    for (int found = 0; found < kMaxMatchesPerRule && pos <= text.size(); ++found) {
      if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, groups, n)) break;
      CueMatch m;
      m.kind = impl.cues[index].kind;
      m.rule = index;
      m.begin = groups[0].data() - text.data();
      m.end = m.begin + groups[0].size();
      if (n == 2 && groups[1].data() != nullptr) {
        m.group_begin = groups[1].data() - text.data();
        m.group_end = m.group_begin + groups[1].size();
      }
      out->push_back(m);
      pos = m.end > pos ? m.end : pos + 1;
    }
  }
}

Status LoadRuleSet(const std::string& dir, const std::vector<std::string>& extra,
                   RuleSet* rules) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return Status::Error(dir, 0, "cannot open rules folder");
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".rules" && entry.is_regular_file(ec))
      files.push_back(entry.path().string());
  }
  if (ec) return Status::Error(dir, 0, "cannot list rules folder: " + ec.message());
  std::sort(files.begin(), files.end());
  files.insert(files.end(), extra.begin(), extra.end());
  for (const std::string& file : files) {
    if (Status s = rules->AddFile(file); !s.ok()) return s;
  }
  return rules->Finish();
}

}  // namespace claimgraph
