// graph/knowledge_graph.h
// Stage 5 of 6: transcript -> segments -> mentions -> claims -> [graph] -> export
//
// The knowledge graph every exporter and query reads: one Boost.Graph
// adjacency_list (directed, parallel edges allowed) with bundled node and
// edge data (an edge read whole with EdgeAt), plus an index from stable node
// id to vertex.
//
// Nodes: speakers and mentioned entities (person, company, model, product),
// episodes, and claims. Edges: `mentions` speaker -> entity, `said` speaker ->
// claim, `about` claim -> entity, `appears_in` speaker -> episode, and one
// edge per relation claim subject -> object typed by the relation.
//
// Ids are stable text ids ("person:sam-altman"), so episodes added one by one
// merge: the same entity is one node that lists every episode it appears in.
// Nodes and edges keep the order in which they were first added, so the same
// episodes added in the same order give the same graph.
//
//   KnowledgeGraph graph;
//   for (const AnalyzedEpisode& e : episodes) {
//     Status s = graph.AddEpisode(e);
//   }
//   WriteJson(graph, "out.json");
//
// Thread safety: const methods may run concurrently; AddEpisode may not.
#ifndef CLAIMGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
#define CLAIMGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/analyzed_episode.h"
#include "extract/transcript/speaker_id.h"  // SpeakerId: a speaker's node id
#include "graph/compact_list.h"
#include "graph/edge_type_table.h"
#include "graph/id_index.h"
#include "graph/interned_string.h"
#include "graph/optional_seconds.h"
#include "graph/small_edge_list.h"

namespace claimgraph {

enum class NodeType : unsigned char { kPerson, kCompany, kModel, kProduct, kEpisode, kClaim };

// "person", "company", "model", "product", "episode", "claim".
std::string_view NodeTypeName(NodeType type);
std::optional<NodeType> ParseNodeType(std::string_view name);
bool IsEntityType(NodeType type);  // person, company, model or product

// What an entity or an episode node says of itself. Claims, most nodes, have
// none of it, so a node keeps it apart (NodeData::profile()).
struct NodeProfile {
  // Entities (person, company, model, product).
  CompactList<InternedString> aliases;   // surface forms seen, sorted, unique
  long long mentions = 0;                // mention edges into this node
  CompactList<InternedString> episodes;  // episode ids, in order of appearance
  InternedString kind, homepage, wikidata;

  // Episodes.
  InternedString title, date, source;
};

// A NodeProfile on the heap, or none: 8 bytes. Copies copy the profile.
class ProfileBox {
 public:
  ProfileBox() = default;
  ProfileBox(const ProfileBox& other)
      : profile_(other.profile_ ? std::make_unique<NodeProfile>(*other.profile_) : nullptr) {}
  ProfileBox(ProfileBox&&) noexcept = default;
  ProfileBox& operator=(const ProfileBox& other) {
    if (this != &other) *this = ProfileBox(other);
    return *this;
  }
  ProfileBox& operator=(ProfileBox&&) noexcept = default;

  // An empty profile when there is none.
  const NodeProfile& get() const;
  // Made when first asked for.
  NodeProfile& mutable_get();

 private:
  std::unique_ptr<NodeProfile> profile_;
};

// What a node carries. Fields that do not apply to a node's type stay empty.
// Text fields are InternedString (8 bytes, see graph/interned_string.h): the
// same ids and names recur in millions of nodes and edges.
// Every node is an element of the graph's node array, millions of them, most
// of them claims: the small fields share one 8-byte slot, lists are
// CompactList (8 bytes, nothing more while empty), and what only entities
// and episodes have is kept apart.
struct NodeData {
  InternedString id;
  // Read it with NodeLabel(): empty when label_from_text.
  InternedString label;
  NodeType type = NodeType::kCompany;
  bool speaker = false;                  // entities: speaks in at least one episode
  bool negated = false;                  // claims
  // Claims without a relation: the label is SentenceLabel(text), made when
  // read. Kept, each was a text of its own in the intern table wherever
  // sentences do not repeat: some 60 bytes and a slot, for most claims.
  bool label_from_text = false;
  int line = 0;                          // claims

  // Entities and episodes.
  ProfileBox profile_box;
  const NodeProfile& profile() const { return profile_box.get(); }
  NodeProfile& mutable_profile() { return profile_box.mutable_get(); }

  // Claims (and `line` and `negated` above).
  // Unique, so interning finds no twin; it is still the cheaper keeping: its
  // length, bytes and a slot (about len + 21 bytes) against a std::string's
  // 32 bytes and heap block (about len + 49).
  InternedString text;
  InternedString claim_speaker;  // person id
  InternedString episode;        // episode id
  OptionalSeconds seconds;
  InternedString relation, subject, object;  // relation empty when none
  CompactList<InternedString> about;         // entity ids
  InternedString modality;
};

// How an edge keeps its key. Keys of about edges ("<claim id>:<entity id>")
// are unique, so interned they would each cost a table entry for the life of
// the process (about 0.4 GB at 10,000 episodes); they are made from the ids of
// the edge's ends when written instead.
enum class EdgeKeyForm : unsigned char {
  kStored,       // EdgeData::key
  kSourceTarget  // "<source id>:<target id>"
};

// What an edge carries, as writers give it (KnowledgeGraph::AddEdge) and
// readers get it (EdgeAt). `type` is mentions, said, about, appears_in or a
// relation name. Fields that do not apply stay empty.
struct EdgeData {
  InternedString type;
  InternedString key;       // with EdgeKeyForm::kStored; read it with EdgeKey()
  InternedString episode;   // episode id
  OptionalSeconds seconds;
  int line = 0;
  bool negated = false;     // relation edges
  EdgeKeyForm key_form = EdgeKeyForm::kStored;
  InternedString role;      // about edges: subject, object or mention
  InternedString claim;     // relation edges: the claim id
  InternedString speaker;   // relation edges: the speaker id
  InternedString modality;  // relation edges
};

// Where an edge was said: the detail of mentions and appears_in edges (32
// bytes; 2.6 million mentions edges at 10,000 episodes).
struct EdgePlace {
  InternedString key;
  InternedString episode;
  OptionalSeconds seconds;
  int line = 0;
};

// The detail of relation edges: all an EdgeData holds beyond its type, role
// and key form.
struct EdgeDetail {
  EdgePlace place;
  bool negated = false;
  InternedString claim, speaker, modality;
};

// What the graph keeps of an edge: 8 bytes, so that Boost's list node of an
// edge fits the 48-byte malloc size class (an 80-byte EdgeData made it 128).
// The type and role are one number (graph/edge_type_table.h). About and said
// edges, four in five of all edges, carry nothing more: an about edge has no
// detail, and a said edge's key, episode, time and line are those of the
// claim it points to. Other edges point into one of the graph's detail
// tables. Read an edge whole with EdgeAt().
struct StoredEdge {
  static constexpr uint32_t kNoDetail = 0x3FFFFFFF;
  static constexpr uint32_t kClaimTarget = 0x3FFFFFFE;  // from the target claim

  InternedString type() const { return EdgeTypeRoleOf(type_role).type; }
  InternedString role() const { return EdgeTypeRoleOf(type_role).role; }
  EdgeKeyForm key_form() const {
    return key_from_ends ? EdgeKeyForm::kSourceTarget : EdgeKeyForm::kStored;
  }

  uint32_t type_role = 0;           // EdgeTypeRoleNumber
  // Else an index into EdgeDetails::details when full_detail, or into
  // EdgeDetails::places.
  uint32_t detail : 30 = kNoDetail;
  uint32_t full_detail : 1 = 0;
  uint32_t key_from_ends : 1 = 0;  // EdgeKeyForm::kSourceTarget
};

// The graph's own data: the details of the edges that have them. Deques, so
// that they grow without ever holding an old and a new copy at once.
struct EdgeDetails {
  std::deque<EdgePlace> places;
  std::deque<EdgeDetail> details;
};

// An episode as the exports describe it: metadata and the list of turns.
struct EpisodeRecord {
  struct Turn {
    InternedString speaker;  // person id
    OptionalSeconds seconds;
    int line = 0;
    long long words = 0;  // whitespace-separated words in the segment's text
  };
  InternedString id, title, date, source, layout;
  std::vector<InternedString> speakers;  // person ids, in order of first turn
  std::vector<Chapter> chapters;
  std::vector<Turn> turns;
};

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<SmallEdgeListS, boost::vecS,
                                      boost::bidirectionalS, NodeData, StoredEdge,
                                      EdgeDetails>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // Adds one episode's speakers, entities, mentions and claims, merging nodes
  // that already exist by id. Fails, adding nothing, when an episode with the
  // same id is already in the graph.
  Status AddEpisode(const AnalyzedEpisode& analyzed);

  // Adds a node, or returns the existing one with that id unchanged.
  Vertex AddNode(NodeData node);
  // Makes room for `nodes` nodes in all, so that the node array does not
  // move while the graph grows: a move holds the old array and the new one
  // at once, which at 10,000 episodes was the build's peak (1.3 GB more
  // than the finished graph). Room never written costs address space, not
  // memory. Asks for at most a quarter of the machine's memory, and does
  // nothing when even that is refused.
  void ReserveNodes(size_t nodes);
  void AddEdge(Vertex source, Vertex target, EdgeData edge);
  void AddEpisodeRecord(EpisodeRecord record);

  std::optional<Vertex> Find(std::string_view id) const;
  const Graph& graph() const { return *graph_; }
  Graph& mutable_graph() { return *graph_; }
  const NodeData& node(Vertex v) const { return (*graph_)[v]; }
  const std::vector<EpisodeRecord>& episodes() const { return episodes_; }
  size_t node_count() const { return boost::num_vertices(*graph_); }
  size_t edge_count() const { return boost::num_edges(*graph_); }

 private:
  Vertex SpeakerNode(const std::string& name, const InternedString& episode_id);
  Vertex EntityNode(const Entity& entity, const InternedString& episode_id);

  // Behind a pointer so that moving a graph moves it: Boost's adjacency_list
  // has no move assignment, and its swap copies, so a graph kept by value
  // was copied whole wherever it was moved (reading a saved graph held two
  // copies at once: 5.6 GB for 10,000 episodes). Never null but after a
  // move.
  std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
  // Node numbers by id; the ids stay in the nodes, read through IdOfNode.
  struct IdOfNode {
    const Graph* graph;
    std::string_view operator()(size_t v) const;
  };
  IdIndex index_;
  std::vector<EpisodeRecord> episodes_;
};

// Everything an edge carries, whichever way the graph stores it.
EdgeData EdgeAt(const KnowledgeGraph::Graph& g, KnowledgeGraph::Edge e);

// An edge's key, unique among the edges joining the same two nodes. A key
// made from the edge's ends is built in `scratch`, which the view may point
// into: it is valid until `scratch` changes.
std::string_view EdgeKey(const KnowledgeGraph::Graph& g, KnowledgeGraph::Edge e,
                         std::string& scratch);
// How to keep `key` for an edge from `source` to `target` (ids): made from
// the ends when it joins them as EdgeKey would, else stored.
EdgeKeyForm EdgeKeyFormOf(std::string_view key, std::string_view source,
                          std::string_view target);

// The id of the `index`-th claim (0-based) of an episode:
// "claim:<episode slug>:<index + 1>".
std::string ClaimId(std::string_view episode_id, size_t index);

// A short label for a claim node: "Meta acquired Scale AI" for a relation
// claim (with "not" when negated), else SentenceLabel(text).
std::string ClaimLabel(const KnowledgeGraph& graph, const NodeData& claim);

// The start of a sentence, cut at a word and marked "..." when it is longer
// than a label should be.
std::string SentenceLabel(std::string_view text);

// A node's label, whether kept or made from its sentence. The second form
// makes it in `scratch` when it must: the view is valid until `scratch`
// changes.
std::string NodeLabel(const NodeData& node);
std::string_view NodeLabel(const NodeData& node, std::string& scratch);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_KNOWLEDGE_GRAPH_H_
