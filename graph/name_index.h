// graph/name_index.h
// Questions about a graph: turns the names a user types ("zuck", "open ai",
// "Dylan", "2025-06-30") into node ids of a KnowledgeGraph, for the query,
// compare and stats commands.
//
// A name is looked up in tiers; the first tier with any match decides:
//
//   1. an exact node id: "company:openai";
//   2. a whole name of a node: its label, the slug of its id, a surface form
//      the transcripts used for it (`aliases`), or a gazetteer name or alias
//      of the entity with that id. Letter case, spaces, hyphens, dots and
//      other punctuation are ignored, so "open ai", "Open-AI" and "OpenAI"
//      are one name, as are "zuck" and "Zuck". Episodes are also named by
//      their source file (with or without folder and extension), title and
//      date;
//   3. one word of a label: "Zuckerberg", "Dylan".
//
// One node in the deciding tier: resolved. Several: an error that lists them
// ("could be A (id) or B (id)"). None: an error with up to three "did you
// mean" suggestions, the names within a small edit distance of the one typed.
// A gazetteer name of an entity the graph does not hold is reported as such
// ("Mark Zuckerberg (person:mark-zuckerberg) is not in the graph"), never
// resolved to something else.
//
//   NameIndex names(graph, gazetteer_entities);
//   std::string id;
//   Status s = names.Resolve(NameKind::kEntity, "open ai", &id);
//   // s.ok(), id == "company:openai"
//
// Errors carry no file name (the name came from the command line); their
// messages are stable and tests assert them whole.
//
// Thread safety: immutable after construction; Resolve may run concurrently.
// The index copies what it needs and does not keep the graph.
#ifndef CLAIMGRAPH_GRAPH_NAME_INDEX_H_
#define CLAIMGRAPH_GRAPH_NAME_INDEX_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/entities/entity.h"
#include "graph/knowledge_graph.h"

namespace claimgraph {

// What a name should resolve to.
enum class NameKind {
  kEntity,   // a person, company, model or product node (speakers included)
  kSpeaker,  // a person node that speaks in at least one episode
  kEpisode,  // an episode
};

class NameIndex {
 public:
  // Indexes every node of `graph`. `gazetteer` adds the names of known
  // entities (their `name` and `aliases`); it may be empty. Gazetteer entries
  // whose ids the graph lacks are kept only to say so.
  explicit NameIndex(const KnowledgeGraph& graph,
                     const std::vector<Entity>& gazetteer = {});

  // Resolves `name` to one node id of the given kind. On error `*id` is left
  // unchanged and the Status says why, with suggestions when there are any.
  Status Resolve(NameKind kind, std::string_view name, std::string* id) const;

  // The display name of a node id: its label, or the id when unknown.
  std::string Label(std::string_view id) const;

  // The key names are compared by: ASCII letters lowercased, ASCII
  // punctuation and spaces dropped, other bytes kept. "Open-AI" -> "openai".
  static std::string Key(std::string_view name);

 private:
  struct Candidate {
    std::string id;
    NameKind kind;
    bool in_graph;
  };
  struct Entry {
    std::string id;
    std::string label;
    bool speaker = false;
    bool episode = false;
  };

  void AddName(std::string_view name, std::string_view id, bool in_graph,
               NameKind kind);
  void AddWord(std::string_view word, std::string_view id, NameKind kind);
  bool Fits(const Candidate& candidate, NameKind kind) const;
  std::string Describe(const std::string& id) const;
  std::string Suggest(NameKind kind, const std::string& key) const;

  std::unordered_map<std::string, Entry> nodes_;  // by id
  std::unordered_map<std::string, std::vector<Candidate>> names_;  // by key
  std::unordered_map<std::string, std::vector<Candidate>> words_;  // by key
  std::unordered_map<std::string, std::string> absent_labels_;  // gazetteer only
  // Every key, for suggestions, in a fixed order so messages are stable.
  std::vector<std::pair<std::string, Candidate>> all_keys_;
};

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_NAME_INDEX_H_
