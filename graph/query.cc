#include "graph/query.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/edit_distance.h"
#include "base/text.h"
#include "extract/claims/claim.h"
#include "graph/name_index.h"

namespace claimgraph {
namespace {

template <typename Text>
bool Contains(const std::vector<Text>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// A filter that is empty lets everything through.
bool Allows(const std::vector<std::string>& filter, std::string_view value) {
  return filter.empty() || Contains(filter, value);
}

bool InTime(const ClaimQuery& q, const std::optional<long long>& seconds) {
  if (!q.since_seconds && !q.until_seconds) return true;
  if (!seconds) return false;
  if (q.since_seconds && *seconds < *q.since_seconds) return false;
  if (q.until_seconds && *seconds > *q.until_seconds) return false;
  return true;
}

// Dates are "YYYY-MM-DD", so text order is date order.
bool InDates(const ClaimQuery& q, std::string_view date) {
  if (q.since_date.empty() && q.until_date.empty()) return true;
  if (date.empty()) return false;
  if (!q.since_date.empty() && date < q.since_date) return false;
  if (!q.until_date.empty() && date > q.until_date) return false;
  return true;
}

// Every entity a claim names: subject, object and the rest, each once. The
// views are of interned text, which lives as long as the process.
std::vector<std::string_view> ClaimEntities(const NodeData& claim) {
  std::vector<std::string_view> ids;
  for (const InternedString* id : {&claim.subject, &claim.object})
    if (!id->empty() && !Contains(ids, *id)) ids.push_back(*id);
  for (const InternedString& id : claim.about)
    if (!Contains(ids, id)) ids.push_back(id);
  return ids;
}

class EpisodeDates {
 public:
  explicit EpisodeDates(const KnowledgeGraph& graph) {
    for (const EpisodeRecord& record : graph.episodes()) by_id_[record.id] = &record;
  }
  const EpisodeRecord* Find(const InternedString& id) const {
    auto found = by_id_.find(id);
    return found == by_id_.end() ? nullptr : found->second;
  }
  std::string_view Date(const InternedString& id) const {
    const EpisodeRecord* record = Find(id);
    return record ? record->date.view() : std::string_view();
  }

 private:
  std::unordered_map<InternedString, const EpisodeRecord*> by_id_;
};

// The filters that do not depend on who said it or about what.
bool InScope(const ClaimQuery& q, const EpisodeDates& dates, const NodeData& claim) {
  return Allows(q.episodes, claim.episode) &&
         Allows(q.relations, claim.relation) &&
         Allows(q.modalities, claim.modality) && InTime(q, claim.seconds) &&
         InDates(q, dates.Date(claim.episode));
}

std::string LabelOf(const KnowledgeGraph& graph, std::string_view id) {
  if (id.empty()) return "";
  std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
  return v ? graph.node(*v).label.str() : std::string(id);
}

bool IsDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (text[i] < '0' || text[i] > '9') return false;
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

std::vector<ClaimRow> FindClaims(const KnowledgeGraph& graph,
                                 const ClaimQuery& query) {
  EpisodeDates episodes(graph);
  std::vector<ClaimRow> rows;
  const KnowledgeGraph::Graph& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& claim = g[v];
    if (claim.type != NodeType::kClaim) continue;
    if (!InScope(query, episodes, claim)) continue;
    if (!Allows(query.speakers, claim.claim_speaker)) continue;
    std::vector<std::string_view> entities = ClaimEntities(claim);
    if (!query.about.empty() &&
        std::none_of(query.about.begin(), query.about.end(),
                     [&](const std::string& id) { return Contains(entities, id); }))
      continue;
    if (query.between && !(Contains(entities, query.between->first) &&
                           Contains(entities, query.between->second)))
      continue;

    ClaimRow row;
    row.claim = claim.id.str();
    row.episode = claim.episode.str();
    if (const EpisodeRecord* record = episodes.Find(claim.episode)) {
      row.episode_title = record->title.str();
      row.date = record->date.str();
      row.source = record->source.str();
    }
    row.seconds = claim.seconds;
    row.line = claim.line;
    row.speaker = claim.claim_speaker.str();
    row.speaker_label = LabelOf(graph, claim.claim_speaker);
    row.relation = claim.relation.str();
    row.subject = claim.subject.str();
    row.subject_label = LabelOf(graph, claim.subject);
    row.object = claim.object.str();
    row.object_label = LabelOf(graph, claim.object);
    row.negated = claim.negated;
    row.modality = claim.modality.str();
    row.label = NodeLabel(claim);
    row.text = claim.text;
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<TopicRow> SummariseSpeaker(const KnowledgeGraph& graph,
                                       const std::string& speaker,
                                       const ClaimQuery& scope, size_t limit) {
  EpisodeDates episodes(graph);
  std::map<std::string, TopicRow, std::less<>> by_entity;
  auto touch = [&](std::string_view id, std::string_view episode) -> TopicRow& {
    auto found = by_entity.find(id);
    if (found == by_entity.end()) found = by_entity.emplace(std::string(id), TopicRow()).first;
    TopicRow& row = found->second;
    if (row.entity.empty()) {
      row.entity = id;
      std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
      row.label = v ? graph.node(*v).label.str() : std::string(id);
      row.type = v ? graph.node(*v).type : NodeType::kCompany;
    }
    if (!Contains(row.episodes, episode)) row.episodes.emplace_back(episode);
    return row;
  };

  const KnowledgeGraph::Graph& g = graph.graph();
  if (std::optional<KnowledgeGraph::Vertex> who = graph.Find(speaker)) {
    for (auto e : boost::make_iterator_range(boost::out_edges(*who, g))) {
      const EdgeData edge = EdgeAt(g, e);
      if (edge.type != "mentions") continue;
      if (!Allows(scope.episodes, edge.episode) || !InTime(scope, edge.seconds) ||
          !InDates(scope, episodes.Date(edge.episode)))
        continue;
      ++touch(g[boost::target(e, g)].id, edge.episode).mentions;
    }
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const NodeData& claim = g[v];
    if (claim.type != NodeType::kClaim || claim.claim_speaker != speaker) continue;
    if (!InScope(scope, episodes, claim)) continue;
    for (std::string_view id : ClaimEntities(claim))
      ++touch(id, claim.episode).claims;
  }

  std::vector<TopicRow> rows;
  for (auto& [id, row] : by_entity) rows.push_back(std::move(row));
  std::sort(rows.begin(), rows.end(), [](const TopicRow& a, const TopicRow& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    if (a.claims != b.claims) return a.claims > b.claims;
    if (a.label != b.label) return a.label < b.label;
    return a.entity < b.entity;
  });
  if (limit > 0 && rows.size() > limit) rows.resize(limit);
  // Episodes in graph order, not in the order the counts met them.
  for (TopicRow& row : rows) {
    std::vector<std::string> ordered;
    for (const EpisodeRecord& record : graph.episodes())
      if (Contains(row.episodes, record.id)) ordered.push_back(record.id.str());
    row.episodes = std::move(ordered);
  }
  return rows;
}

const std::vector<std::string>& KnownRelations() {
  static const std::vector<std::string> kRelations = {
      "acquired",     "tried_to_acquire", "hired",      "tried_to_hire",
      "invested_in",  "partnered_with",   "supplies",   "competes_with",
      "released",     "trained",          "delayed",    "outperforms",
      "founded",      "works_at",         "sued",       "uses"};
  return kRelations;
}

Status ResolveRelation(const KnowledgeGraph& graph, std::string_view name,
                       std::string* relation) {
  std::string wanted = AsciiLower(Trim(name));
  std::replace(wanted.begin(), wanted.end(), '-', '_');
  std::replace(wanted.begin(), wanted.end(), ' ', '_');
  std::vector<std::string> known = KnownRelations();
  const KnowledgeGraph::Graph& g = graph.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const InternedString& r = g[v].relation;
    if (!r.empty() && !Contains(known, r)) known.push_back(r.str());
  }
  if (Contains(known, wanted)) {
    *relation = wanted;
    return Status::Ok();
  }
  int best = 3;
  std::vector<std::string> near;
  for (const std::string& r : known) {
    int d = BoundedEditDistance(wanted, r, 2);
    if (d > 2) continue;
    if (d < best) {
      best = d;
      near.clear();
    }
    if (d == best) near.push_back(r);
  }
  std::string message = "no relation is named " + QuoteForMessage(name);
  if (!near.empty()) {
    message += "; did you mean ";
    for (size_t i = 0; i < near.size(); ++i)
      message += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + near[i];
    message += "?";
  } else {
    message += " (see docs/relations.md)";
  }
  return Status::Error("", 0, message);
}

Status ResolveModality(std::string_view name, std::string* modality) {
  std::string wanted = AsciiLower(Trim(name));
  if (std::optional<Modality> m = ParseModality(wanted)) {
    *modality = std::string(ModalityName(*m));
    return Status::Ok();
  }
  return Status::Error("", 0,
                       "no modality is named " + QuoteForMessage(name) +
                           " (asserted, hedged, reported, predicted or question)");
}

Status ParseTimeBound(std::string_view flag, std::string_view text,
                      std::optional<long long>* seconds, std::string* date) {
  std::string_view value = Trim(text);
  if (IsDate(value)) {
    *date = std::string(value);
    return Status::Ok();
  }
  if (std::optional<long long> clock = ParseClock(value)) {
    *seconds = clock;
    return Status::Ok();
  }
  return Status::Error("", 0,
                       std::string(flag) + " " + QuoteForMessage(text) +
                           " is neither a time in the episode (10:00, 1:02:03) "
                           "nor a date (2025-06-30)");
}

}  // namespace claimgraph
