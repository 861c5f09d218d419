#include "graph/stats.h"

#include <algorithm>
#include <map>
#include <set>

namespace claimgraph {
namespace {

bool Allows(const std::vector<std::string>& filter, std::string_view value) {
  return filter.empty() ||
         std::find(filter.begin(), filter.end(), value) != filter.end();
}

// The structural edge types come first, in the order the contract lists them.
int EdgeRank(const std::string& type) {
  static const char* const kStructural[] = {"mentions", "said", "about",
                                            "appears_in"};
  for (int i = 0; i < 4; ++i)
    if (type == kStructural[i]) return i;
  return 4;
}

}  // namespace

GraphStats ComputeStats(const KnowledgeGraph& graph, const StatsOptions& options) {
  GraphStats stats;
  const KnowledgeGraph::Graph& g = graph.graph();

  std::map<NodeType, long long> nodes;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++nodes[g[v].type];
  for (NodeType type : {NodeType::kPerson, NodeType::kCompany, NodeType::kModel,
                        NodeType::kProduct, NodeType::kEpisode, NodeType::kClaim})
    stats.nodes.push_back({std::string(NodeTypeName(type)), nodes[type]});

  // InternedString keys order by their text, as std::string keys would.
  std::map<InternedString, long long> edges;
  std::map<InternedString, long long> mentions;
  std::map<InternedString, std::set<InternedString>> mention_episodes;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeData edge = EdgeAt(g, e);
    ++edges[edge.type];
    if (edge.type != "mentions" || !Allows(options.episodes, edge.episode)) continue;
    const InternedString& id = g[boost::target(e, g)].id;
    ++mentions[id];
    mention_episodes[id].insert(edge.episode);
  }
  for (const auto& [type, count] : edges) stats.edges.push_back({type.str(), count});
  std::stable_sort(stats.edges.begin(), stats.edges.end(),
                   [](const GraphStats::Count& a, const GraphStats::Count& b) {
                     return EdgeRank(a.name) < EdgeRank(b.name);
                   });

  for (const auto& [id, count] : mentions) {
    const NodeData& node = graph.node(*graph.Find(id));
    stats.top_entities.push_back(
        {id.str(), node.label.str(), node.type, count,
         static_cast<long long>(mention_episodes[id].size())});
  }
  std::sort(stats.top_entities.begin(), stats.top_entities.end(),
            [](const GraphStats::TopEntity& a, const GraphStats::TopEntity& b) {
              if (a.mentions != b.mentions) return a.mentions > b.mentions;
              if (a.label != b.label) return a.label < b.label;
              return a.id < b.id;
            });
  if (options.top > 0 && stats.top_entities.size() > options.top)
    stats.top_entities.resize(options.top);

  for (const EpisodeRecord& record : graph.episodes()) {
    if (!Allows(options.episodes, record.id)) continue;
    ++stats.episodes;
    std::vector<GraphStats::SpeakerShare> shares;
    auto share_of = [&](const InternedString& speaker) -> GraphStats::SpeakerShare& {
      for (GraphStats::SpeakerShare& s : shares)
        if (s.speaker == speaker) return s;
      std::optional<KnowledgeGraph::Vertex> v = graph.Find(speaker);
      shares.push_back({record.id.str(), speaker.str(),
                        v ? graph.node(*v).label.str() : speaker.str()});
      return shares.back();
    };
    for (const InternedString& speaker : record.speakers) share_of(speaker);
    long long turns = 0, words = 0;
    const InternedString* previous = nullptr;
    for (const EpisodeRecord::Turn& turn : record.turns) {
      GraphStats::SpeakerShare& s = share_of(turn.speaker);
      ++s.segments;
      s.words += turn.words;
      words += turn.words;
      if (!previous || *previous != turn.speaker) {
        ++s.turns;
        ++turns;
      }
      previous = &turn.speaker;
    }
    for (GraphStats::SpeakerShare& s : shares) {
      s.turn_share = turns ? static_cast<double>(s.turns) / turns : 0;
      s.word_share = words ? static_cast<double>(s.words) / words : 0;
      stats.speakers.push_back(std::move(s));
    }
  }
  return stats;
}

}  // namespace claimgraph
