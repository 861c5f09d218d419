#include "extract/entities/entity_resolver.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "base/edit_distance.h"
#include "base/text.h"
#include "extract/entities/folded_text.h"

namespace claimgraph {
namespace {


// A list gap ("A, B and C") has at most this many bytes that are not
// padding: the longest joining words, "and even", have seven.
constexpr size_t kMaxListGapBytes = 8;

// Bytes a list gap may hold any number of: commas, whitespace, and (to
// stay on the safe side) every byte of a multi-byte character, since the
// trim removes no-break and zero-width spaces. A table, since the list
// walks ask it of every byte around most words.
constexpr std::array<bool, 256> kGapPadding = [] {
  std::array<bool, 256> padding{};
  for (unsigned char c : {',', ' ', '\t', '\r', '\n'}) padding[c] = true;
  for (int c = 0x80; c < 256; ++c) padding[c] = true;
  return padding;
}();
bool IsGapPadding(char c) { return kGapPadding[static_cast<unsigned char>(c)]; }

// A word of a segment, with the possessive that may follow it.
struct Token {
  size_t begin = 0, end = 0;  // the word
  size_t outer_end = 0;       // with "'s" / "’s" when there is one
  std::string_view text;      // the word's bytes in the segment's text
  bool capitalised = false;
  bool sentence_start = false;
  bool joined_to_next = false;  // only one space to the next word
};

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  bool sentence_start = true;
  while (i < text.size()) {
    if (!IsAsciiAlnum(text[i])) {
      if (text[i] == '.' || text[i] == '?' || text[i] == '!') sentence_start = true;
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
    t.end = t.outer_end = i;
    if (text.substr(i, 2) == "'s") t.outer_end = i + 2;
    else if (text.substr(i, 4) == "\xE2\x80\x99s") t.outer_end = i + 4;
    // A contraction ("don't", "we've") is one word, not a name and a suffix.
    if (t.outer_end == i && i + 1 < text.size() && text[i] == '\'' &&
        IsAsciiAlnum(text[i + 1])) {
      ++i;
      while (i < text.size() && IsAsciiAlnum(text[i])) ++i;
      t.end = t.outer_end = i;
    }
    t.text = text.substr(t.begin, t.end - t.begin);
    t.capitalised = IsAsciiUpper(t.text[0]);
    t.sentence_start = sentence_start;
    sentence_start = false;
    size_t after = t.outer_end;
    t.joined_to_next = t.outer_end == t.end && after + 1 < text.size() &&
                       text[after] == ' ' && IsAsciiAlnum(text[after + 1]);
    i = t.outer_end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

// How many segments before and after a mention its context may be named in.
constexpr int kContextWindow = 3;

struct Span {
  size_t begin, end;
  std::string id;
};

class Resolver {
 public:
  Resolver(const Episode& episode, const ResolverInputs& in)
      : episode_(episode), in_(in), gaz_(in.data.gazetteer.entities()),
        segments_(episode.segments.size()), gazetteer_in_play_(gaz_.size(), 0) {}

  EpisodeEntities Run();

 private:
  // A match that still has to pass its conditions.
  struct Candidate {
    size_t begin, end;
    std::vector<AliasRef> refs;  // alias candidates
    const FamilyHit* family = nullptr;
    bool unconditional = false;
    bool done = false;
    bool lower = false;  // the text has no capital letter
  };
  struct SegmentState {
    std::vector<AliasHit> alias_hits;
    std::vector<FamilyHit> family_hits;
    std::vector<Candidate> candidates;
    std::vector<Token> tokens;
    std::vector<Span> accepted;
    // For each byte of the text, the index in `accepted` of the first span
    // over it, or -1; empty until a span is accepted. Free and Listed look at
    // the bytes they ask about instead of every span: a long turn has
    // thousands of spans, and they are asked about every word.
    std::vector<int32_t> owner;
  };

  const std::string& Text(int s) const { return episode_.segments[s].text; }
  bool Free(int s, size_t b, size_t e) const {
    const std::vector<int32_t>& owner = segments_[s].owner;
    for (size_t x = b; x < std::min(e, owner.size()); ++x)
      if (owner[x] >= 0) return false;
    return true;
  }
  void Accept(int s, size_t b, size_t e, const std::string& id) {
    SegmentState& state = segments_[s];
    if (state.owner.empty()) state.owner.assign(Text(s).size(), -1);
    auto index = static_cast<int32_t>(state.accepted.size());
    for (size_t x = b; x < std::min(e, state.owner.size()); ++x)
      if (state.owner[x] < 0) state.owner[x] = index;
    state.accepted.push_back(Span{b, e, id});
    MarkInPlay(id);
  }
  void MarkInPlay(const std::string& id) {
    if (!in_play_.insert(id).second) return;
    if (const Entity* entity = in_.data.gazetteer.Find(id))
      gazetteer_in_play_[static_cast<size_t>(entity - gaz_.data())] = 1;
  }

  // The output id of a gazetteer entity, registering it on first use.
  std::string UseGazetteer(uint32_t index);
  std::string UseDiscovered(EntityType type, const std::string& name);
  std::string UseFamily(const FamilyHit& hit);
  bool InPlay(const std::string& gazetteer_id) const {
    return in_play_.count(gazetteer_id) > 0;
  }
  // InPlay(gaz_[index].id), without hashing the id.
  bool InPlay(uint32_t index) const { return gazetteer_in_play_[index] != 0; }
  bool AnyInPlay(const std::vector<std::string>& ids) const;
  // One of `ids` is named within `window` segments of segment `s`, or speaks.
  bool NamedNear(int s, const std::vector<std::string>& ids, int window) const;
  EntityType TypeOf(const std::string& id) const { return entities_.at(id).type; }

  void AddSpeakers();
  void FindCandidates();
  void AcceptUnconditional();
  bool AcceptConditional();  // returns true when something was accepted
  bool FamilyConditionHolds(int s, const Candidate& c, bool local) const;
  // The name is written with capitals, not marked safe in lower case, and
  // the episode is cased: a lower-case match of it is only a guess.
  bool NeedsCapitals(const AliasRef& ref) const;
  // A lower-case match of `ref` names an entity in play or a speaker's
  // organisation, or needs no capitals.
  bool LowerCaseHolds(const Candidate& c, const AliasRef& ref) const;
  // An alias candidate's conditions hold for `ref` in segment `s`: its
  // context is named near, and a lower-case match names an entity in play.
  bool AliasHolds(int s, const Candidate& c, const AliasRef& ref) const;
  void ResolveMisheardPeople();
  void TypeGivenNamePeople();
  void ResolveShortNames();
  void ResolveNearMisses();
  bool ResolveLists();
  void TypeUnknownNames();
  void ResolveLowerCaseNames();
  // The span stands in a list ("A, B and C") beside a mention of `type`, or
  // of any type when `type` is nullopt.
  bool Listed(int s, size_t begin, size_t end, std::optional<EntityType> type) const;

  // Runs of capitalised words not yet covered by a mention, function words
  // at their start dropped: pairs of token indexes [first, last].
  std::vector<std::pair<size_t, size_t>> FreeRuns(int s) const;
  std::string RunText(int s, size_t first, size_t last) const {
    const auto& t = segments_[s].tokens;
    return Text(s).substr(t[first].begin, t[last].end - t[first].begin);
  }

  const Episode& episode_;
  const ResolverInputs& in_;
  const std::vector<Entity>& gaz_;
  std::vector<SegmentState> segments_;
  std::unordered_set<std::string> in_play_;  // gazetteer and output ids
  // By gazetteer index: its id is in in_play_. ResolveNearMisses asks about
  // hundreds of gazetteer entries for every capitalised word it tries.
  std::vector<char> gazetteer_in_play_;
  std::unordered_map<std::string, Entity> entities_;  // output id -> entity
  std::unordered_map<std::string, std::string> speaker_ids_;  // gazetteer id -> speaker id
  std::vector<std::string> speaker_entities_;  // output ids of the speakers
  bool uncased_ = false;  // written (almost) without capitals
  // Gazetteer ids of the organisations of the speakers: a guest's own
  // company is in play however the transcript spells it.
  std::unordered_set<std::string> speaker_orgs_;
};

bool HasUpper(std::string_view text) {
  return std::any_of(text.begin(), text.end(), IsAsciiUpper);
}

// "thinking machines", "open ai": the lower-case words a name is heard as,
// split where it has a break or a change from lower to upper case.
std::string SpokenWords(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (!IsAsciiAlnum(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    if (i > 0 && IsAsciiUpper(c) && IsAsciiLower(name[i - 1])) out.push_back(' ');
    out.push_back(ToAsciiLower(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string Resolver::UseGazetteer(uint32_t index) {
  const Entity& entity = gaz_[index];
  auto renamed = speaker_ids_.find(entity.id);
  const std::string& id = renamed != speaker_ids_.end() ? renamed->second : entity.id;
  if (!entities_.count(id)) {
    Entity copy = entity;
    copy.id = id;
    entities_.emplace(id, std::move(copy));
  }
  MarkInPlay(entity.id);
  return id;
}

std::string Resolver::UseDiscovered(EntityType type, const std::string& name) {
  std::string id = MakeId(EntityTypeName(type), name);
  if (!entities_.count(id)) {
    Entity entity;
    entity.id = id;
    entity.type = type;
    entity.name = name;
    entity.discovered = true;
    entities_.emplace(id, std::move(entity));
  }
  return id;
}

std::string Resolver::UseFamily(const FamilyHit& hit) {
  // A generated name the gazetteer knows is that entity.
  if (const std::vector<AliasRef>* refs = in_.aliases.Lookup(NameKey(FoldName(hit.name)))) {
    for (const AliasRef& ref : *refs)
      if (gaz_[ref.entity].type == hit.type) return UseGazetteer(ref.entity);
  }
  return UseDiscovered(hit.type, hit.name);
}

bool Resolver::AnyInPlay(const std::vector<std::string>& ids) const {
  for (const std::string& want : ids) {
    if (!want.empty() && want.back() == '*') {
      std::string_view prefix(want.data(), want.size() - 1);
      for (const std::string& have : in_play_)
        if (std::string_view(have).substr(0, prefix.size()) == prefix) return true;
    } else if (in_play_.count(want)) {
      return true;
    }
  }
  return false;
}

bool Resolver::NamedNear(int s, const std::vector<std::string>& ids, int window) const {
  auto matches = [&](const std::string& have) {
    for (std::string want : ids) {
      if (auto it = speaker_ids_.find(want); it != speaker_ids_.end()) want = it->second;
      if (!want.empty() && want.back() == '*') {
        if (have.compare(0, want.size() - 1, want, 0, want.size() - 1) == 0) return true;
      } else if (have == want) {
        return true;
      }
    }
    return false;
  };
  for (const std::string& speaker : speaker_entities_)
    if (matches(speaker)) return true;
  int from = std::max(0, s - window);
  int to = std::min(static_cast<int>(segments_.size()) - 1, s + window);
  for (int k = from; k <= to; ++k)
    for (const Span& span : segments_[k].accepted)
      if (matches(span.id)) return true;
  return false;
}

void Resolver::AddSpeakers() {
  for (const std::string& speaker : episode_.speakers) {
    std::string speaker_id = MakeId("person", speaker);
    const std::vector<AliasRef>* refs = in_.aliases.Lookup(NameKey(FoldName(speaker)));
    bool found = false;
    if (refs) {
      for (const AliasRef& ref : *refs) {
        const Entity& entity = gaz_[ref.entity];
        if (entity.type != EntityType::kPerson) continue;
        speaker_ids_[entity.id] = speaker_id;
        if (!entity.org.empty()) speaker_orgs_.insert(entity.org);
        UseGazetteer(ref.entity);
        found = true;
        break;
      }
    }
    if (!found) UseDiscovered(EntityType::kPerson, speaker);
    MarkInPlay(speaker_id);
    speaker_entities_.push_back(speaker_id);
  }
}

void Resolver::FindCandidates() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    SegmentState& state = segments_[s];
    const std::string& text = Text(s);
    state.alias_hits = in_.aliases.Find(text);
    state.family_hits = in_.data.families.Find(text);
    state.tokens = Tokenize(text);
  }
  // An episode transcribed without capitals ("openai and nvidia") has no
  // other way to write names: its lower-case matches are not guesses.
  size_t words = 0, capitalised = 0;
  for (const SegmentState& state : segments_)
    for (const Token& t : state.tokens) {
      ++words;
      if (t.capitalised && t.text != "I") ++capitalised;
    }
  uncased_ = words >= 100 && capitalised * 200 < words;
  for (size_t s = 0; s < segments_.size(); ++s) {
    SegmentState& state = segments_[s];
    for (const AliasHit& hit : state.alias_hits) {
      Candidate c{hit.begin, hit.end, {}, nullptr, false};
      c.lower = !HasUpper(hit.surface);
      for (const AliasRef& ref : hit.refs) {
        bool context = (ref.alias >= 0 && !gaz_[ref.entity].aliases[ref.alias].context.empty()) ||
                       (c.lower && NeedsCapitals(ref));
        if (!context && !c.unconditional) {
          c.unconditional = true;
          c.refs.insert(c.refs.begin(), ref);
        } else {
          c.refs.push_back(ref);
        }
      }
      state.candidates.push_back(std::move(c));
    }
    for (const FamilyHit& hit : state.family_hits) {
      const FamilyRule& rule = in_.data.families.rules()[hit.rule];
      bool always = std::any_of(rule.conditions.begin(), rule.conditions.end(),
                                [](const FamilyCondition& c) {
                                  return c.kind == FamilyCondition::Kind::kAlways;
                                });
      state.candidates.push_back(Candidate{hit.begin, hit.end, {}, &hit, always});
    }
    // Longest first; among equals, gazetteer names before families.
    std::stable_sort(state.candidates.begin(), state.candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                       size_t la = a.end - a.begin, lb = b.end - b.begin;
                       if (la != lb) return la > lb;
                       if ((a.family == nullptr) != (b.family == nullptr))
                         return a.family == nullptr;
                       return a.begin < b.begin;
                     });
  }
}

void Resolver::AcceptUnconditional() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    for (Candidate& c : segments_[s].candidates) {
      if (!c.unconditional || !Free(s, c.begin, c.end)) continue;
      std::string id = c.family ? UseFamily(*c.family) : UseGazetteer(c.refs[0].entity);
      Accept(s, c.begin, c.end, id);
      c.done = true;
    }
  }
}

bool Resolver::FamilyConditionHolds(int s, const Candidate& c, bool local) const {
  const FamilyRule& rule = in_.data.families.rules()[c.family->rule];
  for (const FamilyCondition& cond : rule.conditions) {
    switch (cond.kind) {
      case FamilyCondition::Kind::kAlways:
        return true;
      case FamilyCondition::Kind::kEpisode:
        if (AnyInPlay(cond.ids)) return true;
        break;
      case FamilyCondition::Kind::kInPlay: {
        // The entity this match would make, named elsewhere in the episode.
        if (const auto* refs = in_.aliases.Lookup(NameKey(FoldName(c.family->name)))) {
          for (const AliasRef& ref : *refs)
            if (InPlay(ref.entity)) return true;
        }
        if (in_play_.count(MakeId(EntityTypeName(c.family->type), c.family->name)))
          return true;
        break;
      }
      case FamilyCondition::Kind::kNear:
        if (!local) break;
        for (const Span& span : segments_[s].accepted) {
          const Entity& e = entities_.at(span.id);
          if (e.name.rfind(cond.prefix, 0) == 0) return true;
        }
        break;
      case FamilyCondition::Kind::kList:
        if (!local) break;
        for (const Span& span : segments_[s].accepted) {
          if (TypeOf(span.id) != cond.type) continue;
          const std::string& text = Text(s);
          if (span.end <= c.begin &&
              IsListGap(std::string_view(text).substr(span.end, c.begin - span.end)))
            return true;
          if (c.end <= span.begin &&
              IsListGap(std::string_view(text).substr(c.end, span.begin - c.end)))
            return true;
        }
        break;
    }
  }
  return false;
}

bool Resolver::NeedsCapitals(const AliasRef& ref) const {
  if (uncased_) return false;
  const Entity& entity = gaz_[ref.entity];
  if (ref.alias < 0) return !entity.name_lower_safe && HasUpper(entity.name);
  const Alias& alias = entity.aliases[ref.alias];
  return !alias.lower_safe && HasUpper(alias.text);
}

bool Resolver::LowerCaseHolds(const Candidate& c, const AliasRef& ref) const {
  const std::string& id = gaz_[ref.entity].id;
  return !c.lower || !NeedsCapitals(ref) || InPlay(id) || speaker_orgs_.count(id) > 0;
}

bool Resolver::AliasHolds(int s, const Candidate& c, const AliasRef& ref) const {
  const Entity& entity = gaz_[ref.entity];
  if (!LowerCaseHolds(c, ref)) return false;
  if (ref.alias < 0) return true;
  const std::vector<std::string>& context = entity.aliases[ref.alias].context;
  return context.empty() || NamedNear(s, context, kContextWindow);
}

bool Resolver::AcceptConditional() {
  bool changed = false;
  for (size_t s = 0; s < segments_.size(); ++s) {
    for (Candidate& c : segments_[s].candidates) {
      if (c.done || c.unconditional || !Free(s, c.begin, c.end)) continue;
      if (c.family) {
        if (!FamilyConditionHolds(s, c, false)) continue;
        Accept(s, c.begin, c.end, UseFamily(*c.family));
      } else {
        const AliasRef* chosen = nullptr;
        for (const AliasRef& ref : c.refs) {
          if (AliasHolds(s, c, ref)) {
            chosen = &ref;
            break;
          }
        }
        if (!chosen) continue;
        Accept(s, c.begin, c.end, UseGazetteer(chosen->entity));
      }
      c.done = true;
      changed = true;
    }
  }
  return changed;
}

std::vector<std::pair<size_t, size_t>> Resolver::FreeRuns(int s) const {
  std::vector<std::pair<size_t, size_t>> runs;
  const std::vector<Token>& t = segments_[s].tokens;
  size_t i = 0;
  while (i < t.size()) {
    if (!t[i].capitalised || !Free(s, t[i].begin, t[i].outer_end)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j + 1 < t.size() && t[j].joined_to_next && t[j + 1].capitalised &&
           Free(s, t[j + 1].begin, t[j + 1].outer_end) && j - i < 3)
      ++j;
    size_t first = i;
    while (first <= j && in_.data.names.IsFunctionWord(t[first].text)) ++first;
    if (first <= j) runs.emplace_back(first, j);
    i = j + 1;
  }
  return runs;
}

void Resolver::ResolveMisheardPeople() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::vector<Token>& t = segments_[s].tokens;
    for (auto [first, last] : FreeRuns(s)) {
      if (last != first + 1) continue;
      std::string given = AsciiLower(t[first].text), surname = AsciiLower(t[last].text);
      if (surname.size() < 3) continue;
      int best = 99;
      std::vector<uint32_t> winners;
      auto consider = [&](uint32_t person, int distance) {
        if (distance < best) {
          best = distance;
          winners = {person};
        } else if (distance == best &&
                   std::find(winners.begin(), winners.end(), person) == winners.end()) {
          winners.push_back(person);
        }
      };
      // Right first name, surname mis-heard: same initial and within half its
      // length, or the same sound.
      for (uint32_t person : in_.names.ByFirstName(given)) {
        std::string want = LetterKey(gaz_[person].name);
        std::string last_word = AsciiLower(gaz_[person].name.substr(
            gaz_[person].name.rfind(' ') + 1));
        if (last_word.empty() || last_word[0] != surname[0]) continue;
        int limit = std::max<int>(1, static_cast<int>(last_word.size()) / 2);
        int d = BoundedEditDistance(surname, last_word, limit);
        if (d <= limit || SoundKey(surname) == SoundKey(last_word)) consider(person, d);
      }
      // Right surname, first name one letter off ("Alexander" / "Alexandr").
      for (uint32_t person : in_.names.ByLastName(surname)) {
        std::string first_word =
            AsciiLower(gaz_[person].name.substr(0, gaz_[person].name.find(' ')));
        if (given.size() >= 4 && BoundedEditDistance(given, first_word, 1) <= 1)
          consider(person, 1);
      }
      if (winners.size() != 1 || best == 0) continue;
      Accept(s, t[first].begin, t[last].outer_end, UseGazetteer(winners[0]));
    }
  }
}

void Resolver::TypeGivenNamePeople() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::vector<Token>& t = segments_[s].tokens;
    for (auto [first, last] : FreeRuns(s)) {
      if (last != first + 1) continue;
      std::string_view surname = t[last].text;
      if (!in_.data.names.IsGivenName(t[first].text) || surname.size() < 2 ||
          in_.data.names.IsFunctionWord(surname) ||
          !std::all_of(surname.begin() + 1, surname.end(),
                       IsAsciiLower))
        continue;
      std::string name = RunText(s, first, last);
      Accept(s, t[first].begin, t[last].outer_end,
             UseDiscovered(EntityType::kPerson, name));
    }
  }
}

void Resolver::ResolveShortNames() {
  // First and last names of the people in play, to their output ids.
  std::map<std::string, std::vector<std::string>> by_word;
  for (const auto& [id, entity] : entities_) {
    if (entity.type != EntityType::kPerson || !in_play_.count(id)) continue;
    std::vector<std::string> names = {entity.name};
    for (const Alias& alias : entity.aliases)
      if (alias.context.empty()) names.push_back(alias.text);
    for (const std::string& name : names) {
      size_t space = name.find(' '), last_space = name.rfind(' ');
      if (space == std::string::npos) continue;
      for (std::string word : {name.substr(0, space), name.substr(last_space + 1)}) {
        std::vector<std::string>& ids = by_word[AsciiLower(word)];
        if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      }
    }
  }
  // People the title and chapters name in full. Those texts are not speech
  // and give no mentions, but they say who the episode is about.
  std::unordered_set<uint32_t> titled;
  std::vector<const std::string*> headings = {&episode_.title};
  for (const Chapter& chapter : episode_.chapters) {
    headings.push_back(&chapter.title);
    headings.push_back(&chapter.summary);
  }
  for (const std::string* heading : headings) {
    for (const AliasHit& hit : in_.aliases.Find(*heading)) {
      for (const AliasRef& ref : hit.refs) {
        const Entity& entity = gaz_[ref.entity];
        const std::string& said = ref.alias < 0 ? entity.name : entity.aliases[ref.alias].text;
        bool full_name = said.find(' ') != std::string::npos &&
                         (ref.alias < 0 || entity.aliases[ref.alias].context.empty());
        if (entity.type == EntityType::kPerson && full_name) titled.insert(ref.entity);
      }
    }
  }
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::vector<Token>& t = segments_[s].tokens;
    for (auto [first, last] : FreeRuns(s)) {
      if (first != last) continue;
      const Token& word = t[first];
      if (word.text.size() < 3) continue;
      std::string key = AsciiLower(word.text);
      std::string chosen;
      auto it = by_word.find(key);
      if (it != by_word.end()) {
        std::vector<std::string> here;  // named in this segment already
        for (const std::string& id : it->second)
          for (const Span& span : segments_[s].accepted)
            if (span.id == id && std::find(here.begin(), here.end(), id) == here.end())
              here.push_back(id);
        if (it->second.size() == 1) chosen = it->second[0];
        else if (here.size() == 1) chosen = here[0];
      } else {
        // Nobody in play has this name: the one gazetteer person of that
        // first or last name whose organisation the episode names nearby,
        // or whose full name the episode's title or chapters give (a guest
        // introduced as "Ilya Sutskever" in the chapters is "Ilya" after).
        std::vector<uint32_t> hits;
        for (const auto* list : {&in_.names.ByFirstName(key), &in_.names.ByLastName(key)})
          for (uint32_t person : *list)
            if (((!gaz_[person].org.empty() &&
                  NamedNear(s, {gaz_[person].org}, kContextWindow)) ||
                 titled.count(person)) &&
                std::find(hits.begin(), hits.end(), person) == hits.end())
              hits.push_back(person);
        if (hits.size() == 1) chosen = UseGazetteer(hits[0]);
      }
      if (!chosen.empty()) Accept(s, word.begin, word.outer_end, chosen);
    }
  }
}

void Resolver::ResolveNearMisses() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::vector<Token>& t = segments_[s].tokens;
    for (auto [first, last] : FreeRuns(s)) {
      if (first == last && in_.data.names.IsGivenName(t[first].text)) continue;
      std::string letters = LetterKey(RunText(s, first, last));
      if (letters.size() < 5) continue;
      std::string sound = SoundKey(RunText(s, first, last));
      int best = 99;
      std::vector<uint32_t> winners;
      // A name not in play in the episode is taken only for one slip in a
      // long, capitalised word that does not open a sentence, and never for
      // a person: checked before the distance, since most of the gazetteer
      // is not in play.
      bool may_slip = letters.size() >= 7 && !t[first].sentence_start;
      for (const NameIndex::Entry* entry : in_.names.Near(letters, letters.size() / 2)) {
        const Entity& entity = gaz_[entry->entity];
        bool in_play = InPlay(entry->entity);
        if (!in_play && (!may_slip || entity.type == EntityType::kPerson)) continue;
        int longer = static_cast<int>(std::max(letters.size(), entry->letters.size()));
        int limit = in_play ? longer / 2 : 1;
        int d = BoundedEditDistance(letters, entry->letters, limit);
        bool close;
        if (in_play) {
          // Named correctly elsewhere in the episode: a few slips, or the same
          // sound with up to half the letters changed ("Corrive").
          close = d <= std::max(1, longer / 6) ||
                  (d <= limit && sound.size() >= 3 && sound == entry->sound);
        } else {
          close = d <= 1;  // and may_slip, above
        }
        if (!close || d == 0) continue;
        if (d < best) {
          best = d;
          winners = {entry->entity};
        } else if (d == best &&
                   std::find(winners.begin(), winners.end(), entry->entity) == winners.end()) {
          winners.push_back(entry->entity);
        }
      }
      if (winners.size() != 1) continue;
      Accept(s, t[first].begin, t[last].outer_end, UseGazetteer(winners[0]));
    }
  }
}

// A name of two or more words written in lower case ("thinking machines")
// is that entity where the episode names it properly elsewhere.
void Resolver::ResolveLowerCaseNames() {
  std::string first, key, spoken;  // reused: this runs for every word
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::vector<Token>& t = segments_[s].tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      // Most words start no name: the filter turns them away uncopied.
      if (t[i].capitalised || !in_.spoken_start_filter.MayContain(t[i].text)) continue;
      first.clear();
      for (char c : t[i].text) first += ToAsciiLower(c);
      if (!in_.spoken_starts.count(first)) continue;
      for (size_t n = 3; n >= 2; --n) {
        if (i + n > t.size()) continue;
        bool ok = true;
        for (size_t k = i; k < i + n && ok; ++k)
          ok = !t[k].capitalised && (k + 1 == i + n || t[k].joined_to_next);
        if (!ok || !Free(s, t[i].begin, t[i + n - 1].outer_end)) continue;
        key.clear();
        spoken.clear();
        for (size_t k = i; k < i + n; ++k) {
          if (k > i) spoken += ' ';
          for (char c : t[k].text) {
            char lower = ToAsciiLower(c);
            key += lower;
            spoken += lower;
          }
        }
        const std::vector<AliasRef>* refs = in_.aliases.Lookup(key);
        if (!refs) continue;
        for (const AliasRef& ref : *refs) {
          if (!InPlay(ref.entity)) continue;
          if (ref.alias >= 0 && !gaz_[ref.entity].aliases[ref.alias].context.empty()) continue;
          // "put in" is not "Putin": the words must part where the name does.
          if (SpokenWords(in_.aliases.Text(ref)) != spoken) continue;
          Accept(s, t[i].begin, t[i + n - 1].outer_end, UseGazetteer(ref.entity));
          break;
        }
      }
    }
  }
}

bool Resolver::Listed(int s, size_t begin, size_t end,
                      std::optional<EntityType> type) const {
  // Only the nearest name on each side can be joined to the span by a list
  // gap: the gap to a farther one holds the nearer name's words. Walk out
  // from the span to it, giving up where the gap is too long to be a list.
  const SegmentState& state = segments_[s];
  if (state.accepted.empty()) return false;
  std::string_view text = Text(s);
  auto joined = [&](int32_t k, size_t from, size_t to) {
    return k >= 0 && (!type || TypeOf(state.accepted[k].id) == *type) &&
           IsListGap(text.substr(from, to - from));
  };
  int32_t before = -1;
  size_t kept = 0;
  for (size_t x = begin; x-- > 0 && kept <= kMaxListGapBytes;) {
    if (state.owner[x] >= 0) {
      before = state.owner[x];
      break;
    }
    kept += !IsGapPadding(text[x]);
  }
  if (joined(before, before >= 0 ? state.accepted[before].end : 0, begin)) return true;
  int32_t after = -1;
  kept = 0;
  for (size_t x = end; x < text.size() && kept <= kMaxListGapBytes; ++x) {
    if (state.owner[x] >= 0) {
      after = state.owner[x];
      break;
    }
    kept += !IsGapPadding(text[x]);
  }
  return joined(after, end, after >= 0 ? state.accepted[after].begin : 0);
}

bool Resolver::ResolveLists() {
  bool changed = false;
  for (size_t s = 0; s < segments_.size(); ++s) {
    for (Candidate& c : segments_[s].candidates) {
      if (c.done || !Free(s, c.begin, c.end)) continue;
      if (c.family) {
        if (!FamilyConditionHolds(s, c, true)) continue;
        Accept(s, c.begin, c.end, UseFamily(*c.family));
      } else {
        // A name that needs context has it when it stands in a list of its
        // kind: "Nebius and Together and Lambda".
        const AliasRef* chosen = nullptr;
        for (const AliasRef& ref : c.refs)
          if (LowerCaseHolds(c, ref) && Listed(s, c.begin, c.end, gaz_[ref.entity].type)) {
            chosen = &ref;
            break;
          }
        if (!chosen) continue;
        Accept(s, c.begin, c.end, UseGazetteer(chosen->entity));
      }
      c.done = true;
      changed = true;
    }
    // A lower-case name of an entity in play, listed beside another of its
    // type: "between scale and OpenAI", "open AIs and metas".
    for (const Token& word : segments_[s].tokens) {
      if (word.capitalised || word.text.size() < 4 || !Free(s, word.begin, word.outer_end))
        continue;
      std::string key = AsciiLower(word.text);
      const std::vector<AliasRef>* refs = in_.aliases.Lookup(key);
      if (!refs && key.back() == 's')
        refs = in_.aliases.Lookup(std::string_view(key).substr(0, key.size() - 1));
      if (!refs) continue;
      for (const AliasRef& ref : *refs) {
        const Entity& entity = gaz_[ref.entity];
        if (!InPlay(ref.entity) || !Listed(s, word.begin, word.outer_end, entity.type))
          continue;
        Accept(s, word.begin, word.outer_end, UseGazetteer(ref.entity));
        changed = true;
        break;
      }
    }
  }
  return changed;
}

void Resolver::TypeUnknownNames() {
  for (size_t s = 0; s < segments_.size(); ++s) {
    const std::string& text = Text(s);
    for (const TypedName& typed : in_.data.names.Type(text)) {
      // Drop function words at the start ("The Foo Labs" -> "Foo Labs").
      size_t begin = typed.begin;
      while (true) {
        size_t space = text.find(' ', begin);
        if (space == std::string::npos || space >= typed.end) break;
        if (!in_.data.names.IsFunctionWord(text.substr(begin, space - begin))) break;
        begin = space + 1;
      }
      std::string name = text.substr(begin, typed.end - begin);
      if (name.empty() || in_.data.names.IsFunctionWord(name)) continue;
      size_t end = typed.end;
      if (text.compare(end, 2, "'s") == 0) end += 2;
      if (!Free(s, begin, end)) continue;
      // A name the gazetteer knows, typed alike by its context: that entity,
      // even where its alias would need other context ("a company called
      // Lepton").
      std::string id;
      if (const auto* refs = in_.aliases.Lookup(NameKey(FoldName(name)))) {
        for (const AliasRef& ref : *refs)
          if (gaz_[ref.entity].type == typed.type) {
            id = UseGazetteer(ref.entity);
            break;
          }
        if (id.empty()) continue;
      } else {
        id = UseDiscovered(typed.type, name);
      }
      Accept(s, begin, end, id);
    }
  }
}

EpisodeEntities Resolver::Run() {
  AddSpeakers();
  FindCandidates();
  AcceptUnconditional();
  ResolveMisheardPeople();
  while (AcceptConditional()) {
  }
  TypeGivenNamePeople();
  TypeUnknownNames();
  ResolveShortNames();
  ResolveNearMisses();
  ResolveLowerCaseNames();
  while (AcceptConditional() || ResolveLists()) {
  }

  EpisodeEntities out;
  std::unordered_set<std::string> listed;
  for (size_t s = 0; s < segments_.size(); ++s) {
    std::vector<Span>& spans = segments_[s].accepted;
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    for (const Span& span : spans) {
      Mention m;
      m.entity = span.id;
      m.surface = Text(s).substr(span.begin, span.end - span.begin);
      m.segment = static_cast<int>(s);
      m.begin = span.begin;
      m.end = span.end;
      out.mentions.push_back(std::move(m));
      if (listed.insert(span.id).second) out.entities.push_back(entities_.at(span.id));
    }
  }
  return out;
}

}  // namespace

bool IsListGap(std::string_view between) {
  // Most gaps are whole clauses and this runs for most words: give up early.
  size_t kept = 0;
  for (char c : between)
    if (!IsGapPadding(c) && ++kept > kMaxListGapBytes) return false;
  std::string words;
  for (char c : between) {
    if (c == ',' || c == ' ') {
      if (!words.empty() && words.back() != ' ') words.push_back(' ');
    } else {
      words.push_back(ToAsciiLower(c));
    }
  }
  std::string_view w = Trim(words);
  return w.empty() || w == "and" || w == "or" || w == "&" || w == "/" || w == "vs" ||
         w == "vs." || w == "versus" || w == "nor" || w == "or even" || w == "and even";
}

EpisodeEntities ResolveEpisode(const Episode& episode, const ResolverInputs& in) {
  return Resolver(episode, in).Run();
}

StringSet SpokenNameStarts(const Gazetteer& gazetteer) {
  StringSet starts;
  for (const Entity& entity : gazetteer.entities()) {
    auto add = [&](const std::string& name) {
      std::string spoken = SpokenWords(name);
      size_t space = spoken.find(' ');
      if (space != std::string::npos) starts.insert(spoken.substr(0, space));
    };
    add(entity.name);
    for (const Alias& alias : entity.aliases) add(alias.text);
  }
  return starts;
}

}  // namespace claimgraph
