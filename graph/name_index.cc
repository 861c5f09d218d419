#include "graph/name_index.h"

#include <algorithm>
#include <map>

#include "base/edit_distance.h"
#include "base/text.h"

namespace claimgraph {
namespace {

std::string_view KindName(NameKind kind) {
  switch (kind) {
    case NameKind::kEntity: return "entity";
    case NameKind::kSpeaker: return "speaker";
    case NameKind::kEpisode: return "episode";
  }
  return "entity";
}

std::string_view SlugOf(std::string_view id) {
  size_t colon = id.find(':');
  return colon == std::string_view::npos ? id : id.substr(colon + 1);
}

std::string_view BaseName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view Stem(std::string_view path) {
  std::string_view base = BaseName(path);
  size_t dot = base.find_last_of('.');
  return dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot);
}

// How far a typed name may be from a known one to be suggested: short names
// tolerate one slip, longer ones more.
int SuggestionLimit(size_t length) {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

// "A", "A or B", "A, B or C".
std::string JoinOr(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
    out += items[i];
  }
  return out;
}

}  // namespace

std::string NameIndex::Key(std::string_view name) {
  std::string key;
  key.reserve(name.size());
  for (char c : name) {
    bool ascii = static_cast<unsigned char>(c) < 0x80;
    if (!ascii || IsAsciiAlnum(c)) key += ToAsciiLower(c);
  }
  return key;
}

NameIndex::NameIndex(const KnowledgeGraph& graph,
                     const std::vector<Entity>& gazetteer) {
  const KnowledgeGraph::Graph& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& node = g[v];
    if (node.type == NodeType::kClaim) continue;
    bool episode = node.type == NodeType::kEpisode;
    nodes_[node.id.str()] = Entry{node.id.str(), node.label.str(), node.speaker, episode};
    NameKind kind = episode ? NameKind::kEpisode : NameKind::kEntity;
    AddName(node.label, node.id, true, kind);
    AddName(SlugOf(node.id), node.id, true, kind);
    if (episode) {
      AddName(node.profile().title, node.id, true, kind);
      AddName(node.profile().date, node.id, true, kind);
      AddName(node.profile().source, node.id, true, kind);
      AddName(BaseName(node.profile().source), node.id, true, kind);
      AddName(Stem(node.profile().source), node.id, true, kind);
      continue;
    }
    for (const InternedString& alias : node.profile().aliases)
      AddName(alias, node.id, true, kind);
    // Words of a label name the node only when the label has several.
    std::string_view label = node.label;
    if (label.find(' ') == std::string_view::npos) continue;
    size_t start = 0;
    while (start < label.size()) {
      size_t space = label.find(' ', start);
      if (space == std::string_view::npos) space = label.size();
      AddWord(label.substr(start, space - start), node.id, kind);
      start = space + 1;
    }
  }
  for (const Entity& entity : gazetteer) {
    bool in_graph = nodes_.count(entity.id) > 0;
    if (!in_graph) absent_labels_[entity.id] = entity.name;
    AddName(entity.name, entity.id, in_graph, NameKind::kEntity);
    for (const Alias& alias : entity.aliases)
      AddName(alias.text, entity.id, in_graph, NameKind::kEntity);
  }
  std::sort(all_keys_.begin(), all_keys_.end(),
            [](const auto& a, const auto& b) {
              return a.first != b.first ? a.first < b.first
                                        : a.second.id < b.second.id;
            });
}

void NameIndex::AddName(std::string_view name, std::string_view id,
                        bool in_graph, NameKind kind) {
  std::string key = Key(name);
  if (key.empty()) return;
  std::vector<Candidate>& list = names_[key];
  for (const Candidate& c : list)
    if (c.id == id) return;
  list.push_back(Candidate{std::string(id), kind, in_graph});
  all_keys_.emplace_back(key, Candidate{std::string(id), kind, in_graph});
}

void NameIndex::AddWord(std::string_view word, std::string_view id,
                        NameKind kind) {
  std::string key = Key(word);
  if (key.size() < 2) return;
  std::vector<Candidate>& list = words_[key];
  for (const Candidate& c : list)
    if (c.id == id) return;
  list.push_back(Candidate{std::string(id), kind, true});
  all_keys_.emplace_back(key, Candidate{std::string(id), kind, true});
}

bool NameIndex::Fits(const Candidate& candidate, NameKind kind) const {
  if (kind == NameKind::kEpisode) return candidate.kind == NameKind::kEpisode;
  if (candidate.kind == NameKind::kEpisode) return false;
  if (kind == NameKind::kEntity) return true;
  auto found = nodes_.find(candidate.id);
  return found != nodes_.end() && found->second.speaker;
}

std::string NameIndex::Label(std::string_view id) const {
  auto found = nodes_.find(std::string(id));
  if (found != nodes_.end()) return found->second.label;
  auto absent = absent_labels_.find(std::string(id));
  if (absent != absent_labels_.end()) return absent->second;
  return std::string(id);
}

std::string NameIndex::Describe(const std::string& id) const {
  return Label(id) + " (" + id + ")";
}

std::string NameIndex::Suggest(NameKind kind, const std::string& key) const {
  int limit = SuggestionLimit(key.size());
  // Best score per id: the edit distance, or limit + 1 for a name that merely
  // starts with what was typed.
  std::map<std::string, int> best;
  for (const auto& [name, candidate] : all_keys_) {
    if (!candidate.in_graph || !Fits(candidate, kind)) continue;
    int score = BoundedEditDistance(key, name, limit);
    if (score > limit) {
      if (key.size() < 3 || name.compare(0, key.size(), key) != 0) continue;
      score = limit + 1;
    }
    auto [it, inserted] = best.emplace(candidate.id, score);
    if (!inserted) it->second = std::min(it->second, score);
  }
  std::vector<std::pair<int, std::string>> ranked;
  for (const auto& [id, score] : best) ranked.emplace_back(score, id);
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    std::string la = Label(a.second), lb = Label(b.second);
    return la != lb ? la < lb : a.second < b.second;
  });
  constexpr size_t kMaxSuggestions = 3;
  std::vector<std::string> shown;
  for (size_t i = 0; i < ranked.size() && i < kMaxSuggestions; ++i)
    shown.push_back(Describe(ranked[i].second));
  if (shown.empty()) return "";
  return "; did you mean " + JoinOr(shown) + "?";
}

Status NameIndex::Resolve(NameKind kind, std::string_view name,
                          std::string* id) const {
  std::string typed(Trim(name));
  std::string kind_name(KindName(kind));
  if (typed.empty()) return Status::Error("", 0, "empty " + kind_name + " name");

  // Tier 1: an exact id.
  if (auto node = nodes_.find(typed); node != nodes_.end()) {
    Candidate candidate{typed,
                        node->second.episode ? NameKind::kEpisode : NameKind::kEntity,
                        true};
    if (Fits(candidate, kind)) {
      *id = typed;
      return Status::Ok();
    }
  }

  auto pick = [&](const std::vector<Candidate>* list, bool* absent,
                  bool* silent) {
    std::vector<std::string> ids;
    if (!list) return ids;
    for (const Candidate& c : *list) {
      if (!Fits(c, kind)) {
        if (kind == NameKind::kSpeaker && c.in_graph &&
            c.kind == NameKind::kEntity && silent)
          *silent = true;
        continue;
      }
      if (!c.in_graph) {
        if (absent) *absent = true;
        continue;
      }
      if (std::find(ids.begin(), ids.end(), c.id) == ids.end()) ids.push_back(c.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  auto decide = [&](const std::vector<std::string>& ids) -> Status {
    if (ids.size() == 1) {
      *id = ids[0];
      return Status::Ok();
    }
    std::vector<std::string> described;
    for (const std::string& c : ids) described.push_back(Describe(c));
    return Status::Error("", 0,
                         QuoteForMessage(typed) + " could be " + JoinOr(described) +
                             "; give the id to choose");
  };

  std::string key = Key(typed);
  auto lookup = [&](const auto& map) -> const std::vector<Candidate>* {
    auto found = map.find(key);
    return found == map.end() ? nullptr : &found->second;
  };

  // Tier 2: a whole name.
  bool absent = false, silent = false;
  std::vector<std::string> ids = pick(lookup(names_), &absent, &silent);
  if (!ids.empty()) return decide(ids);
  if (silent) {
    // Find which entity it was, to name it.
    std::vector<Candidate> entities;
    for (const Candidate& c : *lookup(names_))
      if (c.in_graph && c.kind == NameKind::kEntity) entities.push_back(c);
    std::sort(entities.begin(), entities.end(),
              [](const Candidate& a, const Candidate& b) { return a.id < b.id; });
    return Status::Error("", 0,
                         Describe(entities.front().id) +
                             " is mentioned but never speaks");
  }
  if (absent) {
    for (const Candidate& c : *lookup(names_)) {
      if (!c.in_graph && Fits(c, kind)) {
        return Status::Error("", 0,
                             QuoteForMessage(typed) + " is " + Describe(c.id) +
                                 (c.id.rfind("person:", 0) == 0 ? ", who" : ", which") +
                                 " is not in the graph");
      }
    }
  }

  // Tier 3: one word of a label.
  ids = pick(lookup(words_), nullptr, nullptr);
  if (!ids.empty()) return decide(ids);

  return Status::Error("", 0,
                       "no " + kind_name + " in the graph is named " +
                           QuoteForMessage(typed) + Suggest(kind, key));
}

}  // namespace claimgraph
