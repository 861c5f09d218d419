#include "graph/compare.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "base/string_map.h"

namespace claimgraph {
namespace {

bool IsSymmetric(const std::string& relation) {
  return relation == "competes_with" || relation == "partnered_with";
}

// Ordered to sort statements: episode, speaker's first turn, time, then the
// order claims were added.
struct Keyed {
  size_t speaker_rank = 0;
  size_t sequence = 0;
  Statement statement;
};

bool StatementBefore(const Keyed& a, const Keyed& b) {
  const Statement& x = a.statement;
  const Statement& y = b.statement;
  if (x.episode != y.episode) return x.episode < y.episode;
  if (a.speaker_rank != b.speaker_rank) return a.speaker_rank < b.speaker_rank;
  long long tx = x.seconds.value_or(-1), ty = y.seconds.value_or(-1);
  if (tx != ty) return tx < ty;
  return a.sequence < b.sequence;
}

bool TimeBefore(const Keyed& a, const Keyed& b) {
  const Statement& x = a.statement;
  const Statement& y = b.statement;
  if (x.episode != y.episode) return x.episode < y.episode;
  long long tx = x.seconds.value_or(-1), ty = y.seconds.value_or(-1);
  if (tx != ty) return tx < ty;
  return a.sequence < b.sequence;
}

std::vector<Statement> Unwrap(std::vector<Keyed> keyed, bool by_speaker) {
  std::sort(keyed.begin(), keyed.end(), by_speaker ? StatementBefore : TimeBefore);
  std::vector<Statement> out;
  out.reserve(keyed.size());
  for (Keyed& k : keyed) out.push_back(std::move(k.statement));
  return out;
}

std::set<size_t> EpisodesOf(const std::vector<Keyed>& statements) {
  std::set<size_t> out;
  for (const Keyed& k : statements) out.insert(k.statement.episode);
  return out;
}

// True when some episode of `a` differs from some episode of `b`.
bool AcrossEpisodes(const std::set<size_t>& a, const std::set<size_t>& b) {
  if (a.empty() || b.empty()) return false;
  return a.size() > 1 || b.size() > 1 || *a.begin() != *b.begin();
}

}  // namespace

Status CompareEpisodes(const KnowledgeGraph& graph,
                       const std::vector<std::string>& episodes,
                       Comparison* result) {
  if (episodes.size() < 2)
    return Status::Error("", 0, "compare needs at least two episodes");
  Comparison out;
  StringMap<size_t> index;
  std::vector<const EpisodeRecord*> records;
  for (const std::string& id : episodes) {
    auto record = std::find_if(graph.episodes().begin(), graph.episodes().end(),
                               [&](const EpisodeRecord& r) { return r.id == id; });
    if (record == graph.episodes().end())
      return Status::Error("", 0, "episode " + id + " is not in the graph");
    if (!index.emplace(id, out.episodes.size()).second)
      return Status::Error("", 0, "episode " + id + " is given twice");
    out.episodes.push_back(
        {record->id.str(), record->title.str(), record->date.str(), record->source.str()});
    records.push_back(&*record);
  }
  const size_t n = out.episodes.size();
  const KnowledgeGraph::Graph& g = graph.graph();

  // Mentions and presence per entity and episode.
  std::map<std::string, std::vector<long long>> mentions;
  std::map<std::string, std::vector<bool>> present;
  auto mark = [&](const std::string& id, size_t episode) {
    std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
    if (!v || !IsEntityType(graph.node(*v).type)) return false;
    mentions.try_emplace(id, n, 0);
    present.try_emplace(id, n, false).first->second[episode] = true;
    return true;
  };
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeData edge = EdgeAt(g, e);
    if (edge.type != "mentions") continue;
    auto episode = index.find(edge.episode.view());
    if (episode == index.end()) continue;
    std::string id = g[boost::target(e, g)].id.str();
    if (mark(id, episode->second)) ++mentions[id][episode->second];
  }

  // Every claim of the compared episodes, and the entities it names.
  std::vector<Keyed> claims;
  std::vector<std::vector<std::string>> claim_entities;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& node = g[v];
    if (node.type != NodeType::kClaim) continue;
    auto episode = index.find(node.episode.view());
    if (episode == index.end()) continue;
    const std::vector<InternedString>& speakers = records[episode->second]->speakers;
    Keyed k;
    k.speaker_rank = static_cast<size_t>(
        std::find(speakers.begin(), speakers.end(), node.claim_speaker) -
        speakers.begin());
    k.sequence = claims.size();
    Statement& s = k.statement;
    s.claim = node.id;
    s.episode = episode->second;
    s.speaker = node.claim_speaker;
    std::optional<KnowledgeGraph::Vertex> speaker = graph.Find(node.claim_speaker);
    s.speaker_label = speaker ? graph.node(*speaker).label : node.claim_speaker;
    s.seconds = node.seconds;
    s.line = node.line;
    s.relation = node.relation;
    s.subject = node.subject;
    s.object = node.object;
    s.negated = node.negated;
    s.modality = node.modality;
    s.label = NodeLabel(node);
    s.text = node.text;
    std::vector<std::string> named;
    for (const InternedString* id : {&node.subject, &node.object})
      if (!id->empty()) named.push_back(id->str());
    for (const InternedString& id : node.about) named.push_back(id.str());
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (const std::string& id : named) mark(id, episode->second);
    claims.push_back(std::move(k));
    claim_entities.push_back(std::move(named));
  }

  auto label_of = [&](const std::string& id) {
    std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
    return v ? graph.node(*v).label.str() : id;
  };

  for (const auto& [id, counts] : mentions) {
    Comparison::EntityCounts row;
    row.id = id;
    row.label = label_of(id);
    row.type = graph.node(*graph.Find(id)).type;
    row.mentions = counts;
    for (long long c : counts) row.total += c;
    out.entities.push_back(std::move(row));
  }
  std::sort(out.entities.begin(), out.entities.end(),
            [](const Comparison::EntityCounts& a, const Comparison::EntityCounts& b) {
              if (a.total != b.total) return a.total > b.total;
              if (a.label != b.label) return a.label < b.label;
              return a.id < b.id;
            });

  out.unique.resize(n);
  for (const Comparison::EntityCounts& row : out.entities) {
    const std::vector<bool>& in = present[row.id];
    size_t count = static_cast<size_t>(std::count(in.begin(), in.end(), true));
    if (count == n) out.common.push_back(row.id);
    if (count == 1)
      out.unique[std::find(in.begin(), in.end(), true) - in.begin()].push_back(row.id);
    if (count < 2) continue;
    std::vector<Keyed> about;
    for (size_t i = 0; i < claims.size(); ++i) {
      const std::vector<std::string>& named = claim_entities[i];
      if (std::binary_search(named.begin(), named.end(), row.id))
        about.push_back(claims[i]);
    }
    out.shared.push_back({row.id, row.label, Unwrap(std::move(about), true)});
  }

  // Relation claims grouped by (relation, subject, object) and polarity.
  using Key = std::tuple<std::string, std::string, std::string>;
  std::map<Key, std::vector<Keyed>> positive, negative;
  for (const Keyed& k : claims) {
    const Statement& s = k.statement;
    if (s.relation.empty() || s.subject.empty() || s.object.empty() ||
        s.modality == "question")
      continue;
    Key key{s.relation, s.subject, s.object};
    if (IsSymmetric(s.relation) && s.object < s.subject)
      key = Key{s.relation, s.object, s.subject};
    (s.negated ? negative : positive)[key].push_back(k);
  }
  auto finding = [&](const std::string& kind, const Key& key,
                     std::vector<Keyed> statements) {
    Comparison::Finding f;
    f.kind = kind;
    f.relation = std::get<0>(key);
    f.subject = std::get<1>(key);
    f.subject_label = label_of(f.subject);
    f.object = std::get<2>(key);
    f.object_label = label_of(f.object);
    f.statements = Unwrap(std::move(statements), false);
    return f;
  };
  for (const auto* side : {&positive, &negative}) {
    for (const auto& [key, statements] : *side) {
      if (EpisodesOf(statements).size() >= 2)
        out.agreements.push_back(finding("agree", key, statements));
    }
  }
  for (const auto& [key, yes] : positive) {
    auto no = negative.find(key);
    if (no == negative.end()) continue;
    if (!AcrossEpisodes(EpisodesOf(yes), EpisodesOf(no->second))) continue;
    std::vector<Keyed> both = yes;
    both.insert(both.end(), no->second.begin(), no->second.end());
    out.conflicts.push_back(finding("negation", key, std::move(both)));
  }
  for (const auto& [key, forward] : positive) {
    const auto& [relation, subject, object] = key;
    if (relation != "outperforms" || !(subject < object)) continue;
    auto backward = positive.find(Key{relation, object, subject});
    if (backward == positive.end()) continue;
    if (!AcrossEpisodes(EpisodesOf(forward), EpisodesOf(backward->second))) continue;
    std::vector<Keyed> both = forward;
    both.insert(both.end(), backward->second.begin(), backward->second.end());
    out.conflicts.push_back(finding("opposite", key, std::move(both)));
  }
  auto by_names = [](const Comparison::Finding& a, const Comparison::Finding& b) {
    return std::tie(a.relation, a.subject_label, a.object_label, a.kind) <
           std::tie(b.relation, b.subject_label, b.object_label, b.kind);
  };
  std::sort(out.agreements.begin(), out.agreements.end(), by_names);
  std::sort(out.conflicts.begin(), out.conflicts.end(), by_names);

  *result = std::move(out);
  return Status::Ok();
}

}  // namespace claimgraph
