#include "extract/entities/name_index.h"

#include <algorithm>

#include "base/text.h"

namespace claimgraph {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// How a capital letter is said when a name spells it out.
const char* LetterName(char c) {
  static const char* const kNames[] = {
      "ay", "bee", "see", "dee", "ee", "ef", "jee", "aych", "eye",
      "jay", "kay", "el", "em", "en", "oh", "pee", "kyu", "ar", "es",
      "tee", "yu", "vee", "dubelyu", "ex", "why", "zee"};
  return kNames[c - 'A'];
}

// The name with short capital runs spelled out ("OpenAI" -> "Openayeye"),
// since that is how they are said and so how they get mis-heard.
std::string Spelled(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    if (!IsAsciiUpper(name[i])) {
      out.push_back(name[i++]);
      continue;
    }
    size_t j = i;
    while (j < name.size() && IsAsciiUpper(name[j])) ++j;
    bool word_starts = j < name.size() && IsAsciiLower(name[j]);
    size_t run = j - i - (word_starts ? 1 : 0);
    if (run >= 2 && run <= 4) {
      for (size_t k = i; k < i + run; ++k) out += LetterName(name[k]);
      i += run;
    } else {
      for (; i < j; ++i) out.push_back(name[i]);
    }
  }
  return out;
}

}  // namespace

std::string LetterKey(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (IsAsciiUpper(c)) out.push_back(ToAsciiLower(c));
    else if (IsAsciiLower(c) || IsAsciiDigit(c)) out.push_back(c);
  }
  return out;
}

std::string SoundKey(std::string_view name) {
  std::string s = LetterKey(Spelled(name));
  std::string out;
  auto emit = [&](char c) {
    if (out.empty() || out.back() != c) out.push_back(c);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    char next = i + 1 < s.size() ? s[i + 1] : 0;
    if (i == 0 && IsVowel(c)) {
      out.push_back('a');  // a leading vowel is heard, but not which one
      continue;
    }
    switch (c) {
      case 'p': emit(next == 'h' ? 'f' : 'p'); if (next == 'h') ++i; break;
      case 'c':
        if (next == 'k') ++i;
        emit(next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
        break;
      case 'q': case 'k': case 'g': emit(c == 'g' && (next == 'e' || next == 'i') ? 'j' : 'k'); break;
      case 'x': emit('k'); emit('s'); break;
      case 'z': case 's': emit('s'); break;
      case 'v': case 'f': emit('f'); break;
      case 'b': emit('p'); break;
      case 'd': case 't': emit('t'); break;
      case 'j': emit('j'); break;
      case 'm': case 'n': emit('n'); break;
      case 'l': case 'r': emit(c); break;
      default:
        if (IsAsciiDigit(c)) emit(c);
        // vowels, h, w, y: dropped
        break;
    }
  }
  return out;
}

NameIndex::NameIndex(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {
  const std::vector<Entity>& entities = gazetteer.entities();
  for (uint32_t e = 0; e < entities.size(); ++e) {
    const Entity& entity = entities[e];
    std::vector<std::string> names = {entity.name};
    for (const Alias& alias : entity.aliases)
      if (alias.context.empty() && alias.case_rule != CaseRule::kExact)
        names.push_back(alias.text);
    for (const std::string& name : names) {
      Entry entry{e, LetterKey(name), SoundKey(name), {}};
      std::string word;
      for (char c : name + " ") {
        if (c == ' ') {
          if (!word.empty()) entry.words.push_back(AsciiLower(word));
          word.clear();
        } else {
          word.push_back(c);
        }
      }
      if (entity.type == EntityType::kPerson && entry.words.size() >= 2) {
        auto add = [&](std::unordered_map<std::string, std::vector<uint32_t>>& map,
                       const std::string& key) {
          std::vector<uint32_t>& list = map[key];
          if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
        };
        add(first_names_, entry.words.front());
        add(last_names_, entry.words.back());
      }
      if (entry.letters.size() >= 3) entries_.push_back(std::move(entry));
    }
  }
  for (size_t i = 0; i < entries_.size(); ++i)
    by_initial_[entries_[i].letters[0]].push_back(i);
}

const std::vector<uint32_t>& NameIndex::ByFirstName(std::string_view word) const {
  static const std::vector<uint32_t> kNone;
  auto it = first_names_.find(AsciiLower(word));
  return it == first_names_.end() ? kNone : it->second;
}

const std::vector<uint32_t>& NameIndex::ByLastName(std::string_view word) const {
  static const std::vector<uint32_t> kNone;
  auto it = last_names_.find(AsciiLower(word));
  return it == last_names_.end() ? kNone : it->second;
}

std::vector<const NameIndex::Entry*> NameIndex::Near(std::string_view letters,
                                                     size_t slack) const {
  std::vector<const Entry*> out;
  if (letters.empty()) return out;
  auto it = by_initial_.find(letters[0]);
  if (it == by_initial_.end()) return out;
  for (size_t i : it->second) {
    const Entry& entry = entries_[i];
    size_t a = entry.letters.size(), b = letters.size();
    if ((a > b ? a - b : b - a) <= slack) out.push_back(&entry);
  }
  return out;
}

}  // namespace claimgraph
