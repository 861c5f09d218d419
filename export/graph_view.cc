#include "export/graph_view.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/string_map.h"
#include "base/text.h"

namespace claimgraph {
namespace {

using Graph = KnowledgeGraph::Graph;

bool IsStructuralEdge(const std::string& type) {
  return type == "mentions" || type == "said" || type == "about" ||
         type == "appears_in";
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += items[i];
  }
  return out;
}

// "tried_to_acquire" -> "tried to acquire"
std::string RelationWords(std::string relation) {
  std::replace(relation.begin(), relation.end(), '_', ' ');
  return relation;
}

// Declares attributes and fills values by name, so that the view code reads
// as "set mentions to 3" rather than as index arithmetic.
class AttrTable {
 public:
  explicit AttrTable(std::vector<AttrSpec>* specs) : specs_(specs) {}

  void Declare(std::string name, AttrType type) {
    index_[name] = specs_->size();
    specs_->push_back({std::move(name), type});
  }
  bool Has(std::string_view name) const { return index_.find(name) != index_.end(); }

  void Set(std::vector<std::optional<AttrValue>>& values, std::string_view name,
           AttrValue value) const {
    values.resize(specs_->size());
    values[index_.find(name)->second] = std::move(value);
  }
  // Leave empty text out, as the other formats leave out absent values.
  // Text the view builds:
  void SetText(std::vector<std::optional<AttrValue>>& values, std::string_view name,
               std::string text) const {
    if (!text.empty()) Set(values, name, std::move(text));
  }
  // Text the graph holds, which the view borrows:
  void SetGraphText(std::vector<std::optional<AttrValue>>& values,
                    std::string_view name, const std::string& text) const {
    if (!text.empty()) Set(values, name, std::string_view(text));
  }

 private:
  std::vector<AttrSpec>* specs_;
  StringMap<size_t> index_;
};

class ViewBuilder {
 public:
  ViewBuilder(const KnowledgeGraph& graph, GraphViewKind kind, bool one_edge_per_pair)
      : graph_(graph), g_(graph.graph()), one_edge_per_pair_(one_edge_per_pair),
        node_attrs_(&view_.node_attrs), edge_attrs_(&view_.edge_attrs) {
    view_.kind = kind;
    for (size_t i = 0; i < graph.episodes().size(); ++i)
      episode_index_[graph.episodes()[i].id] = i;
  }

  GraphView Build() {
    DeclareAttributes();
    AddNodes();
    if (view_.kind == GraphViewKind::kClaims) {
      AddClaimsViewEdges();
    } else {
      AddEntitiesViewEdges();
    }
    return std::move(view_);
  }

 private:
  struct Aggregate {
    KnowledgeGraph::Vertex source, target;
    long long mentions = 0;
    std::vector<std::pair<std::string, long long>> relations;  // first seen first
    std::vector<std::string> speakers, claims, episodes;
    // What `episodes` holds, to look up: a pair talked about in every
    // episode of a large corpus has as many.
    std::unordered_set<std::string_view> episode_set, speaker_set;
    long long negated = 0;
    std::vector<Moment> moments;
  };

  bool Claims() const { return view_.kind == GraphViewKind::kClaims; }

  bool InView(const NodeData& node) const {
    return Claims() || IsEntityType(node.type);
  }

  // Edges come episode by episode, so the last episode asked about is
  // remembered rather than hashed again.
  Moment MomentOf(const std::string& episode, std::optional<long long> seconds) {
    if (!last_episode_ || *last_episode_ != episode) {
      auto it = episode_index_.find(episode);
      last_episode_ = &episode;
      last_episode_index_ = it == episode_index_.end() ? 0 : it->second;
    }
    return Moment{last_episode_index_, seconds};
  }

  std::string LabelOf(const std::string& id) const {
    std::optional<KnowledgeGraph::Vertex> v = graph_.Find(id);
    return v && !graph_.node(*v).label.empty() ? graph_.node(*v).label : id;
  }

  void DeclareAttributes() {
    AttrTable& n = node_attrs_;
    n.Declare("type", AttrType::kString);
    n.Declare("is_speaker", AttrType::kBoolean);
    n.Declare("mentions", AttrType::kInt);
    n.Declare("episodes", AttrType::kString);
    n.Declare("aliases", AttrType::kString);
    n.Declare("kind", AttrType::kString);
    n.Declare("homepage", AttrType::kString);
    n.Declare("wikidata", AttrType::kString);
    AttrTable& e = edge_attrs_;
    e.Declare("type", AttrType::kString);
    e.Declare("mentions", AttrType::kInt);
    e.Declare("episodes", AttrType::kString);
    if (Claims()) {
      for (const char* name : {"title", "date", "source", "text", "speaker",
                               "episode"})
        n.Declare(name, AttrType::kString);
      n.Declare("seconds", AttrType::kInt);
      n.Declare("time", AttrType::kString);
      n.Declare("line", AttrType::kInt);
      for (const char* name : {"relation", "subject", "object", "modality"})
        n.Declare(name, AttrType::kString);
      n.Declare("negated", AttrType::kBoolean);
      n.Declare("about", AttrType::kString);
      e.Declare("role", AttrType::kString);
      e.Declare("episode", AttrType::kString);
      e.Declare("seconds", AttrType::kInt);
      e.Declare("time", AttrType::kString);
      e.Declare("line", AttrType::kInt);
      e.Declare("turns", AttrType::kInt);
    } else {
      e.Declare("claims", AttrType::kInt);
      e.Declare("relations", AttrType::kString);
      e.Declare("speakers", AttrType::kString);
      e.Declare("claim_ids", AttrType::kString);
      e.Declare("negated", AttrType::kInt);
    }
  }

  void AddNodes() {
    position_of_vertex_.assign(boost::num_vertices(g_), kNotInView);
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeData& data = g_[v];
      if (!InView(data)) continue;
      position_of_vertex_[v] = view_.nodes.size();
      ViewNode node;
      node.id = data.id;
      node.type = NodeTypeName(data.type);
      node.label = data.label.empty() ? data.id : data.label;
      node.color = NodeColor(data);
      node.size = NodeSize(data);
      FillNodeValues(data, node.values);
      if (data.type == NodeType::kClaim)
        node.moments.push_back(MomentOf(data.episode, data.seconds));
      view_.nodes.push_back(std::move(node));
    }
    // Speakers are there from their first turn; episodes from their start.
    for (size_t i = 0; i < graph_.episodes().size(); ++i) {
      const EpisodeRecord& episode = graph_.episodes()[i];
      std::optional<long long> start;
      if (!episode.turns.empty()) start = episode.turns.front().seconds;
      if (ViewNode* node = NodeById(episode.id)) node->moments.push_back({i, start});
      for (const EpisodeRecord::Turn& turn : episode.turns) {
        if (ViewNode* node = NodeById(turn.speaker))
          node->moments.push_back({i, turn.seconds});
      }
    }
  }

  ViewNode* NodeById(const std::string& id) {
    std::optional<KnowledgeGraph::Vertex> v = graph_.Find(id);
    return v ? NodeAt(*v) : nullptr;
  }

  ViewNode* NodeAt(KnowledgeGraph::Vertex v) {
    size_t position = position_of_vertex_[v];
    return position == kNotInView ? nullptr : &view_.nodes[position];
  }

  // Every edge of the view joins nodes of the view.
  void SetEnds(ViewEdge& edge, KnowledgeGraph::Vertex source,
               KnowledgeGraph::Vertex target) const {
    edge.source = g_[source].id;
    edge.target = g_[target].id;
    edge.source_node = position_of_vertex_[source];
    edge.target_node = position_of_vertex_[target];
  }

  void FillNodeValues(const NodeData& data,
                      std::vector<std::optional<AttrValue>>& values) const {
    const AttrTable& n = node_attrs_;
    n.Set(values, "type", NodeTypeName(data.type));
    if (IsEntityType(data.type)) {
      if (data.type == NodeType::kPerson) n.Set(values, "is_speaker", data.speaker);
      n.Set(values, "mentions", data.mentions);
      n.SetText(values, "episodes", Join(data.episodes, "; "));
      n.SetText(values, "aliases", Join(data.aliases, "; "));
      n.SetGraphText(values, "kind", data.kind);
      n.SetGraphText(values, "homepage", data.homepage);
      n.SetGraphText(values, "wikidata", data.wikidata);
      return;
    }
    if (data.type == NodeType::kEpisode) {
      n.SetGraphText(values, "title", data.title);
      n.SetGraphText(values, "date", data.date);
      n.SetGraphText(values, "source", data.source);
      return;
    }
    n.SetGraphText(values, "text", data.text);
    n.SetGraphText(values, "speaker", data.claim_speaker);
    n.SetGraphText(values, "episode", data.episode);
    if (data.seconds) {
      n.Set(values, "seconds", *data.seconds);
      n.Set(values, "time", FormatClock(*data.seconds));
    }
    n.Set(values, "line", static_cast<long long>(data.line));
    n.SetGraphText(values, "relation", data.relation);
    n.SetGraphText(values, "subject", data.subject);
    n.SetGraphText(values, "object", data.object);
    n.SetGraphText(values, "modality", data.modality);
    n.Set(values, "negated", data.negated);
    n.SetText(values, "about", Join(data.about, "; "));
  }

  // `episode` is the graph's own text, which outlives the view builder.
  static void AddEpisode(Aggregate& a, const std::string& episode) {
    if (!episode.empty() && a.episode_set.insert(episode).second) a.episodes.push_back(episode);
  }

  static void AddSpeaker(Aggregate& a, const std::string& speaker) {
    if (a.speaker_set.insert(speaker).second) a.speakers.push_back(speaker);
  }

  // `kind` is the graph's own edge type, which outlives the view builder.
  Aggregate& AggregateFor(KnowledgeGraph::Vertex source, KnowledgeGraph::Vertex target,
                          std::string_view kind) {
    auto key = std::make_tuple(source, target,
                               one_edge_per_pair_ ? std::string_view() : kind);
    auto it = aggregate_index_.find(key);
    if (it != aggregate_index_.end()) return aggregates_[it->second];
    aggregate_index_.emplace(key, aggregates_.size());
    aggregates_.push_back(Aggregate{.source = source, .target = target});
    return aggregates_.back();
  }

  void AddMention(KnowledgeGraph::Edge e) {
    const EdgeData& edge = g_[e];
    KnowledgeGraph::Vertex source = boost::source(e, g_), target = boost::target(e, g_);
    Aggregate& a = AggregateFor(source, target, edge.type);
    ++a.mentions;
    AddSpeaker(a, g_[source].id);
    AddEpisode(a, edge.episode);
    Moment moment = MomentOf(edge.episode, edge.seconds);
    a.moments.push_back(moment);
    if (ViewNode* node = NodeAt(target)) node->moments.push_back(moment);
  }

  void AddEntitiesViewEdges() {
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeData& edge = g_[e];
      const NodeData& source = g_[boost::source(e, g_)];
      const NodeData& target = g_[boost::target(e, g_)];
      if (!InView(source) || !InView(target)) {
        // Claims still tell when an entity was talked about.
        if (edge.type == "about") {
          if (ViewNode* node = NodeAt(boost::target(e, g_)))
            node->moments.push_back(MomentOf(source.episode, source.seconds));
        }
        continue;
      }
      if (edge.type == "mentions") {
        AddMention(e);
      } else if (!IsStructuralEdge(edge.type)) {
        Aggregate& a = AggregateFor(boost::source(e, g_), boost::target(e, g_), edge.type);
        auto rel = std::find_if(a.relations.begin(), a.relations.end(),
                                [&](const auto& r) { return r.first == edge.type; });
        if (rel == a.relations.end()) {
          a.relations.emplace_back(edge.type, 1);
        } else {
          ++rel->second;
        }
        if (!edge.speaker.empty()) AddSpeaker(a, edge.speaker);
        if (!edge.claim.empty()) a.claims.push_back(edge.claim);
        AddEpisode(a, edge.episode);
        if (edge.negated) ++a.negated;
        a.moments.push_back(MomentOf(edge.episode, edge.seconds));
      }
    }
    const AttrTable& t = edge_attrs_;
    for (Aggregate& a : aggregates_) {
      ViewEdge edge;
      SetEnds(edge, a.source, a.target);
      long long claims = 0;
      std::vector<std::string> names, words, counts;
      for (const auto& [relation, count] : a.relations) {
        claims += count;
        names.push_back(relation);
        words.push_back(RelationWords(relation));
        counts.push_back(relation + "=" + std::to_string(count));
      }
      edge.type = names.empty() ? "mentions" : Join(names, "+");
      edge.label = names.empty() ? "mentions" : Join(words, ", ");
      edge.weight = static_cast<double>(a.mentions + claims);
      edge.color = names.empty() ? Rgb{190, 190, 190} : Rgb{64, 64, 64};
      t.Set(edge.values, "type", edge.type);
      if (a.mentions > 0) t.Set(edge.values, "mentions", a.mentions);
      t.SetText(edge.values, "episodes", Join(a.episodes, "; "));
      std::vector<std::string> speaker_labels;
      for (const std::string& id : a.speakers) speaker_labels.push_back(LabelOf(id));
      t.SetText(edge.values, "speakers", Join(speaker_labels, "; "));
      if (claims > 0) {
        t.Set(edge.values, "claims", claims);
        t.Set(edge.values, "relations", Join(counts, "; "));
        t.SetText(edge.values, "claim_ids", Join(a.claims, "; "));
        t.Set(edge.values, "negated", a.negated);
      }
      edge.moments = std::move(a.moments);
      view_.edges.push_back(std::move(edge));
    }
  }

  void AddClaimsViewEdges() {
    // Mentions first collect into one edge per pair; the rest keep graph order
    // and the mention edge takes the place of the pair's first mention.
    std::vector<std::variant<KnowledgeGraph::Edge, size_t>> order;
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeData& edge = g_[e];
      if (edge.type == "mentions") {
        size_t before = aggregates_.size();
        AddMention(e);
        if (aggregates_.size() > before) order.emplace_back(before);
      } else if (edge.type == "said" || edge.type == "about" ||
                 edge.type == "appears_in") {
        order.emplace_back(e);
      }
      if (edge.type == "about") {
        const NodeData& source = g_[boost::source(e, g_)];
        if (ViewNode* node = NodeAt(boost::target(e, g_)))
          node->moments.push_back(MomentOf(source.episode, source.seconds));
      }
    }
    const AttrTable& t = edge_attrs_;
    for (const auto& item : order) {
      ViewEdge edge;
      if (const size_t* index = std::get_if<size_t>(&item)) {
        Aggregate& a = aggregates_[*index];
        SetEnds(edge, a.source, a.target);
        edge.type = edge.label = "mentions";
        edge.weight = static_cast<double>(a.mentions);
        t.Set(edge.values, "type", edge.type);
        t.Set(edge.values, "mentions", a.mentions);
        t.SetText(edge.values, "episodes", Join(a.episodes, "; "));
        edge.moments = std::move(a.moments);
        view_.edges.push_back(std::move(edge));
        continue;
      }
      KnowledgeGraph::Edge e = std::get<KnowledgeGraph::Edge>(item);
      const EdgeData& data = g_[e];
      const NodeData& source = g_[boost::source(e, g_)];
      const NodeData& target = g_[boost::target(e, g_)];
      SetEnds(edge, boost::source(e, g_), boost::target(e, g_));
      edge.type = data.type;
      edge.label = RelationWords(data.type);
      t.Set(edge.values, "type", std::string_view(data.type));
      if (data.type == "appears_in") {
        long long turns = 0;
        std::optional<long long> first;
        bool seen = false;
        auto it = episode_index_.find(target.id);
        if (it != episode_index_.end()) {
          for (const EpisodeRecord::Turn& turn : graph_.episodes()[it->second].turns) {
            if (turn.speaker != source.id) continue;
            if (!seen) first = turn.seconds;
            seen = true;
            ++turns;
          }
        }
        edge.weight = static_cast<double>(std::max(turns, 1LL));
        t.Set(edge.values, "turns", turns);
        edge.moments.push_back(MomentOf(target.id, first));
      } else {
        // said and about: the claim's time and place.
        const NodeData& claim = data.type == "said" ? target : source;
        if (data.type == "about") t.SetGraphText(edge.values, "role", data.role);
        t.SetGraphText(edge.values, "episode", claim.episode);
        if (claim.seconds) {
          t.Set(edge.values, "seconds", *claim.seconds);
          t.Set(edge.values, "time", FormatClock(*claim.seconds));
        }
        t.Set(edge.values, "line", static_cast<long long>(claim.line));
        edge.moments.push_back(MomentOf(claim.episode, claim.seconds));
      }
      view_.edges.push_back(std::move(edge));
    }
  }

  const KnowledgeGraph& graph_;
  const Graph& g_;
  bool one_edge_per_pair_;
  GraphView view_;
  AttrTable node_attrs_, edge_attrs_;
  StringMap<size_t> episode_index_;
  const std::string* last_episode_ = nullptr;
  size_t last_episode_index_ = 0;
  static constexpr size_t kNotInView = static_cast<size_t>(-1);
  std::vector<size_t> position_of_vertex_;  // by vertex; kNotInView if left out
  std::vector<Aggregate> aggregates_;
  std::map<std::tuple<KnowledgeGraph::Vertex, KnowledgeGraph::Vertex, std::string_view>,
           size_t>
      aggregate_index_;
};

}  // namespace

std::optional<std::string_view> AttrText(const AttrValue& value) {
  if (const std::string* s = std::get_if<std::string>(&value)) return *s;
  if (const std::string_view* s = std::get_if<std::string_view>(&value)) return *s;
  return std::nullopt;
}

std::string_view GraphViewName(GraphViewKind kind) {
  return kind == GraphViewKind::kClaims ? "claims" : "entities";
}

std::optional<GraphViewKind> ParseGraphView(std::string_view name) {
  if (name == "entities") return GraphViewKind::kEntities;
  if (name == "claims") return GraphViewKind::kClaims;
  return std::nullopt;
}

GraphView BuildGraphView(const KnowledgeGraph& graph, GraphViewKind kind,
                         bool one_edge_per_pair) {
  return ViewBuilder(graph, kind, one_edge_per_pair).Build();
}

void AppendXmlValue(std::string& out, const AttrValue& value,
                    void (*escape)(std::string&, std::string_view)) {
  if (std::optional<std::string_view> text = AttrText(value)) {
    escape(out, *text);
  } else if (const long long* i = std::get_if<long long>(&value)) {
    char buffer[24];
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, *i).ptr);
  } else if (const double* d = std::get_if<double>(&value)) {
    out += FormatDouble(*d);
  } else {
    out += std::get<bool>(value) ? "true" : "false";
  }
}

size_t EstimatedXmlBytes(const GraphView& view) {
  size_t bytes = 0;
  auto add = [&](const std::vector<std::optional<AttrValue>>& values) {
    bytes += 300;
    for (const auto& value : values) {
      if (!value) continue;
      std::optional<std::string_view> text = AttrText(*value);
      bytes += 40 + (text ? text->size() : 0);
    }
  };
  for (const ViewNode& node : view.nodes) add(node.values);
  for (const ViewEdge& edge : view.edges) add(edge.values);
  return bytes;
}

Rgb NodeColor(const NodeData& node) {
  switch (node.type) {
    case NodeType::kPerson:
      return node.speaker ? Rgb{213, 94, 0} : Rgb{230, 159, 0};
    case NodeType::kCompany: return {0, 114, 178};
    case NodeType::kModel: return {0, 158, 115};
    case NodeType::kProduct: return {204, 121, 167};
    case NodeType::kEpisode: return {86, 86, 86};
    case NodeType::kClaim: return {180, 180, 180};
  }
  return {0, 0, 0};
}

double NodeSize(const NodeData& node) {
  switch (node.type) {
    case NodeType::kEpisode: return 40;
    case NodeType::kClaim: return 5;
    default: break;
  }
  // Square root, so that one entity named a hundred times does not dwarf
  // the rest; rounded to a tenth so that the text is stable.
  double size = 8 + 4 * std::sqrt(static_cast<double>(std::max(node.mentions, 0LL)));
  if (node.speaker) size = std::max(size, 30.0);
  return std::round(std::min(size, 60.0) * 10) / 10;
}

std::string FormatDouble(double value) {
  char buffer[40];
  if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
    // What "%.1f" writes, without printf's cost: every weight and size of a
    // Gephi export comes through here.
    char* end = buffer;
    if (std::signbit(value)) *end++ = '-';
    end = std::to_chars(end, buffer + sizeof buffer,
                        static_cast<long long>(std::fabs(value))).ptr;
    return std::string(buffer, end) + ".0";
  } else {
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
  }
  return buffer;
}

}  // namespace claimgraph
