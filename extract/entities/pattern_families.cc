#include "extract/entities/pattern_families.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "base/atomic_file.h"
#include "base/text.h"

namespace claimgraph {

struct PatternFamilies::Prefilter {
  Prefilter() : set(RE2::Options(), RE2::UNANCHORED) {}
  RE2::Set set;
};

PatternFamilies::PatternFamilies() = default;
PatternFamilies::~PatternFamilies() = default;
PatternFamilies::PatternFamilies(PatternFamilies&&) noexcept = default;
PatternFamilies& PatternFamilies::operator=(PatternFamilies&&) noexcept = default;

namespace {

// Words after a number that make it a quantity, not a model version.
bool IsQuantityWord(std::string_view word) {
  static const char* const kWords[] = {
      "billion", "million", "trillion", "thousand", "hundred", "percent",
      "%",       "x",       "times",    "hours",    "hour",    "minutes",
      "seconds", "days",    "weeks",    "months",   "years",   "year",
      "dollars", "bucks",   "people",   "gpus",     "k",       "b",
      "m",       "gb",      "tb",       "mb",       "gigawatts", "megawatts",
      "kw",      "mw",      "gw",       "points",   "stars",   "degrees"};
  std::string lower = AsciiLower(word);
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsNumeric(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return IsAsciiDigit(c) || c == '.';
  });
}

bool UsedAsQuantity(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && (text[begin - 1] == '$' || text[begin - 1] == '%')) return true;
  if (begin >= 2 && (text.substr(begin - 2, 2) == "\xC2\xA3"))  // £
    return true;
  if (begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x82\xAC")  // €
    return true;
  if (end < text.size() && text[end] == '%') return true;
  size_t i = end;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                             text[j] == '%'))
    ++j;
  return j > i && IsQuantityWord(text.substr(i, j - i));
}

// Splits a line into its first `n` whitespace-separated fields and the rest.
bool SplitFields(std::string_view line, size_t n, std::vector<std::string_view>* fields,
                 std::vector<size_t>* columns) {
  size_t i = 0;
  for (size_t k = 0; k < n; ++k) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (start == i) return false;
    fields->push_back(line.substr(start, i - start));
    columns->push_back(start);
  }
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  if (i >= line.size()) return false;
  fields->push_back(Trim(line.substr(i)));
  columns->push_back(i);
  return true;
}

// Checks a template's braces and group numbers; returns an error message.
std::string CheckTemplate(std::string_view t, int groups) {
  int depth = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '[') {
      if (++depth > 1) return "nested [ ] in the template";
    } else if (t[i] == ']') {
      if (--depth < 0) return "unbalanced ] in the template";
    } else if (t[i] == '{') {
      size_t close = t.find('}', i);
      if (close == std::string_view::npos) return "unclosed { in the template";
      std::string_view inside = t.substr(i + 1, close - i - 1);
      std::string_view number = inside.substr(0, inside.find(':'));
      if (number.empty() || !std::all_of(number.begin(), number.end(),
                                         IsAsciiDigit))
        return "bad group {" + std::string(inside) + "} in the template";
      int n = std::stoi(std::string(number));
      if (n < 1 || n > groups)
        return "the template uses group " + std::string(number) +
               " but the pattern has " + std::to_string(groups);
      if (inside.size() > number.size()) {
        std::string_view how = inside.substr(number.size() + 1);
        if (how != "lower" && how != "upper" && how != "title")
          return "bad case " + QuoteForMessage(how) +
                 " in the template (expected lower, upper or title)";
      }
      i = close;
    }
  }
  return depth != 0 ? "unclosed [ in the template" : "";
}

Status ParseCondition(std::string_view text, FamilyCondition* out,
                      std::string* error) {
  if (text == "always") {
    out->kind = FamilyCondition::Kind::kAlways;
  } else if (text == "in-play") {
    out->kind = FamilyCondition::Kind::kInPlay;
  } else if (text.rfind("near:", 0) == 0 && text.size() > 5) {
    out->kind = FamilyCondition::Kind::kNear;
    out->prefix = std::string(text.substr(5));
  } else if (text.rfind("list:", 0) == 0) {
    out->kind = FamilyCondition::Kind::kList;
    std::optional<EntityType> type = ParseEntityType(text.substr(5));
    if (!type) {
      *error = "bad type in condition " + QuoteForMessage(text);
      return Status();
    }
    out->type = *type;
  } else if (text.rfind("episode:", 0) == 0 && text.size() > 8) {
    out->kind = FamilyCondition::Kind::kEpisode;
    std::string_view ids = text.substr(8);
    size_t start = 0;
    while (start <= ids.size()) {
      size_t comma = ids.find(',', start);
      if (comma == std::string_view::npos) comma = ids.size();
      std::string_view id = ids.substr(start, comma - start);
      size_t colon = id.find(':');
      if (colon == std::string_view::npos || !ParseEntityType(id.substr(0, colon))) {
        *error = "bad id " + QuoteForMessage(id) + " in the condition (expected TYPE:slug)";
        return Status();
      }
      out->ids.emplace_back(id);
      start = comma + 1;
    }
  } else {
    *error = "unknown condition " + QuoteForMessage(text) +
             " (expected always, episode:IDS, in-play, near:PREFIX or list:TYPE)";
  }
  return Status();
}

std::string ApplyCase(std::string_view s, std::string_view how) {
  std::string out(s);
  if (how == "lower") return AsciiLower(s);
  if (how == "upper") {
    for (char& c : out)
      c = ToAsciiUpper(c);
  } else if (how == "title" && !out.empty()) {
    out = AsciiLower(s);
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  }
  return out;
}

}  // namespace

std::string ExpandTemplate(std::string_view t, const std::vector<std::string>& groups) {
  std::string out, part;
  bool in_part = false, part_ok = true;
  for (size_t i = 0; i < t.size(); ++i) {
    std::string& sink = in_part ? part : out;
    char c = t[i];
    if (c == '[') {
      in_part = true;
      part.clear();
      part_ok = true;
    } else if (c == ']') {
      if (part_ok) out += part;
      in_part = false;
    } else if (c == '{') {
      size_t close = t.find('}', i);
      std::string_view inside = t.substr(i + 1, close - i - 1);
      size_t colon = inside.find(':');
      size_t n = std::stoul(std::string(inside.substr(0, colon)));
      std::string value = n >= 1 && n <= groups.size() ? groups[n - 1] : "";
      if (value.empty()) part_ok = false;
      sink += colon == std::string_view::npos ? value
                                              : ApplyCase(value, inside.substr(colon + 1));
      i = close;
    } else {
      sink += c == '_' ? ' ' : c;
    }
  }
  return out;
}

Status PatternFamilies::Load(const std::string& path) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  return Parse(content, path);
}

Status PatternFamilies::Parse(std::string_view content, const std::string& source) {
  std::vector<FamilyRule> rules;
  int line_number = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t newline = content.find('\n', start);
    if (newline == std::string_view::npos) newline = content.size();
    std::string_view line = content.substr(start, newline - start);
    start = newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string_view> fields;
    std::vector<size_t> columns;
    auto error = [&](size_t field, const std::string& message) {
      int column = field < columns.size() ? static_cast<int>(columns[field]) + 1 : 1;
      return Status::Error(source, line_number, message, column);
    };
    if (!SplitFields(line, 3, &fields, &columns))
      return error(0, "expected TYPE TEMPLATE CONDITION PATTERN");
    FamilyRule rule;
    rule.line = line_number;
    std::optional<EntityType> type = ParseEntityType(fields[0]);
    if (!type)
      return error(0, "unknown type " + QuoteForMessage(fields[0]) +
                          " (expected person, company, model or product)");
    rule.type = *type;
    rule.template_text = std::string(fields[1]);
    std::string_view conditions = fields[2];
    size_t from = 0;
    while (from <= conditions.size()) {
      size_t bar = conditions.find('|', from);
      if (bar == std::string_view::npos) bar = conditions.size();
      FamilyCondition condition;
      std::string message;
      ParseCondition(conditions.substr(from, bar - from), &condition, &message);
      if (!message.empty()) return error(2, message);
      rule.conditions.push_back(std::move(condition));
      from = bar + 1;
    }
    rule.pattern = std::string(fields[3]);
    RE2::Options options;
    options.set_log_errors(false);
    auto regex = std::make_shared<RE2>(rule.pattern, options);
    if (!regex->ok()) return error(3, "bad pattern: " + regex->error());
    std::string problem = CheckTemplate(rule.template_text,
                                        regex->NumberOfCapturingGroups());
    if (!problem.empty()) return error(1, problem);
    auto named = regex->NamedCapturingGroups();
    if (auto m = named.find("m"); m != named.end()) rule.mention_group = m->second;
    rule.regex = std::move(regex);
    rules.push_back(std::move(rule));
  }
  for (FamilyRule& rule : rules) rules_.push_back(std::move(rule));
  return Compile(source);
}

Status PatternFamilies::Compile(const std::string& source) {
  auto prefilter = std::make_unique<Prefilter>();
  for (const FamilyRule& rule : rules_) {
    std::string error;
    if (prefilter->set.Add(rule.pattern, &error) < 0)
      return Status::Error(source, rule.line, "bad pattern: " + error);
  }
  if (!prefilter->set.Compile())
    return Status::Error(source, 0, "cannot compile the pattern families");
  prefilter_ = std::move(prefilter);
  return Status::Ok();
}

std::vector<FamilyHit> PatternFamilies::Find(std::string_view text) const {
  std::vector<FamilyHit> hits;
  if (!prefilter_ || rules_.empty()) return hits;
  std::vector<int> matched;
  if (!prefilter_->set.Match(re2::StringPiece(text.data(), text.size()), &matched))
    return hits;
  std::sort(matched.begin(), matched.end());
  re2::StringPiece input(text.data(), text.size());
  for (int index : matched) {
    const FamilyRule& rule = rules_[index];
    int n = rule.regex->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(n);
    size_t pos = 0;
    while (pos <= text.size() &&
           rule.regex->Match(input, pos, text.size(), RE2::UNANCHORED, groups.data(), n)) {
      const re2::StringPiece& span = groups[rule.mention_group];
      if (span.data() == nullptr || span.empty()) {
        pos = std::max<size_t>(groups[0].data() - text.data() + groups[0].size(), pos + 1);
        continue;
      }
      // Resume after the mention, not after the whole match, so a break the
      // pattern consumed after it can start the next match.
      pos = std::max<size_t>(span.data() - text.data() + span.size(), pos + 1);
      FamilyHit hit;
      hit.begin = span.data() - text.data();
      hit.end = hit.begin + span.size();
      hit.surface = std::string(text.substr(hit.begin, span.size()));
      std::vector<std::string> values;
      for (int g = 1; g < n; ++g)
        values.emplace_back(groups[g].data() ? std::string(groups[g].data(), groups[g].size())
                                             : "");
      hit.name = ExpandTemplate(rule.template_text, values);
      hit.type = rule.type;
      hit.rule = index;
      hit.numeric = IsNumeric(hit.surface);
      if (hit.numeric && UsedAsQuantity(text, hit.begin, hit.end)) continue;
      hits.push_back(std::move(hit));
    }
  }
  std::stable_sort(hits.begin(), hits.end(), [](const FamilyHit& a, const FamilyHit& b) {
    return a.begin < b.begin;
  });
  return hits;
}

}  // namespace claimgraph
