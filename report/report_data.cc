#include "report/report_data.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "base/string_map.h"
#include "base/text.h"
#include "base/version.h"
#include "export/json_stream.h"
#include "report/claim_comparison.h"

namespace claimgraph {
namespace {

using Json = nlohmann::ordered_json;
using Graph = KnowledgeGraph::Graph;
using Vertex = KnowledgeGraph::Vertex;

Json OrNull(std::string_view text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

// Per-episode mention counts as [[episode, count], ...], episodes ascending.
Json Counts(const std::map<int, long long>& counts) {
  Json out = Json::array();
  for (const auto& [episode, count] : counts) out.push_back({episode, count});
  return out;
}

// Assigns indexes and builds each part of the document in graph order.
class DataBuilder {
 public:
  DataBuilder(const KnowledgeGraph& graph, const MentionSentences& sentences,
              const ReportOptions& options)
      : graph_(graph), g_(graph.graph()), sentences_(sentences), options_(options) {}

  std::string Build() {
    IndexEpisodes();
    IndexNodes();
    CollectClaims();
    CollectMentions();
    // Written part by part: the claims straight from the graph, the smaller
    // parts each made as a document and dumped, so the whole is never one
    // tree (that took four times the graph's memory for a thousand
    // episodes). Text is UTF-8 throughout; should a byte slip through that is
    // not, it becomes U+FFFD rather than an exception.
    JsonStream out(nullptr, JsonLayout::kCompact);
    auto part = [&](std::string_view key, const Json& value) {
      out.Key(key);
      out.Raw(value.dump(-1, ' ', false, Json::error_handler_t::replace));
    };
    out.BeginObject();
    out.Key("title"); out.String(ReportTitle(graph_, options_));
    out.Key("generator"); out.String(std::string("claimgraph ") + kVersion);
    part("episodes", EpisodesJson());
    part("nodes", NodesJson());
    part("links", LinksJson());
    part("relations", RelationsJson());
    out.Key("claims"); WriteClaims(out);
    out.Key("texts");
    out.BeginArray();
    for (const std::string& text : texts_) out.String(text);
    out.EndArray();
    auto [agreements, conflicts] = ComparisonJson();
    part("agreements", agreements);
    part("conflicts", conflicts);
    out.EndObject();
    out.Finish();
    return out.TakeText();
  }

 private:
  struct Link {
    int speaker = 0, entity = 0;
    long long mentions = 0;
    std::map<int, long long> by_episode;
    std::vector<int> claims;
  };
  struct Relation {
    int subject = 0, object = 0;
    std::string relation;
    std::vector<int> claims;
    int negated = 0;
  };
  struct Mark {
    int entity, speaker;
    long long x;
    int line;
    std::vector<int> texts;
  };

  void IndexEpisodes() {
    for (const EpisodeRecord& record : graph_.episodes()) {
      episode_index_[record.id] = static_cast<int>(episode_index_.size());
      bool timed = std::any_of(record.turns.begin(), record.turns.end(),
                               [](const auto& turn) { return turn.seconds.has_value(); });
      timed_.push_back(timed);
      marks_.emplace_back();
      entity_counts_.emplace_back();
      count_index_.emplace_back();
    }
  }

  void IndexNodes() {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      if (!IsEntityType(g_[v].type)) continue;
      node_index_[g_[v].id] = static_cast<int>(nodes_.size());
      nodes_.push_back(v);
      node_counts_.emplace_back();
    }
  }

  int NodeIndex(const InternedString& id) const {
    auto it = node_index_.find(id);
    return it == node_index_.end() ? -1 : it->second;
  }

  int EpisodeIndex(const InternedString& id) const {
    auto it = episode_index_.find(id);
    return it == episode_index_.end() ? -1 : it->second;
  }

  Link& LinkOf(int speaker, int entity) {
    auto [it, added] = link_index_.try_emplace({speaker, entity}, links_.size());
    if (added) links_.push_back(Link{speaker, entity});
    return links_[it->second];
  }

  int TextIndex(std::string_view text) {
    if (auto it = text_index_.find(text); it != text_index_.end()) return it->second;
    int index = static_cast<int>(texts_.size());
    texts_.emplace_back(text);
    text_index_.emplace(texts_.back(), index);
    return index;
  }

  void CollectClaims() {
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeData& claim = g_[v];
      if (claim.type != NodeType::kClaim) continue;
      int index = static_cast<int>(claim_index_.size());
      claim_index_[claim.id] = index;
      int speaker = NodeIndex(claim.claim_speaker);
      int episode = EpisodeIndex(claim.episode);
      for (const InternedString& id : claim.about) {
        int entity = NodeIndex(id);
        if (entity >= 0 && speaker >= 0 && entity != speaker)
          LinkOf(speaker, entity).claims.push_back(index);
      }
      int subject = NodeIndex(claim.subject), object = NodeIndex(claim.object);
      if (!claim.relation.empty() && subject >= 0 && object >= 0) {
        std::tuple<int, int, std::string> key(subject, object, claim.relation.str());
        auto [it, added] = relation_index_.try_emplace(key, relations_.size());
        if (added) relations_.push_back(Relation{subject, object, claim.relation.str()});
        Relation& relation = relations_[it->second];
        relation.claims.push_back(index);
        if (claim.negated) ++relation.negated;
      }
      if (episode >= 0 && claim.line > 0) {
        for (const InternedString& id : claim.about)
          claims_at_[{episode, claim.line, id}].push_back(claim.text);
      }
    }
  }

  // The claims, in graph order (the order of claim_index_).
  void WriteClaims(JsonStream& out) const {
    out.BeginArray();
    for (Vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeData& claim = g_[v];
      if (claim.type != NodeType::kClaim) continue;
      out.BeginObject();
      out.Key("id"); out.String(claim.id);
      out.Key("label"); out.String(NodeLabel(claim));
      out.Key("text"); out.String(claim.text);
      out.Key("speaker"); out.Int(NodeIndex(claim.claim_speaker));
      out.Key("episode"); out.Int(EpisodeIndex(claim.episode));
      out.Key("seconds"); out.IntOrNull(claim.seconds);
      out.Key("time"); ClockOrNull(out, claim.seconds);
      out.Key("line"); out.Int(claim.line);
      out.Key("relation"); out.StringOrNull(claim.relation);
      out.Key("subject"); out.Int(NodeIndex(claim.subject));
      out.Key("object"); out.Int(NodeIndex(claim.object));
      out.Key("about");
      out.BeginArray();
      for (const InternedString& id : claim.about)
        if (int entity = NodeIndex(id); entity >= 0) out.Int(entity);
      out.EndArray();
      out.Key("modality"); out.String(claim.modality);
      out.Key("negated"); out.Bool(claim.negated);
      out.EndObject();
    }
    out.EndArray();
  }

  void CollectMentions() {
    // First pass: counts, to choose each episode's timeline rows.
    std::vector<std::pair<int, KnowledgeGraph::Edge>> mentions;
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeData edge = EdgeAt(g_, e);
      if (edge.type != "mentions") continue;
      int speaker = NodeIndex(g_[boost::source(e, g_)].id);
      int entity = NodeIndex(g_[boost::target(e, g_)].id);
      int episode = EpisodeIndex(edge.episode);
      if (speaker < 0 || entity < 0 || episode < 0) continue;
      ++node_counts_[entity][episode];
      auto& counts = entity_counts_[episode];
      auto [at, added] = count_index_[episode].try_emplace(entity, counts.size());
      if (added) counts.push_back({entity, 0});
      ++counts[at->second].second;
      if (entity != speaker) {
        Link& link = LinkOf(speaker, entity);
        ++link.mentions;
        ++link.by_episode[episode];
      }
      mentions.push_back({episode, e});
    }
    rows_.resize(entity_counts_.size());
    for (size_t ep = 0; ep < entity_counts_.size(); ++ep) {
      auto counts = entity_counts_[ep];  // in order of first mention
      std::stable_sort(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      size_t n = std::min(counts.size(),
                          static_cast<size_t>(std::max(0, options_.timeline_rows)));
      for (size_t i = 0; i < n; ++i) rows_[ep].push_back(counts[i].first);
    }
    // Second pass: the marks of the rows' entities.
    for (const auto& [episode, e] : mentions) {
      const EdgeData edge = EdgeAt(g_, e);
      const InternedString& entity_id = g_[boost::target(e, g_)].id;
      int entity = NodeIndex(entity_id);
      const auto& rows = rows_[episode];
      if (std::find(rows.begin(), rows.end(), entity) == rows.end()) continue;
      Mark mark{entity, NodeIndex(g_[boost::source(e, g_)].id),
                timed_[episode] ? edge.seconds.value_or(0) : edge.line, edge.line, {}};
      if (const auto* said = sentences_.Find(edge.episode, edge.line, entity_id)) {
        for (const std::string& text : *said) mark.texts.push_back(TextIndex(text));
      } else if (auto it = claims_at_.find({episode, edge.line, entity_id});
                 it != claims_at_.end()) {
        for (const InternedString& text : it->second) mark.texts.push_back(TextIndex(text));
      }
      marks_[episode].push_back(std::move(mark));
    }
  }

  Json EpisodesJson() {
    Json out = Json::array();
    for (size_t i = 0; i < graph_.episodes().size(); ++i) {
      const EpisodeRecord& record = graph_.episodes()[i];
      bool timed = timed_[i];
      long long end = 0;
      Json speakers = Json::array();
      for (const InternedString& id : record.speakers) speakers.push_back(NodeIndex(id));
      Json turns = Json::array();
      for (const auto& turn : record.turns) {
        long long x = timed ? turn.seconds.value_or(0) : turn.line;
        end = std::max(end, x);
        turns.push_back({NodeIndex(turn.speaker), x});
      }
      Json chapters = Json::array();
      if (timed) {
        for (const Chapter& chapter : record.chapters) {
          if (!chapter.seconds) continue;
          end = std::max(end, *chapter.seconds);
          chapters.push_back({{"title", chapter.title}, {"x", *chapter.seconds}});
        }
      }
      Json marks = Json::array();
      for (const Mark& mark : marks_[i]) {
        end = std::max(end, mark.x);
        marks.push_back({{"e", mark.entity}, {"s", mark.speaker}, {"x", mark.x},
                         {"line", mark.line}, {"q", mark.texts}});
      }
      out.push_back({{"id", record.id.str()},
                     {"title", record.title.str()},
                     {"date", OrNull(record.date)},
                     {"source", record.source.str()},
                     {"timed", timed},
                     {"end", end},
                     {"speakers", std::move(speakers)},
                     {"turns", std::move(turns)},
                     {"chapters", std::move(chapters)},
                     {"rows", rows_[i]},
                     {"marks", std::move(marks)}});
    }
    return out;
  }

  Json NodesJson() {
    Json out = Json::array();
    for (size_t i = 0; i < nodes_.size(); ++i) {
      const NodeData& node = g_[nodes_[i]];
      Json episodes = Json::array();
      for (const InternedString& id : node.profile().episodes) {
        int episode = EpisodeIndex(id);
        if (episode >= 0) episodes.push_back(episode);
      }
      Json item = {{"id", node.id.str()},
                   {"type", NodeTypeName(node.type)},
                   {"label", node.label.str()},
                   {"aliases", node.profile().aliases},
                   {"mentions", node.profile().mentions},
                   {"speaker", node.speaker},
                   {"episodes", std::move(episodes)},
                   {"counts", Counts(node_counts_[i])}};
      if (!node.profile().kind.empty()) item["kind"] = node.profile().kind;
      if (!node.profile().homepage.empty()) item["homepage"] = node.profile().homepage;
      if (!node.profile().wikidata.empty()) item["wikidata"] = node.profile().wikidata;
      out.push_back(std::move(item));
    }
    return out;
  }

  Json LinksJson() {
    Json out = Json::array();
    for (const Link& link : links_) {
      out.push_back({{"s", link.speaker}, {"t", link.entity}, {"n", link.mentions},
                     {"by", Counts(link.by_episode)}, {"claims", link.claims}});
    }
    return out;
  }

  Json RelationsJson() {
    Json out = Json::array();
    for (const Relation& r : relations_) {
      out.push_back({{"s", r.subject}, {"t", r.object}, {"r", r.relation},
                     {"claims", r.claims}, {"negated", r.negated}});
    }
    return out;
  }

  Json ClaimIndexes(const std::vector<std::string>& ids) const {
    Json out = Json::array();
    for (const std::string& id : ids) {
      auto it = claim_index_.find(id);
      if (it != claim_index_.end()) out.push_back(it->second);
    }
    return out;
  }

  // The "agreements" and "conflicts" parts.
  std::pair<Json, Json> ComparisonJson() const {
    ClaimComparison comparison = CompareClaims(graph_);
    Json agreements = Json::array();
    for (const ClaimAgreement& a : comparison.agreements) {
      Json episodes = Json::array();
      for (const std::string& id : a.episodes) episodes.push_back(EpisodeIndex(id));
      agreements.push_back({{"subject", NodeIndex(a.subject)},
                            {"object", NodeIndex(a.object)},
                            {"relation", a.relation},
                            {"negated", a.negated},
                            {"claims", ClaimIndexes(a.claims)},
                            {"episodes", std::move(episodes)}});
    }
    Json conflicts = Json::array();
    for (const ClaimConflict& c : comparison.conflicts) {
      conflicts.push_back({{"kind", c.kind},
                           {"subject", NodeIndex(c.subject)},
                           {"object", NodeIndex(c.object)},
                           {"relation", c.relation},
                           {"claims", ClaimIndexes(c.claims)},
                           {"against", ClaimIndexes(c.against)}});
    }
    return {std::move(agreements), std::move(conflicts)};
  }

  const KnowledgeGraph& graph_;
  const Graph& g_;
  const MentionSentences& sentences_;
  const ReportOptions& options_;

  std::unordered_map<InternedString, int> episode_index_;
  std::vector<bool> timed_;
  std::unordered_map<InternedString, int> node_index_;
  std::vector<Vertex> nodes_;
  std::vector<std::map<int, long long>> node_counts_;  // per node, by episode
  // Per episode: mention edges per entity, in order of first mention.
  std::vector<std::vector<std::pair<int, long long>>> entity_counts_;
  std::vector<std::unordered_map<int, size_t>> count_index_;
  std::vector<std::vector<int>> rows_;
  std::vector<std::vector<Mark>> marks_;
  std::map<std::pair<int, int>, size_t> link_index_;
  std::vector<Link> links_;
  std::map<std::tuple<int, int, std::string>, size_t> relation_index_;
  std::vector<Relation> relations_;
  std::unordered_map<InternedString, int> claim_index_;
  // The texts of the claims about an entity, by episode, line and entity:
  // interned, so kept once however many entities a claim is about.
  std::map<std::tuple<int, int, InternedString>, std::vector<InternedString>> claims_at_;
  StringMap<int> text_index_;
  std::vector<std::string> texts_;
};

}  // namespace

std::string ReportTitle(const KnowledgeGraph& graph, const ReportOptions& options) {
  if (!options.title.empty()) return options.title;
  const auto& episodes = graph.episodes();
  if (episodes.size() == 1) {
    return (episodes[0].title.empty() ? episodes[0].source : episodes[0].title).str();
  }
  return std::to_string(episodes.size()) + " episodes";
}

std::string ReportDataJson(const KnowledgeGraph& graph,
                           const MentionSentences& sentences,
                           const ReportOptions& options) {
  return DataBuilder(graph, sentences, options).Build();
}

}  // namespace claimgraph
