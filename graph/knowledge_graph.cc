#include "graph/knowledge_graph.h"

#include <unistd.h>

#include <algorithm>
#include <new>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include "base/text.h"

namespace claimgraph {
namespace {

NodeType ToNodeType(EntityType type) {
  switch (type) {
    case EntityType::kPerson: return NodeType::kPerson;
    case EntityType::kCompany: return NodeType::kCompany;
    case EntityType::kModel: return NodeType::kModel;
    case EntityType::kProduct: return NodeType::kProduct;
  }
  return NodeType::kCompany;
}

// Episodes are added one at a time and never twice, so a node that has the
// episode being added has it last: no scan of a list that grows with the
// corpus (a host or a company named in every episode made adding an episode
// cost as much as all the episodes before it).
void AddCurrentEpisode(CompactList<InternedString>& episodes,
                       const InternedString& episode_id) {
  if (episodes.empty() || episodes.back() != episode_id) episodes.push_back(episode_id);
}

std::string_view SlugOfId(std::string_view id) {
  size_t colon = id.find(':');
  return colon == std::string_view::npos ? id : id.substr(colon + 1);
}

// Words as a reader counts them: runs of bytes between ASCII whitespace.
long long CountWords(std::string_view text) {
  long long words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::string_view NodeTypeName(NodeType type) {
  switch (type) {
    case NodeType::kPerson: return "person";
    case NodeType::kCompany: return "company";
    case NodeType::kModel: return "model";
    case NodeType::kProduct: return "product";
    case NodeType::kEpisode: return "episode";
    case NodeType::kClaim: return "claim";
  }
  return "company";
}

std::optional<NodeType> ParseNodeType(std::string_view name) {
  for (NodeType t : {NodeType::kPerson, NodeType::kCompany, NodeType::kModel,
                     NodeType::kProduct, NodeType::kEpisode, NodeType::kClaim}) {
    if (NodeTypeName(t) == name) return t;
  }
  return std::nullopt;
}

bool IsEntityType(NodeType type) {
  return type != NodeType::kEpisode && type != NodeType::kClaim;
}

std::string ClaimId(std::string_view episode_id, size_t index) {
  std::string id = "claim:";
  id += SlugOfId(episode_id);
  id += ':';
  id += std::to_string(index + 1);
  return id;
}

const NodeProfile& ProfileBox::get() const {
  static const NodeProfile* const kNone = new NodeProfile;
  return profile_ ? *profile_ : *kNone;
}

NodeProfile& ProfileBox::mutable_get() {
  if (!profile_) profile_ = std::make_unique<NodeProfile>();
  return *profile_;
}

std::string_view KnowledgeGraph::IdOfNode::operator()(size_t v) const {
  return (*graph)[v].id;
}

KnowledgeGraph::Vertex KnowledgeGraph::AddNode(NodeData node) {
  IdOfNode id_of{graph_.get()};
  size_t hash = IdIndex::Hash(node.id);
  if (std::optional<uint32_t> found = index_.Find(node.id, hash, id_of)) return *found;
  Vertex v = boost::add_vertex(std::move(node), *graph_);
  index_.Insert(v, hash, id_of);
  return v;
}

void KnowledgeGraph::ReserveNodes(size_t nodes) {
  using StoredVertex = decltype(graph_->m_vertices)::value_type;
  long pages = sysconf(_SC_PHYS_PAGES), page_size = sysconf(_SC_PAGESIZE);
  if (pages <= 0 || page_size <= 0) return;
  size_t most = static_cast<size_t>(pages) / 4 * static_cast<size_t>(page_size) /
                sizeof(StoredVertex);
  try {
    graph_->m_vertices.reserve(std::min(nodes, most));
  } catch (const std::bad_alloc&) {
    // The graph still grows as it would have; only its peak is higher.
  }
}

namespace {

// The number the next entry of a detail table gets.
uint32_t NextDetail(size_t size) {
  if (size >= StoredEdge::kClaimTarget) {
    throw std::length_error("more edge details than an edge can number");
  }
  return static_cast<uint32_t>(size);
}

}  // namespace

void KnowledgeGraph::AddEdge(Vertex source, Vertex target, EdgeData edge) {
  StoredEdge stored;
  stored.type_role = EdgeTypeRoleNumber(edge.type, edge.role);
  stored.key_from_ends = edge.key_form == EdgeKeyForm::kSourceTarget;
  const NodeData& to = (*graph_)[target];
  bool said_like = to.type == NodeType::kClaim && edge.key == to.id &&
                   edge.episode == to.episode && edge.seconds == to.seconds &&
                   edge.line == to.line;
  bool bare = edge.key.empty() && edge.episode.empty() && !edge.seconds &&
              edge.line == 0;
  bool relation_free = !edge.negated && edge.claim.empty() &&
                       edge.speaker.empty() && edge.modality.empty();
  EdgePlace place{.key = edge.key, .episode = edge.episode, .seconds = edge.seconds,
                  .line = edge.line};
  EdgeDetails& tables = (*graph_)[boost::graph_bundle];
  if (relation_free && said_like) {
    stored.detail = StoredEdge::kClaimTarget;
  } else if (!relation_free) {
    stored.detail = NextDetail(tables.details.size());
    stored.full_detail = 1;
    tables.details.push_back(EdgeDetail{.place = place,
                                        .negated = edge.negated,
                                        .claim = edge.claim,
                                        .speaker = edge.speaker,
                                        .modality = edge.modality});
  } else if (!bare) {
    stored.detail = NextDetail(tables.places.size());
    tables.places.push_back(place);
  }
  boost::add_edge(source, target, stored, *graph_);
}

void KnowledgeGraph::AddEpisodeRecord(EpisodeRecord record) {
  episodes_.push_back(std::move(record));
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::Find(
    std::string_view id) const {
  std::optional<uint32_t> found = index_.Find(id, IdIndex::Hash(id), IdOfNode{graph_.get()});
  if (!found) return std::nullopt;
  return *found;
}

KnowledgeGraph::Vertex KnowledgeGraph::SpeakerNode(
    const std::string& name, const InternedString& episode_id) {
  NodeData data;
  data.id = SpeakerId(name);
  data.type = NodeType::kPerson;
  data.label = name;
  Vertex v = AddNode(std::move(data));
  NodeData& node = (*graph_)[v];
  node.speaker = true;
  AddCurrentEpisode(node.mutable_profile().episodes, episode_id);
  return v;
}

KnowledgeGraph::Vertex KnowledgeGraph::EntityNode(
    const Entity& entity, const InternedString& episode_id) {
  NodeData data;
  data.id = entity.id;
  data.type = ToNodeType(entity.type);
  data.label = entity.name;
  Vertex v = AddNode(std::move(data));
  // A new node, or a speaker node made before the gazetteer entity was seen:
  // either takes the entity's data where it has none.
  NodeProfile& profile = (*graph_)[v].mutable_profile();
  if (profile.kind.empty()) profile.kind = entity.kind;
  if (profile.homepage.empty()) profile.homepage = entity.homepage;
  if (profile.wikidata.empty()) profile.wikidata = entity.wikidata;
  AddCurrentEpisode(profile.episodes, episode_id);
  return v;
}

Status KnowledgeGraph::AddEpisode(const AnalyzedEpisode& analyzed) {
  const Episode& episode = analyzed.episode;
  if (Find(episode.id)) {
    return Status::Error(episode.source, 0,
                         "episode " + episode.id + " is already in the graph");
  }

  // Interned once: every node and edge of the episode names it.
  const InternedString episode_id = episode.id;
  EpisodeRecord record;
  record.id = episode_id;
  record.title = episode.title;
  record.date = episode.date;
  record.source = episode.source;
  record.layout = episode.layout;
  record.chapters = episode.chapters;

  NodeData episode_node;
  episode_node.id = episode_id;
  episode_node.type = NodeType::kEpisode;
  episode_node.label = episode.title.empty() ? episode.source : episode.title;
  NodeProfile& episode_profile = episode_node.mutable_profile();
  episode_profile.title = episode.title;
  episode_profile.date = episode.date;
  episode_profile.source = episode.source;
  Vertex episode_vertex = AddNode(std::move(episode_node));

  std::vector<Vertex> segment_speaker;
  segment_speaker.reserve(episode.segments.size());
  // A set beside record.speakers keeps an episode of a million speakers
  // linear.
  std::unordered_set<InternedString> listed;
  for (const Segment& segment : episode.segments) {
    Vertex speaker = SpeakerNode(segment.speaker, episode_id);
    segment_speaker.push_back(speaker);
    InternedString speaker_id = (*graph_)[speaker].id;
    if (listed.insert(speaker_id).second) {
      record.speakers.push_back(speaker_id);
      AddEdge(speaker, episode_vertex,
              EdgeData{.type = "appears_in", .key = "appears_in"});
    }
    record.turns.push_back(
        {speaker_id, segment.seconds, segment.line, CountWords(segment.text)});
  }
  // Speakers named in the header who never take a turn still appear.
  for (const std::string& name : episode.speakers) {
    InternedString speaker_id = SpeakerId(name);
    if (!listed.insert(speaker_id).second) continue;
    Vertex speaker = SpeakerNode(name, episode_id);
    record.speakers.push_back(speaker_id);
    AddEdge(speaker, episode_vertex,
            EdgeData{.type = "appears_in", .key = "appears_in"});
  }

  std::unordered_map<std::string, Vertex> entity_vertex;
  for (const Entity& entity : analyzed.entities) {
    entity_vertex[entity.id] = EntityNode(entity, episode_id);
  }
  auto vertex_of = [&](const std::string& id) -> std::optional<Vertex> {
    auto it = entity_vertex.find(id);
    if (it != entity_vertex.end()) return it->second;
    return Find(id);
  };

  // One mentions edge per (segment, entity); surface forms go to the node.
  // Keys name the segment's line; a later segment that starts on the same
  // line (two short turns on one line) adds its number, so keys stay unique.
  std::string slug(SlugOfId(episode.id));
  std::unordered_map<int, int> first_segment_on_line;
  // Entities already counted in the current run of mentions of one segment.
  std::unordered_set<std::string> in_segment;
  int run_segment = -1;
  for (size_t i = 0; i < analyzed.mentions.size(); ++i) {
    const Mention& mention = analyzed.mentions[i];
    std::optional<Vertex> target = vertex_of(mention.entity);
    if (!target || mention.segment < 0 ||
        mention.segment >= static_cast<int>(episode.segments.size()))
      continue;
    NodeData& node = (*graph_)[*target];
    InsertSortedUnique(node.mutable_profile().aliases, std::string_view(mention.surface));
    if (mention.segment != run_segment) {
      in_segment.clear();
      run_segment = mention.segment;
    }
    if (!in_segment.insert(mention.entity).second) continue;
    ++node.mutable_profile().mentions;
    const Segment& segment = episode.segments[mention.segment];
    std::string key = "mentions:" + slug + ":" + std::to_string(segment.line);
    auto owner = first_segment_on_line.emplace(segment.line, mention.segment).first;
    if (owner->second != mention.segment) {
      key += ':';
      key += std::to_string(mention.segment + 1);
    }
    AddEdge(segment_speaker[mention.segment], *target,
            EdgeData{.type = "mentions",
                     .key = std::move(key),
                     .episode = episode_id,
                     .seconds = segment.seconds,
                     .line = segment.line});
  }

  for (size_t i = 0; i < analyzed.claims.size(); ++i) {
    const Claim& claim = analyzed.claims[i];
    if (claim.segment < 0 ||
        claim.segment >= static_cast<int>(episode.segments.size()))
      continue;
    const Segment& segment = episode.segments[claim.segment];
    Vertex speaker = segment_speaker[claim.segment];
    InternedString claim_id = ClaimId(episode.id, i);

    NodeData data;
    data.id = claim_id;
    data.type = NodeType::kClaim;
    data.text = claim.text;
    data.claim_speaker = (*graph_)[speaker].id;
    data.episode = episode_id;
    data.seconds = segment.seconds;
    data.line = segment.line;
    data.relation = claim.relation;
    data.subject = claim.subject;
    data.object = claim.object;
    data.modality = ModalityName(claim.modality);
    data.negated = claim.negated;
    for (const ClaimEntity& about : claim.about) data.about.push_back(about.entity);
    Vertex claim_vertex = AddNode(std::move(data));
    NodeData& node = (*graph_)[claim_vertex];
    if (node.relation.empty())
      node.label_from_text = true;
    else
      node.label = ClaimLabel(*this, node);

    AddEdge(speaker, claim_vertex,
            EdgeData{.type = "said", .key = claim_id, .episode = episode_id,
                     .seconds = segment.seconds, .line = segment.line});
    for (const ClaimEntity& about : claim.about) {
      std::optional<Vertex> target = vertex_of(about.entity);
      if (!target) continue;
      AddEdge(claim_vertex, *target,
              EdgeData{.type = "about",
                       .key_form = EdgeKeyForm::kSourceTarget,
                       .role = RoleName(about.role)});
    }
    if (!claim.relation.empty()) {
      std::optional<Vertex> subject = vertex_of(claim.subject);
      std::optional<Vertex> object = vertex_of(claim.object);
      if (subject && object) {
        AddEdge(*subject, *object,
                EdgeData{.type = claim.relation,
                         .key = claim_id,
                         .episode = episode_id,
                         .seconds = segment.seconds,
                         .line = segment.line,
                         .negated = claim.negated,
                         .claim = claim_id,
                         .speaker = (*graph_)[speaker].id,
                         .modality = ModalityName(claim.modality)});
      }
    }
  }

  episodes_.push_back(std::move(record));
  return Status::Ok();
}

EdgeData EdgeAt(const KnowledgeGraph::Graph& g, KnowledgeGraph::Edge e) {
  const StoredEdge& stored = g[e];
  const EdgeTypeRole& type_role = EdgeTypeRoleOf(stored.type_role);
  EdgeData edge{.type = type_role.type, .key_form = stored.key_form(), .role = type_role.role};
  if (stored.detail == StoredEdge::kClaimTarget) {
    const NodeData& claim = g[boost::target(e, g)];
    edge.key = claim.id;
    edge.episode = claim.episode;
    edge.seconds = claim.seconds;
    edge.line = claim.line;
  } else if (stored.detail != StoredEdge::kNoDetail) {
    const EdgeDetails& tables = g[boost::graph_bundle];
    const EdgePlace* place;
    if (stored.full_detail) {
      const EdgeDetail& detail = tables.details[stored.detail];
      place = &detail.place;
      edge.negated = detail.negated;
      edge.claim = detail.claim;
      edge.speaker = detail.speaker;
      edge.modality = detail.modality;
    } else {
      place = &tables.places[stored.detail];
    }
    edge.key = place->key;
    edge.episode = place->episode;
    edge.seconds = place->seconds;
    edge.line = place->line;
  }
  return edge;
}

std::string_view EdgeKey(const KnowledgeGraph::Graph& g, KnowledgeGraph::Edge e,
                         std::string& scratch) {
  const StoredEdge& stored = g[e];
  if (stored.key_form() == EdgeKeyForm::kStored) {
    if (stored.detail == StoredEdge::kClaimTarget) return g[boost::target(e, g)].id;
    if (stored.detail == StoredEdge::kNoDetail) return "";
    const EdgeDetails& tables = g[boost::graph_bundle];
    return stored.full_detail ? tables.details[stored.detail].place.key
                              : tables.places[stored.detail].key;
  }
  std::string_view source = g[boost::source(e, g)].id, target = g[boost::target(e, g)].id;
  scratch.clear();
  scratch.reserve(source.size() + 1 + target.size());
  scratch += source;
  scratch += ':';
  scratch += target;
  return scratch;
}

EdgeKeyForm EdgeKeyFormOf(std::string_view key, std::string_view source,
                          std::string_view target) {
  bool joins = key.size() == source.size() + 1 + target.size() &&
               key.starts_with(source) && key[source.size()] == ':' &&
               key.ends_with(target);
  return joins ? EdgeKeyForm::kSourceTarget : EdgeKeyForm::kStored;
}

std::string ClaimLabel(const KnowledgeGraph& graph, const NodeData& claim) {
  auto label_of = [&](std::string_view id) -> std::string_view {
    std::optional<KnowledgeGraph::Vertex> v = graph.Find(id);
    return v ? std::string_view(graph.node(*v).label) : id;
  };
  if (!claim.relation.empty()) {
    std::string relation = claim.relation.str();
    std::replace(relation.begin(), relation.end(), '_', ' ');
    std::string label(label_of(claim.subject));
    label += claim.negated ? " not " : " ";
    label += relation;
    label += ' ';
    label += label_of(claim.object);
    return label;
  }
  return SentenceLabel(claim.text);
}

std::string SentenceLabel(std::string_view text) {
  constexpr size_t kMaxLabel = 60;
  if (text.size() <= kMaxLabel) return std::string(text);
  size_t cut = text.rfind(' ', kMaxLabel);
  if (cut == std::string_view::npos || cut < kMaxLabel / 2) cut = kMaxLabel;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string label(text.substr(0, cut));
  label += "...";
  return label;
}

std::string NodeLabel(const NodeData& node) {
  return node.label_from_text ? SentenceLabel(node.text) : node.label.str();
}

std::string_view NodeLabel(const NodeData& node, std::string& scratch) {
  if (!node.label_from_text) return node.label;
  scratch = SentenceLabel(node.text);
  return scratch;
}

}  // namespace claimgraph
