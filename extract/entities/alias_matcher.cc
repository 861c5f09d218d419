#include "extract/entities/alias_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "base/text.h"
#include "extract/entities/folded_text.h"

namespace claimgraph {
namespace {

// Splits a word where people may write a space: lower to upper ("OpenAI" ->
// "Open", "AI"), the end of a capital run before a capitalised word ("SGLang"
// -> "SG", "Lang"), and letters to digits and back ("GPT4o" -> "GPT", "4", "o").
std::vector<std::string_view> Pieces(std::string_view word) {
  std::vector<std::string_view> pieces;
  size_t start = 0;
  for (size_t i = 1; i < word.size(); ++i) {
    char a = word[i - 1], b = word[i];
    bool split = (IsAsciiLower(a) && IsAsciiUpper(b)) ||
                 (IsAsciiLetter(a) && IsAsciiDigit(b)) || (IsAsciiDigit(a) && IsAsciiLetter(b)) ||
                 (IsAsciiUpper(a) && IsAsciiUpper(b) && i + 1 < word.size() &&
                  IsAsciiLower(word[i + 1]) && i - start >= 2);
    if (split) {
      pieces.push_back(word.substr(start, i - start));
      start = i;
    }
  }
  pieces.push_back(word.substr(start));
  return pieces;
}

std::string PiecePattern(std::string_view piece, CaseRule rule, bool first) {
  std::string quoted = RE2::QuoteMeta(piece);
  switch (rule) {
    case CaseRule::kExact:
      return quoted;
    case CaseRule::kTitle:
      if (first && IsAsciiLetter(piece[0])) {
        char upper = ToAsciiUpper(piece[0]);
        std::string pattern(1, upper);
        if (piece.size() > 1) pattern += "(?i:" + RE2::QuoteMeta(piece.substr(1)) + ")";
        return pattern;
      }
      return "(?i:" + quoted + ")";
    case CaseRule::kAny:
      return "(?i:" + quoted + ")";
  }
  return quoted;
}

std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

// Whether `folded` without its spaces is `want`, or `want` less a final "s".
bool JoinedMatches(std::string_view folded, std::string_view want) {
  size_t k = 0;
  for (char c : folded) {
    if (c == ' ') continue;
    if (k >= want.size() || want[k] != c) return false;
    ++k;
  }
  return k == want.size() || (k + 1 == want.size() && want[k] == 's');
}

// A name of two or more words whose last word is a plural ("Machines").
bool HasDroppablePlural(std::string_view folded) {
  size_t space = folded.find_last_of(" |");
  if (space == std::string_view::npos) return false;
  std::string_view last = folded.substr(space + 1);
  return last.size() >= 5 && last.back() == 's' && last[last.size() - 2] != 's' &&
         IsAsciiLower(last[last.size() - 2]);
}

// A name with a one-letter part ("D-ID", "Shap-E", "X"): joined up, it
// spells an ordinary word.
bool HasLetterPiece(std::string_view folded) {
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ' && folded[j] != '|') ++j;
    for (std::string_view piece : Pieces(folded.substr(i, j - i)))
      if (piece.size() == 1 && IsAsciiLetter(piece[0])) return true;
    i = j + 1;
  }
  return false;
}

size_t AlnumCount(std::string_view folded) {
  size_t n = 0;
  for (char c : folded) n += IsAsciiLetter(c) || IsAsciiDigit(c);
  return n;
}

bool HasInnerCapital(std::string_view folded) {
  if (folded.empty()) return false;
  if (IsAsciiLower(folded[0])) return true;
  for (size_t i = 1; i < folded.size(); ++i)
    if (IsAsciiUpper(folded[i]) && folded[i - 1] != ' ' && folded[i - 1] != '|') return true;
  return false;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = ToAsciiUpper(c);
  return out;
}

}  // namespace

CaseRule EffectiveCase(std::string_view folded, CaseRule rule) {
  if (rule != CaseRule::kAny) return rule;
  if (HasLetterPiece(folded)) return CaseRule::kExact;
  if (AlnumCount(folded) >= 5) return rule;
  // A short acronym ("CUDA", "AMD") may be written "Cuda", not "cuda".
  if (std::none_of(folded.begin(), folded.end(), IsAsciiLower)) return CaseRule::kTitle;
  return HasInnerCapital(folded) ? CaseRule::kExact : CaseRule::kTitle;
}

std::string NamePattern(std::string_view folded, CaseRule rule) {
  std::string out;
  bool first = true;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ' && folded[j] != '|') ++j;
    std::string_view word = folded.substr(i, j - i);
    bool piece_first = true;
    for (std::string_view piece : Pieces(word)) {
      if (!piece_first) out += " ?";
      out += PiecePattern(piece, rule, first);
      first = false;
      piece_first = false;
    }
    if (j < folded.size()) out += folded[j] == ' ' ? " ?" : "[ |]";
    i = j + 1;
  }
  return out;
}

AliasMatcher::AliasMatcher(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {
  std::set<std::string> patterns;  // sorted and unique: a stable program
  const std::vector<Entity>& entities = gazetteer.entities();
  forms_.resize(entities.size());
  for (uint32_t e = 0; e < entities.size(); ++e) {
    forms_[e].resize(entities[e].aliases.size() + 1);
    for (int32_t a = -1; a < static_cast<int32_t>(entities[e].aliases.size()); ++a) {
      AliasRef ref{e, a};
      std::string folded = FoldName(Text(ref));
      NameForm& form = forms_[e][a + 1];
      form.first = folded.empty() ? '\0' : folded[0];
      form.rule = EffectiveCase(folded, Case(ref));
      form.joined = StripSpaces(folded);
      form.joined_upper = Upper(form.joined);
      if (folded.empty()) continue;
      // One letter or digit ("X", "C#", "Q*" once folded; not "C++") is a
      // word of its own everywhere: such a name is only looked for where it
      // has context.
      size_t kept = std::count_if(folded.begin(), folded.end(),
                                  [](char c) { return c != ' ' && c != '|'; });
      if (kept < 2 && (a < 0 || entities[e].aliases[a].context.empty())) continue;
      CaseRule rule = form.rule;
      patterns.insert(NamePattern(folded, rule));
      // Written as is, or all in capitals ("vLLM", "VLLM").
      if (rule == CaseRule::kExact) patterns.insert(NamePattern(Upper(folded), rule));
      AddKey(NameKey(folded), ref);
      if (HasDroppablePlural(folded)) {
        std::string singular = folded.substr(0, folded.size() - 1);
        patterns.insert(NamePattern(singular, rule));
        AddKey(NameKey(singular), ref);
      }
    }
  }
  if (patterns.empty()) return;
  std::string alternation;
  for (const std::string& p : patterns) {
    if (!alternation.empty()) alternation += '|';
    alternation += p;
  }
  // Group 1: the name; group 2: a possessive or plural ending.
  std::string pattern = "[ |](" + alternation + ")('s|s'|'|s)?[ |]";
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(int64_t{512} << 20);
  regex_ = std::make_unique<RE2>(pattern, options);
  if (!regex_->ok()) {
    status_ = Status::Error("gazetteer", 0,
                            "cannot compile the gazetteer's names: " + regex_->error());
  }
}

AliasMatcher::~AliasMatcher() = default;

const std::string& AliasMatcher::Text(const AliasRef& ref) const {
  const Entity& entity = gazetteer_.entities()[ref.entity];
  return ref.alias < 0 ? entity.name : entity.aliases[ref.alias].text;
}

CaseRule AliasMatcher::Case(const AliasRef& ref) const {
  const Entity& entity = gazetteer_.entities()[ref.entity];
  return ref.alias < 0 ? entity.name_case : entity.aliases[ref.alias].case_rule;
}

void AliasMatcher::AddKey(const std::string& key, const AliasRef& ref) {
  key_filter_.Add(key);
  by_key_[key].push_back(ref);
}

const std::vector<AliasRef>* AliasMatcher::Lookup(std::string_view key) const {
  if (!key_filter_.MayContain(key)) return nullptr;
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &it->second;
}

const AliasMatcher::NameForm& AliasMatcher::Form(const AliasRef& ref) const {
  return forms_[ref.entity][ref.alias + 1];
}

bool AliasMatcher::CaseMatches(const AliasRef& ref, std::string_view folded) const {
  const NameForm& form = Form(ref);
  switch (form.rule) {
    case CaseRule::kAny:
      return true;
    case CaseRule::kTitle:
      return !IsAsciiLetter(form.first) || IsAsciiUpper(folded[0]);
    case CaseRule::kExact:
      return JoinedMatches(folded, form.joined) || JoinedMatches(folded, form.joined_upper);
  }
  return false;
}

std::vector<AliasHit> AliasMatcher::Find(std::string_view text) const {
  std::vector<AliasHit> hits;
  if (!regex_ || !regex_->ok()) return hits;
  FoldedText folded = FoldText(text);
  std::string_view haystack(folded.text);
  re2::StringPiece match, groups[3];
  std::string key;
  size_t pos = 0;
  // The search asks RE2 for the whole match only, which its DFAs answer;
  // where the name ends and an ending starts is asked only when the match
  // can have an ending: sub-matches of an alternation of every name run
  // RE2's NFA, which costs more than the rest of finding mentions.
  while (pos < haystack.size() &&
         regex_->Match(haystack, pos, haystack.size(), RE2::UNANCHORED, &match, 1)) {
    size_t match_from = match.data() - haystack.data();
    size_t match_to = match_from + match.size();
    size_t name_from = match_from + 1;  // after the leading break
    size_t suffix_to = match_to - 1;    // before the trailing one
    size_t name_to = suffix_to;
    char last = haystack[suffix_to - 1];
    if ((last == 's' || last == '\'') &&
        regex_->Match(haystack, match_from, match_to, RE2::ANCHOR_BOTH, groups, 3))
      name_to = groups[1].data() - haystack.data() + groups[1].size();
    std::string_view name = haystack.substr(name_from, name_to - name_from);
    // The ending may belong to the name ("Machines") or not ("GPUs").
    AliasHit hit;
    for (std::string_view candidate :
         {name, haystack.substr(name_from, suffix_to - name_from)}) {
      AssignNameKey(candidate, &key);
      const std::vector<AliasRef>* refs = Lookup(key);
      if (!refs) continue;
      for (const AliasRef& ref : *refs)
        if (CaseMatches(ref, candidate)) hit.refs.push_back(ref);
      if (!hit.refs.empty()) {
        hit.suffixed = candidate.size() < suffix_to - name_from;
        break;
      }
    }
    // Resume at the break after the name so the next name can use it.
    pos = suffix_to;
    if (hit.refs.empty()) continue;
    auto [b, e] = folded.Original(name_from, suffix_to);
    hit.begin = b;
    hit.end = e;
    hit.surface = std::string(text.substr(b, e - b));
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace claimgraph
