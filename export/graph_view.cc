#include "export/graph_view.h"

#include <algorithm>
#include <array>
#include <cassert>
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

// The graph's structural edge types; every other type is a relation. Told
// apart once per edge: the views ask about a million edges.
enum class EdgeKind { kMentions, kSaid, kAbout, kAppearsIn, kRelation };

EdgeKind KindOf(std::string_view type) {
  if (type == "mentions") return EdgeKind::kMentions;
  if (type == "about") return EdgeKind::kAbout;
  if (type == "said") return EdgeKind::kSaid;
  if (type == "appears_in") return EdgeKind::kAppearsIn;
  return EdgeKind::kRelation;
}

std::string_view KindName(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::kMentions: return "mentions";
    case EdgeKind::kSaid: return "said";
    case EdgeKind::kAbout: return "about";
    case EdgeKind::kAppearsIn: return "appears_in";
    case EdgeKind::kRelation: break;
  }
  return "";
}

// Items: a list of std::string or InternedString.
template <typename Items>
std::string Join(const Items& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += sep;
    out += std::string_view(items[i]);
  }
  return out;
}

// "tried_to_acquire" -> "tried to acquire"
std::string RelationWords(std::string relation) {
  std::replace(relation.begin(), relation.end(), '_', ' ');
  return relation;
}

// The attributes a view can declare; which it does depends on the view.
enum class NodeAttr {
  kType, kIsSpeaker, kMentions, kEpisodes, kAliases, kKind, kHomepage, kWikidata,
  kTitle, kDate, kSource, kText, kSpeaker, kEpisode, kSeconds, kTime, kLine,
  kRelation, kSubject, kObject, kModality, kNegated, kAbout,
  kCount
};
enum class EdgeAttr {
  kType, kMentions, kEpisodes, kRole, kEpisode, kSeconds, kTime, kLine, kTurns,
  kClaims, kRelations, kSpeakers, kClaimIds, kNegated,
  kCount
};

// One item's values while the view builds it.
using ValueList = std::vector<AttrEntry>;

// Declares attributes and fills values by name, so that the view code reads
// as "set mentions to 3" rather than as index arithmetic.
template <typename Attr>
class AttrTable {
 public:
  explicit AttrTable(std::vector<AttrSpec>* specs) : specs_(specs) {
    position_.fill(kUndeclared);
  }

  void Declare(Attr attr, std::string name, AttrType type) {
    position_[static_cast<size_t>(attr)] = specs_->size();
    specs_->push_back({std::move(name), type});
  }

  // Keeps `values` in attribute order whatever order the view sets them in.
  void Set(ValueList& values, Attr name, AttrValue value) const {
    size_t attr = position_[static_cast<size_t>(name)];
    assert(attr != kUndeclared && "a value for an attribute the view did not declare");
    auto at = values.end();
    while (at != values.begin() && std::prev(at)->attr >= attr) --at;
    if (at != values.end() && at->attr == attr) {
      at->value = std::move(value);
    } else {
      values.insert(at, AttrEntry{attr, std::move(value)});
    }
  }
  // Leave empty text out, as the other formats leave out absent values.
  // Text the view builds:
  void SetText(ValueList& values, Attr name, std::string text) const {
    if (!text.empty()) Set(values, name, std::move(text));
  }
  // Text the graph holds, which the view borrows:
  void SetGraphText(ValueList& values, Attr name, std::string_view text) const {
    if (!text.empty()) Set(values, name, text);
  }

 private:
  static constexpr size_t kUndeclared = static_cast<size_t>(-1);
  std::vector<AttrSpec>* specs_;
  std::array<size_t, static_cast<size_t>(Attr::kCount)> position_;
};

class ViewBuilder {
 public:
  // With a visitor, items go to it as they are made and the view keeps none;
  // there is no timeline then, since moments reach nodes after they are made.
  ViewBuilder(const KnowledgeGraph& graph, GraphViewKind kind, bool one_edge_per_pair,
              bool with_moments, GraphViewVisitor* visitor = nullptr)
      : graph_(graph), g_(graph.graph()), one_edge_per_pair_(one_edge_per_pair),
        with_moments_(with_moments && visitor == nullptr), visitor_(visitor),
        node_attrs_(&view_.node_attrs),
        edge_attrs_(&view_.edge_attrs) {
    view_.kind = kind;
    for (size_t i = 0; i < graph.episodes().size(); ++i)
      episode_index_[graph.episodes()[i].id.str()] = i;
  }

  GraphView Build() {
    DeclareAttributes();
    if (visitor_) visitor_->Begin(view_, NodeIds());
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
    // `speakers` and `episodes` may hold an item more than once until
    // Settle: a set per pair to look them up as they came cost 450 MB of
    // a GraphML export of 10,000 episodes.
    std::vector<InternedString> speakers, claims, episodes;
    long long negated = 0;
    std::vector<Moment> moments;
  };

  bool Claims() const { return view_.kind == GraphViewKind::kClaims; }

  // An item's values go to the view's store, not to a list per item (a
  // claims view has a million items), in blocks that never move once made,
  // so that nothing is copied as the store grows.
  AttrValues StoreValues() {
    std::vector<std::vector<AttrEntry>>& store = view_.value_store;
    if (store.empty() || store.back().capacity() - store.back().size() < values_.size()) {
      constexpr size_t kBlockEntries = 1 << 14;
      store.emplace_back().reserve(std::max(kBlockEntries, values_.size()));
    }
    std::vector<AttrEntry>& block = store.back();
    size_t begin = block.size();
    for (AttrEntry& entry : values_) block.push_back(std::move(entry));
    values_.clear();
    return AttrValues(block.data() + begin, block.size() - begin);
  }

  // The label of a node: the graph's, kept by the view where the graph
  // makes it when read; the id where there is none.
  std::string_view Label(const NodeData& data) {
    std::string_view label = data.label;
    if (data.label_from_text) {
      std::string& made = visitor_ ? made_label_ : view_.made_labels.emplace_back();
      label = NodeLabel(data, made);
    }
    return label.empty() ? std::string_view(data.id) : label;
  }

  // Adds an item with the values set since the last one.
  void PushNode(ViewNode node) {
    ++node_count_;
    if (visitor_) {
      node.values = values_;
      visitor_->Node(node);
      values_.clear();
      return;
    }
    node.values = StoreValues();
    view_.nodes.push_back(std::move(node));
  }
  void PushEdge(ViewEdge edge) {
    if (visitor_) {
      edge.values = values_;
      visitor_->Edge(edge);
      values_.clear();
      return;
    }
    edge.values = StoreValues();
    view_.edges.push_back(std::move(edge));
  }

  std::vector<std::string_view> NodeIds() const {
    std::vector<std::string_view> ids;
    for (auto v : boost::make_iterator_range(boost::vertices(g_)))
      if (InView(g_[v])) ids.push_back(g_[v].id);
    return ids;
  }

  bool InView(const NodeData& node) const {
    return Claims() || IsEntityType(node.type);
  }

  // Edges come episode by episode, so the last episode asked about is
  // remembered rather than hashed again.
  Moment MomentOf(const InternedString& episode, std::optional<long long> seconds) {
    if (!last_episode_ || *last_episode_ != episode) {
      auto it = episode_index_.find(std::string_view(episode));
      last_episode_ = episode;
      last_episode_index_ = it == episode_index_.end() ? 0 : it->second;
    }
    return Moment{last_episode_index_, seconds};
  }

  std::string LabelOf(std::string_view id) const {
    std::optional<KnowledgeGraph::Vertex> v = graph_.Find(id);
    return v && !graph_.node(*v).label.empty() ? graph_.node(*v).label.str()
                                               : std::string(id);
  }

  void DeclareAttributes() {
    AttrTable<NodeAttr>& n = node_attrs_;
    n.Declare(NodeAttr::kType, "type", AttrType::kString);
    n.Declare(NodeAttr::kIsSpeaker, "is_speaker", AttrType::kBoolean);
    n.Declare(NodeAttr::kMentions, "mentions", AttrType::kInt);
    n.Declare(NodeAttr::kEpisodes, "episodes", AttrType::kString);
    n.Declare(NodeAttr::kAliases, "aliases", AttrType::kString);
    n.Declare(NodeAttr::kKind, "kind", AttrType::kString);
    n.Declare(NodeAttr::kHomepage, "homepage", AttrType::kString);
    n.Declare(NodeAttr::kWikidata, "wikidata", AttrType::kString);
    AttrTable<EdgeAttr>& e = edge_attrs_;
    e.Declare(EdgeAttr::kType, "type", AttrType::kString);
    e.Declare(EdgeAttr::kMentions, "mentions", AttrType::kInt);
    e.Declare(EdgeAttr::kEpisodes, "episodes", AttrType::kString);
    if (Claims()) {
      n.Declare(NodeAttr::kTitle, "title", AttrType::kString);
      n.Declare(NodeAttr::kDate, "date", AttrType::kString);
      n.Declare(NodeAttr::kSource, "source", AttrType::kString);
      n.Declare(NodeAttr::kText, "text", AttrType::kString);
      n.Declare(NodeAttr::kSpeaker, "speaker", AttrType::kString);
      n.Declare(NodeAttr::kEpisode, "episode", AttrType::kString);
      n.Declare(NodeAttr::kSeconds, "seconds", AttrType::kInt);
      n.Declare(NodeAttr::kTime, "time", AttrType::kString);
      n.Declare(NodeAttr::kLine, "line", AttrType::kInt);
      n.Declare(NodeAttr::kRelation, "relation", AttrType::kString);
      n.Declare(NodeAttr::kSubject, "subject", AttrType::kString);
      n.Declare(NodeAttr::kObject, "object", AttrType::kString);
      n.Declare(NodeAttr::kModality, "modality", AttrType::kString);
      n.Declare(NodeAttr::kNegated, "negated", AttrType::kBoolean);
      n.Declare(NodeAttr::kAbout, "about", AttrType::kString);
      e.Declare(EdgeAttr::kRole, "role", AttrType::kString);
      e.Declare(EdgeAttr::kEpisode, "episode", AttrType::kString);
      e.Declare(EdgeAttr::kSeconds, "seconds", AttrType::kInt);
      e.Declare(EdgeAttr::kTime, "time", AttrType::kString);
      e.Declare(EdgeAttr::kLine, "line", AttrType::kInt);
      e.Declare(EdgeAttr::kTurns, "turns", AttrType::kInt);
    } else {
      e.Declare(EdgeAttr::kClaims, "claims", AttrType::kInt);
      e.Declare(EdgeAttr::kRelations, "relations", AttrType::kString);
      e.Declare(EdgeAttr::kSpeakers, "speakers", AttrType::kString);
      e.Declare(EdgeAttr::kClaimIds, "claim_ids", AttrType::kString);
      e.Declare(EdgeAttr::kNegated, "negated", AttrType::kInt);
    }
  }

  void AddNodes() {
    // At most one item per graph node and edge: reserved, they are placed
    // once rather than copied as the lists grow.
    if (!visitor_) {
      view_.nodes.reserve(boost::num_vertices(g_));
      view_.edges.reserve(boost::num_edges(g_));
    }
    position_of_vertex_.assign(boost::num_vertices(g_), kNotInView);
    for (auto v : boost::make_iterator_range(boost::vertices(g_))) {
      const NodeData& data = g_[v];
      if (!InView(data)) continue;
      position_of_vertex_[v] = node_count_;
      ViewNode node;
      node.id = data.id;
      node.type = NodeTypeName(data.type);
      node.label = Label(data);
      node.color = NodeColor(data);
      node.size = NodeSize(data);
      FillNodeValues(data, values_);
      if (data.type == NodeType::kClaim && with_moments_)
        node.moments.push_back(MomentOf(data.episode, data.seconds));
      PushNode(std::move(node));
    }
    if (!with_moments_) return;
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

  ViewNode* NodeById(std::string_view id) {
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

  void FillNodeValues(const NodeData& data, ValueList& values) const {
    const AttrTable<NodeAttr>& n = node_attrs_;
    n.Set(values, NodeAttr::kType, NodeTypeName(data.type));
    if (IsEntityType(data.type)) {
      if (data.type == NodeType::kPerson) n.Set(values, NodeAttr::kIsSpeaker, data.speaker);
      n.Set(values, NodeAttr::kMentions, data.profile().mentions);
      n.SetText(values, NodeAttr::kEpisodes, Join(data.profile().episodes, "; "));
      n.SetText(values, NodeAttr::kAliases, Join(data.profile().aliases, "; "));
      n.SetGraphText(values, NodeAttr::kKind, data.profile().kind);
      n.SetGraphText(values, NodeAttr::kHomepage, data.profile().homepage);
      n.SetGraphText(values, NodeAttr::kWikidata, data.profile().wikidata);
      return;
    }
    if (data.type == NodeType::kEpisode) {
      n.SetGraphText(values, NodeAttr::kTitle, data.profile().title);
      n.SetGraphText(values, NodeAttr::kDate, data.profile().date);
      n.SetGraphText(values, NodeAttr::kSource, data.profile().source);
      return;
    }
    n.SetGraphText(values, NodeAttr::kText, data.text);
    n.SetGraphText(values, NodeAttr::kSpeaker, data.claim_speaker);
    n.SetGraphText(values, NodeAttr::kEpisode, data.episode);
    if (data.seconds) {
      n.Set(values, NodeAttr::kSeconds, *data.seconds);
      n.Set(values, NodeAttr::kTime, FormatClock(*data.seconds));
    }
    n.Set(values, NodeAttr::kLine, static_cast<long long>(data.line));
    n.SetGraphText(values, NodeAttr::kRelation, data.relation);
    n.SetGraphText(values, NodeAttr::kSubject, data.subject);
    n.SetGraphText(values, NodeAttr::kObject, data.object);
    n.SetGraphText(values, NodeAttr::kModality, data.modality);
    n.Set(values, NodeAttr::kNegated, data.negated);
    n.SetText(values, NodeAttr::kAbout, Join(data.about, "; "));
  }

  // A pair's edges of one episode come together in graph order, so most
  // repeats are of the item just added.
  static void AddEpisode(Aggregate& a, const InternedString& episode) {
    if (!episode.empty() && (a.episodes.empty() || a.episodes.back() != episode))
      a.episodes.push_back(episode);
  }

  static void AddSpeaker(Aggregate& a, const InternedString& speaker) {
    if (a.speakers.empty() || a.speakers.back() != speaker) a.speakers.push_back(speaker);
  }

  // Keeps the first of each item in `items`, in order.
  static void KeepFirstOfEach(std::vector<InternedString>& items) {
    if (items.size() < 2) return;
    std::unordered_set<const char*> seen;  // one text, one pointer
    seen.reserve(items.size());
    size_t kept = 0;
    for (const InternedString& item : items)
      if (seen.insert(item.data()).second) items[kept++] = item;
    items.resize(kept);
  }

  // Makes `speakers` and `episodes` lists of distinct items, first seen
  // first, before the pair's edge is made.
  static void Settle(Aggregate& a) {
    KeepFirstOfEach(a.speakers);
    KeepFirstOfEach(a.episodes);
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
    const EdgeData edge = EdgeAt(g_, e);
    KnowledgeGraph::Vertex source = boost::source(e, g_), target = boost::target(e, g_);
    Aggregate& a = AggregateFor(source, target, edge.type);
    ++a.mentions;
    AddSpeaker(a, g_[source].id);
    AddEpisode(a, edge.episode);
    if (!with_moments_) return;
    Moment moment = MomentOf(edge.episode, edge.seconds);
    a.moments.push_back(moment);
    if (ViewNode* node = NodeAt(target)) node->moments.push_back(moment);
  }

  void AddEntitiesViewEdges() {
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeData edge = EdgeAt(g_, e);
      const NodeData& source = g_[boost::source(e, g_)];
      const NodeData& target = g_[boost::target(e, g_)];
      if (!InView(source) || !InView(target)) {
        // Claims still tell when an entity was talked about.
        if (KindOf(edge.type) == EdgeKind::kAbout && with_moments_) {
          if (ViewNode* node = NodeAt(boost::target(e, g_)))
            node->moments.push_back(MomentOf(source.episode, source.seconds));
        }
        continue;
      }
      EdgeKind kind = KindOf(edge.type);
      if (kind == EdgeKind::kMentions) {
        AddMention(e);
      } else if (kind == EdgeKind::kRelation) {
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
        if (with_moments_) a.moments.push_back(MomentOf(edge.episode, edge.seconds));
      }
    }
    const AttrTable<EdgeAttr>& t = edge_attrs_;
    for (Aggregate& a : aggregates_) {
      Settle(a);
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
      t.Set(values_, EdgeAttr::kType, edge.type);
      if (a.mentions > 0) t.Set(values_, EdgeAttr::kMentions, a.mentions);
      t.SetText(values_, EdgeAttr::kEpisodes, Join(a.episodes, "; "));
      std::vector<std::string> speaker_labels;
      for (const InternedString& id : a.speakers) speaker_labels.push_back(LabelOf(id));
      t.SetText(values_, EdgeAttr::kSpeakers, Join(speaker_labels, "; "));
      if (claims > 0) {
        t.Set(values_, EdgeAttr::kClaims, claims);
        t.Set(values_, EdgeAttr::kRelations, Join(counts, "; "));
        t.SetText(values_, EdgeAttr::kClaimIds, Join(a.claims, "; "));
        t.Set(values_, EdgeAttr::kNegated, a.negated);
      }
      edge.moments = std::move(a.moments);
      PushEdge(std::move(edge));
    }
  }

  void AddClaimsViewEdges() {
    if (visitor_) {
      VisitClaimsViewEdges();
      return;
    }
    // Mentions collect into one edge per pair, which takes the place of the
    // pair's first mention; the rest keep graph order. One pass over the
    // graph's edges: the pair edges are placed as they first come and
    // filled in at the end, when their totals are known.
    std::vector<size_t> pair_edge;  // by aggregate: its place in view_.edges
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      const EdgeData data = EdgeAt(g_, e);
      EdgeKind kind = KindOf(data.type);
      if (kind == EdgeKind::kMentions) {
        size_t before = aggregates_.size();
        AddMention(e);
        if (aggregates_.size() > before) {
          pair_edge.push_back(view_.edges.size());
          view_.edges.emplace_back();
        }
        continue;
      }
      if (kind == EdgeKind::kAbout && with_moments_) {
        const NodeData& source = g_[boost::source(e, g_)];
        if (ViewNode* node = NodeAt(boost::target(e, g_)))
          node->moments.push_back(MomentOf(source.episode, source.seconds));
      }
      if (kind != EdgeKind::kRelation) AddClaimsViewEdge(e, kind);
    }
    for (size_t i = 0; i < aggregates_.size(); ++i) {
      ViewEdge& edge = view_.edges[pair_edge[i]];
      FillPairEdge(aggregates_[i], edge);
      edge.values = StoreValues();
    }
  }

  // The same edges in the same order, handed to the visitor: a pair's totals
  // are counted first, so that its edge goes out at the pair's first mention.
  // The first pass lists what goes out, so that the second need not walk the
  // graph's edge list again (a list of large nodes, a cache miss each).
  void VisitClaimsViewEdges() {
    struct Pending {
      KnowledgeGraph::Edge edge;
      EdgeKind kind;
      size_t aggregate;  // mentions only
    };
    std::vector<Pending> pending;
    pending.reserve(boost::num_edges(g_));
    for (auto e : boost::make_iterator_range(boost::edges(g_))) {
      EdgeKind kind = KindOf(g_[e].type());
      if (kind == EdgeKind::kRelation) continue;
      if (kind != EdgeKind::kMentions) {
        pending.push_back({e, kind, 0});
        continue;
      }
      size_t before = aggregates_.size();
      AddMention(e);
      if (aggregates_.size() > before) pending.push_back({e, kind, before});
    }
    for (const Pending& item : pending) {
      if (item.kind != EdgeKind::kMentions) {
        AddClaimsViewEdge(item.edge, item.kind);
        continue;
      }
      ViewEdge edge;
      FillPairEdge(aggregates_[item.aggregate], edge);
      PushEdge(std::move(edge));
    }
  }

  // The claims view's one mentions edge for a speaker and an entity.
  void FillPairEdge(Aggregate& a, ViewEdge& edge) {
    Settle(a);
    const AttrTable<EdgeAttr>& t = edge_attrs_;
    SetEnds(edge, a.source, a.target);
    edge.type = edge.label = "mentions";
    edge.weight = static_cast<double>(a.mentions);
    t.Set(values_, EdgeAttr::kType, edge.type);
    t.Set(values_, EdgeAttr::kMentions, a.mentions);
    t.SetText(values_, EdgeAttr::kEpisodes, Join(a.episodes, "; "));
    edge.moments = std::move(a.moments);
  }

  // A said, about or appears_in edge of the claims view.
  void AddClaimsViewEdge(KnowledgeGraph::Edge e, EdgeKind kind) {
    const AttrTable<EdgeAttr>& t = edge_attrs_;
    const EdgeData data = EdgeAt(g_, e);
    const NodeData& source = g_[boost::source(e, g_)];
    const NodeData& target = g_[boost::target(e, g_)];
    ViewEdge edge;
    SetEnds(edge, boost::source(e, g_), boost::target(e, g_));
    const std::string_view type = KindName(kind);
    edge.type = type;
    edge.label = RelationWords(edge.type);
    t.Set(values_, EdgeAttr::kType, type);
    if (kind == EdgeKind::kAppearsIn) {
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
      t.Set(values_, EdgeAttr::kTurns, turns);
      if (with_moments_) edge.moments.push_back(MomentOf(target.id, first));
    } else {
      // said and about: the claim's time and place.
      const NodeData& claim = kind == EdgeKind::kSaid ? target : source;
      if (kind == EdgeKind::kAbout) t.SetGraphText(values_, EdgeAttr::kRole, data.role);
      t.SetGraphText(values_, EdgeAttr::kEpisode, claim.episode);
      if (claim.seconds) {
        t.Set(values_, EdgeAttr::kSeconds, *claim.seconds);
        t.Set(values_, EdgeAttr::kTime, FormatClock(*claim.seconds));
      }
      t.Set(values_, EdgeAttr::kLine, static_cast<long long>(claim.line));
      if (with_moments_) edge.moments.push_back(MomentOf(claim.episode, claim.seconds));
    }
    PushEdge(std::move(edge));
  }

  const KnowledgeGraph& graph_;
  const Graph& g_;
  bool one_edge_per_pair_;
  bool with_moments_;
  GraphViewVisitor* visitor_;
  size_t node_count_ = 0;  // nodes made so far
  GraphView view_;
  std::string made_label_;  // a visitor's node label, valid during its call
  ValueList values_;  // the item being built
  AttrTable<NodeAttr> node_attrs_;
  AttrTable<EdgeAttr> edge_attrs_;
  StringMap<size_t> episode_index_;
  std::optional<InternedString> last_episode_;
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
                         bool one_edge_per_pair, bool with_moments) {
  return ViewBuilder(graph, kind, one_edge_per_pair, with_moments).Build();
}

void VisitGraphView(const KnowledgeGraph& graph, GraphViewKind kind, bool one_edge_per_pair,
                    GraphViewVisitor& visitor) {
  ViewBuilder(graph, kind, one_edge_per_pair, /*with_moments=*/false, &visitor).Build();
}

const AttrValue* FindAttr(const AttrValues& values, size_t attr) {
  for (const AttrEntry& entry : values)
    if (entry.attr == attr) return &entry.value;
  return nullptr;
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
  auto add = [&](const AttrValues& values) {
    bytes += 300;
    for (const AttrEntry& entry : values) {
      std::optional<std::string_view> text = AttrText(entry.value);
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
  double size = 8 + 4 * std::sqrt(static_cast<double>(std::max(node.profile().mentions, 0LL)));
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
